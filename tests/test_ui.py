"""The window driven as a reader would: filters, lanes, zoom, selection, import, export."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMessageBox

from tests.conftest import ARTICLES
from ui.image_export import ExportOptions, export_image
from ui.main_window import MainWindow
from ui.tasks import wait_for_all


@pytest.fixture
def window(qtbot, filled_db, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(filled_db, settings, load_sample=False)
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    yield win
    wait_for_all()


def check(facet, name):
    for i in range(facet.list.count()):
        item = facet.list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == name:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{name} not in the list")


def shown_ids(win):
    return set(win.view.scene.event_ids)


def test_opens_with_all_events_and_counts(window):
    assert len(window.rows) == window.store.counts()["events"] > 30
    assert len(shown_ids(window)) == len(window.rows)
    assert window.filters.actors.list.count() > 10
    assert re.search(r"\(\d+\)", window.filters.actors.list.item(0).text())


def test_filter_by_actor_shows_only_his_events(window, qtbot):
    check(window.filters.actors, "Volodymyr Zelenskyy")
    qtbot.waitUntil(lambda: window.filter.actors == ["Volodymyr Zelenskyy"])
    assert len(window.rows) >= 4
    for row in window.rows:
        assert "Volodymyr Zelenskyy" in [a["name"] for a in row["actors"]]
    assert shown_ids(window) == {r["rowid"] for r in window.rows}
    assert "Volodymyr Zelenskyy" in window.filters.active.text()
    window.filters.clear()
    assert window.filter.is_empty() and len(window.rows) > 30


def test_filter_by_location_shows_the_strike(window, qtbot):
    check(window.filters.locations, "Odesa Oblast")
    qtbot.waitUntil(lambda: window.filter.locations == ["Odesa Oblast"])
    assert [r["type"] for r in window.rows] == ["attack"]
    assert "missile attack" in window.rows[0]["sentence"]
    # Combined with a type and a text search.
    window.filters.clear()
    check(window.filters.locations, "Odesa")
    check(window.filters.types, "attack")
    assert all(r["type"] == "attack" for r in window.rows)
    assert any("Odessa" in r["sentence"] for r in window.rows)


def test_text_search_uses_full_text_index(window, qtbot):
    window.filters.text.setText("Istanbul")
    qtbot.waitUntil(lambda: window.filter.text == "Istanbul", timeout=2000)
    assert len(window.rows) == 1 and "Istanbul" in window.rows[0]["sentence"]


def test_lanes_by_actor_give_one_lane_per_actor(window):
    window.lanes.setCurrentIndex(window.lanes.findData("actor"))
    lanes = [lane.key for lane in window.view.scene.current.lanes]
    actors = {a["name"] for r in window.rows for a in r["actors"]}
    assert set(lanes) - {"(none)"} == actors
    assert len(lanes) == len(set(lanes))
    window.lanes.setCurrentIndex(window.lanes.findData("location"))
    assert "Miami" in [lane.key for lane in window.view.scene.current.lanes]


def test_zoom_and_fit_change_the_visible_range(window, qtbot):
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_F)
    before = view.scene.view.u1 - view.scene.view.u0
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scene.view.u1 - view.scene.view.u0 < before
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scene.view.u1 - view.scene.view.u0 > before
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert abs((view.scene.view.u1 - view.scene.view.u0) - before) < 1e-6


def test_selecting_an_event_shows_its_sentence(window, qtbot):
    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    selected = view.state.selected
    row = next(r for r in window.rows if r["rowid"] == selected)
    html = window.details.browser.toPlainText()
    assert row["sentence"][:40] in html
    assert row["title"] in html
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.state.selected != selected


def test_clicking_a_card_selects_it(window, qtbot):
    card = window.view.scene.current.cards[0]
    point = (int(card.x + card.w / 2), int(card.y + card.h / 2))
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(window.view, Qt.MouseButton.LeftButton, pos=QPoint(*point))
    assert window.view.state.selected == card.item.event_id
    assert card.item.title in window.details.browser.toPlainText()


def test_details_link_adds_a_filter(window, qtbot):
    window.view.select(next(r["rowid"] for r in window.rows if r["locations"]))
    row = next(r for r in window.rows if r["rowid"] == window.view.state.selected)
    window.details.filterRequested.emit("location", row["locations"][0]["name"])
    assert window.filter.locations == [row["locations"][0]["name"]]


def test_background_import_with_progress(window, qtbot, tmp_path):
    article = tmp_path / "new.txt"
    article.write_text("Floods in Prague\nPublished: 2024-09-16\n\n"
                       "Floodwaters reached the centre of Prague on Sunday, officials said.\n")
    progress = []
    with qtbot.waitSignal(window.view.viewChanged, timeout=60000):
        window.import_paths([article])
        window.task.signals.on_progress.append(lambda d, t, n: progress.append((d, t)))
        qtbot.waitUntil(lambda: not window.task.running, timeout=60000)
    assert window.last_summary.articles == 1
    assert any("Prague" in r["sentence"] for r in window.rows)
    assert window.progress.isHidden()


def test_import_can_be_cancelled(window, qtbot, tmp_path):
    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(f"Title {i}\nDate: 2024-01-0{i + 1}\n\n"
                                            f"Talks {i} were held in Berlin on Monday.\n")
    window.import_paths([tmp_path])
    window.cancel_task()
    qtbot.waitUntil(lambda: not window.task.running, timeout=60000)
    assert window.last_summary.cancelled
    assert window.last_summary.articles < 5


def test_skipped_files_are_listed_not_raised(window, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    (tmp_path / "empty.txt").write_text("")
    window.import_paths([tmp_path / "empty.txt"])
    qtbot.waitUntil(lambda: not window.task.running, timeout=60000)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "empty" in shown[0]


def test_corrupt_database_opens_a_temporary_one(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 100)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(bad, settings, load_sample=False)
    qtbot.addWidget(win)
    assert shown and "not a SQLite database" in shown[0]
    assert win.store.path is None
    assert bad.read_bytes() == b"garbage" * 100


def non_background_pixels(image: QImage) -> int:
    background = image.pixelColor(2, image.height() - 2)
    count = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            if image.pixelColor(x, y) != background:
                count += 1
    return count


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_png_export_has_the_size_and_is_not_blank(window, tmp_path, scale):
    path = tmp_path / "t.png"
    export_image(window.view.scene, ExportOptions(path, 1600, 900, scale, caption="all"))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (int(1600 * scale), int(900 * scale))
    assert non_background_pixels(image) > 500


def test_svg_export_renders(window, tmp_path):
    path = tmp_path / "t.svg"
    export_image(window.view.scene, ExportOptions(path, 1200, 700))
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert (renderer.viewBox().width(), renderer.viewBox().height()) == (1200, 700)
    image = QImage(1200, 700, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert non_background_pixels(image) > 500


def test_pdf_export_has_the_page_size(window, tmp_path):
    path = tmp_path / "t.pdf"
    export_image(window.view.scene, ExportOptions(path, 1200, 700))
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert re.search(rb"/MediaBox \[0 0 1200(\.0+)? 700(\.0+)?\]", data)
    assert len(data) > 5000
    if shutil.which("pdftoppm"):  # poppler renders the page: check its pixels too
        subprocess.run(["pdftoppm", "-png", "-r", "36", "-singlefile", str(path),
                        str(tmp_path / "page")], check=True)
        page = QImage(str(tmp_path / "page.png"))
        assert page.width() == 600 and non_background_pixels(page) > 100


def test_export_with_lanes_makes_room_for_every_lane(window, tmp_path):
    window.lanes.setCurrentIndex(window.lanes.findData("actor"))
    path = tmp_path / "lanes.png"
    options = ExportOptions(path, 1400, 600)
    export_image(window.view.scene, options)
    image = QImage(str(path))
    lanes = len(window.view.scene.lanes)
    assert image.height() >= min(20000, lanes * 40)


def test_dark_palette_paints_a_dark_timeline(qtbot, window):
    from ui.app import dark_palette

    window.view.setPalette(dark_palette())
    image = window.view.grab().toImage()
    color = image.pixelColor(image.width() - 5, 5)
    assert color.lightness() < 80


def test_window_state_is_remembered(qtbot, filled_db, tmp_path):
    ini = str(tmp_path / "settings.ini")
    win = MainWindow(filled_db, QSettings(ini, QSettings.Format.IniFormat), load_sample=False)
    qtbot.addWidget(win)
    win.lanes.setCurrentIndex(win.lanes.findData("location"))
    win.close()
    again = MainWindow(filled_db, QSettings(ini, QSettings.Format.IniFormat), load_sample=False)
    qtbot.addWidget(again)
    assert again.lanes.currentData() == "location"


def test_first_start_loads_the_bundled_sample(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(tmp_path / "new.db", settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.task is not None and not win.task.running, timeout=60000)
    assert win.store.counts()["articles"] == 1
    assert any("Istanbul" in r["sentence"] for r in win.rows)
    assert Path(ARTICLES).exists()


def test_rename_merges_two_names_and_keeps_the_filter(window):
    from core.store import EventFilter

    before = len(window.index.select(EventFilter(actors=["Volodymyr Zelenskyy"])))
    check(window.filters.actors, "Kirill Dmitriev")
    window.rename_entity("Kirill Dmitriev", "Volodymyr Zelenskyy")
    after = window.index.select(EventFilter(actors=["Volodymyr Zelenskyy"]))
    assert len(after) > before
    names = [window.filters.actors.list.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(window.filters.actors.list.count())]
    assert "Kirill Dmitriev" not in names
    assert window.filter.actors == ["Volodymyr Zelenskyy"]


def test_articles_older_rules_read_are_extracted_again_on_start(qtbot, tmp_path):
    from core.models import EXTRACTION_VERSION

    db = tmp_path / "old.db"
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = MainWindow(db, settings)
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: first.task is not None and not first.task.running, timeout=60000)
    events = first.store.counts()["events"]
    first.store.db.execute("UPDATE articles SET extraction = 1")  # as older rules left it
    first.store.db.execute("DELETE FROM event_entities WHERE event_rowid IN "
                           "(SELECT rowid FROM events WHERE seq > 2)")
    first.store.db.execute("DELETE FROM events WHERE seq > 2")
    first.close()
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    assert "again with newer rules" in win.status.text()
    qtbot.waitUntil(lambda: win.task is not None and not win.task.running, timeout=60000)
    assert win.store.counts()["events"] == events
    assert win.store.db.execute("SELECT MIN(extraction) FROM articles").fetchone()[0] == \
        EXTRACTION_VERSION
    assert "1 article(s) extracted again by newer rules" in win.status.text()
