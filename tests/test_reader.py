"""Reading articles: formats, encodings, publication dates, and every kind of bad input."""

from __future__ import annotations

import pytest

from core.errors import InputError
from core.reader import MAX_ARTICLE_BYTES, article_from_text, parse_date, read_article
from tests.conftest import ARTICLES, SAMPLE


def test_sample_reads_with_its_bundled_date():
    article = read_article(SAMPLE)
    assert article.published == "2025-12-21"
    assert article.title.startswith("US-Russia Negotiations on Ukraine")


def test_headings_and_key_points_are_not_sentences():
    article = read_article(SAMPLE)
    skipped = [article.text[s:e] for s, e in article.skipped_lines]
    assert "Constructive Talks in Miami" in skipped
    assert any(line.startswith("- US and Russian negotiators met in Miami") for line in skipped)
    assert not any(line.startswith("Negotiators from Russia") for line in skipped)


def test_header_line_gives_the_date():
    assert read_article(ARTICLES / "geneva-ceasefire-talks.txt").published == "2024-03-15"
    assert read_article(ARTICLES / "port-strike.txt").published == "2023-10-12"


def test_front_matter_gives_date_and_title():
    article = read_article(ARTICLES / "hurricane-landfall.md")
    assert article.published == "2023-09-08"
    assert article.title == "Hurricane Delia makes landfall in Florida"


def test_html_main_text_and_meta_date():
    article = read_article(ARTICLES / "election-results.html")
    assert article.published == "2022-08-16"
    assert "electoral commission declared William Ruto" in article.text
    assert "Subscribe to our newsletter" not in article.text
    assert "Sport" not in article.text


def test_published_argument_overrides_the_file():
    assert read_article(ARTICLES / "port-strike.txt", "2023-10-13").published == "2023-10-13"


def test_latin1_file_is_decoded(tmp_path):
    path = tmp_path / "latin1.txt"
    text = "The président, François Hollande, met the ministers in Genève on Sunday.\n" * 3
    path.write_bytes(("Date: 2015-06-01\n" + text).encode("latin-1"))
    article = read_article(path)
    assert "président, François" in article.text
    assert article.published == "2015-06-01"


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTitle line\nThe minister spoke on Friday in Paris.".encode())
    assert read_article(path, "2024-01-05").text.startswith("Title line")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("   \n\n")
    with pytest.raises(InputError, match="empty"):
        read_article(path, "2024-01-01")


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with pytest.raises(InputError, match="binary"):
        read_article(path, "2024-01-01")


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: refused by size alone
    assert path.stat().st_size > MAX_ARTICLE_BYTES
    with pytest.raises(InputError, match="too large"):
        read_article(path, "2024-01-01")


def test_html_without_an_article(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav><footer>© 2024</footer>"
                    "</body></html>")
    with pytest.raises(InputError, match="no article text"):
        read_article(path, "2024-01-01")


def test_unknown_suffix(tmp_path):
    path = tmp_path / "data.xlsx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match="not an article file"):
        read_article(path)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_article(tmp_path / "nowhere.txt")


@pytest.mark.parametrize("value", ["yesterday-ish", "2025-13-45", "21/21/21", ""])
def test_bad_published_date(value):
    with pytest.raises(InputError, match="cannot read"):
        parse_date(value, what="--published date")


@pytest.mark.parametrize("value, iso", [("2025-12-21", "2025-12-21"),
                                        ("December 21, 2025", "2025-12-21"),
                                        ("21 Dec 2025", "2025-12-21")])
def test_good_published_dates(value, iso):
    assert parse_date(value) == iso


def test_bullets_inside_the_story_stay():
    article = article_from_text("Title\n- Troops crossed the river on Monday.\nThe army said so.\n")
    skipped = [article.text[s:e] for s, e in article.skipped_lines]
    assert "- Troops crossed the river on Monday." not in skipped


def test_an_article_in_another_language_is_refused_with_its_reason(tmp_path):
    spanish = tmp_path / "noticia.txt"
    spanish.write_text("Published: 2023-11-07\n\nEl gobierno de España anunció hoy nuevas medidas para "
                       "reducir el precio de la electricidad, según informaron fuentes oficiales. Las "
                       "medidas entrarán en vigor el próximo mes y afectarán a millones de hogares. "
                       "El ministro dijo que la subida de los precios de la energía es una prioridad del "
                       "ejecutivo.\n",
                       encoding="utf-8")
    with pytest.raises(InputError, match="English"):
        read_article(spanish)
    hindi = tmp_path / "samachar.txt"
    hindi.write_text("Published: 2023-11-07\n\n" + "राम मंदिर प्राण प्रतिष्ठा समारोह में देश भर से लोग आए। " * 5,
                     encoding="utf-8")
    with pytest.raises(InputError, match="English"):
        read_article(hindi)
    chinese = tmp_path / "xinwen.txt"
    sentence = "国务院新闻办公室今天举行新闻发布会，介绍经济运行情况。"
    chinese.write_text("Published: 2023-11-07\n\n" + sentence * 6, encoding="utf-8")
    with pytest.raises(InputError, match="English"):
        read_article(chinese)
    english = tmp_path / "news.txt"
    english.write_text("Published: 2023-11-07\n\nThe government of Spain announced new measures on "
                       "Tuesday to cut the price of electricity, officials said. The measures will take "
                       "effect next month and affect millions of homes.\n", encoding="utf-8")
    assert read_article(english).published == "2023-11-07"


def test_story_highlights_before_the_story_are_not_part_of_it():
    article = article_from_text("Pledge\n\nWashington (CNN) -- Democrats pledged Friday to keep it.\n\n"
                                "STORY HIGHLIGHTS\n- The act was signed into law on August 14, 1935\n"
                                "- Kaine says Democrats will tout the program this fall\n\n"
                                "Kaine said the party is united.\n", "pledge.txt")
    hidden = [article.text[s:e] for s, e in article.skipped_lines]
    assert any(line.startswith("- The act was signed") for line in hidden)
    assert not any(line.startswith("Kaine said") for line in hidden)


_LONG_POINT = ("2. The bank chose to keep the rate on reserves at 25 basis points, contrary to our "
               "expectations of a small cut; overall the details of today's action were more aggressive "
               "than the market expected in two respects.")


@pytest.mark.parametrize("lead, kept", [
    ("The central bank met on Wednesday and eased its policy.\n", False),  # closing key points
    ("From Goldman on the central bank's announcement:\n", True),  # a list the story introduces
])
def test_a_closing_list_is_the_story_when_introduced(lead, kept):
    article = article_from_text("Title\n" + lead + "1. The bank eased its policy again.\n"
                                "2. Three members dissented.\n")
    skipped = [article.text[s:e] for s, e in article.skipped_lines]
    assert ("2. Three members dissented." not in skipped) == kept


def test_closing_points_that_are_paragraphs_stay():
    article = article_from_text("Title\nThe central bank met on Wednesday and eased its policy.\n"
                                + _LONG_POINT + "\n")
    assert _LONG_POINT not in [article.text[s:e] for s, e in article.skipped_lines]


def test_the_headline_repeated_above_the_story_is_no_sentence():
    headline = "All six of the films are coming to phones, tablets, game consoles and other video services"
    text = f"{headline}\n{headline}\nThe films are coming to phones, the studio said today.\n"
    article = article_from_text(text, "films.txt")
    skipped = [article.text[s:e] for s, e in article.skipped_lines]
    assert skipped == [headline]  # the second time (a line of more than 14 words reads as a sentence)
    assert article.title == headline
