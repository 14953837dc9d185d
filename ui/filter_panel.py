"""Filters: full-text search, actors and locations (with counts and a search box), event types and
a date range. Emits the combined `EventFilter` whenever any of them changes."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.store import EventFilter

NAME_ROLE = Qt.ItemDataRole.UserRole


class FacetList(QWidget):
    """A checkable list of names with counts, and a box to find a name."""

    changed = Signal()
    renameRequested = Signal(str)  # a name the user wants to rename or merge

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(f"Find {title.lower()}…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(f"Find {title.lower()}")
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        self.list.setUniformItemSizes(True)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self._apply_search)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)

    def _menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        action = menu.addAction("Rename or merge…")
        action.triggered.connect(lambda: self.renameRequested.emit(item.data(NAME_ROLE)))
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def checked(self) -> list[str]:
        return [self.list.item(i).data(NAME_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_counts(self, counts: list[tuple[str, int]]) -> None:
        """Show these names and counts, keeping what is checked (at 0 if now absent)."""
        checked = set(self.checked())
        self.list.blockSignals(True)
        self.list.clear()
        seen = set()
        for name, count in counts:
            self._add(name, count, name in checked)
            seen.add(name)
        for name in sorted(checked - seen):
            self._add(name, 0, True)
        self.list.blockSignals(False)
        self._apply_search(self.search.text())

    def _add(self, name: str, count: int, checked: bool) -> None:
        item = QListWidgetItem(f"{name}  ({count})")
        item.setData(NAME_ROLE, name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def set_checked(self, names: list[str]) -> None:
        wanted = set(names)
        self.list.blockSignals(True)
        present = set()
        for i in range(self.list.count()):
            item = self.list.item(i)
            name = item.data(NAME_ROLE)
            present.add(name)
            item.setCheckState(Qt.CheckState.Checked if name in wanted else Qt.CheckState.Unchecked)
        for name in sorted(wanted - present):
            self._add(name, 0, True)
        self.list.blockSignals(False)
        self.changed.emit()

    def _apply_search(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.data(NAME_ROLE).lower()
                           and item.checkState() != Qt.CheckState.Checked)


class FilterPanel(QWidget):
    """All filters; `filterChanged` carries the combined filter."""

    filterChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Filters")
        layout = QVBoxLayout(self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText("Search events (Ctrl+F)…")
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName("Search events")
        layout.addWidget(self.text)
        self.active = QLabel("All events", self)
        self.active.setWordWrap(True)
        self.active.setAccessibleName("Active filters")
        self.clear_button = QPushButton("Clear filters", self)
        self.clear_button.setAccessibleName("Clear all filters")
        row = QHBoxLayout()
        row.addWidget(self.active, 1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        self.actors = FacetList("Actors", self)
        self.locations = FacetList("Locations", self)
        self.types = FacetList("Types", self)
        self.types.search.hide()
        for title, facet, stretch in (("Actors", self.actors, 3), ("Locations", self.locations, 2),
                                      ("Event types", self.types, 1)):
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(6, 6, 6, 6)
            inner.addWidget(facet)
            layout.addWidget(box, stretch)
        dates = QGroupBox("Dates", self)
        grid = QGridLayout(dates)
        self.use_from = QCheckBox("From", dates)
        self.use_to = QCheckBox("To", dates)
        self.date_from = QDateEdit(dates)
        self.date_to = QDateEdit(dates)
        for edit, name in ((self.date_from, "From date"), (self.date_to, "To date")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setDate(QDate.currentDate())
        grid.addWidget(self.use_from, 0, 0)
        grid.addWidget(self.date_from, 0, 1)
        grid.addWidget(self.use_to, 1, 0)
        grid.addWidget(self.date_to, 1, 1)
        layout.addWidget(dates)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self._emit)
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        for facet in (self.actors, self.locations, self.types):
            facet.changed.connect(self._emit)
        for widget in (self.use_from, self.use_to):
            widget.toggled.connect(lambda _on: self._emit())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._emit())
        self.clear_button.clicked.connect(self.clear)

    def current(self) -> EventFilter:
        return EventFilter(
            actors=self.actors.checked(), locations=self.locations.checked(),
            types=self.types.checked(), text=self.text.text().strip(),
            date_from=self.date_from.date().toString("yyyy-MM-dd") if self.use_from.isChecked() else None,
            date_to=self.date_to.date().toString("yyyy-MM-dd") if self.use_to.isChecked() else None,
        )

    def set_facets(self, facets: dict[str, list[tuple[str, int]]]) -> None:
        self.actors.set_counts(facets.get("actors", []))
        self.locations.set_counts(facets.get("locations", []))
        self.types.set_counts(facets.get("types", []))

    def set_date_bounds(self, first: str | None, last: str | None) -> None:
        """Start the date pickers at the timeline's ends (until the user sets them)."""
        if first and not self.use_from.isChecked():
            self.date_from.setDate(QDate.fromString(first[:10], "yyyy-MM-dd"))
        if last and not self.use_to.isChecked():
            self.date_to.setDate(QDate.fromString(last[:10], "yyyy-MM-dd"))

    def add(self, role: str, name: str) -> None:
        """Include one more actor or location (from the details panel)."""
        facet = self.actors if role == "actor" else self.locations
        facet.set_checked([*facet.checked(), name])

    def clear(self) -> None:
        for widget in (self.text, self.use_from, self.use_to):
            widget.blockSignals(True)
        self.text.clear()
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        for widget in (self.text, self.use_from, self.use_to):
            widget.blockSignals(False)
        for facet in (self.actors, self.locations, self.types):
            facet.list.blockSignals(True)
            facet.set_checked([])
            facet.list.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        flt = self.current()
        self.active.setText("Showing: " + flt.describe())
        self.clear_button.setEnabled(not flt.is_empty())
        self.filterChanged.emit(flt)
