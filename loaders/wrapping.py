"""Text wrapped at a fixed width, as plain-text press releases, mailing lists and copies of PDF documents keep it:
"...the so-called\\npresidential election and the referendum held on 3 October 1999 in\\nAbkhazia, Georgia, are
illegitimate". The rules read one paragraph per line (`loaders.text.paragraphs`, and the parse starts a sentence
at every line break), so the line breaks inside a wrapped paragraph are read as spaces: same length, every offset
kept, and the article's own text untouched.

>>> unwrap("Georgia said the so-called elections held in the breakaway region of\\nAbkhazia on Saturday were "
...        "illegal and that it would\\nnever recognise their results, as the European Union and the\\nUnited "
...        "States had said before the vote was held in the\\nregion.\\n\\nShort line.")[:90]
'Georgia said the so-called elections held in the breakaway region of Abkhazia on Saturday '
>>> unwrap("One paragraph a line.\\nAnother one.") == "One paragraph a line.\\nAnother one."
True
"""

from __future__ import annotations

import re

# a wrapped text's lines are at most this long (a line longer than this is a paragraph of its own)
MAX_WIDTH = 100
# a line this much shorter than the text's longest ends its paragraph: a wrapped line ends at the last word that fits
RAGGED = 25
# at least this many lines must break inside a sentence ("in\nAbkhazia"), and so must this share of the line
# breaks that are not blank lines, for a text to be read as wrapped
MIDSENTENCE_BREAKS, MIDSENTENCE_SHARE = 3, 0.4
# and at least this share of its lines must open lower-case, as a wrapped paragraph's do where a line breaks before
# a word that is no name
LOWER_SHARE = 0.25

_LINE = re.compile(r"[^\n]*")


def unwrap(text: str) -> str:
    """`text` with the line breaks inside its wrapped paragraphs read as spaces (the text itself when it is not
    wrapped: one paragraph per line)."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n"]
    widths = [end - start for start, end in lines if text[start:end].strip()]
    if not widths or max(widths) > MAX_WIDTH:
        return text
    width = max(widths)
    pairs = [
        (text[s1:e1].rstrip(), text[s2:e2].lstrip(), e1)
        for (s1, e1), (s2, e2) in zip(lines, lines[1:], strict=False)
        if text[s1:e1].strip() and text[s2:e2].strip()
    ]
    inside = sum(1 for line, following, _ in pairs if _breaks_a_sentence(line, following))
    if inside < MIDSENTENCE_BREAKS or inside < MIDSENTENCE_SHARE * len(pairs):
        return text
    # (not a list of headlines, each a line that opens with a capital and ends with none of a sentence's marks)
    if sum(1 for _, following, _ in pairs if following[:1].islower()) < LOWER_SHARE * len(pairs):
        return text
    chars = list(text)
    for line, _, end in pairs:
        if len(line) >= width - RAGGED:
            chars[end] = " "
    return "".join(chars)


def _breaks_a_sentence(line: str, following: str) -> bool:
    """Whether a line break falls inside a sentence: the line does not end one, or the next line starts lower-case."""
    return not line.endswith((".", "!", "?", ":", '"', "”", "»")) or following[:1].islower()
