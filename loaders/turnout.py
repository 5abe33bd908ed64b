"""What a vote's figures are made to say: a high turnout held up as the vote's worth ("the high turnout was the best
answer to those who questioned its status", "the record turnout showed that the residents had made their choice", "the
high turnout speaks for itself", "turned out in large numbers, showing their trust"), which `loaders.stance` reads as
recognition; or only the count ("won with 87%", "has announced the results"), which takes no side.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.clauses import is_negated
from loaders.stance_words import VOTE_NOUNS, VOTERS

# what a high turnout is said to be: "the best answer to those who questioned ...", "proof of the people's choice"
TESTIMONY = {"answer", "proof", "evidence", "sign", "testament", "confirmation"}
_HIGH = {"high", "record", "massive", "strong", "unprecedented"}


_ANSWERING = {"result", "outcome", "vote", "election", "referendum", "turnout"}


def high_turnout_as(noun: Token) -> bool:
    """'the high turnout was "the best answer" to those who questioned its status': a high turnout held up as what
    answers the vote's critics, or proves its worth; and so the results: 'the results were "the most convincing
    answer" to those in the West who refuse to recognize them' (an answer only: "the results were proof of fraud")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "as" and noun.lemma_.lower() in TESTIMONY:
        return _cited_as(verb.head)  # "points to the high turnout as proof of support"
    if noun.dep_ != "attr" or is_negated(verb):
        return False
    answering = noun.lemma_.lower() == "answer" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _ANSWERING for c in verb.children
    )
    return noun.lemma_.lower() in TESTIMONY and _high_turnout_of(verb) or answering


def _cited_as(verb: Token) -> bool:
    """'points to the high turnout as proof of support', 'cited the record turnout as evidence': a high turnout
    held up by the verb whose "as" names what it proves (its object, or what "to" points at)."""
    if verb.pos_ != "VERB" or is_negated(verb):
        return False
    held = [c for c in verb.children if c.dep_ == "dobj"]
    held += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    return any(_high_turnout(n) for n in held)


def _high_turnout(noun: Token) -> bool:
    return noun.lemma_.lower() == "turnout" and any(m.lower_ in _HIGH for m in noun.children)


# what a high turnout is said to do: "showed that the residents had made their choice", "confirmed the legitimacy"
TURNOUT_SHOWS = {"show", "prove", "confirm", "demonstrate", "testify", "attest"}


def turnout_shows(verb: Token) -> bool:
    """'the high turnout showed that their residents had made their choice', 'the high turnout speaks for itself': a
    high turnout held up as proof of the vote's worth (not "the turnout showed little interest": only a high one), or
    its results ("the results speak for themselves"), or the vote said to show what its voters want."""
    shows = verb.lemma_.lower() in TURNOUT_SHOWS or verb.lemma_.lower() == "speak" and _for_itself(verb)
    # (the participle hung on the clause, or on "X said" set inside it: "turned out in huge numbers, the ministry said,
    # demonstrating ...")
    clauses = [verb.head, verb.head.head] if verb.head.dep_ == "parataxis" else [verb.head]
    en_masse = verb.dep_ == "advcl" and verb.tag_ == "VBG" and any(_turned_out_en_masse(c) for c in clauses)
    # (and a vote's results held up alike: "the results speak for themselves")
    itself = verb.lemma_.lower() == "speak" and any(
        c.dep_ == "nsubj"
        and c.lemma_.lower() in _COUNTS
        and all(a.lower_ in _AS_COUNTED for a in c.children if a.dep_ == "amod")  # (not "the low numbers")
        for c in verb.children
    )
    wanted = shows and _what_voters_want(verb)  # ("the votes had shown what the people want")
    return (
        shows
        and verb.pos_ == "VERB"
        and not is_negated(verb)
        and (_high_turnout_of(verb) or en_masse or itself or wanted)
    )


def _what_voters_want(verb: Token) -> bool:
    """'the votes had shown "what the people want"': the vote said to show its voters' will (its subject the vote, its
    object what they want or chose)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in ("vote", "result", "referendum", "election", "ballot"):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.lemma_.lower() in ("want", "wish", "choose")
        and any(w.dep_ == "nsubj" and w.lemma_.lower() in VOTERS for w in c.children)
        for c in verb.children
    )


_COUNTS = {"result", "outcome", "figure", "number"}
_AS_COUNTED = {"official", "final", "preliminary"}


_MANY = {"large", "great", "huge", "record", "big", "unprecedented"}


def _turned_out_en_masse(verb: Token) -> bool:
    """'Residents had turned out in large numbers, showing their trust in the new leaders': the voters came in
    numbers, which what the participle after it says they showed (a high turnout, told as the voters' act)."""
    if verb.lemma_.lower() != "turn" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in ("massively", "overwhelmingly") for c in verb.children) or any(
        p.dep_ == "prep"
        and p.lower_ == "in"
        and any(
            n.lemma_.lower() in ("number", "droves") and any(a.lower_ in _MANY for a in n.children) for n in p.children
        )
        for p in verb.children
    )


def _for_itself(verb: Token) -> bool:
    """'speaks for itself', 'speak for themselves'."""
    return any(
        p.lower_ == "for" and any(g.lower_ in ("itself", "themselves") for g in p.children) for p in verb.children
    )


def _high_turnout_of(verb: Token) -> bool:
    """Whether a verb's subject is a high turnout ("the high turnout", "a record turnout")."""
    return any(c.dep_ == "nsubj" and _high_turnout(c) for c in verb.children)


_SCORING = {"win", "receive", "gain", "get", "secure", "poll"}  # how a count tells a winner's share
_PUBLISHING, _RESULTS = {"announce", "publish", "release"}, {"result", "outcome", "tally"}  # the count made public


def only_the_count(tokens: list[Token], speaking: frozenset[str] | set[str]) -> bool:
    """Whether words only tell who won with what share ("which Russian authorities said was won by Putin with more
    than 87%"), or who won the vote ("announced that Putin had won the election"), or that the results were made
    public ("Russia has announced the results of the referendums held in ..."): the count, which takes no side on the
    vote."""
    within = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in within or t.head.i == t.i]
    if roots and all(
        r.lemma_.lower() in _PUBLISHING and any(c.dep_ == "dobj" and c.lemma_.lower() in _RESULTS for c in r.children)
        for r in roots
    ):
        return True
    verbs = [t for t in tokens if t.pos_ == "VERB" and t.lemma_.lower() not in speaking]
    shares = any(t.text == "%" or t.lower_ in ("percent", "per") for t in tokens)
    # ("announced that Putin had won the presidential election held from 15 to 17 March": the vote's own participle)
    verbs = [
        v
        for v in verbs
        if not (v.dep_ == "acl" and v.tag_ == "VBN" and v.head.lemma_.lower() in VOTE_NOUNS)
        and v.dep_ not in ("prep", "amod")  # ("including in the occupied territories")
    ]
    won = any(
        v.lemma_.lower() == "win" and any(c.dep_ == "dobj" and c.lemma_.lower() in VOTE_NOUNS for c in v.children)
        for v in verbs
    )
    return (shares or won) and bool(verbs) and all(v.lemma_.lower() in _SCORING for v in verbs)
