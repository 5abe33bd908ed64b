"""Finding quotations in every quote style: “ ” " ‘ ’ « » „ ‹ ›, nested or mixed.

Direction is read from context, not from the glyph alone: a mark after a space opens, a mark before a
space or punctuation closes (writers mix “ and " and close with “). Quote marks pair on a stack, so a
quotation can hold scare quotes ("the so-called "elections" held ..."). A quotation still open at the end
of its paragraph ends there, as in the convention for quotes running over paragraphs. `speeches` keeps those that
are someone's words, not scare quotes.

>>> text = 'He said: “We do not recognize the so called "elections“ at all,” and left.'
>>> [(text[q.start:q.end], q.depth) for q in find_quotes(text)]
[('We do not recognize the so called "elections“ at all,', 0), ('elections', 1)]
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.text import doubled_marks, paragraphs

_DOUBLE = {'"': None, "“": "open", "”": "close", "„": "open", "«": "open", "»": "close", "″": None}
_SINGLE = {"‘": "open", "’": "close", "‹": "open", "›": "close"}
_OPENERS_BEFORE = " \t\n([{—–-/:"
_MIN_SPEECH_WORDS = 4


@dataclass(frozen=True)
class Quote:
    """The inside of a quotation (without its marks): text[start:end]. depth 0 is a top-level quote."""

    start: int
    end: int
    depth: int

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())

    def is_speech(self, text: str) -> bool:
        """A top-level quotation long enough to be someone's words rather than scare quotes."""
        return self.depth == 0 and self.words(text) >= _MIN_SPEECH_WORDS


def _direction(text: str, i: int, default: str | None) -> str | None:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens_here = (before in _OPENERS_BEFORE or before in _DOUBLE or before in _SINGLE) and not after.isspace()
    closes_here = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens_here and not closes_here:
        return "open"
    if closes_here and not opens_here:
        return "close"
    return default


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in `text`, outer ones before the quotes they contain (marks doubled as in old wire copy,
    ``No,'', written as one first: `speeches` does it, and `loaders.text.normalise`)."""
    quotes: list[Quote] = []
    left_open = False  # (whether the paragraph before left a quotation open)
    for p_start, p_end in paragraphs(text):
        stack: list[tuple[int, str]] = []  # (offset after the opening mark, "double" | "single")
        seen = False  # (a mark already met in the paragraph)
        for i in range(p_start, p_end):
            ch = text[i]
            if ch in _DOUBLE:
                family, default = "double", _DOUBLE[ch]
            elif ch in _SINGLE:
                family, default = "single", _SINGLE[ch]
                if ch == "’" and (i + 1 < p_end and text[i + 1].isalpha()) and i > 0 and text[i - 1].isalpha():
                    continue  # an apostrophe: country’s, haven’t
                if ch == "’" and not any(f == "single" for _, f in stack):
                    continue
            else:
                continue
            direction = _direction(text, i, default)
            if direction is None:  # ambiguous straight quote: close if one of its family is open
                direction = "close" if any(f == family for _, f in stack) else "open"
            if direction == "open":
                stack.append((i + 1, family))
            elif not seen and left_open and family == "double":
                # a quotation left open a paragraph before, closed here with no mark opening this paragraph: its rest
                quotes.append(Quote(p_start, i, 0))
            elif stack:
                depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][1] == family), None)
                if depth is None:
                    continue
                start, _ = stack[depth]
                del stack[depth:]
                quotes.append(Quote(start, i, depth))
            seen = True
        if stack:
            start, _ = stack[0]
            end = p_end
            quotes.append(Quote(start, end, 0))
        # (its rest may follow in a paragraph that only closes it: '"On 9 June, ...' / 'The so-called ... conflict."')
        left_open = bool(stack) and stack[0][1] == "double"
    return sorted(quotes, key=lambda q: (q.start, -q.end))


def _short_retort(text: str, q: Quote) -> bool:
    """A short quotation that opens its sentence and ends on a comma, its attribution after it: '"Null and void,"
    said the foreign minister', '"A farce," tweeted X' (scare quotes stand inside a sentence); or a sentence of its own
    that opens a paragraph, what the next says whose it is: '"Illegitimate." That was the one-word verdict of X'."""
    before = text[: q.start - 1].rstrip(" \t")
    opens_paragraph = not before or before[-1] == "\n"
    return (
        q.depth == 0
        and q.end > q.start
        and (text[q.end - 1] in ",!?" or text[q.end - 1] == "." and opens_paragraph)
        and (not before or before[-1] in ".!?:\n")
        and q.words(text) >= 1
    )


# how far the attribution that interrupts a quotation may run: '"We will not recognise," the minister said, "these"'
_ATTRIBUTION_CHARS = 100


def speeches(text: str) -> list[Quote]:
    """The quotations that are someone's words: those long enough not to be scare quotes, and the short rest of one
    its attribution interrupts ('"We do not and will not recognise," the minister said of the referendums, "these
    sham votes."')."""
    text = doubled_marks(text)  # (``No,'' as old wire copy quotes)
    found = find_quotes(text)
    kept = [q for q in found if q.is_speech(text) or _short_retort(text, q)]
    for q in found:
        if q.depth or q in kept:
            continue
        before = [k for k in kept if k.end < q.start]
        opened = before[-1] if before else None
        between = text[opened.end + 1 : q.start - 1] if opened else ""
        if (
            opened is not None
            and text[opened.end - 1] == ","
            and len(between) <= _ATTRIBUTION_CHARS
            and between.rstrip().endswith(",")
            and "\n" not in between
        ):
            kept.append(q)
    return sorted(kept, key=lambda q: (q.start, -q.end))
