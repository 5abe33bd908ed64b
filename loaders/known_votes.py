"""What the bundled list of known votes (`data/elections.tsv`) says of a mention: whether a vote of its kind was held
in a place that year, which places voted around a day, which of a sentence's places voted together. A mention's kind
("the elections", a bare "vote") may name known votes of several kinds (`compatible`).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from kg.namespaces import plain_letters
from loaders.gazetteer import KnownElection, Territory, load_gazetteer
from loaders.mentions import Mention

ELECTION = "election"  # the kind of a mention that says "election(s)" and no more: not a referendum


def known_that_year(
    places: list[Territory], kind: str | None, day: date | None, year: int | None, published: date | None
) -> bool:
    """Whether a known vote of that kind was held in one of the places in the year of the mention's day (else of
    the article)."""
    when = day.year if day else year or (published.year if published else None)
    names = {t.name for t in places}
    return any(k.territory in names for k in _known_of(kind, when))


def places_named_before(known: list[Territory], found: list) -> list[Territory]:
    """Of the places a vote's day says voted, those of the votes a text named before by their place, when it named
    some ("the vote, which ran from 17 to 19 September", after "the Duma vote in Crimea", is not the Donbas's too;
    "in the occupied territories, including Crimea" names them all, and says nothing of which)."""
    before = {f.territory.name for f in found if f.territory and not f.everywhere}
    return [t for t in known if t.name in before]


def held_shortly_before(places: list[Territory], kind: str | None, day: date) -> bool:
    """Whether a known vote of that kind was held in one of the places in the month before a day on which none was:
    "The disputed presidential election in Abkhazia deepened into a crisis on Tuesday" tells of the vote of nine
    days before, not of one held on Tuesday."""
    names = {t.name for t in places}
    if {t.name for t in known_places(kind, day)} & names:
        return False
    return any(k.territory in names and any(0 < (day - r).days <= 31 for r in k.rounds) for k in _known_of(kind, None))


def held_together(places: list[Territory], named: list[Mention], kind: str | None, year: int) -> list[Territory]:
    """The territories a sentence names, beside `places`, whose known vote of that kind and year was held on the
    day of one of `places`' votes that year."""
    known = [k for k in _known_of(kind, year) if k.rounds[0].year == year]
    names = {t.name for t in places}
    days = {k.rounds[0] for k in known if k.territory in names}
    others = {x.territory.name for x in named if x.territory} - names
    together = {k.territory for k in known if k.territory in others and k.rounds[0] in days}
    return [load_gazetteer().territories[name] for name in sorted(together)]


@cache
def _known_of(kind: str | None, year: int | None) -> list[KnownElection]:
    """The known votes a mention of that kind may name that had a round in `year` (any year: None). Kept per kind
    and year: every vote mention asks, and scanning the whole list for each cost a tenth of a millisecond."""
    return [
        k
        for k in load_gazetteer().elections
        if compatible(kind, k.kind) and (year is None or any(r.year == year for r in k.rounds))
    ]


@cache
def known_places(kind: str | None, day: date | None) -> list[Territory]:
    """Where the known votes of that kind held around that day took place (the same few days recur in an
    article, and the known votes are many: kept per kind and day)."""
    if day is None:
        return []
    gaz = load_gazetteer()
    names = [
        k.territory
        for k in gaz.elections
        if compatible(kind, k.kind) and any(abs((r - day).days) <= 4 for r in k.rounds)
    ]
    return [gaz.territories[name] for name in dict.fromkeys(names)]


def compatible(kind: str | None, known: str) -> bool:
    """Whether a mention of that kind (None: a bare "vote") can name a known vote of that kind."""
    if kind == ELECTION:  # "the elections": any vote but a referendum
        return known != "referendum"
    # a "general election" of a parliamentary system elects its parliament ("the TRNC's early general election")
    return (
        kind is None
        or kind == known
        or known == "general"
        and kind in ("presidential", "parliamentary")
        or kind == "general"
        and known == "parliamentary"
    )


# what "elected" must elect to be a vote's mention: "elected a new president", "elected a new Supreme Council",
# "elected leaders"
_ELECTED_WHAT = re.compile(
    r"\b(president|parliament|head|leader|legislature|assembly|supreme (?:council|soviet)|duma|majlis)s?\b", re.I
)


def elects_someone(sentence: str) -> bool:
    """Whether "elected" in a sentence names a vote: it elects a president, a parliament or a leader ("elected a new
    president"), or a known vote's winner by name ("Abkhazia re-elected Sergei Bagapsh on Saturday")."""
    return bool(_ELECTED_WHAT.search(sentence) or _winners().search(sentence))


@cache
def _winners() -> re.Pattern[str]:
    """The surnames of the known votes' winners, but those of a state's own officials (Putin's re-election is
    Russia's vote, named by `loaders.national`)."""
    gaz = load_gazetteer()
    names = {k.winner.split()[-1] for k in gaz.elections if k.winner and not gaz.officials.get(k.winner)}
    spellings = names | {plain_letters(n) for n in names}  # ("Akıncı", "Akinci")
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, spellings))) + r")\b")


def unknown_kind(kind: str | None) -> str:
    """The kind an election node gets when no known vote says it."""
    return "unspecified" if kind in (None, ELECTION) else kind
