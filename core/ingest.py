"""Import article files into the store, one transaction each, with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import NewslineError
from core.event_extractor import extract_events
from core.reader import iter_article_paths, read_article
from core.store import Store


@dataclass
class IngestSummary:
    """What an import did: counts, and each skipped file with its reason."""

    articles: int = 0
    unchanged: int = 0
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    needs_date: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{self.articles} article(s) imported, {self.events} event(s)"
               + (f", {self.unchanged} already stored" if self.unchanged else "")]
        out += [f"skipped {path}: {reason}" for path, reason in self.skipped]
        if self.cancelled:
            out.append("cancelled before the end")
        return out


Progress = Callable[[int, int, str], None]


def ingest_paths(paths: list[str | Path], store: Store, *, published: str | None = None,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] = lambda: False) -> IngestSummary:
    """Read, extract and store every article under `paths`; a bad file is skipped with its
    reason, never stops the others."""
    files = list(iter_article_paths(paths))
    summary = IngestSummary()
    for index, path in enumerate(files):
        if cancelled():
            summary.cancelled = True
            break
        if progress:
            progress(index, len(files), str(path))
        try:
            article = read_article(path, published)
            if store.has_article(article):
                summary.unchanged += 1
                continue
            if not article.published:
                summary.needs_date.append(str(path))
                summary.skipped.append((str(path), "no publication date in the file; "
                                                   "give one with --published YYYY-MM-DD"))
                continue
            result = store.add_article(article, extract_events(article))
        except NewslineError as exc:
            summary.skipped.append((str(path), str(exc).removeprefix(f"{path}: ")))
            continue
        if result.created:
            summary.articles += 1
            summary.events += result.events
        else:
            summary.unchanged += 1
    if progress and not summary.cancelled:
        progress(len(files), len(files), "")
    return summary


def ingest_text(text: str, store: Store, *, title: str, published: str) -> IngestSummary:
    """Store pasted text as an article (headings and key points marked as in files)."""
    from core.reader import article_from_text, parse_date

    if not text.strip():
        raise NewslineError("the pasted text is empty")
    body = text if not title.strip() else f"{title.strip()}\n{text}"
    article = article_from_text(body, title.strip() or "Pasted text")
    article.published = parse_date(published, what="publication date")
    if title.strip():
        article.title = title.strip()
    summary = IngestSummary()
    if store.has_article(article):
        summary.unchanged = 1
        return summary
    result = store.add_article(article, extract_events(article))
    summary.articles, summary.events = 1, result.events
    return summary
