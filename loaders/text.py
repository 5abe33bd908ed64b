"""Text normalisation that keeps offsets: every character maps to exactly one character.

Quote marks, apostrophes and dashes come in many shapes (“ ” „ « » ‘ ’ ´ – —); matching and parsing
are done on a normalised copy of the same length, so an offset in the copy is an offset in the original.

>>> normalise("Azerbaijan´s “so-called” vote — «no»")
'Azerbaijan\\'s "so-called" vote - "no"'
>>> len(normalise("„x“")) == len("„x“")
True
>>> normalise("said ``No vote,'' and left")
'said  "No vote,"  and left'
"""

from __future__ import annotations

import re

_TABLE = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "″": '"',
        "＂": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "´": "'",
        "`": "'",
        "′": "'",
        "‹": "'",
        "›": "'",
        "–": "-",
        "—": "-",
        "‑": "-",
        "‒": "-",
        "―": "-",
        "−": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)


def normalise(text: str) -> str:
    """Same-length copy of `text` with uniform quotes, apostrophes, dashes and spaces, the lines of a web page
    that point to other stories blanked out ("READ MORE: Moldova rejects Transnistria vote": another story's
    headline, whose words are not this story's), the marks of a story kept as Markdown (a heading's "## ", a
    quoted block's "> ", bold's "**", italics' "_"), a transcript's time codes ("[00:01:33] ") and emoji, which are
    not its words.

    >>> normalise("Text.\\nRead more: EU rejects vote\\nMore.")
    'Text.\\n                          \\nMore.'
    """
    text = doubled_marks(text).translate(_TABLE)
    return _MARKUP.sub(_blank, _LINK_LINE.sub(_blank_links, _EMOJI.sub(_blank, text)))


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _blank_links(m: re.Match[str]) -> str:
    """A line pointing to other stories blanked, with, when its label stands alone ("Read more:"), the headlines
    listed on the lines right under it (short lines that do not end like a sentence), their line breaks kept.

    >>> normalise("Read more:\\nEU rejects vote\\nKyiv condemns poll\\nThe vote was held.")
    '          \\n               \\n                  \\nThe vote was held.'
    """
    return re.sub(r"[^\n]", " ", m.group())


# the headlines listed under a label of their own: "Read more:" / "EU condemns Russia's referendums" / ...
_LISTED = r"(?:\n[ \t]*[^\n]{0,148}(?:[^\s.!?\"”:]|[^\s.!?:][\"”]))*"  # (one may end on a quoted word)


# two grave accents or two apostrophes for a quotation mark, as wire archives of the 1990s write them: ``This
# so-called referendum has no legal force,'' President Mircea Snegur said
_DOUBLED = re.compile(r"``|''")


def doubled_marks(text: str) -> str:
    """`text` with each pair of grave accents or apostrophes written as one curly quotation mark and a space (the
    space outside the quotation), so that offsets stay and the mark says whether it opens or closes.

    >>> doubled_marks("said ``No vote,'' and left")
    'said  “No vote,”  and left'
    """
    return _DOUBLED.sub(_as_quote_mark, text)


def _as_quote_mark(m: re.Match[str]) -> str:
    text, start, end = m.string, m.start(), m.end()
    opens = (
        m.group() == "``" or end < len(text) and text[end].isalnum() and (start == 0 or not text[start - 1].isalnum())
    )
    return " “" if opens else "” "


# emoji and pictographs, which a post from a messaging channel puts before its words ("🇷🇺🇦🇧 Maria Zakharova: We
# welcome ...", "❗️The Georgian Foreign Ministry: ..."): flags' regional indicators, pictographs, dingbats, and the
# variation selector and joiner that compose them; none is a word (but the dingbats' quotation marks, "❝ ❞ ❮ ❯",
# which open and close words)
_EMOJI = re.compile(
    "[\U0001f1e6-\U0001f1ff\U0001f300-\U0001faff\u2600-\u275a\u2761-\u276d\u2772-\u27bf\u2b00-\u2bff\ufe0f\u200d]"
)

# a line pointing to another story, as web pages put them between paragraphs
_LINK_LINE = re.compile(
    r"^[ \t]*(?:(?:READ\s+MORE|Read\s+more|READ\s+ALSO|Read\s+also|ALSO\s+READ|Also\s+read|RELATED"
    r"|Related(?:\s+stories)?|SEE\s+ALSO|See\s+also|MORE\s+ON\s+THIS|More\s+on\s+this(?:\s+story)?|Recommended)[ \t]*:"
    # (or a list's heading on a line of its own, with no colon: "Related", "Related articles", "You may also like")
    r"|(?i:related(?:\s+(?:articles|news|stories|content|coverage))?|more\s+(?:stories|news)|you\s+may\s+also\s+like"
    r"|read\s+(?:more|also)|see\s+also"
    r"|most\s+read|latest\s+news)[ \t]*(?=\n))"
    rf"(?:[ \t]*(?:\n[ \t]*(?=\n))?{_LISTED}(?=\n|$)|[^\n]*)",  # (the list may follow a blank line)
    re.M,
)

