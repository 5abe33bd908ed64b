"""Where a vote mention's vote was held: the territory its sentence names nearest it, or every one of a list it
stands in ("in Donetsk, Luhansk, Zaporizhzhia and Kherson"), not a territory named in a person's title ("Donetsk
leader Zakharchenko") nor one whose recognition or status is spoken of; and whether the vote is said to be held across
a whole state ("nationwide", "across Russia", "the vote in Russia"), and whether a vote's noun names votes in general
beside it ("not what free and fair elections look like"). `loaders.elections` asks it of each mention.
"""

from __future__ import annotations

import re
from datetime import date

from loaders.dates import DateMention
from loaders.gazetteer import Territory, load_gazetteer
from loaders.mentions import Mention

# a territory's name in a person's title, which says nothing of where a vote was: "Donetsk leader Zakharchenko"
TITLE = re.compile(
    r"\s+(?:(?:separatist|rebel|de\s+facto|former|breakaway|self-proclaimed)\s+)?"
    r"(?:leader|president|chief|head|premier|prime\s+minister)\b(?!\s+(?:of|in)\b)",
    re.I,
)
# what follows a state's vote held everywhere: "nationwide", "across the country", "throughout Ukraine"
_NATIONWIDE = re.compile(
    r"(?:\s+(?:on|of)\s+\w+\s+\d{1,2}(?:,\s+\d{4})?)?(?:\s+to\s+(?:go\s+ahead|take\s+place|be\s+held))?\s+"
    r"(?:(?P<everywhere>nationwide|countrywide|across\s+the\s+(?:country|nation)|throughout\s+the\s+country)\b"
    r"|(?:across|throughout|all\s+over)\s+(?=\S)|(?P<within>in)\s+(?=\S))",
    re.I,
)


def nationwide(text: str, mentions: list[Mention], end: int, sentence_end: int) -> bool:
    """Whether the vote mention ending at `end` is said to be held across a whole state."""
    found = _NATIONWIDE.match(text, end, sentence_end)
    if found is None or any(x.kind == "territory" and found.end() <= x.start < sentence_end for x in mentions):
        return False  # ("across the country and in Crimea": the territory's too)
    return bool(found.group("everywhere")) or any(
        x.start == found.end()
        and x.kind == "actor"
        and x.entity
        and x.entity.kind == "State"
        and (not found.group("within") or _holds_its_own(text, x))
        for x in mentions
    )


def _holds_its_own(text: str, state: Mention) -> bool:
    """Whether "<vote> in <state>" is the state's own vote: a state that claims none of the territories ("the vote
    in Russia was not free"), named whole ("in Ukraine" is where Russia held its referendums; "in Russia's new
    regions" are the territories)."""
    claimants = {t.claimed_by for t in load_gazetteer().territories.values()}
    return state.entity.iso3 not in claimants and not re.match(r"['’-]|\s+(?:and|or)\b", text[state.end :])


_LIST_GLUE = re.compile(
    # "the Donetsk and Lugansk People's Republics and the Kherson region"; "Donetsk People's Republic (DPR) and
    # Luhansk People's Republic (LPR)": a name, its abbreviation in brackets, the next name
    r"(?:\s+(?:people's\s+republics?|regions?|oblasts?|provinces?|territories))?"
    r"(?:\s*\(|\)?\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+|&\s*)(?:the\s+)?(?:occupied\s+)?"
    r"(?:in\s+(?:the\s+)?(?:(?:occupied\s+)?(?:parts?|areas?)\s+of\s+(?:the\s+)?)?)?)",  # "and in the parts of the"
    re.I,
)


# what a territory is named as that is not where a vote was held: "its recognition of South Ossetia and Abkhazia"
_NOT_WHERE = re.compile(
    r"\b(?:recognition|independence|annexation|status|sovereignty|integrity)\s+of\s+(?:the\s+)?"
    # ("reverse its recognition of the Georgian regions of Abkhazia and South Ossetia")
    r"(?:[\w'’-]+\s+){0,2}?(?:(?:regions?|territories|provinces|republics)\s+of\s+)?$"
    # ("citing its support for Ukraine's territorial integrity, including Crimea": a part of the state upheld)
    r"|\b(?:integrity|sovereignty|borders),?\s+including\s+(?:the\s+)?$"
    # ("the referendums, which it said mirrored Russia's actions in Abkhazia and South Ossetia": likened, not there)
    r"|\b(?:actions?|deeds)\s+in\s+(?:the\s+)?$",
    re.I,
)
# a territory named as one of everywhere a vote was: "held in all regions, including the new regions"
_ALL_INCLUDING = re.compile(
    r"\ball\s+(?:\w+\s+)?(?:regions|territories|parts|areas),?\s+including\s+(?:the\s+)?[\"'“‘]?$", re.I
)


