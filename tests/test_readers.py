"""Reading articles, and every kind of bad input giving one clear error that names the file."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kg.errors import InputError
from loaders.article import Article
from loaders.readers import read_file, read_paths


def read_one(path):
    items = list(read_paths([path]))
    assert len(items) == 1, items
    return items[0]


def test_plain_text_with_date_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2023-09-09 Estonia does not recognise the vote.\n\nSecond paragraph.", encoding="utf-8")
    article = read_one(path)
    assert article.published == date(2023, 9, 9)
    assert article.text.startswith("Estonia does not recognise")
    assert article.source == "a.txt"


def test_plain_text_without_a_date_takes_the_one_it_gives_itself(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("MOSCOW, Dec 1, 2025 (Example Wire) - Russia said the vote was calm.", encoding="utf-8")
    assert read_one(path).published == date(2025, 12, 1)
    path.write_text(" date 2025-12-02 MOSCOW, Dec 1, 2025 (Example Wire) - Russia said so.", encoding="utf-8")
    assert read_one(path).published == date(2025, 12, 2)  # the date line given with the text comes first


def test_html_keeps_title_and_drops_boilerplate(tmp_path):
    path = tmp_path / "a.html"
    path.write_text(
        "<html><head><title>Vote</title><script>var x;</script></head><body><nav>Menu</nav>"
        "<article><p>Latvia condemned the so-called referendum.</p></article>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    article = read_one(path)
    assert article.title == "Vote"
    assert article.text == "Latvia condemned the so-called referendum."


def test_jsonl_gives_one_article_per_line_with_url_title_and_date(tmp_path):
    path = tmp_path / "a.jsonl"
    records = [
        {"text": "Latvia condemned it.", "url": "https://example.org/1", "title": "T", "published": "2022-09-30"},
        {"text": "Estonia condemned it."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    first, second = list(read_paths([path]))
    assert (first.source, first.title, first.published) == ("https://example.org/1", "T", date(2022, 9, 30))
    assert second.source == "a.jsonl#2"


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"  \n\n ", "the file is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "Türkiye condemned the vote".encode("latin-1"), "not UTF-8"),
        ("nothing.txt", b" date 2020-01-01 \n 12 34 !!", "no article text"),
        ("nothing.html", b"<html><body><nav>Home</nav><script>x()</script></body></html>", "no article text"),
        ("page.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
def test_bad_file_gives_one_error_naming_it(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    error = read_one(path)
    assert isinstance(error, InputError)
    assert str(path) in str(error) and reason in str(error)


def test_malformed_html_is_still_read(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><p>Lithuania condemned the <b>so-called vote<p>Second</div></span>", encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert "Lithuania condemned the so-called vote" in article.text


def test_malformed_jsonl_line_names_line_and_keeps_the_others(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"text": "Latvia condemned the vote."}\n{"text": oops\n["not an object"]\n'
        '{"text": "Estonia condemned the vote.", "published": "last week"}\n'
        '{"text": "Lithuania condemned the vote."}\n',
        encoding="utf-8",
    )
    items = list(read_paths([path]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [i.text for i in items if isinstance(i, Article)] == [
        "Latvia condemned the vote.",
        "Lithuania condemned the vote.",
    ]
    assert errors[0].startswith(f"{path}:2: not valid JSON")
    assert errors[1].startswith(f"{path}:3:") and "'text'" in errors[1]
    assert errors[2].startswith(f"{path}:4:") and "last week" in errors[2]


def test_missing_path_is_an_error_not_an_exception(tmp_path):
    error = read_one(tmp_path / "nowhere")
    assert isinstance(error, InputError) and "no such file or folder" in str(error)


def test_folders_are_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Latvia condemned the vote.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("Estonia condemned the vote.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [a.source for a in read_paths([tmp_path])] == ["1.txt", "2.txt"]


def test_read_file_on_directory_listing(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("Estonia condemned the vote.", encoding="utf-8")
    assert [a.text for a in read_file(path)] == ["Estonia condemned the vote."]
