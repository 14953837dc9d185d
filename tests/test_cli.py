"""The command line as a user runs it: exit codes, one-line errors, JSON, progress, exports."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ARTICLES, ROOT, SAMPLE


def run(*args, env=None):
    environment = {**os.environ, **(env or {})}
    environment.pop("DISPLAY", None)
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, env=environment, timeout=300)


def assert_user_error(result, fragment):
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert fragment in lines[0]


def test_times_json():
    result = run("times", SAMPLE, "--published", "2025-12-21", "--json")
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    july = next(t for t in items if t["text"] == "July")
    assert july["value"] == "2025-07" and july["type"] == "DATE"
    text = SAMPLE.read_text(encoding="utf-8")
    assert all(text[t["start"]:t["end"]] == t["text"] for t in items)
    assert not any(t["text"] in {"We", "we"} for t in items)


def test_ingest_twice_then_export_json_and_csv(tmp_path):
    db = tmp_path / "n.db"
    first = run("ingest", SAMPLE, ARTICLES, "--db", db)
    assert first.returncode == 0, first.stderr
    assert f"{1 + len(list(ARTICLES.iterdir()))} article(s) imported" in first.stdout
    again = run("ingest", SAMPLE, "--db", db)
    assert "already stored" in again.stdout and again.returncode == 0
    out = tmp_path / "z.json"
    result = run("export", "--db", db, "--actor", "Volodymyr Zelenskyy", "--out", out)
    assert result.returncode == 0, result.stderr
    payload = json.loads(out.read_text())
    assert payload["count"] >= 3
    assert all(any(a["name"] == "Volodymyr Zelenskyy" for a in e["actors"])
               for e in payload["events"])
    table = tmp_path / "odesa.csv"
    assert run("export", "--db", db, "--location", "Odesa Oblast", "--out", table).returncode == 0
    rows = list(csv.DictReader(table.open()))
    assert len(rows) == 1 and "missile attack" in rows[0]["sentence"]
    dated = tmp_path / "dated.json"
    assert run("export", "--db", db, "--from", "2024-01-01", "--to", "2024-12-31",
               "--out", dated).returncode == 0
    events = json.loads(dated.read_text())["events"]
    assert events and all(e["when"]["start"].startswith("2024") for e in events)


def test_ingest_reports_skipped_files_with_reasons(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "undated.txt").write_text("Title\nThe minister resigned on Friday in Rome.\n")
    result = run("ingest", tmp_path, "--db", tmp_path / "n.db")
    assert result.returncode == 1
    assert "empty.txt: the file is empty" in result.stdout
    assert "binary.txt: this is a binary file" in result.stdout
    assert "undated.txt: no publication date" in result.stdout


def test_missing_publication_date_is_a_clear_error(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Title\nThe minister resigned on Friday in Rome.\n")
    assert_user_error(run("extract", path, "--json"), "no publication date")


def test_bad_published_date():
    assert_user_error(run("extract", SAMPLE, "--published", "the 32nd of Smarch"),
                      "cannot read --published date")


def test_not_a_database(tmp_path):
    db = tmp_path / "photo.db"
    db.write_bytes(b"\x89PNG not a database" * 10)
    before = db.read_bytes()
    assert_user_error(run("ingest", SAMPLE, "--db", db), "not a SQLite database")
    assert db.read_bytes() == before


def test_missing_input(tmp_path):
    assert_user_error(run("ingest", tmp_path / "nothing.txt", "--db", tmp_path / "n.db"),
                      "no such file")


def test_unknown_export_format(tmp_path, filled_db):
    assert_user_error(run("export", "--db", filled_db, "--out", tmp_path / "x.docx"),
                      "cannot export")


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_image_export_without_display(tmp_path, filled_db, suffix):
    out = tmp_path / f"timeline{suffix}"
    result = run("export", "--db", filled_db, "--out", out, "--width", "1200", "--height", "700",
                 env={"QT_QPA_PLATFORM": ""})
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 2000


def test_reextract_command(tmp_path):
    db = tmp_path / "n.db"
    assert run("ingest", SAMPLE, "--db", db).returncode == 0
    assert "up to date" in run("reextract", "--db", db).stdout
    import sqlite3
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET extraction = 1")
    result = run("reextract", "--db", db)
    assert result.returncode == 0 and "1 article(s) extracted again by newer rules" in result.stdout
