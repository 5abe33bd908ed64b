"""A state's occupied territories named as a whole: "the temporarily occupied territories of Ukraine", "the occupied
Ukrainian regions", "the parts of Ukraine it occupies", "the vote in occupied Ukraine", where the votes held together
in every territory of that state are meant (`loaders.elections` marks such a mention; `loaders.vote_resolution` gives
it those votes), and where an article that names no territory says its votes were held.
"""

from __future__ import annotations

import re

from loaders.gazetteer import load_gazetteer
from loaders.mentions import Mention

_ALL_OCCUPIED = re.compile(
    # (and of a count of its regions: "occupied parts of four Ukrainian regions")
    r"\b(?:occupied|annexed)\s+(?:territories|parts|areas|regions|lands)\s+of\s+(?:the\s+)?(?:(?:two|three|four|five)\s+"
    r"(?=(?-i:[A-Z])\w+\s+(?:regions|oblasts|provinces)\b))?"
    r"|\b(?:territories|parts|areas|regions|lands)\s+of\s+(?:the\s+)?(?=\w+\s+(?:(?:that|which)\s+)?(?:Russia|Moscow|it)\s+"
    r"(?:occupies|controls|annexed|has\s+(?:occupied|annexed)|claims))"  # "the parts of Ukraine (that) Russia occupies"
    # "in the territories of Ukraine" occupied by Russia
    r"|\b(?:territories|parts|areas|regions)\s+of\s+(?:the\s+)?(?=\w+[\"'”’]?\s+(?:(?:temporarily|illegally)\s+)?(?:occupied|controlled|held)\s+by\b)"
    # "the temporarily occupied Ukrainian territories", "elections on Ukrainian territory": the state's demonym
    r"|\b(?:occupied|annexed|on|in)\s+(?=(?-i:[A-Z])\w+\s+(?:territories|territory|regions|lands)\b)"
    # "the vote in occupied Ukraine", "elections in occupied Ukraine are a sham" (not "occupied Ukraine's Kherson
    # region", "the occupied Ukrainian city of")
    r"|\b(?:occupied|annexed)\s+(?=(?-i:[A-Z])\w+(?![\w'’-])"
    r"(?!\s+(?:(?:city|town|village|port|settlement)s?|region|oblast|province|district|peninsula|part)\b))"
    # a count of a state's regions: "the referendums in four regions of Ukraine", "in four Ukrainian regions"
    # ("in four Russian-controlled regions of Ukraine")
    r"|\b(?:two|three|four|five)\s+(?:(?:Russian|Moscow)-(?:controlled|held|occupied)\s+|occupied\s+)?"
    r"(?:regions|oblasts|provinces)\s+of\s+(?:the\s+)?(?=(?-i:[A-Z]))"
    r"|\b(?:two|three|four|five)\s+(?=(?-i:[A-Z])\w+\s+(?:regions|oblasts|provinces)\b)",
    re.I,
)
# "the vote in the occupied territories" (or "in occupied territories"), after a sentence that said whose
_THE_OCCUPIED = re.compile(
    r"\b(?:the|other|in)\s+(?:temporarily\s+)?occupied\s+(?:territories|regions|areas)\b(?!\s+of\b)"
    r"|\boccupied\s+(?:territories|parts|areas|regions)\s+of\s+the\s+country\b"  # ("occupied parts of the country")
    r"|\boccupied-(?:territory|region|area)\b",  # a headline's compound: "Ukraine war: occupied-region referendums"
    re.I,
)  # ("in Crimea and other occupied regions")
# "the parts of its territory occupied by Moscow": whose, the state the sentence names (not "sham votes on its
# occupied territories", which may be any of them, at any time)
_ITS_OCCUPIED = re.compile(
    r"\b(?:territories|parts|areas|regions)\s+of\s+(?:its|their)\s+(?:own\s+)?(?:territory|territories|country|land)\s+"
    r"(?:temporarily\s+)?(?:occupied|controlled|held)\s+by\b",
    re.I,
)

# "elections in our occupied territories", in a head of state's address: the state the text names before (its title's)
_OUR_OCCUPIED = re.compile(r"\bour\s+(?:temporarily\s+)?occupied\s+(?:territories|regions|areas|lands)\b", re.I)


