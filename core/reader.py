"""Read article files (.txt, .md, .html) into `Article` records.

Encoding is detected, not assumed; the publication date comes from the caller or from the file
(a `Date:`/`Published:` header line, Markdown front matter, HTML meta data); headings, header lines
and a closing list of key points are marked so the extractor does not take them for sentences.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from core import RESOURCES
from core.errors import InputError
from core.models import Article

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
MAX_ARTICLE_BYTES = 10 * 1024 * 1024

HEADER_LINE = re.compile(
    r"^(?:date|published|publication date|dateline|updated)\s*:\s*(?P<value>.+?)\s*$",
    re.IGNORECASE,
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*\n", re.DOTALL)
_SUMMARY_HEADING = re.compile(r"(?:story\s+)?highlights|key points|in brief|what (?:you need )?to know",
                              re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•‣◦]|\d+[.)])\s+")
_PARAGRAPH_POINT = 200  # characters: a numbered point this long is a paragraph of the story
_SENTENCE_END = re.compile(r"""[.!?…:;"'”’)\]]\s*$""")


def parse_date(value: str, *, what: str = "date") -> str:
    """Normalise a user-given or file-given date to ISO `YYYY-MM-DD`, or raise InputError."""
    value = value.strip()
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    import dateparser  # imported lazily: it costs ~0.3 s

    parsed = dateparser.parse(
        value, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["year"]}
    )
    if parsed is None:
        raise InputError(f"cannot read {what} {value!r}: expected a date such as 2025-12-21")
    return parsed.date().isoformat()


def decode_bytes(data: bytes, name: str) -> str:
    """Decode file bytes, detecting the encoding; raise InputError for binary or undecodable data."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: this is a binary file, not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot detect the text encoding (binary data?)")
    text = str(best)
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 8:
        raise InputError(f"{name}: this is a binary file, not a text article")
    return text


def _sample_metadata(path: Path) -> dict:
    """Metadata kept beside bundled samples (their text carries no date)."""
    meta_file = path.parent / "samples.json"
    if path.resolve().parent == RESOURCES and meta_file.exists():
        return json.loads(meta_file.read_text(encoding="utf-8")).get(path.name, {})
    return {}


def read_article(path: str | Path, published: str | None = None) -> Article:
    """Read one article file. `published` (ISO date) overrides any date found in the file."""
    path = Path(path)
    name = str(path)
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise InputError(f"{name}: not an article file (expected .txt, .md or .html)")
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(
                f"{name}: {size / 1e6:.0f} MB is too large for a news article "
                f"(the limit is {MAX_ARTICLE_BYTES // (1024 * 1024)} MB)"
            )
        data = path.read_bytes()
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"{name}: cannot read the file ({exc.strerror or exc})") from exc
    text = decode_bytes(data, name)
    if path.suffix.lower() in {".html", ".htm"}:
        article = article_from_html(text, name)
    else:
        article = article_from_text(text, name)
    if published:
        article.published = parse_date(published, what="publication date")
    elif not article.published:
        sample_date = _sample_metadata(path).get("published")
        if sample_date:
            article.published = sample_date
    return article


def iter_article_paths(paths: list[str | Path]) -> Iterator[Path]:
    """Expand files and folders into article files, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES:
                    yield child
        else:
            yield path


