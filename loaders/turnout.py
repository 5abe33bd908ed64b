"""A high turnout held up as the vote's worth: "the high turnout was the best answer to those who questioned its
status", "the record turnout showed that the residents had made their choice", "the high turnout speaks for itself".
`loaders.stance` reads the recognition these give.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.clauses import is_negated

# what a high turnout is said to be: "the best answer to those who questioned ...", "proof of the people's choice"
TESTIMONY = {"answer", "proof", "evidence", "sign", "testament", "confirmation"}
_HIGH = {"high", "record", "massive", "strong", "unprecedented"}


_ANSWERING = {"result", "outcome", "vote", "election", "referendum", "turnout"}


def high_turnout_as(noun: Token) -> bool:
    """'the high turnout was "the best answer" to those who questioned its status': a high turnout held up as what
    answers the vote's critics, or proves its worth; and so the results: 'the results were "the most convincing
    answer" to those in the West who refuse to recognize them' (an answer only: "the results were proof of fraud")."""
    verb = noun.head
    if noun.dep_ != "attr" or is_negated(verb):
        return False
    answering = noun.lemma_.lower() == "answer" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _ANSWERING for c in verb.children
    )
    return noun.lemma_.lower() in TESTIMONY and _high_turnout_of(verb) or answering


# what a high turnout is said to do: "showed that the residents had made their choice", "confirmed the legitimacy"
TURNOUT_SHOWS = {"show", "prove", "confirm", "demonstrate", "testify", "attest"}


def turnout_shows(verb: Token) -> bool:
    """'the high turnout showed that their residents had made their choice', 'the high turnout speaks for itself': a
    high turnout held up as proof of the vote's worth (not "the turnout showed little interest": only a high one)."""
    shows = verb.lemma_.lower() in TURNOUT_SHOWS or verb.lemma_.lower() == "speak" and _for_itself(verb)
    return shows and verb.pos_ == "VERB" and not is_negated(verb) and _high_turnout_of(verb)


def _for_itself(verb: Token) -> bool:
    """'speaks for itself', 'speak for themselves'."""
    return any(
        p.lower_ == "for" and any(g.lower_ in ("itself", "themselves") for g in p.children) for p in verb.children
    )


def _high_turnout_of(verb: Token) -> bool:
    """Whether a verb's subject is a high turnout ("the high turnout", "a record turnout")."""
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() == "turnout" and any(m.lower_ in _HIGH for m in c.children)
        for c in verb.children
    )