def all_occupied(text: str, mentions: list[Mention], start: int, end: int) -> str | None:
    """The state a sentence names every occupied territory of ("the temporarily occupied territories of
    Ukraine", "the occupied Ukrainian territories"), whose votes held together it speaks of; for "the occupied
    territories" alone, the state an earlier sentence named so; for "the parts of its territory occupied by Moscow",
    the state the sentence names; for "our occupied territories", the one state the text named before."""
    found = next((f for f in _ALL_OCCUPIED.finditer(text, start, end) if _whose(f, mentions)), None)
    if found is None and _ITS_OCCUPIED.search(text, start, end):
        return _claimant_named(mentions, start, end)
    if found is None and _OUR_OCCUPIED.search(text, start, end):
        return _claimant_named(mentions, 0, start)  # (the one state the text named before: the speaker's)
    if found is None and (the_occupied := _THE_OCCUPIED.search(text, start, end)):
        found = next((f for f in reversed(list(_ALL_OCCUPIED.finditer(text, 0, start))) if _whose(f, mentions)), None)
        again = not the_occupied.group().lower().startswith("other")  # (not "Crimea and other occupied regions")
        if found is None and again and _occupied_named_before(text, mentions, start):
            return None  # "... in the temporarily occupied Crimea. ... deputies elected in the occupied territories"
        if found is None:  # "Ukraine's foreign ministry said the vote in the occupied territories was null and void"
            return _claimant_named(mentions, start, end)
    return _whose(found, mentions) if found else None


def not_after_occupied(
    text: str, mentions: list[Mention], territories: list[Mention], start: int, end: int, limit: int
) -> list[Mention]:
    """The territories a sentence names for the vote mentioned at text[start:end], but those after its own "in the
    occupied territories of X" (within `limit`) that are not X's: "the vote organised by Russia in the occupied
    territories of Ukraine, as well as the voting in the Transnistrian region" (another vote's place: the same vote's
    polling there, which `loaders.elections` drops)."""
    whose = all_occupied(text, mentions, end, limit)
    if whose is None:
        return territories
    return [x for x in territories if x.start < start or x.territory.claimed_by == whose]


# "occupied" before a territory's name: "the temporarily occupied Autonomous Republic of Crimea", "occupied Crimea"
_OCCUPIED_BEFORE_A_NAME = re.compile(r"\boccupied\s+(?:(?-i:[A-Z])\w*\s+(?:of\s+)?)*$", re.I)


def _occupied_named_before(text: str, mentions: list[Mention], start: int) -> bool:
    """Whether the text before `start` called a territory by name occupied, which "the occupied territories" after it
    then speaks of again (not every occupied territory of its state)."""
    return any(
        m.territory is not None
        and m.start < start
        and _OCCUPIED_BEFORE_A_NAME.search(text, max(0, m.start - 60), m.start)
        for m in mentions
    )


def _claimant_named(mentions: list[Mention], start: int, end: int) -> str | None:
    """The one state of those whose territories the gazetteer knows that the sentence names, if it names one; else the
    one state the territories it names belong to ("the election in Crimea and the other occupied regions")."""
    claimants = {t.claimed_by for t in load_gazetteer().territories.values()}
    named = {m.entity.iso3 for m in mentions if start <= m.start < end and m.entity and m.entity.iso3 in claimants}
    if not named:
        named = {m.territory.claimed_by for m in mentions if start <= m.start < end and m.territory is not None}
    return named.pop() if len(named) == 1 else None


def occupied_territories(text: str, mentions: list[Mention]) -> set[str]:
    """The territories of the states whose every occupied territory the text names ("the occupied regions of
    Ukraine"): where an article that names no territory says its votes were held."""
    states = {whose for found in _ALL_OCCUPIED.finditer(text) if (whose := _whose(found, mentions))}
    return {t.name for t in load_gazetteer().territories.values() if t.claimed_by in states and not t.covers}


def _whose(found: re.Match[str], mentions: list[Mention]) -> str | None:
    """The state named (or whose demonym is) right after an `_ALL_OCCUPIED` match."""
    state = next((x for x in mentions if x.start == found.end() and x.entity and x.entity.iso3), None)
    return state.entity.iso3 if state else None