# Markdown's marks (a heading's hashes, a quoted block's angle brackets, bold's asterisks or underscores) and a
# note's number after the word it annotates ("did not recognise the elections[4], and")
_MARKUP = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?)+|\*\*|__|(?<=[\w.,;:\"')])\[\d{1,3}\]"
    # italics' one mark on either side of a word ("_Ukraine_ called the vote a sham"; not "@MFA_Ukraine")
    r"|(?<![\w*])[_*](?=[^\W_])|(?<=[^\W_]|[.,;:!?\"')])[_*](?![\w*])"
    # and a transcript's time code before its speaker's label: "[00:01:33] KAJA KALLAS:"; a live blog's time before
    # its entry, with no dash after it ("11:15 Georgia's foreign ministry: ...")
    r"|^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*"
    r"|^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]+(?:GMT|UTC|CET|CEST|EET|EEST|MSK|BST|EST|EDT|ET))?[ \t]+(?=[A-Z])"
    r"(?![A-Z]{2,4}[ \t]*[-–—])",  # (not the time before a zone and a dash, "13:10 GMT - ", which TIME_STAMP reads)
    re.M,
)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line: news text puts one paragraph per line.

    >>> paragraphs("A b.\\n\\nC d.\\nE")
    [(0, 4), (6, 10), (11, 12)]
    """
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def strip_span(text: str, start: int, end: int, chars: str = " \t\n,;:") -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with white space or the given punctuation.

    >>> strip_span("  it was, ", 0, 10)
    (2, 8)
    """
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


_DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z'’./ -]+"
    # (with the country after the city, as AP writes it: "SUKHUMI, Georgia, March 2, 2025 — ", "KYIV, Ukraine (AP) — ")
    r"(?:,\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?=\s*(?:,|\(|[-–—])))?"
    r"(?:,\s*(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+(?:19|20)\d\d)?)?"
    r"(?:\s*(?:\([^)\n]{1,40}\))?\s*[-–—]+\s+|\.\s*/[A-Z]{2,12}/\.?\s+"  # "(Reuters) - " or TASS's ". /TASS/. "
    # or, after a day, a full stop: "TBILISI, July 11, 2016. The ministry", "MOSCOW, Dec 12 (Interfax). The"
    r"|(?(day)(?:\s*\([^)\n]{1,40}\))?\.\s+(?=[A-Z\"“])|(?!))"
    r"|(?(day)[ \t]*$|(?!)))"  # or, after a day, the line's end: "NICOSIA, Jan 8, 2018" above the lead
)


# the marks a list's entry may open with, before its label: "• New York - ...", "* Nicosia - ..."
LIST_MARKS = re.compile(r"[ \t•*·]*")
# a dateline whose places are written as names, with a day and a dash: "Tallinn/Riga, 14 March 2022 - "
_TITLED_DATELINE = re.compile(
    r"(?m)^[A-Z][a-z]+(?:(?:/|\s)[A-Z][a-z]+)?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+(?:19|20)\d\d)?\s*(?:\([^)\n]{1,40}\))?\s*[-–—]+\s+"
)


def datelines(text: str) -> list[tuple[int, int]]:
    """(start, end) of wire datelines opening a paragraph ("KYIV, March 17 (Agency) - "): places there are
    where the story was filed, not who spoke.

    >>> text = "TBILISI, April 11 (Example News) - Georgia said no.\\n\\nMOSCOW, August 25. /TASS/. Moscow said yes."
    >>> [text[s:e] for s, e in datelines(text)]
    ['TBILISI, April 11 (Example News) - ', 'MOSCOW, August 25. /TASS/. ']
    """
    found = [(m.start(), m.end()) for m in _DATELINE.finditer(text)]
    found += [
        (m.start(), m.end()) for m in _TITLED_DATELINE.finditer(text) if not any(s == m.start() for s, _ in found)
    ]
    return sorted(found)


def rough_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text cut at full stops, question and exclamation marks and line ends: sentences for
    pattern matching where no parse is at hand.

    >>> rough_sentences("One. Two?\\nThree")
    [(0, 4), (4, 9), (10, 15)]
    """
    return [m.span() for m in _ROUGH_SENTENCE.finditer(text)]


_ROUGH_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


# the mark of an item in a numbered statement: "1)", "2.", "(a)", "-"
# a live blog's time stamp before an entry: "14:05 - ", "09:40 GMT - "
TIME_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,4}\s*)?[-–—]\s*")
NUMBERED_ITEM = re.compile(r"(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-•])")
