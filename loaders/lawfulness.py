"""What a word says of the vote's lawfulness and of its standards: held "in line with" or "in accordance with" the
law (or "not in conformity with" it), "fully consistent with international law", "complied with the law", "met
democratic standards" or "fell short of" them, "took place outside the constitutional framework of Moldova", "held
under occupation", doubt cast on "the legitimacy of the vote" (or "nothing that would cast doubt on" it), "the high
level of organisation" of the vote, that it "should not have taken place" at all, that it "did not violate" an
agreement, or that it has "no legal force".
`loaders.stance` asks it of every word of a statement.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from loaders.clauses import attached_to, is_negated
from loaders.cue_clauses import VOTING
from loaders.judged import subject_is_vote
from loaders.stance_words import CONDEMNATION, LAWS, NON_RECOGNITION, RECOGNITION, VOTE_NOUNS

# a vote's qualities one may doubt: "cast doubt on the legitimacy (the democratic character) of the vote"
_DOUBTED = {"legitimacy", "legality", "character", "fairness", "validity", "credibility", "result", "outcome"}
_RESULTS = {"result", "outcome"}  # (doubt on "the results" is on the vote's without naming it)


# what a vote that ought not to be does: "the vote should not have taken place", "must not be held"
_HAPPENING = {"take", "hold", "go", "proceed", "happen", "occur", "organise", "organize", "conduct"}
_OUGHT = {"should", "must", "ought"}


def lawfulness(t: Token, lemma: str, election_tokens: set[int]) -> Iterator[str]:
    """The stances the word `t` (its lemma given) cues on the vote's lawfulness, its standards and its doubters."""
    if lemma in _HAPPENING and ought_not_to_be(t, election_tokens):
        yield CONDEMNATION  # "the vote should not have taken place while negotiations were under way"
    if lemma in ("line", "accordance", "conformity", "compliance") and in_line_with_law(t):
        # (the negation on the verb, or on the phrase itself: "regarded the vote as not in conformity with")
        verb = attached_to(t.head)  # ("held calmly and in line with the law": the verb the adverb modifies)
        if is_negated(verb if t.head.dep_ in ("prep", "conj") else t.head) or any(
            c.dep_ == "neg" for c in t.head.children
        ):
            yield CONDEMNATION
        elif subject_is_vote(verb, election_tokens) or verb.lemma_.lower() in VOTING:
            yield RECOGNITION  # "the referendum was in line with the law", "electing them in accordance with law"
    if (
        lemma in ("consistent", "compatible", "compliant")
        and t.dep_ == "acomp"
        or lemma == "comply"
        and (t.pos_ in ("VERB", "AUX") or any(c.dep_ == "nsubj" for c in t.children))
    ) and with_law(t):
        # "the referendum was fully consistent with international law", "the vote fully complied with the law"
        verb = t if lemma == "comply" else t.head
        if is_negated(verb) or any(c.dep_ == "neg" for c in t.children):
            yield CONDEMNATION
        elif subject_is_vote(verb, election_tokens):
            yield RECOGNITION
    if lemma in ("respect", "regard") and disregards_standards(t):
        yield CONDEMNATION  # "held without respect for democratic standards"
    if meets_standards(t) and subject_is_vote(t, election_tokens, said_of=True):
        # "the vote met democratic standards"; "did not meet" them, "fell short of" them
        met = (not is_negated(t)) == (lemma != "fall")
        yield RECOGNITION if met else CONDEMNATION
    if lemma == "outside" and outside_the_law(t):
        yield NON_RECOGNITION  # "the vote took place outside the constitutional framework"
    if lemma == "nothing" and means_nothing(t, election_tokens):
        yield NON_RECOGNITION  # "Its results mean nothing": no value the speaker gives them
    if lemma == "occupation" and held_under_occupation(t, election_tokens):
        yield NON_RECOGNITION  # "the elections were held under occupation": no lawful vote
    if lemma == "doubt" and (cast := doubt_cast(t, election_tokens)) is not None:
        yield CONDEMNATION if cast else RECOGNITION  # "casts doubt on its legitimacy"; "nothing that would cast doubt"
    if lemma == "question" and questioned(t, election_tokens):
        yield CONDEMNATION  # "questioned the legitimacy of the vote": doubt cast on it
    if lemma in ("organisation", "organization") and well_organised(t, election_tokens):
        yield RECOGNITION  # 'noted the "high level of organisation" of the vote'
    if lemma in _BREACHES and no_breach(t, election_tokens):
        yield RECOGNITION  # "the elections did not violate the Minsk agreements": the vote defended as lawful
    if lemma == "against" and against_the_letter(t):
        yield CONDEMNATION  # "the elections are against the letter and spirit of the Minsk agreements"


# what a vote that breaks a law or an agreement does, or is
_BREACHES = {"violate", "violation", "contradict", "contradiction", "breach", "contravene", "contravention", "contrary"}


def against_the_letter(against: Token) -> bool:
    """'are against the letter and spirit of the Minsk agreements': what is said to be against an agreement's letter
    or spirit breaks it (not "voted against the resolution")."""
    return (
        against.head.lemma_ == "be"
        and not is_negated(against.head)
        and any(g.dep_ == "pobj" and g.lemma_.lower() in ("letter", "spirit") for g in against.children)
    )


