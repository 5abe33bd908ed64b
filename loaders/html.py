"""HTML to article text: keep the title and the paragraphs of the main content, drop the boilerplate.

Navigation, headers, footers, scripts, styles, forms and asides are removed; block elements become
paragraphs separated by blank lines, which the extraction uses as paragraph boundaries. The publication
date comes from the page's metadata, where news sites put it (Open Graph's `article:published_time`,
`itemprop="datePublished"`, a `<time datetime>` in the article, JSON-LD's `datePublished`).

>>> page = ("<html><head><title>T</title><meta property='article:published_time' content='2024-06-10T09:00Z'>"
...         "</head><body><nav>Home</nav><article><h1>Vote</h1>"
...         "<p>Estonia said  it does not recognise it.</p></article></body></html>")
>>> html_to_text(page)
('T', 'Vote\\n\\nEstonia said it does not recognise it.', datetime.date(2024, 6, 10))
"""

from __future__ import annotations

import re
from datetime import date

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
    "th",  # (a table's cells, headers too, each a paragraph: "State or organisation", "Reaction")
    "caption",
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


def html_to_text(markup: str) -> tuple[str | None, str, date | None]:
    """Return (title, text, publication date or None) of an HTML page.

    Raises:
        ValueError: the markup cannot be parsed at all.
    """
    try:
        root = lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ValueError(str(exc) or "empty document") from exc
    title_el = root.find(".//title")
    title = _squash(title_el.text_content()) if title_el is not None else None
    published = _published(root)
    for quote in list(root.iter("blockquote")):
        _attributed(quote)  # (before a footer inside it is dropped as the page's)
    for el in list(root.iter(*_BOILERPLATE)):
        if el.tag == "figure" and el.find(".//blockquote") is not None:
            _pull_quote(el)  # (a figure that quotes someone is content: a photo's is not)
        else:
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
    return (title or None), text, published


_DATE_META = (
    ".//meta[@property='article:published_time']",
    ".//meta[@itemprop='datePublished']",
    ".//meta[@name='article:published_time']",
    ".//meta[@name='pubdate']",
    ".//meta[@name='publishdate']",
    ".//meta[@name='date']",
    ".//meta[@name='DC.date.issued']",
    ".//meta[@name='dc.date']",
)
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})')


def _published(root) -> date | None:
    """The publication day the page's metadata gives, if any (read before the boilerplate is dropped)."""
    values = [el.get("content") for path in _DATE_META for el in root.findall(path)]
    values += [el.get("datetime") for el in root.iter("time") if el.get("datetime")]
    for script in root.findall(".//script[@type='application/ld+json']"):
        found = _JSON_LD_DATE.search(script.text or "")
        if found:
            values.append(found.group(1))
    for value in values:
        match = _ISO_DAY.match((value or "").strip())
        if match:
            try:
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                continue
    return None


def _pull_quote(figure) -> None:
    """A pull quote (a figure holding a blockquote, its speaker in the caption: "— David Zalkaliani, Georgian Foreign
    Minister") kept as the quotation it is: its words in quotation marks when the page gave it none, its caption a
    paragraph of its own below them."""
    for quote in figure.iter("blockquote"):
        _in_quotation_marks(quote)
    for caption in figure.iter("figcaption"):
        caption.tag = "p"


def _attributed(quote) -> None:
    """A blockquote that names its speaker in a <cite> or <footer> of its own ("These so-called elections are null
    and void." / "Ilia Darchiashvili, Foreign Minister of Georgia"): its words in quotation marks, the speaker a
    paragraph below them, opened by a dash as a pull quote's caption is."""
    source = next((el for el in quote if isinstance(el.tag, str) and el.tag in ("cite", "footer")), None)
    if source is None:
        return
    quote.remove(source)
    source.tail = None
    byline = source.text_content().strip()
    paragraph = lxml.html.Element("p")
    paragraph.text = byline if re.match(r"[—–-]", byline) else "— " + byline
    _in_quotation_marks(quote)
    quote.addnext(paragraph)


def _in_quotation_marks(quote) -> None:
    """A blockquote's words in quotation marks, where the page gave it none."""
    words = quote.text_content().strip()
    if words and not re.match(r"[\"“«„‘']", words):
        paragraphs = list(quote.iter("p")) or [quote]
        first, last = paragraphs[0], paragraphs[-1]
        first.text = "“" + (first.text or "").lstrip()
        if len(last):
            last[-1].tail = (last[-1].tail or "").rstrip() + "”"
        else:
            last.text = (last.text or "").rstrip() + "”"


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
