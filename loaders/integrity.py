"""Whose territory words affirm: "an integral (inalienable) part of X" (the claimant's integrity, or a claim for
another state), "the territorial integrity of all countries" (a principle, which takes no side), and which states
the disputed territories belong to. `loaders.stance` reads these.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from loaders.gazetteer import Entity, load_gazetteer


def part_of_whom(adjective: Token) -> Entity | None:
    """The state in "an integral (inalienable, inseparable) part of X", or in "an internal matter of X" ("X's
    internal affair"), if X names one."""
    part = adjective.head
    internal = adjective.lower_ == "internal" and part.lemma_.lower() in ("matter", "affair", "issue", "question")
    if adjective.dep_ != "amod" or part.lemma_.lower() != "part" and not internal:
        return None
    of = next((c for c in part.children if c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None and internal:  # "Georgia's internal affair"
        whole = next((c for c in part.children if c.dep_ == "poss"), None)
    if whole is None:
        return None
    name = part.doc[whole.left_edge.i : whole.i + 1].text
    gaz = load_gazetteer()  # ("the Russian Federation")
    entity = gaz.lookup(name) or gaz.lookup(re.sub(r"^the\s+", "", name, flags=re.I)) or gaz.lookup(whole.text)
    return entity if entity is not None and entity.iso3 else None


def within_claimant(word: Token) -> bool:
    """'a special status for Transnistria within Moldova's borders', 'within the Republic of Moldova': a settlement
    that keeps the territory inside the state it belongs to."""
    if word.lower_ != "within":
        return False
    whole = next((c for c in word.children if c.dep_ == "pobj"), None)
    if whole is None:
        return False
    if whole.lower_ == "borders":  # "within Moldova's borders", "within the borders of Moldova"
        owner = next((c for c in whole.children if c.dep_ == "poss"), None)
        of = next((c for c in whole.children if c.lower_ == "of"), None)
        whole = owner if owner is not None else next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if whole is None:
            return False
    name = word.doc[whole.left_edge.i : whole.i + 1].text
    gaz = load_gazetteer()
    entity = gaz.lookup(re.sub(r"^the\s+|'s$", "", name, flags=re.I)) or gaz.lookup(whole.text)
    return entity is not None and entity.iso3 in claimants()


@cache
def claimants() -> frozenset[str]:
    """The states the disputed territories belong to under international law."""
    return frozenset(t.claimed_by for t in load_gazetteer().territories.values())


def of_every_state(t: Token) -> bool:
    """'the sovereignty and territorial integrity of all countries', 'when the integrity of a country is broken': a
    principle, not the claimant's cause."""
    while t.dep_ in ("conj", "nmod", "compound") and t.head.i != t.i:  # to the head of "sovereignty and ..."
        t = t.head
    return any(
        o.lower_ in ("countries", "states", "nations")
        and any(c.lower_ in ("all", "every", "any") for c in o.children)
        or o.lower_ in ("country", "state", "nation")
        and any(c.lower_ in ("a", "every", "any") for c in o.children)
        for o in t.subtree
    )


_AUTHORITIES = {"government", "authority", "representative", "power", "state"}


def only_the_claimants(adjective: Token) -> bool:
    """'the only legitimate government on the island is the government of the Republic of Cyprus': authority over the
    territory owned to the state that claims it alone, which denies it to the ones a vote there elected."""
    noun = adjective.head
    if adjective.dep_ != "amod" or noun.lemma_.lower() not in _AUTHORITIES:
        return False
    if not any(c.lower_ in ("only", "sole") for c in noun.children) or noun.dep_ not in ("nsubj", "attr"):
        return False
    gaz = load_gazetteer()
    named = (gaz.lookup(t.text) for t in noun.head.subtree if t.pos_ == "PROPN")
    return any(e is not None and e.iso3 in claimants() for e in named)