def article_from_text(text: str, name: str = "", *, english_only: bool = True) -> Article:
    """Build an Article from plain text or Markdown, marking non-sentence lines (refusing, unless
    told not to, a text that does not read as English)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    published = None
    skipped: list[tuple[int, int]] = []
    body_start = 0
    front = _FRONT_MATTER.match(text)
    title = ""
    if front:
        skipped.append((0, front.end()))
        body_start = front.end()
        for line in front.group("body").splitlines():
            key, _, value = line.partition(":")
            key = key.strip().lower()
            value = value.strip().strip("'\"")
            if key in {"date", "published", "pubdate"} and value:
                published = parse_date(value, what=f"date in {name}")
            elif key == "title" and value:
                title = value
    lines = _line_spans(text, body_start)
    if not any(text[s:e].strip() for s, e in lines):
        raise InputError(f"{name}: the file has no text")
    if english_only and not reads_as_english(text[body_start:]):
        raise InputError(f"{name}: the text does not read as English, and Newsline finds events in "
                         "English news only")
    narrative_seen = False
    summary_heading = False
    last_narrative_end = 0
    bullet_block: list[tuple[int, int]] = []
    for start, end in lines:
        line = text[start:end].strip()
        if not line:
            continue
        header = HEADER_LINE.match(line)
        if header and not narrative_seen:
            if published is None:
                published = parse_date(header.group("value"), what=f"date in {name}")
            skipped.append((start, end))
            continue
        if line.startswith("#"):
            skipped.append((start, end))
            title = title or line.lstrip("#").strip()
            continue
        if _BULLET.match(line):
            if summary_heading:  # "STORY HIGHLIGHTS" and its points: the story told again
                skipped.append((start, end))
                continue
            bullet_block.append((start, end))
            continue
        summary_heading = False
        if line == title:  # the headline again, as pages repeat it above the story
            skipped.append((start, end))
            continue
        if bullet_block:  # bullets inside the story are part of it
            bullet_block.clear()
        if _is_heading(line):
            skipped.append((start, end))
            summary_heading = bool(_SUMMARY_HEADING.fullmatch(line))
            title = title or line
            continue
        if not title and not narrative_seen:
            title = line[:120]
        narrative_seen = True
        last_narrative_end = end
    # A closing list of key points repeats the story: keep it out of the events; but not a list
    # the story's last line introduces ("From Goldman on the FOMC announcement:"), nor points that
    # are paragraphs of their own.
    introduced = text[:last_narrative_end].rstrip().endswith(":")
    skipped.extend(span for span in bullet_block if span[0] >= last_narrative_end
                   and not introduced and span[1] - span[0] < _PARAGRAPH_POINT)
    skipped.sort()
    return Article(text=text, title=title or Path(name).stem, published=published, path=name,
                   skipped_lines=skipped)


# The commonest English words: a fifth to a third of any English news text, almost none of others.
_ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on was with said by as at it he she his her from be has have "
    "are were an this which not but will would".split())


def reads_as_english(text: str) -> bool:
    """Whether a text of some length reads as English: a share of its commonest words of at least
    0.06 (English news has 0.2 to 0.35, a terse market brief 0.07, Spanish news under 0.04, Hindi
    or Chinese 0), and mostly written in Latin letters; texts under 40 words pass."""
    letters = re.findall(r"[^\W\d_]", text)
    if len(letters) >= 100 and sum(ch.isascii() for ch in letters) < len(letters) / 2:
        return False  # Chinese or Japanese, whose words the pattern below cannot count
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) < 40:
        return True
    return sum(w.lower() in _ENGLISH_WORDS for w in words) / len(words) >= 0.06


def _line_spans(text: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    pos = offset
    for line in text[offset:].split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _is_heading(line: str) -> bool:
    """A short line without closing punctuation reads as a heading, not a sentence."""
    words = line.split()
    return len(words) <= 14 and not _SENTENCE_END.search(line) \
        and not line.rstrip().endswith((",", ":"))  # ('Pompeo declared,' leads into the quotation)


def article_from_html(html: str, name: str = "") -> Article:
    """Extract the main text and metadata of an HTML page with trafilatura."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
    )
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or len(body.split()) < 20:
        raise InputError(f"{name}: no article text found in this HTML page")
    title = getattr(extracted, "title", None) or ""
    published = getattr(extracted, "date", None)
    text = (title + "\n" + body) if title else body
    article = article_from_text(text, name)
    if title:
        article.title = title
        if not any(s == 0 for s, _ in article.skipped_lines):
            article.skipped_lines.insert(0, (0, len(title)))
    if published:
        try:
            article.published = parse_date(published, what=f"date in {name}")
        except InputError:
            pass
    return article


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (paragraph) of `text` that holds the span start..end."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    return para_start, len(text) if para_end == -1 else para_end
