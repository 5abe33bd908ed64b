"""Whose territory words affirm: "an integral (inalienable) part of X" (the claimant's integrity, or a claim for
another state), "the territorial integrity of all countries" (a principle, which takes no side), "an attempt to
dismember the Republic of Moldova" (the claimant's integrity, defended), and which states the disputed territories
belong to. `loaders.stance` reads these.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from loaders.clauses import is_negated
from loaders.gazetteer import Entity, load_gazetteer

_MATTERS = ("matter", "affair", "issue", "question")
# whose own matter a vote may be called ("an internal matter of the republic": the territory's own)
_PEOPLES = ("community", "people", "population", "society", "side", "republic")


def part_of_whom(adjective: Token) -> Entity | None:
    """The state in "an integral (inalienable, inseparable) part of X", or in "an internal matter of X" ("X's
    internal affair"), if X names one."""
    part = adjective.head
    internal = adjective.lower_ == "internal" and part.lemma_.lower() in _MATTERS
    if adjective.dep_ != "amod" or part.lemma_.lower() != "part" and not internal:
        return None
    whole = _owner(part, internal)
    return _state_named(whole) if whole is not None else None


# verbs that hold a territory or its people to be something: "residents consider themselves part of Russia"
_HOLDING = {"consider", "regard", "see", "view"}
_BEING = {"be", "remain", "stay"}  # ("is and will remain part of Moldova")


def bare_part_of(part: Token) -> Entity | None:
    """The state in "residents consider themselves part of Russia", "Crimea is part of Ukraine", "regards Karabakh as
    part of Azerbaijan" (a part held to be the state's, with no adjective; with a bare "is" or "remains", only the
    state it belongs to under international law: "Moscow says the four regions are part of Russia after referendums
    ..." tells Moscow's standing claim, not a word on a vote; not "part of the talks", nor "took part")."""
    if part.lower_ != "part" or any(c.dep_ == "amod" for c in part.children):
        return None
    holder = part.head.lemma_.lower()
    if part.dep_ == "pobj" and part.head.lower_ == "as" and part.head.head.lemma_.lower() in _HOLDING:
        holder = part.head.head.lemma_.lower()  # "regarded Karabakh as part of Azerbaijan"
    elif part.dep_ not in ("attr", "oprd", "ccomp", "xcomp") or holder not in _HOLDING | _BEING:
        return None
    whole = _owner(part, False)
    state = _state_named(whole) if whole is not None else None
    return state if state is not None and (holder not in _BEING or state.iso3 in claimants()) else None


_LAND = {"land", "territory", "soil"}


def land_of(land: Token) -> Entity | None:
    """The state whose land a territory is said to be, or to remain: "Nagorno-Karabakh is Azerbaijani land, and it will
    remain so", "Abkhazia is Georgian territory" (not "on Georgian territory", where something happens; nor "is
    not")."""
    if land.lemma_.lower() not in _LAND or land.dep_ != "attr" or land.head.lemma_.lower() not in _BEING:
        return None
    named = [c for c in land.children if c.dep_ in ("amod", "compound") and c.i < land.i]
    if not named or is_negated(land.head):
        return None
    return load_gazetteer().lookup(land.doc[named[0].left_edge.i : named[-1].i + 1].text)


def territory_is_the_state(name: Token) -> Entity | None:
    """The state a disputed territory is said to be, by the state's bare name or its adjective: "Crimea is Ukraine",
    "Crimea was, is and will be Ukrainian" (the claimant's own, under international law; not "is not", nor another
    state's: "Crimea is Russia" is no claim this reads)."""
    if name.dep_ not in ("attr", "acomp") or name.head.lemma_.lower() not in _BEING or is_negated(name.head):
        return None
    if any(c.dep_ in ("compound", "amod") for c in name.children):
        return None  # ("Northern Cyprus is Turkish Cypriot": another people's name)
    gaz = load_gazetteer()
    state = gaz.lookup(name.text)
    if state is None or state.iso3 is None:
        return None
    copula = name.head
    while copula.dep_ == "conj" and copula.head.lemma_.lower() in _BEING:  # ("was, is and will be"): the first's
        copula = copula.head
    subjects = (
        [c for c in copula.children if c.dep_ == "nsubj"]
        or [
            c  # (or the parse split the copulas apart: "said Crimea [was], [is and will be] Ukrainian")
            for c in name.doc[max(name.sent.start, copula.i - 6) : copula.i]
            if c.dep_ == "nsubj" and c.head.lemma_.lower() in _BEING and c.head.i >= copula.i - 4
        ]
    )
    claimed = [gaz.territory_forms.get(name.doc[c.left_edge.i : c.i + 1].text) for c in subjects]
    territory = gaz.territories.get(claimed[0].target) if claimed and claimed[0] is not None else None
    if territory is None and subjects and _these_lands(subjects[0]) and state.iso3 in claimants():
        return state  # '"These lands are Ukraine"', of the territories the text is about
    return state if territory is not None and territory.claimed_by == state.iso3 else None


def _these_lands(subject: Token) -> bool:
    """Whether a subject points at the lands the text is about: "these lands", "those territories"."""
    return subject.lemma_.lower() in ("land", "territory", "region", "area") and any(
        c.lower_ in ("these", "those") for c in subject.children
    )


@cache
def claimant_names() -> frozenset[str]:
    """The claimants' names and adjectives, lower-cased: "ukraine", "ukrainian" (words a stance may fire on)."""
    gaz = load_gazetteer()
    names = {s.name for iso3 in claimants() if (s := gaz.by_iso3(iso3)) is not None}
    return frozenset(f.text.lower() for f in gaz.actor_forms.values() if f.target in names and f.form != "capital")


def internal_to_others(adjective: Token) -> bool:
    """'an internal matter of the Turkish Cypriot community', 'the Abkhaz people's internal affair': a matter said to
    be a people's own, which takes no side on the vote (not "the Ministry of Internal Affairs", nor "the internal
    affairs of a sovereign state", which defends the territory's statehood)."""
    part = adjective.head
    if adjective.lower_ != "internal" or adjective.dep_ != "amod" or part.pos_ != "NOUN":
        return False
    whole = _owner(part, True) if part.lemma_.lower() in _MATTERS else None
    return whole is not None and whole.lemma_.lower() in _PEOPLES


def _owner(part: Token, internal: bool) -> Token | None:
    """Whose part or matter: "of X", or for a matter "X's" ("Georgia's internal affair")."""
    of = next((c for c in part.children if c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None and internal:
        whole = next((c for c in part.children if c.dep_ == "poss"), None)
    return whole


def _state_named(whole: Token) -> Entity | None:
    """The state a noun and its words before it name ("the Republic of Moldova", "the Russian Federation"), if any."""
    gaz = load_gazetteer()
    entity = None
    for name in (
        whole.doc[whole.left_edge.i : whole.right_edge.i + 1].text,
        whole.doc[whole.left_edge.i : whole.i + 1].text,
    ):
        entity = entity or gaz.lookup(name) or gaz.lookup(re.sub(r"^the\s+", "", name, flags=re.I))
    entity = entity or gaz.lookup(whole.text)
    return entity if entity is not None and entity.iso3 else None


DISMEMBERING = {"dismember", "dismemberment", "partition", "partitioning", "breakup", "disintegration", "fragmentation"}


def dismembered(word: Token) -> bool:
    """'an attempt to dismember the Republic of Moldova', 'the breakup of Georgia': a state that a territory
    belongs to broken up, which a speaker names to oppose it (not when negated: "no one seeks to dismember Moldova")."""
    if word.lemma_.lower() not in DISMEMBERING or is_negated(word):
        return False
    if word.pos_ == "VERB":
        wholes = [c for c in word.children if c.dep_ == "dobj"]
    else:
        wholes = [g for p in word.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any((state := _state_named(w)) is not None and state.iso3 in claimants() for w in wholes)


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
    # (or the name and its words after: "within the Republic of Moldova")
    entity = gaz.lookup(re.sub(r"^the\s+|'s$", "", name, flags=re.I)) or gaz.lookup(whole.text) or _state_named(whole)
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
        # (the UN's "States", capitalised and bare: "respect for the territorial integrity of States")
        or o.text == "States"
        and o.dep_ == "pobj"
        and not any(c.dep_ in ("det", "poss") for c in o.children)
        or o.lower_ in ("country", "state", "nation")
        and any(c.lower_ in ("a", "every", "any") for c in o.children)
        for o in t.subtree
    )


def of_another_state(t: Token) -> bool:
    """'recalling that Serbia itself defends its territorial integrity over Kosovo': the integrity of a state that
    claims none of the territories (named, or "its" of such a state the clause is about), not the claimant's cause."""
    while t.dep_ in ("conj", "nmod", "compound") and t.head.i != t.i:
        t = t.head
    owner = next((c for c in t.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ in ("its", "their"):
        verb = next((v for v in t.ancestors if v.pos_ in ("VERB", "AUX")), None)
        owner = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    state = _state_named(owner) if owner is not None and owner.pos_ == "PROPN" else None
    return state is not None and state.iso3 not in claimants()


def of_a_territory(t: Token) -> bool:
    """'will help strengthen the sovereignty of South Ossetia', "Abkhazia's sovereignty": the sovereignty (or
    integrity) of a territory whose votes are spoken of, not of the state that claims it: its statehood affirmed."""
    forms = load_gazetteer().territory_forms
    owners = [c for c in t.children if c.dep_ == "poss"]
    owners += [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    for owner in (o for o in owners if o.pos_ == "PROPN"):
        name = re.sub(r"^the\s+", "", t.doc[owner.left_edge.i : owner.i + 1].text, flags=re.I)
        if name in forms or re.sub(r"^Republic\s+of\s+", "", name) in forms:
            return True
    return False


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


def recognises_only_the_claimant(verb: Token) -> bool:
    """'the EU recognised only the Republic of Cyprus', 'recognises only Georgia's borders', 'recognises no authority
    other than that of the Republic of Moldova': the claimant alone recognised, which denies the vote held against
    it."""
    for thing in (c for c in verb.children if c.dep_ == "dobj"):
        only = not is_negated(verb) and any(
            t.lower_ == "only" and t.dep_ == "advmod" for t in (*verb.children, *thing.subtree)
        )
        other = next((t for t in verb.subtree if t.lower_ == "other"), None)
        none_other = other is not None and any(c.lower_ == "no" for c in thing.children)
        if not only and not none_other:
            continue
        gaz = load_gazetteer()
        named = (gaz.lookup(t.text) for t in (thing if only else other).subtree if t.pos_ == "PROPN")
        if any(e is not None and e.iso3 in claimants() for e in named):
            return True
    return False


def sides_with_claimant(word: Token) -> bool:
    """'Vilnius stands with Georgia', 'expressed its full solidarity with Azerbaijan': the side of the state the
    territory belongs to, taken after a vote held there (not when negated)."""
    if word.lemma_.lower() == "stand" and (word.pos_ != "VERB" or is_negated(word)):
        return False
    gaz = load_gazetteer()
    return any(
        p.lower_ == "with" and g.dep_ == "pobj" and (e := gaz.lookup(g.text)) is not None and e.iso3 in claimants()
        for p in word.children
        for g in p.children
    )
