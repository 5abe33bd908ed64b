"""What a word says of the territory and of the way out of the conflict: whose integrity it affirms ("the territorial
integrity of Georgia", "an inalienable part of Moldova", "a special status within Moldova"), whose part it claims the
territory is ("an integral part of Russia": the vote's side), the claimant's side taken ("stands with Georgia"), and a
call for a peaceful settlement ("urged the sides to resume negotiations", "would meet Tatar under UN auspices").
`loaders.stance` asks it of every word of a statement, after the cues that judge the vote itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Token

from loaders.clauses import ancestors, is_negated, subject_is_relative
from loaders.gazetteer import load_gazetteer
from loaders.integrity import (
    DISMEMBERING,
    bare_part_of,
    claimant_names,
    claimants,
    dismembered,
    internal_to_others,
    land_of,
    of_a_territory,
    of_another_state,
    of_every_state,
    part_of_whom,
    sides_with_claimant,
    territory_is_the_state,
    within_claimant,
)
from loaders.peace import (
    ATTENDING,
    KEEPING,
    calls,
    describes_a_person,
    harmed_effort,
    is_peace_word,
    kept_accord,
    offers_to_meet,
    pledges_peaceful_means,
    spared,
    turned_down,
)
from loaders.prepared import PreparedArticle
from loaders.stance_words import (
    CONDEMNATION,
    OTHER,
    PART_OF,
    PEACEFUL_SETTLEMENT,
    RECOGNITION,
    TERRITORIAL_INTEGRITY,
    TI_HEADS,
    VIOLATING,
)


def _prejudged(peace: Token) -> bool:
    """Whether a word of peace is what a vote is said not to prejudge ("does not prejudge the outcome of the
    negotiations"), up to the first word that asks for it: not 'said the vote could not prejudge the status and called
    on the parties to continue negotiations' (a call joined to the formula, which the call's own verb governs)."""
    for above in ancestors(peace, 5):
        if above.lemma_.lower() in ("prejudge", "prejudice"):
            return True
        if calls(above):
            return False
    return False


def _on_the_path(peace: Token) -> Token:
    """The path a word of peace is the path of, which is what a call names: "called for the return to the path of
    diplomacy"."""
    of = peace.head
    return of.head if of.lower_ == "of" and of.head.lemma_.lower() in ("path", "road", "way", "track") else peace


def _of_a_violation_before(t: Token) -> bool:
    """Whether the integrity is what a violation named before it in its clause is "of", where the parse hung the second
    "of" on the verb: 'to be "a violation of international law" and "of Ukraine's sovereignty and territorial
    integrity"'."""
    of = next((a for a in ancestors(t, 4) if a.lower_ == "of" and a.dep_ == "prep"), None)
    return of is not None and any(
        c.lemma_.lower() in VIOLATING and c.i < of.i for c in of.head.children if c.dep_ in ("attr", "dobj", "oprd")
    )


