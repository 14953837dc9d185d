"""Details of the selected event: its date as a reader says it and how it was resolved, its
actors and places (click to filter), and the source sentence in its paragraph with the time
expression and the names highlighted."""

from __future__ import annotations

import html
import re
from datetime import date

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from core.reader import paragraph_bounds
from core.time_model import describe_row

ANCHOR_TEXT = {
    "explicit": "stated in the text",
    "relative-to-published": "resolved against the publication date",
    "relative-to-event": "resolved against the event the sentence refers back to",
    "inherited": "taken from the narrative it continues",
    "published-date": "not dated in the text: on or before the publication date",
}


def _nice_day(iso: str) -> str:
    d = date.fromisoformat(iso[:10])
    return f"{d.day} {d.strftime('%b %Y')}"


def explain(row: dict) -> str:
    """How the date was found, in a sentence."""
    how = ANCHOR_TEXT.get(row["anchor"], row["anchor"])
    if row.get("time_text"):
        how = f"from “{row['time_text']}”, {how}"
    if row["anchor"] != "explicit" and row.get("published"):
        how += f" ({_nice_day(row['published'])})"
    return how


def highlight(paragraph: str, offset: int, row: dict, names: list[str]) -> str:
    """HTML of the paragraph: the sentence marked, the time expression and names emphasised."""
    s0, s1 = row["span_start"] - offset, row["span_end"] - offset
    marks: list[tuple[int, int, str]] = []
    if row.get("time_start") is not None and row.get("time_end") is not None:
        marks.append((row["time_start"] - offset, row["time_end"] - offset, "time"))
    sentence = paragraph[s0:s1]
    for name in sorted(set(names), key=len, reverse=True):
        for match in re.finditer(rf"\b{re.escape(name)}\b", sentence):
            a, b = s0 + match.start(), s0 + match.end()
            if not any(x < b and a < y for x, y, _ in marks):
                marks.append((a, b, "name"))
    marks.sort()
    out = []
    pos = 0
    for a, b, kind in marks:
        if a < pos:
            continue
        out.append(_chunk(paragraph, pos, a, s0, s1))
        style = ("background:#fde68a;color:#111;font-weight:bold" if kind == "time"
                 else "text-decoration:underline;font-weight:bold")
        out.append(f'<span style="{style}">{html.escape(paragraph[a:b])}</span>')
        pos = b
    out.append(_chunk(paragraph, pos, len(paragraph), s0, s1))
    return "".join(out)


def _chunk(paragraph: str, a: int, b: int, s0: int, s1: int) -> str:
    """Text between marks, with the part inside the sentence shaded."""
    parts = []
    for x, y, inside in ((a, min(b, s0), False), (max(a, s0), min(b, s1), True),
                         (max(a, s1), b, False)):
        if y > x:
            text = html.escape(paragraph[x:y])
            parts.append(f'<span style="background:rgba(96,165,250,0.25)">{text}</span>'
                         if inside else text)
    return "".join(parts)


class DetailPanel(QWidget):
    """Shows one event; `filterRequested(role, name)` when a name is clicked."""

    filterRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Event details")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName("Event details")
        self.browser.anchorClicked.connect(self._clicked)
        layout.addWidget(self.browser)
        self.show_event(None, "")

    def show_event(self, row: dict | None, article_text: str,
                   other_sources: list[tuple[dict, str]] | None = None) -> None:
        if row is None:
            self.browser.setHtml("<p style='color:gray'>Select an event on the timeline to see "
                                 "where it comes from.</p>")
            return
        actors = " · ".join(f'<a href="actor:{html.escape(a["name"])}">{html.escape(a["name"])}</a>'
                            for a in row["actors"]) or "<i>none named</i>"
        places = " · ".join(
            f'<a href="location:{html.escape(p["name"])}">{html.escape(p["name"])}</a>'
            for p in row["locations"]) or "<i>none named</i>"
        body = self._source_html(row, article_text)
        status = " · <b>expected</b>" if row.get("status") == "expected" else ""
        others = other_sources or []
        more = "".join(
            f"<hr><p style='color:gray'>Also reported ({html.escape(o.get('published') or '?')},"
            f" {html.escape(o.get('article_title') or '')}), "
            f"{html.escape(describe_row(o))}:</p>"
            f"<p style='line-height:140%'>{self._source_html(o, text)}</p>"
            for o, text in others)
        count = f" · {len(others) + 1} sources" if others else ""
        self.browser.setHtml(f"""
<h3 style="margin-bottom:2px">{html.escape(row['title'])}</h3>
<p style="margin-top:0"><b>{describe_row(row)}</b>{status} · {html.escape(row['type'])}{count}<br>
<span style="color:gray">{html.escape(explain(row))}</span></p>
<p><b>Actors:</b> {actors}<br><b>Places:</b> {places}</p>
<p style="line-height:140%">{body}</p>
<p style="color:gray">Source: {html.escape(row.get('article_title') or '')}
 — published {html.escape(row.get('published') or '?')}</p>{more}""")

    @staticmethod
    def _source_html(row: dict, article_text: str) -> str:
        """The sentence inside its paragraph, with its time expression and names marked."""
        p0, p1 = paragraph_bounds(article_text, row["span_start"], row["span_end"])
        paragraph = article_text[p0:p1]
        names = [n for entity in row["actors"] + row["locations"]
                 for n in [entity["name"], *entity["name"].split()[-1:]]]
        return highlight(paragraph, p0, row, names) if paragraph else html.escape(row["sentence"])

    def _clicked(self, url: QUrl) -> None:
        text = url.toString()
        role, _, name = text.partition(":")
        if role in {"actor", "location"} and name:
            self.filterRequested.emit(role, html.unescape(name))