def no_breach(t: Token, election_tokens: set[int]) -> bool:
    """'the elections did not violate the Minsk agreements', 'were not in contradiction with them', 'were not a
    violation of', 'not contrary to': the vote, the subject, is said to break nothing (not "Nobody denies that it
    ...": only the clause the vote is the subject of)."""
    if t.pos_ == "VERB":
        clause = t
    elif t.dep_ in ("attr", "acomp"):
        clause = t.head
    elif t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.dep_ == "prep":
        clause = t.head.head
    else:
        return False
    return is_negated(clause) and subject_is_vote(clause, election_tokens, said_of=True)


def well_organised(organisation: Token, election_tokens: set[int]) -> bool:
    """'the high level of organisation of the vote', 'the good organisation of the voting': a vote praised as well
    run (not "a low level of organisation")."""
    level = organisation.head.head if organisation.dep_ == "pobj" and organisation.head.lower_ == "of" else None
    praised = level if level is not None and level.lemma_.lower() in ("level", "standard", "quality") else organisation
    if not any(c.dep_ == "amod" and c.lower_ in _GOOD for c in praised.children) or is_negated(praised.head):
        return False
    judged = praised.head if praised.dep_ in ("dobj", "nsubj", "attr", "pobj") else praised
    return any(x.i in election_tokens or x.lower_ in VOTE_NOUNS or x.lower_ == "voting" for x in judged.subtree)


_GOOD = {"high", "good", "excellent", "proper", "impeccable"}


def in_line_with_law(t: Token) -> bool:
    """'in line with / in accordance with ... law' (legislation, the constitution, democratic standards): the vote's
    lawfulness asserted (the "with" on the noun, or on the verb, where the parse may hang it: "held in full
    compliance [with the law]"), or on "in", past a closing quotation mark: 'were "not in line" with the Minsk
    agreements')."""
    if t.head.lower_ != "in":
        return False
    after = t.right_edge.i + 1
    while after < len(t.doc) and t.doc[after].is_quote:
        after += 1
    return with_law(t) or any(c.i == after and _a_law(c) for c in (*t.head.children, *t.head.head.children))


def with_law(t: Token) -> bool:
    """'... with (international) law', '... with the highest democratic standards'."""
    return any(_a_law(c) for c in t.children)


def _a_law(with_: Token) -> bool:
    return with_.lower_ == "with" and any(g.lemma_.lower() in LAWS or _democratic_standard(g) for g in with_.subtree)


def meets_standards(verb: Token) -> bool:
    """'met democratic standards', 'satisfied international electoral norms', 'fell short of democratic standards':
    a verb that measures something against the standards of a vote (its subject and negation read by the caller)."""
    if verb.lemma_.lower() in ("meet", "satisfy", "fulfil", "fulfill", "match"):
        return any(c.dep_ == "dobj" and _democratic_standard(c) for c in verb.children)
    return verb.lemma_.lower() == "fall" and any(  # "fell (far) short of"
        c.lower_ == "short" and any(p.lower_ == "of" and any(map(_democratic_standard, p.children)) for p in c.children)
        for c in verb.children
    )


def means_nothing(nothing: Token, election_tokens: set[int]) -> bool:
    """'Its results mean nothing', 'the vote means nothing' (not "it means nothing for the talks")."""
    verb = nothing.head
    return (
        nothing.dep_ == "dobj"
        and verb.lemma_.lower() == "mean"
        and not any(c.dep_ == "prep" for c in verb.children)
        and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in _RESULTS or c.i in election_tokens or c.lower_ in VOTE_NOUNS)
            for c in verb.children
        )
    )


def disregards_standards(respect: Token) -> bool:
    """'held without respect for democratic standards', 'without regard for international norms'."""
    return (
        respect.dep_ == "pobj"
        and respect.head.lower_ == "without"
        and any(p.lower_ == "for" and any(map(_democratic_standard, p.children)) for p in respect.children)
    )


def _democratic_standard(t: Token) -> bool:
    """'the highest democratic standards', 'international electoral norms'."""
    return t.lemma_.lower() in ("standard", "norm") and any(
        c.lower_ in ("democratic", "international", "electoral") for c in t.children
    )


_OUTSIDE_WHAT = {"framework", "field", "space", "order", "bounds", "limits"}


def outside_the_law(outside: Token) -> bool:
    """'took place outside the constitutional framework of the Republic of Moldova', 'outside the legal field of
    Georgia', 'outside the law': a vote held beyond the claimant's law (not when negated: "not outside")."""
    if outside.lower_ != "outside" or outside.dep_ != "prep" or is_negated(outside.head):
        return False
    return any(
        g.dep_ == "pobj"
        and (
            g.lemma_.lower() in LAWS
            or g.lemma_.lower() in _OUTSIDE_WHAT
            and any(c.lower_ in ("constitutional", "legal", "legislative") for c in g.children)
        )
        for g in outside.children
    )


