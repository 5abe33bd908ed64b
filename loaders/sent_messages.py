"""Messages that say a stance by being sent: a note of protest ("sent a note of protest to Moscow", "lodged a protest",
"handed over a protest note"), congratulations sent or phoned to a winner ("sent a message wishing him success",
"phoned Sahakyan with congratulations", "telephoned the winner to offer his congratulations"), and a message read out
for whoever sent it ("read out a message from President Putin"). `loaders.events` reads such a verb as one of
sending or protesting."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.event_subjects import DOCUMENTS
from loaders.praise import wishes_success
from loaders.speech_verbs import SENDING
from loaders.stance_words import CONGRATULATIONS

GREETINGS = CONGRATULATIONS | {"congratulatory", "greeting"}  # what a message sent to a winner carries
LODGING = {"lodge", "hand", "deliver", "file"}  # how a protest is made: "lodged a protest", "handed a note of protest"
# how greetings are given by telephone: "phoned X with congratulations"
PHONING = {"phone", "telephone", "ring", "call"}
# how greetings are given: "sent", "to offer his congratulations", "to pass on greetings", "offered its congratulations"
OFFERING = SENDING | {"offer", "express", "give", "pass"}


def sends_protest(verb: Token) -> bool:
    """Whether the verb makes a protest: "sent a note of protest", "lodged a protest", "handed over a protest note"."""
    return any(
        c.dep_ == "dobj" and any(x.lower_ == "protest" for x in c.subtree) and c.lemma_.lower() in ("protest", "note")
        for c in verb.children
    )


def sends_greetings(verb: Token) -> bool:
    """Whether the verb sends a greeting to a winner: its object is congratulations, or a document that congratulates
    or wishes success ("sent a message wishing him success")."""
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        lemma = noun.lemma_.lower()
        if lemma in GREETINGS:
            return True
        if lemma in DOCUMENTS and any(
            t.lemma_.lower() in GREETINGS or t.lemma_.lower() == "congratulate" or wishes_success(t)
            for t in noun.subtree
        ):
            return True
    return False


def with_greetings(verb: Token) -> bool:
    """Whether a call gives greetings: "phoned Sahakyan with congratulations", "called him with his congratulations",
    "telephoned the winner to offer his congratulations"."""
    return any(
        p.lower_ == "with" and any(g.lemma_.lower() in GREETINGS for g in p.children)
        for p in verb.children
        if p.dep_ == "prep"
    ) or any(
        c.dep_ in ("xcomp", "advcl")
        and c.lemma_.lower() in OFFERING
        and any(g.dep_ == "dobj" and g.lemma_.lower() in GREETINGS for g in c.children)
        for c in verb.children
    )


def sender_of(verb: Token) -> Token | None:
    """Whose document the subject reads out or delivers: "read out a message from President Putin"."""
    for document in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENTS):
        for prep in (c for c in document.children if c.dep_ == "prep" and c.lower_ == "from"):
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


_CARRIERS = {"message", "telegram", "letter", "note", "address", "cable"}


def greets_on_vote(greeting: Token, election_tokens: set[int]) -> bool:
    """Whether greetings are sent on the vote or its winner's victory: 'sent its "fraternal greetings" ... on the
    occasion of the votes', "sent a message of greetings to X on his election" ("re-election", "victory")."""
    by = _sent_with(greeting)
    return by is not None and any(t.i in election_tokens or t.lemma_.lower() in _WON for t in by.subtree)


_WON = {"election", "reelection", "victory", "win"}


def _sent_with(greeting: Token) -> Token | None:
    """The verb a greeting is sent with: the one it is the object of ("sent its greetings"), or the one whose object
    carries it ("sent a message of greetings"); None for a greeting named otherwise."""
    if greeting.dep_ == "dobj":
        return greeting.head
    carrier = greeting.head.head
    if greeting.dep_ == "pobj" and greeting.head.lower_ == "of" and carrier.lemma_.lower() in _CARRIERS:
        return carrier.head if carrier.dep_ == "dobj" else carrier
    return None
