"""Data exports of the (filtered) timeline: JSON and CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

EXPORT_FIELDS = ["start", "end", "granularity", "title", "type", "status", "actors", "locations",
                 "time_text", "anchor", "sentence", "article_title", "published", "span_start",
                 "span_end"]


def event_record(row: dict) -> dict:
    """A stored event as the export record (the `extract --json` event shape plus its source)."""
    return {
        "title": row["title"], "type": row["type"], "status": row["status"],
        "when": {"start": row["start"], "end": row["end"], "granularity": row["granularity"],
                 "text": row["time_text"], "anchor": row["anchor"]},
        "actors": [{"name": a["name"], "kind": a["kind"]} for a in row["actors"]],
        "locations": row["locations"],
        "sentence": row["sentence"], "span": [row["span_start"], row["span_end"]],
        "article": {"title": row["article_title"], "published": row["published"]},
    }


def export_json(rows: list[dict], path: Path, caption: str = "") -> None:
    """Write events as one JSON document."""
    payload = {"filters": caption, "count": len(rows), "events": [event_record(r) for r in rows]}
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")


def export_csv(rows: list[dict], path: Path) -> None:
    """Write events as CSV, one row an event; actors and locations joined with "; "."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=EXPORT_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            flat = dict(row)
            flat["actors"] = "; ".join(a["name"] for a in row["actors"])
            flat["locations"] = "; ".join(loc["name"] for loc in row["locations"])
            writer.writerow(flat)
