"""Newsline: turn news articles into an interactive timeline.

    python main.py                      open the desktop app (the bundled sample on first start)
    python main.py extract FILE --json  events of one article, as JSON
    python main.py times FILE --json    time expressions of one article, as JSON
    python main.py ingest PATH...       import articles into the database
    python main.py export --out F       export the timeline (.json .csv .png .svg .pdf)
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsline` command: headless commands, else the GUI."""
    from core.cli import IMAGE_FORMATS, build_parser, run

    args = build_parser().parse_args(argv)
    no_screen = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                     or os.environ.get("QT_QPA_PLATFORM"))
    if args.command == "export" and args.out.suffix.lower() in IMAGE_FORMATS:
        if no_screen:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # render without a display
        from ui.image_export import run_export

        return run_export(args)
    if args.command is None and no_screen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from pathlib import Path

        from ui.image_export import run_sample_without_display

        return run_sample_without_display(Path("newsline-sample.png"))
    if args.command in (None, "gui"):
        from ui.app import run_gui

        return run_gui()
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
