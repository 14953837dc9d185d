"""Import article files into the store, one transaction each, with progress and cancel."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
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
    updated: int = 0  # stored before, extracted again by newer rules
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    needs_date: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        if self.updated and not self.articles:
            head = f"{self.updated} article(s) extracted again by newer rules, {self.events} event(s)"
        else:
            head = f"{self.articles} article(s) imported, {self.events} event(s)" + (
                f", {self.updated} extracted again by newer rules" if self.updated else "")
        out = [head + (f", {self.unchanged} already stored" if self.unchanged else "")]
        out += [f"skipped {path}: {reason}" for path, reason in self.skipped]
        if self.cancelled:
            out.append("cancelled before the end")
        return out


Progress = Callable[[int, int, str], None]


def _read_and_extract(path: str, published: str | None):
    """Worker: one file to (article, events) or the reason it cannot be used."""
    try:
        article = read_article(path, published)
        if not article.published:
            return path, article, None, None
        return path, article, extract_events(article), None
    except NewslineError as exc:
        return path, None, None, str(exc).removeprefix(f"{path}: ")


def _extract_stored(article):
    """Worker: a stored article to its events by the current rules."""
    return article.path or article.title, article, extract_events(article), None


def ingest_paths(paths: list[str | Path], store: Store, *, published: str | None = None,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] = lambda: False,
                 workers: int = 1, processes: bool = False) -> IngestSummary:
    """Read, extract and store every article under `paths`; a bad file is skipped with its
    reason, never stops the others. With `workers` > 1 (or `processes`), reading and extraction
    run in worker processes, so a window's thread never competes with them for the
    interpreter; the store is written here, one article per transaction."""
    files = [str(p) for p in iter_article_paths(paths)]
    return _extract_and_store(store, files, files, partial(_read_and_extract, published=published),
                              progress, cancelled, workers, processes)


def _extract_and_store(store, items, labels, work, progress, cancelled, workers,
                       processes) -> IngestSummary:
    """Run `work` on each item (in worker processes when asked or worth it) and store what it
    returns, one article per transaction, with progress and cancel between articles."""
    summary = IngestSummary()
    if processes or (workers > 1 and len(items) >= 2 * workers):
        results = _parallel(items, work, workers, progress, cancelled, summary)
    else:
        results = _serial(items, labels, work, progress, cancelled, summary)
    for path, article, events, reason in results:
        _store_one(store, summary, path, article, events, reason)
    if progress and not summary.cancelled:
        progress(len(items), len(items), "")
    return summary


def _serial(items, labels, work, progress, cancelled, summary):
    for index, (item, label) in enumerate(zip(items, labels, strict=True)):
        if cancelled():
            summary.cancelled = True
            return
        if progress:
            progress(index, len(items), label)
        yield work(item)


def _parallel(items, work, workers, progress, cancelled, summary):
    from concurrent.futures import FIRST_COMPLETED, wait

    with _worker_pool(max(1, min(workers, len(items)))) as pool:
        pending = {pool.submit(work, item) for item in items}
        done_count = 0
        while pending:
            if cancelled():
                summary.cancelled = True
                pool.shutdown(cancel_futures=True)
                return
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
                done_count += 1
                result = future.result()
                if progress:
                    progress(done_count, len(items), result[0])
                yield result


@contextmanager
def _worker_pool(workers: int):
    """Worker processes for extraction: started fresh (no fork of a process with threads),
    each with single-threaded matrix maths."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with _single_threaded_maths(), ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool


@contextmanager
def _single_threaded_maths():
    """Worker processes each use one core for their matrix maths: one process per core
    already fills the machine, and more threads would only compete."""
    names = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
    saved = {name: os.environ.get(name) for name in names}
    os.environ.update({name: "1" for name in names})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _store_one(store: Store, summary: IngestSummary, path: str, article, events, reason) -> None:
    if reason is not None:
        summary.skipped.append((path, reason))
        return
    try:
        if store.has_article(article):
            summary.unchanged += 1
            return
        if events is None:
            summary.needs_date.append(path)
            summary.skipped.append((path, "no publication date in the file; "
                                          "give one with --published YYYY-MM-DD"))
            return
        result = store.add_article(article, events)
    except NewslineError as exc:
        summary.skipped.append((path, str(exc).removeprefix(f"{path}: ")))
        return
    if result.created or result.updated:
        summary.articles += result.created
        summary.updated += result.updated
        summary.events += result.events
    else:
        summary.unchanged += 1


def ingest_text(text: str, store: Store, *, title: str, published: str,
                processes: bool = False) -> IngestSummary:
    """Store pasted text as an article (headings and key points marked as in files). With
    `processes`, extraction runs in a worker process, as imports from a window do."""
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
    if processes:
        with _worker_pool(1) as pool:
            events = pool.submit(extract_events, article).result()
    else:
        events = extract_events(article)
    result = store.add_article(article, events)
    summary.articles, summary.updated, summary.events = int(result.created), int(result.updated), \
        result.events
    return summary


def extract_again(store: Store, *, progress: Progress | None = None,
                  cancelled: Callable[[], bool] = lambda: False,
                  processes: bool = False) -> IngestSummary:
    """Extract again, with the current rules, every stored article older rules read; the
    user's renames and merges apply as on any import. The stored text is used, re-read with
    its headings and key points marked, so a moved or deleted file does not matter."""
    from core.reader import article_from_text

    stale = store.stale_articles()

    def again(article):
        fresh = article_from_text(article.text, article.path or article.title, english_only=False)
        # (an article stored before the reader refused other languages stays; it is not lost)
        fresh.title, fresh.published, fresh.path = article.title, article.published, article.path
        fresh.text = article.text  # the same text, so the same article
        return fresh

    articles = [again(a) for a in stale]
    return _extract_and_store(store, articles, [a.title for a in articles], _extract_stored,
                              progress, cancelled, (os.cpu_count() or 1) if processes else 1,
                              processes and bool(articles))
