"""A state's own votes in an article about its contested territories: Georgia's parliamentary election, Moldova's
presidential runoff, Azerbaijan's presidential election held for the first time in Karabakh. A state that claims a
territory holds its own elections, which are no vote of the territory's, though the article names the territory
("No voting took place in Abkhazia and South Ossetia"). Russia's own votes are not among these: held in the
territories it occupies, they are those territories' contested votes, where the list of known votes has them; its
polling stations elsewhere ("Russia's presidential election" in Transnistria) make no vote of that territory.
"""

from __future__ import annotations

import re
from functools import cache

from loaders.dates import MONTH_NAME
from loaders.gazetteer import load_gazetteer
from loaders.mentions import Mention

# what may stand between a state's name and its own vote: "Georgia's October 26 parliamentary election", "Moldovan
# presidential runoff" (not "Georgia's president condemned the election", nor "Ukraine's occupied regions' votes")
_QUALIFYING = re.compile(
    rf"(?:['’]s)?\s+(?:(?:{MONTH_NAME}|\d{{1,4}}(?:st|nd|rd|th)?|presidential|parliamentary|legislative|local|"
    r"municipal|general|snap|early|recent|last|latest|upcoming|first|second|round|runoff|run-off)\s+){0,3}"
)
# a head of state or government winning or voting: "Aliyev wins a fifth term", "Sandu was re-elected", "Aliyev cast
# his ballot"
_WINNER = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:has\s+)?"
    r"(?:won|wins|was\s+re-?elected|re-?elected|cast\s+(?:his|her)\s+(?:ballot|vote)|voted)\b"
)
# a sentence saying that a territory did not vote: "No voting took place in Abkhazia and South Ossetia"
# (not "no election held under occupation can be free", nor "the vote was not held in accordance with the law")
_NO_VOTE = re.compile(
    r"\bno\s+(?:voting|votes?|elections?|polling|ballots?)\s+(?:took\s+place|(?:was|were|has\s+been)\s+held)\b",
    re.I,
)


@cache
def claimants() -> frozenset[str]:
    """The ISO codes of the states that claim the contested territories."""
    return frozenset(t.claimed_by for t in load_gazetteer().territories.values() if t.claimed_by)


def claimants_own(text: str, mentions: list[Mention], start: int, sentence: tuple[int, int]) -> bool:
    """Whether the vote mention at `start` is a claimant state's own vote: qualified by the state ("Georgia's
    parliamentary election", "Moldovan elections"), called "national", called "its own" in a sentence that names the
    state and no territory, or in a sentence where the state's president or prime minister won it ("Aliyev won a
    fifth term in Wednesday's presidential election")."""
    for m in mentions:
        if m.kind in ("actor", "demonym") and m.entity is not None and m.entity.iso3 in claimants() and m.end <= start:
            between = text[m.end : start]
            if _QUALIFYING.fullmatch(between) and (m.kind == "demonym" or between[:2] in ("'s", "’s")):
                return True
    if re.search(r"\bnational\s+$", text[max(0, start - 20) : start], re.I):
        return True
    if _ITS_OWN.search(text, max(0, start - 60), start) and _claimant_not_territory(mentions, sentence[0], start):
        return True  # "Moldova's government accused Moscow of meddling ahead of its own presidential election"
    return any(found.group("name").split()[-1] in _claimant_heads() for found in _WINNER.finditer(text, *sentence))


# a vote its owner's own: "ahead of its own presidential election", "their own parliamentary elections"
_ITS_OWN = re.compile(r"\b(?:its|their)\s+own\s+(?:[\w-]+\s+){0,3}$", re.I)


def _claimant_not_territory(mentions: list[Mention], start: int, end: int) -> bool:
    """Whether words name a claimant state (or one of its bodies: "Moldova's government") and no territory: whose
    "its own" vote they speak of."""
    gaz = load_gazetteer()
    return any(
        m.kind in ("actor", "demonym", "body") and m.entity is not None and gaz.actor_of(m.entity).iso3 in claimants()
        for m in mentions
        if start <= m.start < end
    ) and not any(m.kind == "territory" and start <= m.start < end for m in mentions)


def states_own(text: str, mentions: list[Mention], start: int) -> bool:
    """Whether the vote mention at `start` is qualified by a state's name or demonym ("Russia's presidential
    election", "the Russian presidential vote"): that state's own vote, wherever its polling stations stood."""
    return any(
        m.kind in ("actor", "demonym")
        and m.entity is not None
        and m.entity.kind == "State"
        and m.end <= start
        and _QUALIFYING.fullmatch(text[m.end : start])
        and (m.kind == "demonym" or text[m.end : m.end + 2] in ("'s", "’s"))
        for m in mentions
    )


@cache
def _claimant_heads() -> frozenset[str]:
    """The surnames of the claimant states' presidents and prime ministers ("Aliyev", "Sandu")."""
    gaz = load_gazetteer()
    return frozenset(
        name.split()[-1]
        for name, offices in gaz.officials.items()
        if any(o.role in ("President", "Prime Minister") and gaz.entities[o.actor].iso3 in claimants() for o in offices)
    )


def no_vote_there(text: str, position: int) -> bool:
    """Whether the sentence around `position` (a territory's name, a vote's) says no vote was held there."""
    start = max(text.rfind(".", 0, position), text.rfind("\n", 0, position)) + 1
    ends = [e for e in (text.find(".", position), text.find("\n", position)) if e >= 0]
    return bool(_NO_VOTE.search(text, start, min(ends, default=len(text))))