def territories_of(text: str, territories: list[Mention], position: int) -> list[Territory]:
    """The territory nearest a vote mention, or all of a list it stands in ("in Donetsk, Luhansk,
    Zaporizhzhia and Kherson"), with regions that span several territories expanded ("the Donbas")."""
    if not territories:
        return []
    nearest = min(range(len(territories)), key=lambda i: abs(territories[i].start - position))
    first = last = nearest
    while first > 0 and _LIST_GLUE.fullmatch(text[territories[first - 1].end : territories[first].start]):
        first -= 1
    while last + 1 < len(territories) and _LIST_GLUE.fullmatch(
        text[territories[last].end : territories[last + 1].start]
    ):
        last += 1
    if _NOT_WHERE.search(text, max(0, territories[first].start - 60), territories[first].start):
        return []  # "did not recognise the elections and urged Russia to reverse its recognition of X and Y"
    if _ALL_INCLUDING.search(text, max(0, territories[first].start - 40), territories[first].start):
        return []  # "held in all regions, including the new regions": one part of everywhere the vote was
    gaz = load_gazetteer()
    found: list[Territory] = []
    for mention in territories[first : last + 1]:
        t = mention.territory
        for part in [gaz.territories[c] for c in t.covers] if t and t.covers else [t]:
            if part is not None and part not in found:
                found.append(part)
    return found


# a determiner or an owner before a vote's noun and its words: "the", "Sunday's", "its snap"
_DETERMINED = re.compile(r"\b(?:the|this|that|these|those|its|their|his|her|our|\w+['’]s)\s+(?:[\w-]+\s+){0,3}$", re.I)


def votes_in_general(text: str, mentions: list[Mention], m: re.Match, sentence: tuple[int, int]) -> bool:
    """Whether a vote's noun is a bare plural in a sentence that names no territory ("not what free and fair
    elections look like"): votes in general, which a state's own vote named before it in the sentence is judged by."""
    return (
        m.group("noun").lower().endswith("s")
        and not _DETERMINED.search(text, max(sentence[0], m.start() - 40), m.start())
        and not any(x.kind == "territory" and sentence[0] <= x.start < sentence[1] for x in mentions)
    )


# a day and the place a vote is held on it, paired: "scheduled for 18 October in Donetsk and 1 November in Luhansk"
_DAY_IN = re.compile(r"\s+in\s+(?:the\s+)?$")
_VOTE_NOUN = re.compile(r"\b(?:elections?|votes?|voting|polls?|referend(?:um|ums|a)|ballots?)\b", re.I)


def on_their_days(
    places: list[Territory], dates: list[DateMention], territories: list[Mention], text: str, end: int
) -> tuple[list[Territory], dict[str, date]]:
    """The places of a vote (its mention ending at `end`) and the day given to each, where the words after it name
    several each right after its own day ("scheduled for 18 October in Donetsk and 1 November in Luhansk"): each
    place's vote is held on its day, not on the sentence's first; the places so named join the vote's (not only the one
    nearest its noun). Not days another vote named between has ("the referendum held on 17 September in Transnistria
    and the elections held on 12 November in the Tskhinvali region")."""
    paired: dict[str, date] = {}
    for place in territories:
        day = next(
            (
                d
                for d in dates
                if d.value
                and _DAY_IN.fullmatch(text, d.end, place.start)
                and d.start >= end
                and not _VOTE_NOUN.search(text, end, d.start)
            ),
            None,
        )
        if day is not None and place.territory is not None:
            paired[place.territory.name] = day.value
    if len(set(paired.values())) < 2 or not any(t.name in paired for t in places):
        return places, {}
    named = [x.territory for x in territories if x.territory and x.territory.name in paired]
    return places + [t for t in dict.fromkeys(named) if t not in places], paired
