"""Who signs an opinion piece: a byline under its title with the author's office ("By Dmytro Kuleba, Minister of
Foreign Affairs of Ukraine"), or a byline of the name alone ("By Gabrielius Landsbergis") and a line near its top or
at its foot that gives the office ("The author is Lithuania's Minister of Foreign Affairs."); and who makes a statement
or an address its title names ("Statement by Press Secretary X on ...", "Address by the President of Ukraine X at
..."). `loaders.layout` credits the author with the piece's own words, `loaders.voice` its "we" to the author's actor.
"""

from __future__ import annotations

import re

from loaders.gazetteer import load_gazetteer
from loaders.persons import PORTFOLIO_WORDS, ROLE_WORDS
from loaders.prepared import PreparedArticle

_NAME = r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
# "By Dmytro Kuleba, Minister of Foreign Affairs of Ukraine": who signs an opinion piece, and in what office
BYLINE = re.compile(r"^By\s+" + _NAME + r",\s+(?P<role>[^\n]{3,120})$", re.M)
_NAME_ONLY = re.compile(r"[ \t]*By\s+" + _NAME + r"[ \t]*")
# the line that says what the author is: "The author is the Minister of Foreign Affairs of X.", "The writer is ..."
AUTHOR_LINE = re.compile(r"\s*(?:The\s+)?(?:author|writer)\s+is\s+(?P<role>[^\n]{3,160}?)\.?\s*", re.I)
# the piece's last line, which names its author and office: "Jeyhun Bayramov is the Minister of Foreign Affairs of the
# Republic of Azerbaijan." (an office, not "X is a senior fellow at ...")
_FOOT_LINE = re.compile(r"\s*" + _NAME + r"\s+is\s+(?P<role>[^\n]{3,160}?)\.?\s*")
# an office a byline or that line may give its author, who then speaks for its actor
OFFICE = re.compile(
    r"\b(?:minister|president|prime|ambassador|secretary|spokes\w*|chair\w*|envoy|representative|commissioner)\b", re.I
)


def author_lines(a: PreparedArticle) -> list[re.Match[str]]:
    """The lines that say what the author is, at the piece's foot (its last two paragraphs) or under its byline (its
    first four)."""
    near = [*a.paragraphs[-2:], *a.paragraphs[:4]]
    return [m for start, end in dict.fromkeys(near) if (m := AUTHOR_LINE.fullmatch(a.norm, start, end)) is not None]


def signed_by(a: PreparedArticle) -> tuple[str, str, tuple[int, int]] | None:
    """The author's name and office, with where the office stands: from a byline that gives both among the first
    three paragraphs, or from one of the name alone there and a line that says what the author is; or from the
    piece's last line, which gives both ("Jeyhun Bayramov is the Minister of Foreign Affairs of ...", "The author is
    Georgia's Minister of Foreign Affairs, David Zalkaliani.")."""
    top = a.norm[: a.paragraphs[min(3, len(a.paragraphs)) - 1][1]] if a.paragraphs else ""
    if (byline := BYLINE.search(top)) is not None:
        return byline["name"], byline["role"], byline.span("role")
    named = next((m for s, e in a.paragraphs[:3] if (m := _NAME_ONLY.fullmatch(a.norm, s, e)) is not None), None)
    lines = author_lines(a) if named is not None else []
    if lines:
        return named["name"], lines[0]["role"], lines[0].span("role")
    foot = foot_line(a)
    if foot is not None:
        return foot["name"], foot["role"], foot.span("role")
    # (or a line that says what the author is and names them after it: "The author is Georgia's Minister of Foreign
    # Affairs, David Zalkaliani.")
    for line in author_lines(a):
        if (titled := _OFFICE_THEN_NAME.fullmatch(line["role"])) is not None and OFFICE.search(titled["office"]):
            start = line.start("role")
            return titled["name"], titled["office"], (start, start + titled.end("office"))
    return None


_OFFICE_THEN_NAME = re.compile(r"(?P<office>.{3,120}?),\s+" + _NAME)


def foot_line(a: PreparedArticle) -> re.Match[str] | None:
    """The piece's last line, when it names its author and an office ("Jeyhun Bayramov is the Minister of Foreign
    Affairs of the Republic of Azerbaijan."; not "X is a senior fellow at ...")."""
    foot = _FOOT_LINE.fullmatch(a.norm, *a.paragraphs[-1]) if len(a.paragraphs) > 3 else None
    return foot if foot and OFFICE.search(foot["role"]) else None


# a statement's title saying who made it: "Statement by Press Secretary ONO Hikariko on the so-called ...", "Address by
# the President of Ukraine Petro Poroshenko at the general debate ..."
STATEMENT_BY = re.compile(
    # (or after a headline and a dash, to the line's end: "We will not let ... - address by the President of Ukraine")
    r"^(?:Joint\s+|Press\s+)?(?:Statement|Comment|Address|Speech|Remarks)\s+(?:by|of)\s+(?:the\s+)?"
    r"(?P<by>[^\n]{3,120}?)\s+(?:on|at|to|regarding|concerning|about|in\s+connection\s+with)\s"
    r"|^[^\n]{10,200}?\s[-–—]\s+(?i:address|speech|statement|remarks)\s+(?:by|of)\s+(?:the\s+)?"
    r"(?P<headed>[^\n]{3,120}?)[ \t]*$",
    re.M,
)


def _holder(state: str, role: str, year: int) -> tuple[str, str] | None:
    """The one official the gazetteer has holding a state's office (its role in full: "President") in a year."""
    gaz = load_gazetteer()
    actor = gaz.lookup(state)
    holders = {
        o.name
        for offices in gaz.officials.values()
        for o in offices
        if actor is not None and o.actor == actor.name and o.role.lower() == role.lower() and o.in_office(year)
    }
    return (holders.pop(), role) if len(holders) == 1 else None


def titled_author(top: str, year: int | None = None) -> tuple[str, str] | None:
    """The name and office of whom a statement's title says made it ("Statement by Press Secretary ONO Hikariko on
    ...", "Address by the President of Ukraine Petro Poroshenko at ..."), or, for a state's office alone ("... -
    address by the President of Ukraine"), the one official the gazetteer has holding it in the `year` of the text;
    not an office alone that names no state ("Statement by the Spokesperson on ...")."""
    title = STATEMENT_BY.search(top)
    if title is None:
        return None
    words = (title["by"] or title["headed"]).split()
    office = max((i for i, w in enumerate(words) if w.lower() in ROLE_WORDS | PORTFOLIO_WORDS), default=-1)
    name = words[office + 1 :]
    if len(name) > 2 and name[0] == "of" and load_gazetteer().lookup(name[1]) is not None:
        office, name = office + 2, name[2:]  # (the office's state: "the President of Ukraine Petro Poroshenko")
    elif len(name) == 2 and name[0] == "of" and office >= 0 and year is not None:
        return _holder(name[1], " ".join(words[: office + 1]), year)
    if office < 0 or not 2 <= len(name) <= 4 or not all(w[:1].isupper() for w in name):
        return None
    return " ".join(name), " ".join(words[: office + 1])
