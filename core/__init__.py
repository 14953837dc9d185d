"""Newsline core: reading articles, tagging time, extracting events, storing them.

Nothing in this package imports Qt; it serves the command line, the tests and the GUI alike.
"""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
