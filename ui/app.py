"""Start the desktop app: application object, palette (system, light or dark), error hook."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from core.cli import default_db_path


def dark_palette() -> QPalette:
    """A dark palette for platforms whose style does not follow the system's dark mode."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#25272b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22", QPalette.ColorRole.AlternateBase: "#2b2d31",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#2f3136",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#4c8dff",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2f3136",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.Link: "#7aa7ff",
        QPalette.ColorRole.PlaceholderText: "#8b9096",
        # Bevels and check-box frames.
        QPalette.ColorRole.Light: "#5a5e66", QPalette.ColorRole.Midlight: "#3b3e44",
        QPalette.ColorRole.Mid: "#2b2d31", QPalette.ColorRole.Dark: "#16171a",
        QPalette.ColorRole.Shadow: "#0b0b0c",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#777"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#777"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """`system` follows the platform's colour scheme; `light` and `dark` force one."""
    app.setStyle("Fusion")
    scheme = app.styleHints().colorScheme()
    if theme == "dark" or (theme == "system" and scheme == Qt.ColorScheme.Dark):
        app.setPalette(dark_palette())
        # Fusion draws list check boxes in the window colour: give them a visible frame.
        app.setStyleSheet(
            "QListView::indicator { width: 11px; height: 11px; border: 1px solid #9aa0a6;"
            " border-radius: 2px; background: #1e1f22; }"
            "QListView::indicator:checked { background: #4c8dff; border-color: #4c8dff; }")
    else:
        app.setPalette(app.style().standardPalette())
        app.setStyleSheet("")


def _excepthook(kind, value, tb) -> None:
    """An unexpected error is shown, not a crash to the desktop."""
    traceback.print_exception(kind, value, tb)
    app = QApplication.instance()
    if app is not None:
        QMessageBox.critical(None, "Newsline: unexpected error",
                             f"{kind.__name__}: {value}\n\nYour data is safe; the action was not "
                             "completed.")


def run_gui(argv: list[str] | None = None) -> int:
    """Open the main window on the user's database (the bundled sample on first start)."""
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Newsline")
    app.setOrganizationName("Newsline")
    settings = QSettings()
    apply_theme(app, os.environ.get("NEWSLINE_THEME") or str(settings.value("theme", "system")))
    sys.excepthook = _excepthook
    stored = settings.value("database")
    db_path = Path(str(stored)) if stored else default_db_path()
    if os.environ.get("NEWSLINE_DB"):
        db_path = Path(os.environ["NEWSLINE_DB"])
    window = MainWindow(db_path, settings)
    window.show()
    return app.exec()