# where a vote may be said to be held under occupation: "in an area under occupation"
_PLACES = {"area", "territory", "region", "part", "land", "zone", "place"}


def held_under_occupation(occupation: Token, election_tokens: set[int]) -> bool:
    """'the elections were held under occupation', 'a vote conducted under Russian occupation': a vote's conditions
    that no free vote has, in a speaker's words (not when negated); "the vote took place in an area under
    occupation" too."""
    verb = occupation.head.head
    if verb.lemma_.lower() in _PLACES and verb.dep_ == "pobj" and verb.head.lower_ in ("in", "on"):
        verb = verb.head.head
    return (
        occupation.dep_ == "pobj"
        and occupation.head.lower_ == "under"
        and verb.pos_ == "VERB"
        and not is_negated(verb)
        and (
            subject_is_vote(verb, election_tokens, said_of=True)
            or verb.dep_ == "acl"
            and verb.head.lower_ in VOTE_NOUNS
        )
    )


def doubt_cast(doubt: Token, election_tokens: set[int]) -> bool | None:
    """Whether doubt is cast on the vote ("the violations cast doubt on the legitimacy of the vote", "voiced doubts
    about it"), denied (False: "nothing that would cast doubt on the democratic character of the vote", "did not cast
    doubt on", 'had "no doubts" about the legitimacy of the vote'), or neither said (None: doubt on something else, or
    no verb that casts or holds it)."""
    verb = doubt.head
    if doubt.dep_ != "dobj" or verb.lemma_.lower() not in ("cast", "raise", "throw", "have", "express", "voice"):
        return None
    doubted = [g for p in verb.children if p.lower_ in ("on", "over") for g in p.children if g.dep_ == "pobj"]
    doubted += [g for p in doubt.children if p.lower_ in ("on", "over", "about") for g in p.children]

    def names_vote(x: Token) -> bool:
        return x.i in election_tokens or x.lower_ in VOTE_NOUNS

    if not any(
        names_vote(g)
        or g.lemma_.lower() in _DOUBTED
        and (g.lemma_.lower() in _RESULTS or any(map(names_vote, g.subtree)))
        for g in doubted
    ):
        return None
    denier = verb.head if verb.dep_ == "relcl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    denied = denier is not None and any(x.lower_ in ("nothing", "no") for x in (denier, *denier.children))
    denied = denied or any(c.lower_ == "no" for c in doubt.children)
    return not (denied or is_negated(verb))


def questioned(verb: Token, election_tokens: set[int]) -> bool:
    """Whether the verb "question" puts in doubt a quality of the vote: "questioned the legitimacy of the vote",
    "would question the legitimacy of the new Duma, whose members include deputies elected in Crimea" (not "questioned
    the need for sanctions", nor "did not question the results")."""

    def of_the_vote(quality: Token) -> bool:
        return quality.lemma_.lower() in _RESULTS or any(
            x.i in election_tokens or x.lower_ in VOTE_NOUNS for x in quality.subtree
        )

    return (
        verb.pos_ == "VERB"
        and not is_negated(verb)
        # (a subject of its own: not "the attempts to question the legitimacy of these elections", others' doing)
        and any(c.dep_ == "nsubj" for c in verb.children)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _DOUBTED and of_the_vote(c) for c in verb.children)
    )


def ought_not_to_be(verb: Token, election_tokens: set[int]) -> bool:
    """Whether the vote, the verb's subject, is said not to have been due at all: "should not have taken place",
    "should not have been held", "must not be held" (not "the vote should not be recognised")."""
    return (
        is_negated(verb)
        and any(c.dep_ == "aux" and c.lower_ in _OUGHT for c in verb.children)
        and (verb.lemma_.lower() != "take" or any(c.lower_ == "place" for c in verb.children))
        and subject_is_vote(verb, election_tokens)
    )


_STANCE_NOUNS = {"position", "stance", "policy", "view", "attitude", "approach"}


def no_legal_force(effect: Token) -> bool:
    """Whether a word of legal force is denied: "no legal basis", "will not have any legal consequences", "a show
    without legal consequences", "no elections held in the region have legal effect"; not "no effect" on a stance
    ("the vote would have no effect on its position": the speaker's policy stays as it was)."""
    if any(p.lower_ == "on" and any(g.lemma_.lower() in _STANCE_NOUNS for g in p.children) for p in effect.children):
        return False
    verb = effect.head
    # ("does not regard the referendum as having any legal effect": the judging verb the "as" hangs on is denied)
    judging = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else verb
    return (
        any(c.lower_ == "no" for c in effect.children)
        or any(c.lower_ == "any" for c in effect.children)
        and (is_negated(verb) or is_negated(judging))
        or effect.dep_ == "pobj"
        and verb.lower_ == "without"
        or effect.dep_ == "dobj"
        and verb.lemma_ == "have"
        and any(d.lower_ == "no" for x in _subjects_of(verb) for d in x.children)
    )


def _subjects_of(verb: Token) -> list[Token]:
    """A verb's subject, and that of a clause the parse made its subject ("no referendum held there could have")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    return subjects + [g for c in subjects if c.dep_ == "csubj" for g in c.children if g.dep_ == "nsubj"]
