"""Colours of the timeline for light and dark palettes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

TYPE_COLORS = {
    "meeting": "#3b82f6", "attack": "#dc2626", "statement": "#64748b", "agreement": "#16a34a",
    "exchange": "#9333ea", "election": "#d97706", "legal": "#0891b2", "economy": "#ca8a04",
    "disaster": "#b45309", "appointment": "#db2777", "movement": "#0d9488", "event": "#6b7280",
}


@dataclass
class TimelineColors:
    background: QColor
    lane_alt: QColor
    text: QColor
    muted: QColor
    card: QColor
    card_border: QColor
    axis: QColor
    grid: QColor
    selection: QColor
    published: QColor
    gap: QColor
    dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette) -> TimelineColors:
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        return cls.make(dark, palette.color(QPalette.ColorRole.Highlight))

    @classmethod
    def make(cls, dark: bool, highlight: QColor | None = None) -> TimelineColors:
        if dark:
            return cls(QColor("#1e1f22"), QColor("#25272b"), QColor("#e6e6e6"),
                       QColor("#9aa0a6"), QColor("#2d2f34"), QColor("#4a4d55"),
                       QColor("#b0b4ba"), QColor("#34363b"), highlight or QColor("#4c8dff"),
                       QColor("#f59e0b"), QColor("#3a3326"), True)
        return cls(QColor("#ffffff"), QColor("#f6f7f9"), QColor("#1f2328"), QColor("#6a737d"),
                   QColor("#ffffff"), QColor("#c9ced6"), QColor("#444c56"), QColor("#eceef1"),
                   highlight or QColor("#2563eb"), QColor("#d97706"), QColor("#fdf6e3"), False)


def type_color(kind: str) -> QColor:
    return QColor(TYPE_COLORS.get(kind, TYPE_COLORS["event"]))