def territory_and_settlement(t: Token, lemma: str, lower: str) -> Iterator[str]:
    """The stances the word `t` (its lemma and lower-cased form given) cues on the territory and the settlement."""
    affirms_integrity = (
        lemma in TI_HEADS
        or (lower == "sovereign" and t.head.lemma_ == "territory")
        or (lower == "borders" and any(c.lower_ in ("recognized", "recognised") for c in t.subtree))
    )
    whose = part_of_whom(t) if lower in PART_OF else bare_part_of(t) if lower == "part" else land_of(t)
    whose = whose or (territory_is_the_state(t) if lower in claimant_names() else None)  # "Crimea is Ukraine"
    if whose is not None:
        # "Abkhazia is an inalienable part of Georgia" (or "Georgian land") affirms Georgia's integrity; "Crimea is an
        # integral part of Russia" claims the territory for a state that is not its own; "de facto part of Russia"
        # takes no side
        # (as "Crimea de facto is Russian territory" does)
        de_facto = lower == "facto" or any(x.lower_ == "facto" for x in t.doc[t.head.left_edge.i : t.i])
        yield TERRITORIAL_INTEGRITY if whose.iso3 in claimants() else OTHER if de_facto else RECOGNITION
    elif lower == "internal" and internal_to_others(t):
        yield OTHER  # "an internal matter of the Turkish Cypriot community": no side taken
    elif lower == "within" and within_claimant(t) and not is_negated(t.head):
        yield TERRITORIAL_INTEGRITY  # "a special status for Transnistria within Moldova"
    elif affirms_integrity and of_a_territory(t):
        yield RECOGNITION  # "will help strengthen the sovereignty of South Ossetia": the territory's own statehood
    elif (
        affirms_integrity
        and not any(a.lemma_.lower() in VIOLATING for a in ancestors(t, 4))
        and not _of_a_violation_before(t)
        and not of_another_state(t)  # ("recalling that Serbia itself defends its territorial integrity over Kosovo")
    ):
        # "the territorial integrity of all countries should be respected": a principle, which takes no side
        yield OTHER if of_every_state(t) else TERRITORIAL_INTEGRITY
    if lemma in ("stand", "solidarity") and sides_with_claimant(t):
        yield TERRITORIAL_INTEGRITY  # "Vilnius stands with Georgia", "solidarity with Azerbaijan"
    if lemma in DISMEMBERING and dismembered(t):
        yield TERRITORIAL_INTEGRITY  # "an attempt to dismember the Republic of Moldova": the state's integrity defended
        yield CONDEMNATION
    if is_peace_word(t) and not _prejudged(t):
        callers = [a for a in ancestors(_on_the_path(t), 5) if calls(a)]
        if pledges_peaceful_means(t) or spared(t):
            yield PEACEFUL_SETTLEMENT  # "will restore our territorial integrity by peaceful means only"; "should not
            # derail the talks"
        elif (
            callers
            and not subject_is_relative(callers[0])
            and not is_negated(callers[0])
            and not describes_a_person(t)
            and not turned_down(t, callers[0])
            and not harmed_effort(callers[0])
            and not kept_accord(t)
        ):
            yield PEACEFUL_SETTLEMENT
    if (lemma in ("meet", "work", "invite") or lemma in ATTENDING or lemma in KEEPING) and offers_to_meet(t):
        yield PEACEFUL_SETTLEMENT  # "would meet Tatar as soon as possible under UN auspices"


def claims_territory(a: PreparedArticle, span: tuple[int, int]) -> str | None:
    """Words saying that the territory is (part of) the state it belongs to: "Nagorno-Karabakh is Azerbaijan"."""
    gaz = load_gazetteer()
    for m in a.mentions:
        if m.kind != "territory" or not span[0] <= m.start < span[1] or m.territory is None:
            continue
        state = gaz.by_iso3(m.territory.claimed_by)
        pattern = belongs_to(state.name) if state else None
        if pattern and pattern.match(a.norm[m.end : span[1]]):
            return a.norm[m.start : m.end]
    return None


@cache
def belongs_to(state: str) -> re.Pattern | None:
    """What follows a territory's name in words saying it belongs to `state` ("is part of Azerbaijan"), or None if
    the gazetteer has no name for the state."""
    names = [f for f, form in load_gazetteer().actor_forms.items() if form.target == state and form.form != "demonym"]
    alternatives = "|".join(re.escape(n) for n in names)
    # ("Crimea is and will remain Ukraine", "Donetsk, Luhansk, Zaporizhzhia and Kherson are Ukraine")
    pattern = (
        r"\s+(?:is|are|remains?|was|were)(?:\s+and\s+(?:will\s+)?(?:always\s+)?(?:remain|be))?\s+"
        rf"(?:an?\s+(?:\w+\s+){{0,2}}part\s+of\s+)?(?:the\s+)?(?:{alternatives})\b"
    )
    return re.compile(pattern) if names else None
