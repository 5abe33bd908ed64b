"""Concern about a vote, the mildest condemnation ("expressed concern over the vote"), and a vote said to be none of
the speaker's concern, a refusal to deal with it ('the elections "do not concern the Republic of Cyprus"').
`loaders.stance` reads both.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.clauses import is_negated
from loaders.judged import is_the_vote, noun_on_vote, subject_is_vote

_CONCERN_PREPOSITIONS = ("about", "over", "at", "by", "regarding", "with")


def concern_over_vote(t: Token, election_tokens: set[int]) -> bool:
    """Whether a word of concern is about the vote: "concerned about the elections", "expressed concern over the
    vote", "is concerned that residents of X were given access to the voting", "notes with concern that ... the
    voting" (not "concerned about the humanitarian situation", nor "the parties concerned"): the mildest
    condemnation."""
    if is_negated(t) or t.lower_ == "concerned" and t.dep_ not in ("ROOT", "acomp", "conj", "ccomp"):
        return False
    if noun_on_vote(t, election_tokens, _CONCERN_PREPOSITIONS):
        return True
    owner = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "with" else t  # "notes [with concern] that ..."
    return any(
        c.dep_ in ("ccomp", "acl") and any(is_the_vote(x, election_tokens) for x in c.subtree)
        for c in (*t.children, *owner.children)
    )


def of_no_concern(t: Token, election_tokens: set[int]) -> bool:
    """'the elections "do not concern the Republic of Cyprus"', 'were of no concern to Nicosia', 'Nicosia was not
    concerned with the outcome of the elections': the vote as none of the speaker's business, a refusal to deal with it
    (not "concern about the vote", which `concern_over_vote` reads, nor "not concerned by it": not worried)."""
    if t.pos_ in ("VERB", "ADJ") and not is_negated(t):
        return False
    if t.pos_ == "VERB":
        return subject_is_vote(t, election_tokens, said_of=True)
    if t.pos_ == "ADJ":
        return any(c.lower_ == "with" and any(w.i in election_tokens for w in c.subtree) for c in t.children)
    copula = t.head.head if t.head.lower_ == "of" else None
    return (
        any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
        and copula is not None
        and subject_is_vote(copula, election_tokens, said_of=True)
    )
