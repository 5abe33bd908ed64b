"""Lines written all in capitals, as wire flashes and some headlines are ("KREMLIN SAYS RESULTS OF REFERENDUMS ARE
'VERY CONVINCING' - PESKOV"), read as a sentence is written: the parser and the gazetteer both go by case, and find no
name, verb or sentence in a line of capitals. Each word is lowered, save the names the gazetteer knows (states,
demonyms, capitals, territories, organisations, and the officials' surnames), an acronym it knows ("OSCE", "EU"), and
a sentence's first word. The text keeps its length, so every offset stays true.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from loaders.gazetteer import load_gazetteer
from loaders.text import datelines

# a line that shouts: four words or more, nearly all its letters capitals
_MIN_WORDS = 4
_CAPITALS_SHARE = 0.85
_FOUR_IN_CAPITALS = re.compile(r"(?:\b[A-Z][A-Z'’.-]*\b[^\w\n]+){3}[A-Z]{2}")
_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*")


def recase(text: str) -> str:
    """`text` with each line written all in capitals written as a sentence (same length).

    >>> recase("Flashes\\n09:12 GMT - KREMLIN SAYS UKRAINE'S VOTE IS ILLEGAL - PESKOV\\nMore.")
    "Flashes\\n09:12 GMT - Kremlin says Ukraine's vote is illegal - Peskov\\nMore."
    """
    if (
        not _FOUR_IN_CAPITALS.search(text)
        and not _NAME_IN_CAPITALS.search(text)
        and not _OPENS_IN_CAPITALS.search(text)
    ):
        return text  # (most texts: no two words in capitals in a row)
    filed = datelines(text)  # ("NEW YORK, Sept 27 -": a dateline stays as wire datelines are written)
    out, start = [], 0
    for line in text.split("\n"):
        if _shouts(line):
            out.append(_sentence_case(line))
        elif (title := _ITEM_TITLE.match(line)) and _shouts(title[0]):  # a digest's item: "RUSSIA SAYS VOTE WAS
            # CALM. Russian Foreign Ministry spokesman ...", its title a sentence of its own ("ELECTION... Speaking")
            cased = re.sub(r"\.\.\.$", ".  ", _sentence_case(title[0]))
            out.append(cased + _names_titled(line[title.end() :], start + title.end(), filed))
        else:
            out.append(_names_titled(_OPENS_IN_CAPITALS.sub(_opening_cased, line), start, filed))
        start += len(line) + 1
    return "\n".join(out)


# a digest's item opening with its title in capitals, on the line of its text ("GEORGIAN PRESIDENT DERIDES SOUTH
# OSSETIAN ELECTION... Speaking in Tbilisi ...", "...WHILE OSCE SAYS IT HARMS CONFLICT SETTLEMENT. The OSCE ...")
_ITEM_TITLE = re.compile(r"(?:\.\.\.)?[A-Z][^a-z\n]*?(?:\.\.\.|\.)(?=[ \t]+[A-Z\"“])")


# a paragraph whose first words are set in capitals, as some papers open a story ("THE GOVERNMENT yesterday dismissed
# ...", "TURKISH CYPRIOT leader Mustafa Akinci said"): two words or more, then a word in lower case
_OPENS_IN_CAPITALS = re.compile(r"^((?:[A-Z][A-Z'’-]*[ \t]+)+[A-Z][A-Z'’-]+)(?=[ \t]+[a-z])", re.M)


def _opening_cased(m: re.Match[str]) -> str:
    """The opening words in capitals written as a sentence opens, unless one is too short to tell from an acronym
    ("NATO PA members": left as written)."""
    words = _WORD.findall(m[0])
    if any(len(w) < 3 and w.lower() not in STOP_WORDS for w in words):
        return m[0]
    return _sentence_case(m[0])


def _names_titled(line: str, start: int, filed: list[tuple[int, int]]) -> str:
    """A line with its names in capitals written as names, but in a dateline (`start`: the line's offset)."""
    return _NAME_IN_CAPITALS.sub(
        lambda m: m[0] if any(s <= start + m.start() < e for s, e in filed) else _name_titled(m), line
    )


# a name in capitals in a line that does not shout, before a bracket or between commas: the speakers of a UN
# meeting's record ("MARK LYALL GRANT (United Kingdom) said ...", "Briefing the Council, OSCAR FERNANDEZ-TARANCO,
# Assistant Secretary-General ..."), a transcript's "NAME (ROLE):"
_NAME_IN_CAPITALS = re.compile(
    r"(?:(?<=^)|(?<=^[ \t])|(?<=, ))((?:[A-Z][^\W\d_a-z]+[ \t]+){1,3}[A-Z][^\W\d_a-z'’.-]*(?:-[^\W\d_a-z]+)?)"
    r"(?=[ \t]*\(|,)",
    re.M,
)


def _name_titled(m: re.Match[str]) -> str:
    """A name in capitals written as a name ("LIU JIEYI" -> "Liu Jieyi"), not an acronym ("OSCE PA", "UN")."""
    name = m.group(1)
    words = _WORD.findall(name)
    if (
        not name.isupper()
        or any(w in _acronyms() or len(w) < 2 or w.lower() in STOP_WORDS for w in words)
        or max(map(len, words)) < 4
    ):
        return name
    titled = _WORD.sub(lambda w: _titled(w[0]), name)
    return titled if len(titled) == len(name) else name


def _shouts(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    words = _WORD.findall(line)
    return len(words) >= _MIN_WORDS and sum(c.isupper() for c in letters) >= _CAPITALS_SHARE * len(letters)


def _sentence_case(line: str) -> str:
    """A line of capitals with each word lowered but the names the gazetteer knows and a sentence's first word."""
    titled = _WORD.sub(lambda w: _titled(w[0]), line)
    keep = [(m.start(), m.end()) for m in _names().finditer(titled)]
    out = []
    last = 0
    opens = True  # (the line's first word, and the first after a dash or a colon, opens a sentence)
    for w in _WORD.finditer(line):
        out.append(line[last : w.start()])
        between = line[last : w.start()]
        opens = opens or bool(re.search(r"(?:^|\s)[-–—:]\s*$|[.!?]\s+$", between))
        word = w[0]
        if word in _acronyms() or re.search(r"\d\s*$", between):  # ("EU", "OSCE"; "09:12 GMT")
            out.append(word)
        elif opens or any(s <= w.start() < e for s, e in keep) or _titled(word) in _surnames():
            out.append(titled[w.start() : w.end()])
        else:
            out.append(_lowered(word))
        opens = False
        last = w.end()
    out.append(line[last:])
    cased = "".join(out)
    return cased if len(cased) == len(line) else line  # (a letter whose case changes its length: left as it was)


def _titled(word: str) -> str:
    """ "UKRAINE'S" -> "Ukraine's", "NAGORNO-KARABAKH" -> "Nagorno-Karabakh"."""
    return "-".join(part[:1].upper() + _lowered(part[1:]) for part in word.split("-"))


def _lowered(word: str) -> str:
    lowered = word.lower()
    return lowered if len(lowered) == len(word) else word


@cache
def _names() -> re.Pattern[str]:
    gaz = load_gazetteer()
    forms = sorted({*gaz.actor_forms, *gaz.territory_forms}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms if not f.isupper()) + r")(?![\w])")


@cache
def _acronyms() -> frozenset[str]:
    gaz = load_gazetteer()
    return frozenset(f for f in {*gaz.actor_forms, *gaz.territory_forms} if f.isupper() and len(f) > 1)


@cache
def _surnames() -> frozenset[str]:
    gaz = load_gazetteer()
    return frozenset(gaz.surnames) | frozenset(part for name in gaz.officials for part in name.split())
