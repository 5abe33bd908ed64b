"""Reading articles from files and folders of .txt, .html and .jsonl.

Each input yields `Article`s or `InputError`s, never raises for one bad file, so that a batch keeps
going: the caller reports the error and moves on to the next article.

A plain-text article may start with a line ` date YYYY-MM-DD`, the publication date (the format of the
seed articles); the line is not part of the article text. An article that comes with no publication date (no such
line, no metadata) takes the one its text gives itself at its top, if any: a line "Published: 5 October 1999" or
a wire dateline with its year (`loaders.dates.stated_date`).

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text(" date 2020-04-01 Estonia said no.")
>>> [(a.published.isoformat(), a.text) for a in read_paths([d]) if isinstance(a, Article)]
[('2020-04-01', 'Estonia said no.')]
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from kg import errors
from kg.errors import InputError
from loaders.article import Article
from loaders.dates import stated_date
from loaders.html import html_to_text

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\n?")
_HAS_WORDS = re.compile(r"[^\W\d_]{2,}")


def input_files(paths: Iterable[str | Path]) -> list[Path | InputError]:
    """The files to read under `paths` (folders searched recursively for known suffixes), in a stable
    order; a path that does not exist is an error in the list, not an exception."""
    found: list[Path | InputError] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        elif path.is_file():
            found.append(path)
        else:
            found.append(InputError(str(path), errors.NO_SUCH_PATH))
    return found


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Every article under `paths` (files, or folders searched recursively), in a stable order."""
    for file in input_files(paths):
        if isinstance(file, InputError):
            yield file
        else:
            yield from read_file(file)


def read_file(path: Path) -> Iterator[Article | InputError]:
    """The articles of one file: one for .txt and .html, one per line for .jsonl."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield InputError(str(path), errors.UNSUPPORTED_SUFFIX.format(suffix=suffix or "(none)"))
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), f"cannot be read ({exc.strerror or exc})")
        return
    text_or_error = _decode(str(path), raw)
    if isinstance(text_or_error, InputError):
        yield text_or_error
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(str(path), text_or_error)
    elif suffix in (".html", ".htm"):
        yield _read_html(str(path), path.name, text_or_error)
    else:
        yield _read_text(str(path), path.name, text_or_error)


def _decode(where: str, raw: bytes) -> str | InputError:
    if not raw.strip():
        return InputError(where, errors.EMPTY_FILE)
    if b"\x00" in raw:
        return InputError(where, errors.BINARY_FILE)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(where, errors.NOT_UTF8.format(byte=raw[exc.start], offset=exc.start))


def parse_plain_text(text: str) -> tuple[date | None, str]:
    """Split off a leading ` date YYYY-MM-DD` line; return (published, text).

    >>> parse_plain_text(" date 2023-09-09 Türkiye condemned the vote.")
    (datetime.date(2023, 9, 9), 'Türkiye condemned the vote.')
    """
    match = _DATE_LINE.match(text)
    if not match:
        return None, text
    try:
        published = date.fromisoformat(match.group(1))
    except ValueError:
        return None, text
    return published, text[match.end() :]


def _article(
    where: str, source: str, text: str, title: str | None, published: date | None, line: int | None = None
) -> Article | InputError:
    text = text.strip()
    if not _HAS_WORDS.search(text):
        return InputError(where, errors.NO_ARTICLE, line=line)
    # else the date the story gives itself at its top ("Published: 5 October 1999", "CHISINAU, Dec 1, 2025 -")
    return Article(source=source, text=text, title=title, published=published or stated_date(text))


def _read_text(where: str, source: str, text: str) -> Article | InputError:
    published, body = parse_plain_text(text)
    return _article(where, source, body, None, published)


def _read_html(where: str, source: str, markup: str) -> Article | InputError:
    try:
        title, text, meta_published = html_to_text(markup)
    except ValueError as exc:
        return InputError(where, errors.BAD_HTML.format(detail=exc))
    published, body = parse_plain_text(text)  # a "date YYYY-MM-DD" line in the text wins over the metadata
    return _article(where, source, body, title, published or meta_published)


def _read_jsonl(where: str, content: str) -> Iterator[Article | InputError]:
    """One article per non-blank line: {"text": ..., "url"?, "title"?, "published"?, "id"?}."""
    name = Path(where).name
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, errors.BAD_JSON.format(detail=exc.msg), line=number)
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield InputError(where, errors.BAD_JSON_RECORD.format(detail="no 'text' string"), line=number)
            continue
        published = record.get("published")
        if published is not None:
            try:
                published = date.fromisoformat(str(published)[:10])
            except ValueError:
                yield InputError(where, errors.BAD_DATE.format(value=published), line=number)
                continue
        text_published, text = parse_plain_text(record["text"])
        source = record.get("url") or f"{name}#{record.get('id', number)}"
        title = record.get("title") if isinstance(record.get("title"), str) else None
        yield _article(where, str(source), text, title, published or text_published, line=number)
