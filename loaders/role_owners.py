"""Whose role a subject names when it names no actor of its own: "its foreign ministry" or "A spokesperson" (the actor
its sentence, or the sentence before, has for subject), a role in a clause a capital sets ("In Moscow, the foreign
ministry"), a member of a group of that role named before ("deputy Konstantin Zatulin", after "a group of Russian State
Duma deputies"), an office a listed official owns ("President Alexander Lukashenko's office"). `loaders.speakers` asks
it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from loaders.gazetteer import Entity, load_gazetteer
from loaders.mentions import Mention
from loaders.persons import person_entities
from loaders.text import LIST_MARKS

# what a state's people name its rulers by: "the Greek Cypriot government"
GOVERNMENTS = {"government", "authorities", "leadership", "presidency", "ministry"}
# the head nouns of a state's (or an organisation's) institutions the gazetteer does not name ("Moldova's Bureau for
# Reintegration", "the EU's delegation in Georgia")
INSTITUTIONS = {
    "bureau",
    "office",
    "agency",
    "commission",
    "council",
    "service",
    "committee",
    "administration",
    "cabinet",
    "chancellery",
    "secretariat",
    "delegation",
    "mission",
    "representation",
}


def antecedent_owner(doc: Doc, span: Span, mentions: list[Mention]) -> Entity | None:
    """Whose "its" / "their" the subject says, when its sentence named an actor before it: "Belarus voted
    against the resolution, and its envoy said" (Belarus), not the actor spoken of last; at the head of a sentence,
    the actor the sentence before has for its subject ("North Korea sided with Moscow. Its foreign ministry said"), as
    for someone not named who opens a sentence ("The OSCE mission declined to comment. A spokesperson said";
    "Government spokesman X said", "The Duma sent observers. One of them, X, said"); whose "whose" the subject says
    ("the Duma sent observers whose head said")."""
    sentence = span.sent
    if (place := acts_where(span)) is not None:  # "... from Moscow, where the foreign ministry praised": Moscow's
        named = [m for m in mentions if m.start <= place.idx < m.end and m.kind in ("actor", "capital") and m.entity]
        return load_gazetteer().actor_of(named[0].entity) if named else None
    # ("A spokesperson said", and with no article at all after a government: "Government spokesman X said")
    bare = span.start == sentence.start and span[0].pos_ in ("NOUN", "PROPN")
    indefinite = span.start == sentence.start and span[0].lower_ in ("a", "an") or bare or one_of_them(span.root)
    # ("Kazakhstan chose its words carefully, with the foreign ministry saying", "..., and the ministry said": the body
    # of the sentence's subject, in a clause joined to its own; not "..., while in Astana the ministry said")
    joined = span.root.head.tag_ == "VBG" or span.root.head.dep_ == "conj"
    definite = span[0].lower_ == "the" and span.root.lemma_.lower() in _OWN_BODIES and joined
    if not indefinite and not definite and not any(t.lower_ in ("its", "their", "whose") for t in span):
        return None
    # (the noun "whose" follows, inside the span where the parse took in the clause before: "The vote was rejected by
    # NATO, whose secretary general, X, said")
    whose = next((t.idx for t in span if t.lower_ == "whose"), span.start_char)
    before = [
        m
        for m in mentions
        # (or a capital that stands for its state: "Moscow sent observers, and its embassy in Chisinau said")
        if sentence.start_char <= m.start < whose and m.kind in ("actor", "body", "capital") and m.entity is not None
    ]
    if before:
        # the last one a clause has for its subject, else the last one: "China abstained on the UN Security
        # Council's draft; its foreign ministry's spokesman said" (China)
        subjects = [m for m in before if _in_subject(doc, m.start)]
        # (the subject itself, not one its apposition names: "Turkey, Azerbaijan's closest ally, condemned what its
        # foreign ministry called ..." is Turkey's ministry)
        subjects = [m for m in subjects if not _in_apposition(doc, m.start)] or subjects
        if definite and not subjects:
            return None
        return load_gazetteer().actor_of((subjects or before)[-1].entity)
    if definite or sentence.start == 0 or span.start != sentence.start:
        return None
    previous = doc[sentence.start - 1].sent
    # (or the subject of what the speaker of that sentence says they believe: "I'm sure the Azerbaijani Government has
    # made its views known. Their Foreign Ministry has already called the vote illegal")
    clauses = [previous.root]
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in previous.root.children):
        says = [previous.root, *(c for c in previous.root.children if c.dep_ == "acomp")]  # ("I'm sure ...")
        clauses += [c for verb in says for c in verb.children if c.dep_ == "ccomp"]
    for subject in (c for clause in clauses for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
        start, end = doc[subject.left_edge.i].idx, doc[subject.right_edge.i].idx + len(doc[subject.right_edge.i])
        # (an actor, or a body of one: "The OSCE Mission to Moldova declined to comment. A spokesperson said"; or its
        # people's name: "The Greek Cypriot government played down the result. Government spokesman X said")
        people = subject.lemma_.lower() in GOVERNMENTS | INSTITUTIONS and subject.ent_type_ != "PERSON"
        if bare and not people:
            continue  # ("Turkey congratulated ... Government spokesman X said": another government's)
        named = [
            m
            for m in mentions
            if start <= m.start < end
            # (or a capital that stands for its state: "Tbilisi treats the vote as void. Its foreign ministry said")
            and (m.kind in ("actor", "body") or m.kind == "demonym" and people or m.kind == "capital" and not bare)
            and m.entity is not None
        ]
        if named:
            return load_gazetteer().actor_of(named[0].entity)
    return None


_OWN_BODIES = {"ministry", "embassy", "office", "department", "mission"}


def acts_where(span: Span) -> Token | None:
    """The place a body is said to act in by "where" ("from Moscow, where the foreign ministry praised the vote"):
    the noun the clause hangs on; None for any other subject."""
    verb = span.root.head
    if span[0].lower_ != "the" or span.root.lemma_.lower() not in _OWN_BODIES or verb.dep_ != "relcl":
        return None
    return verb.head if any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children) else None


def state_before(doc: Doc, span: Span, mentions: list[Mention]) -> Entity | None:
    """The state the sentence before, in the same paragraph, has for its subject, when an official no list knows
    opens the next one: "Hungary, which has resisted sanctions, struck a different tone. Foreign Minister X told"
    (Hungary's, not the state of whoever spoke last); or names them after the quotation the sentence opens with, and
    the sentence before has the state's capital alone for its subject: 'Tbilisi was dismissive. "These so-called
    elections ...," Deputy Foreign Minister X told a news briefing' (Georgia's, not Russia the quotation names)."""
    sentence = span.sent
    quoted = _QUOTATION_FIRST.fullmatch(doc.text, sentence.start_char, span.start_char) is not None
    if span.start != sentence.start and not quoted or sentence.start == 0:
        return None
    previous = doc[sentence.start - 1].sent
    if "\n" in doc.text[previous.start_char : sentence.start_char]:
        return None  # (a paragraph's first sentence: the one before is another paragraph's)
    for subject in (c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        named = next((m for m in mentions if m.start <= subject.idx < m.end and m.entity is not None), None)
        alone = named is not None and subject.left_edge.i == subject.right_edge.i
        kinds = ("actor", "capital") if quoted and alone else ("actor",)
        actor = load_gazetteer().actor_of(named.entity) if named is not None and named.kind in kinds else None
        if actor is not None and actor.kind == "State":
            return actor
    return None


# a quotation that opens a sentence, up to its speaker: '"These so-called elections ...," '
_QUOTATION_FIRST = re.compile(r'\s*["“][^"“”]+[,.!?]?["”],?\s*')


def owned_by_unnamed(doc: Doc, span: Span, mentions: list[Mention]) -> bool:
    """Whether "its" or "their", opening a sentence, point back to the subject of the sentence before, named and no
    actor ("The CTP is expected to form a government. Its leader has said ...": the party's leader, nobody's
    official)."""
    sentence = span.sent
    if span.start != sentence.start or sentence.start == 0 or span[0].lower_ not in ("its", "their"):
        return False
    previous = doc[sentence.start - 1].sent
    subjects = [c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(
        s.pos_ == "PROPN" and not any(m.start <= s.idx < m.end and m.entity is not None for m in mentions)
        for s in subjects
    )


def _in_subject(doc: Doc, offset: int) -> bool:
    """Whether the word at `offset` is part of a clause's subject."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and any(t.dep_ in ("nsubj", "nsubjpass") for t in (span[0], *span[0].ancestors))


def _in_apposition(doc: Doc, offset: int) -> bool:
    """Whether the word at `offset` is in an apposition to a clause's subject ("Turkey, Azerbaijan's closest ally")."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    for t in (span[0], *span[0].ancestors) if span is not None else ():
        if t.dep_ in ("nsubj", "nsubjpass"):
            return False
        if t.dep_ == "appos":
            return True
    return False


def setting(doc: Doc, span: Span, mentions: list[Mention]) -> Entity | None:
    """The state whose capital (or name, or body) sets the clause an unowned body or role speaks in: "In Moscow, the
    foreign ministry welcomed the outcome" (Russia's ministry, whoever spoke last), "At the State Department,
    acting spokesman Mark Toner said" (the United States'; not "At the UN Security Council", where every state's
    envoy speaks); and whose view the words open with: "For Germany, the elections are null and void, a government
    spokesman said"."""
    verb = span.root.head
    first = span.root.sent[0]
    opening = [first] if first.lower_ == "for" and first.dep_ == "prep" and first.i < span.start else []
    for prep in [*verb.children, *opening]:
        if prep.dep_ == "prep" and (prep.lower_ in ("in", "at") or prep in opening) and prep.i < span.start:
            start, end = prep.idx, doc[prep.right_edge.i].idx + len(doc[prep.right_edge.i])
            for m in mentions:
                if not (start <= m.start < end and m.entity is not None):
                    continue
                owner = load_gazetteer().actor_of(m.entity)
                named_in = prep.lower_ in ("in", "for") and m.kind in ("capital", "actor")
                if named_in or prep.lower_ == "at" and owner.kind == "State":  # (at a state's own house)
                    return owner
    return _place_label(doc, span, mentions) or _reaction_of(doc, span, mentions)


_REACTIONS = {"reaction", "response", "tone", "mood"}


def _reaction_of(doc: Doc, span: Span, mentions: list[Mention]) -> Entity | None:
    """The state whose reaction the sentence is about, for an unowned body in a clause of it: "The reaction in Moscow
    was more muted than in 2019, when the foreign ministry had praised the vote" (Russia's ministry)."""
    sentence = span.root.sent
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in _REACTIONS or span.start <= subject.i:
        return None
    places = [g for c in subject.children if c.lower_ in ("in", "from") for g in c.children if g.dep_ == "pobj"]
    named = [m for g in places for m in mentions if m.start <= g.idx < m.end and m.kind in ("capital", "actor")]
    return load_gazetteer().actor_of(named[0].entity) if named and named[0].entity is not None else None


def _place_label(doc: Doc, span: Span, mentions: list[Mention]) -> Entity | None:
    """The state whose capital labels a list's entry the subject opens after: "• Nicosia - Government spokesman X
    said" (Cyprus's government); or the organisation: "* OSCE - The Mission to Moldova said" (the OSCE's)."""
    line = doc.text.rfind("\n", 0, span.start_char) + 1
    for m in mentions:
        if (
            line <= m.start < span.start_char
            and m.kind in ("capital", "actor")
            and m.entity is not None
            and LIST_MARKS.fullmatch(doc.text, line, m.start)
            and re.fullmatch(r"\s*(?:--?|[–—])\s*(?:[Tt]he\s+)?", doc.text[m.end : span.start_char])
        ):
            return load_gazetteer().actor_of(m.entity)
    return None


def group_of_role(doc: Doc, span: Span, role: Token, mentions: list[Mention]) -> Entity | None:
    """The actor of a group of that role the sentence before named: "A group of Russian State Duma deputies followed
    the vote. ... deputy Konstantin Zatulin said" (Russia's)."""
    sentence = span.root.sent
    if sentence.start == 0:
        return None
    for t in doc[sentence.start - 1].sent:
        if t.lemma_.lower() == role.lemma_.lower() and t.tag_ == "NNS":
            start, end = doc[t.left_edge.i].idx, t.idx + len(t)
            owners = {
                load_gazetteer().actor_of(m.entity).key: m
                for m in mentions
                if start <= m.start < end and m.entity is not None
            }
            if len(owners) == 1:
                return load_gazetteer().actor_of(next(iter(owners.values())).entity)
    return None


def officials_in_capital(head: Token, named: Mention) -> bool:
    """Whether a subject is a state's officials named by its capital: "Officials in Moscow said" (Russia's; not
    "officials at the embassy in Moscow", nor "Western officials in Moscow")."""
    if (
        head.lower_ not in ("officials", "authorities")
        or named.kind != "capital"
        or any(c.dep_ == "amod" for c in head.children)
    ):
        return False
    return any(c.lower_ == "in" and any(named.start <= g.idx < named.end for g in c.children) for c in head.children)


def one_of_them(head: Token) -> bool:
    """'one of them', 'one of those': one of a group named before."""
    return head.lower_ == "one" and any(
        c.lower_ == "of" and any(g.lower_ in ("them", "those") for g in c.children) for c in head.children
    )


def member_of_group(doc: Doc, span: Span, head: Token, mentions: list[Mention]) -> Entity | None:
    """The actor of a group the sentence before named, when the subject is one of its members by the group's own
    noun: "A group of Russian State Duma deputies observed the vote. ... one of the deputies, X, told" (Russia's)."""
    if head.lower_ != "one":
        return None
    group = next((g for c in head.children if c.lower_ == "of" for g in c.children if g.tag_ == "NNS"), None)
    return group_of_role(doc, span, group, mentions) if group is not None else None


# the people of one actor a briefing speaks of: "our Ukrainian partners", "Georgian officials"
_GROUPS = {"partners", "colleagues", "counterparts", "allies", "friends", "officials", "authorities", "diplomats"}


def group_before(doc: Doc, they: Token, mentions: list[Mention]) -> Entity | None:
    """Whom "they" stands for in a sentence opening with "They", when the sentence before was said in the first person
    and ends on one actor's people: "We're in close touch with our Ukrainian partners. They've said they won't
    recognize the vote" (Ukraine; "we" cannot be "they", so the group is the one plural spoken of)."""
    sentence = they.sent
    if sentence[0].lower_ != "they" or sentence.start == 0:
        return None  # ("They've made their views known, and they have -- they've said ... that they won't")
    before = doc[sentence.start - 1].sent
    subject = next((t for t in before if t.dep_ == "nsubj"), None)  # ("MR KIRBY: We're in close touch with")
    if subject is None or subject.lower_ not in ("we", "i"):
        return None
    groups = [t for t in before if t.lower_ in _GROUPS and t.tag_ == "NNS" and not t.dep_.startswith("nsubj")]
    if not groups:
        return None
    group = groups[-1]
    later = [m for m in mentions if group.idx <= m.start < before.end_char and m.kind in ("actor", "demonym")]
    named = [m for m in mentions if group.left_edge.idx <= m.start < group.idx and m.kind in ("actor", "demonym")]
    if later or len(named) != 1 or named[0].entity is None:
        return None
    return load_gazetteer().actor_of(named[0].entity)


def officials_own(doc: Doc, owned: Token, year: int | None) -> Entity | None:
    """The actor of the official a possessive names as the owner of a subject's head ("President Alexander
    Lukashenko's office", "Erdogan's administration"), from the list of officials."""
    for first, end in person_entities(doc):
        if end == owned.i and doc[end - 1].text in ("'s", "’s"):  # (the model may take the "'s" in: "[Igor Dodon's]")
            end -= 1
        if end + 1 == owned.i and doc[end].text in ("'s", "’s"):
            offices = load_gazetteer().offices(doc[first:end].text, year)
            return load_gazetteer().entities[offices[0].actor] if offices else None
    return None


def holder_named_before(names: Iterable[str], actor: Entity, role: str, year: int | None) -> tuple[str, ...]:
    """The one person named before (`names`) whom the officials' list gives, in `year`, the office of `actor` a
    role names ("Vladimir Putin had a telephone conversation ... The President of Russia congratulated": Putin); ()
    when no one, or several, hold it. The role's words, the actor's name aside, must be the office's: "the foreign
    minister" is not the prime minister, nor "the vice president" the president."""
    if year is None:
        return ()
    gaz = load_gazetteer()
    words = {w for w in _office_words(role) if gaz.lookup(w.title()) is None and gaz.lookup(w.upper()) is None}
    held = {
        gaz.offices(name, year)[0].name
        for name in names
        if " " in name
        and any(
            o.in_office(year) and gaz.actor_of(gaz.entities[o.actor]) == actor and _office_words(o.role) == words
            for o in gaz.offices(name, year)
        )
    }
    return (held.pop(),) if len(held) == 1 else ()


def _office_words(office: str) -> set[str]:
    """An office's words, small ones and possessive endings aside: "Turkey's foreign minister" -> turkey, foreign,
    minister."""
    return {w for w in re.findall(r"[a-z]+", re.sub(r"['’]s\b", "", office.lower())) if w not in ("the", "of", "a")}


def owner_named_before(mentions: list[Mention], m: Mention) -> Entity | None:
    """Whose "The Council" is when the text named a council with its owner before ("GUAM Council of Ministers", then
    "The Council considers these actions illegitimate"): the owner of the last body named with that word."""
    head = m.text.split()[-1]
    # (a body, or an organisation's body the gazetteer names: "the Council of Europe's Committee of Ministers")
    named = [
        x
        for x in mentions
        if x.end <= m.start
        and x.entity
        and (x.kind == "body" or x.kind == "actor" and x.entity.part_of)
        and head in x.text.split()
    ]
    return load_gazetteer().actor_of(named[-1].entity) if named else None
