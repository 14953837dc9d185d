"""The headless command line: extract, times, ingest, export (JSON/CSV here; images via ui/).

Every user error ends with one line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from core.errors import NewslineError
from core.store import EventFilter

DATA_FORMATS = {".json", ".csv"}
IMAGE_FORMATS = {".png", ".svg", ".pdf"}


def default_db_path() -> Path:
    """The user's database: $NEWSLINE_DB, else under the XDG data folder."""
    if os.environ.get("NEWSLINE_DB"):
        return Path(os.environ["NEWSLINE_DB"])
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "newsline" / "newsline.db"


def default_cache_dir() -> Path:
    """Where derived data (the timeline's columns) is cached: $XDG_CACHE_HOME/newsline."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "newsline"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsline", description="Turn news articles into an interactive timeline. "
        "Without a command, opens the desktop app.")
    sub = parser.add_subparsers(dest="command")
    for name, text in (("extract", "print the events of an article"),
                       ("times", "print the time expressions of an article")):
        cmd = sub.add_parser(name, help=text, description=text)
        cmd.add_argument("article", type=Path)
        cmd.add_argument("--published", help="publication date, YYYY-MM-DD")
        cmd.add_argument("--json", action="store_true", help="JSON on stdout (the default)")
    ingest = sub.add_parser("ingest", help="import articles (files or folders) into the database")
    ingest.add_argument("paths", nargs="+", type=Path)
    ingest.add_argument("--db", type=Path, help="database file (default: %(default)s)",
                        default=None)
    ingest.add_argument("--published", help="publication date for files that have none")
    ingest.add_argument("--workers", type=int, default=1,
                        help="processes reading and extracting articles (0: one per core)")
    export = sub.add_parser("export", help="export the (filtered) timeline",
                            description="Export the timeline as data (.json, .csv) or as an "
                            "image (.png, .svg, .pdf).")
    export.add_argument("--db", type=Path, default=None)
    export.add_argument("--actor", action="append", default=[], metavar="NAME")
    export.add_argument("--location", action="append", default=[], metavar="NAME")
    export.add_argument("--type", action="append", default=[], metavar="TYPE")
    export.add_argument("--search", default="", metavar="TEXT", help="full-text search")
    export.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    export.add_argument("--lanes", choices=["none", "actor", "location", "article"], default="none")
    export.add_argument("--width", type=int, default=1600, help="image width in pixels")
    export.add_argument("--height", type=int, default=900, help="image height in pixels")
    export.add_argument("--scale", type=float, default=1.0, help="pixel ratio of PNG exports")
    export.add_argument("--title", default="Newsline timeline")
    export.add_argument("--out", type=Path, required=True)
    again = sub.add_parser("reextract", help="extract again the stored articles older rules read")
    again.add_argument("--db", type=Path, default=None)
    sub.add_parser("gui", help="open the desktop app (the default)")
    return parser


def filter_from_args(args: argparse.Namespace) -> EventFilter:
    from core.reader import parse_date

    return EventFilter(
        actors=args.actor, locations=args.location, types=args.type, text=args.search,
        date_from=parse_date(args.date_from, what="--from date") if args.date_from else None,
        date_to=parse_date(args.date_to, what="--to date") if args.date_to else None,
    )


def _published(value: str | None) -> str | None:
    from core.reader import parse_date

    return parse_date(value, what="--published date") if value else None


def cmd_extract(args: argparse.Namespace) -> int:
    from core.event_extractor import extract_events
    from core.reader import read_article

    article = read_article(args.article, _published(args.published))
    events = extract_events(article)
    payload = {"article": {"title": article.title, "published": article.published,
                           "path": str(args.article)},
               "events": [e.to_json() for e in events]}
    print(json.dumps(payload, ensure_ascii=False, indent=2))
    return 0


def cmd_times(args: argparse.Namespace) -> int:
    from core.reader import read_article
    from core.time_tagger import tag_times

    article = read_article(args.article, _published(args.published))
    if not article.published:
        raise NewslineError(f"{args.article}: no publication date found; give one with "
                            "--published YYYY-MM-DD")
    found = tag_times(article.text, article.published)
    print(json.dumps([t.to_json() for t in found], ensure_ascii=False, indent=2))
    return 0


def _terminal_progress(done: int, total: int, name: str) -> None:
    if not sys.stderr.isatty() or total == 0:
        return
    width = 30
    filled = int(width * done / total)
    label = Path(name).name[:40] if name else "done"
    sys.stderr.write(f"\r[{'#' * filled}{' ' * (width - filled)}] {done}/{total} {label:<40}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def cmd_ingest(args: argparse.Namespace) -> int:
    from core.ingest import ingest_paths
    from core.store import Store

    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise NewslineError(f"no such file or folder: {', '.join(missing)}")
    db_path = args.db or default_db_path()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with Store(db_path) as store:
        workers = args.workers if args.workers > 0 else (os.cpu_count() or 1)
        summary = ingest_paths(args.paths, store, published=_published(args.published),
                               progress=_terminal_progress, workers=workers)
    for line in summary.lines():
        print(line)
    if summary.skipped and not summary.articles and not summary.unchanged:
        return 1
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from core.exports import export_csv, export_json
    from core.store import Store

    suffix = args.out.suffix.lower()
    if suffix not in DATA_FORMATS:
        raise NewslineError(f"cannot export to {suffix or 'a file without extension'}: "
                            "use .json, .csv, .png, .svg or .pdf")
    db_path = args.db or default_db_path()
    if not db_path.exists():
        raise NewslineError(f"no database at {db_path}: import articles first (newsline ingest)")
    flt = filter_from_args(args)
    with Store(db_path) as store:
        rows = store.events(flt)
    if suffix == ".json":
        export_json(rows, args.out, flt.describe())
    else:
        export_csv(rows, args.out)
    print(f"{len(rows)} event(s) written to {args.out}")
    return 0


def cmd_reextract(args: argparse.Namespace) -> int:
    from core.ingest import extract_again
    from core.store import Store

    db_path = args.db or default_db_path()
    if not db_path.exists():
        raise NewslineError(f"no database at {db_path}: import articles first (newsline ingest)")
    with Store(db_path) as store:
        summary = extract_again(store, progress=_terminal_progress)
    print(summary.lines()[0] if summary.updated else "every stored article is up to date")
    return 0


COMMANDS = {"extract": cmd_extract, "times": cmd_times, "ingest": cmd_ingest,
            "export": cmd_export, "reextract": cmd_reextract}


def run(args: argparse.Namespace) -> int:
    """Run a parsed headless command; user errors become one line on stderr."""
    try:
        return COMMANDS[args.command](args)
    except NewslineError as exc:
        print(f"newsline: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsline: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
