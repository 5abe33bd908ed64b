"""HTML to article text: keep the title and the paragraphs of the main content, drop the boilerplate.

Navigation, headers, footers, scripts, styles, forms and asides are removed; block elements become
paragraphs separated by blank lines, which the extraction uses as paragraph boundaries.

>>> page = ("<html><head><title>T</title></head><body><nav>Home</nav><article><h1>Vote</h1>"
...         "<p>Estonia said  it does not recognise it.</p></article></body></html>")
>>> title, text = html_to_text(page)
>>> title, text
('T', 'Vote\\n\\nEstonia said it does not recognise it.')
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

_BOILERPLATE = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "template",
    "figure",
)
_BLOCKS = (
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "td",
    "dd",
    "dt",
    "div",
    "section",
    "article",
    "main",
    "br",
    "tr",
)
_BOILERPLATE_CLASS = re.compile(
    r"\b(nav|menu|footer|header|sidebar|cookie|share|social|related|advert|promo|"
    r"subscribe|newsletter|breadcrumb|comments?)\b",
    re.I,
)


def html_to_text(markup: str) -> tuple[str | None, str]:
    """Return (title, text) of an HTML page.

    Raises:
        ValueError: the markup cannot be parsed at all.
    """
    try:
        root = lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ValueError(str(exc) or "empty document") from exc
    title_el = root.find(".//title")
    title = _squash(title_el.text_content()) if title_el is not None else None
    for el in list(root.iter(*_BOILERPLATE)):
        _drop(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        attrs = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
        if attrs and _BOILERPLATE_CLASS.search(attrs) and el.tag not in ("html", "body", "article", "main"):
            _drop(el)
    main = next(
        (el for el in (root.find(".//article"), root.find(".//main"), root.find(".//body")) if el is not None), root
    )
    paragraphs: list[str] = []
    current: list[str] = []
    _collect(main, paragraphs, current)
    paragraphs.append("".join(current))
    text = "\n\n".join(p for p in (_squash(x) for x in paragraphs) if p)
    return (title or None), text


def _drop(el) -> None:
    parent = el.getparent()
    if parent is not None:
        el.drop_tree()


def _collect(el, paragraphs: list[str], current: list[str]) -> None:
    """Walk the tree, cutting a new paragraph at every block element."""
    is_block = isinstance(el.tag, str) and el.tag in _BLOCKS
    if is_block and current:
        paragraphs.append("".join(current))
        current.clear()
    if el.text and isinstance(el.tag, str):
        current.append(el.text)
    for child in el:
        _collect(child, paragraphs, current)
        if child.tail:
            current.append(child.tail)
    if is_block and current:
        paragraphs.append("".join(current))
        current.clear()


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
