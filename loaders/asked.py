"""A stance word asked about rather than taken: a clause that asks ("whether it will recognise", "if it would accept"),
and the bare answer the speaker gave to it ("Asked whether Germany would recognise the results, a spokesman said:
"Certainly not."") or the answer that declines ("he had nothing to add"). `loaders.stance` reads a word so asked as no
side taken unless answered; `loaders.events` and `loaders.praise` ask it too. And "and who" opening a headline's
question ("Russia's vote, and who rejected it"), which `loaders.event_subjects` finds no speaker in.
"""

from __future__ import annotations

import re

from spacy.tokens import Token


def asked_whether(t: Token) -> bool:
    """A verb in a clause that asks ("whether it will recognise", "if it would accept")."""
    return t.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in t.children)


# what asks or leaves a question open: "declined to say whether", "asked if", "unclear whether"
_ASKING = {"say", "ask", "tell", "know", "comment", "specify", "indicate", "confirm", "reveal", "clear", "unclear"}


def in_open_question(word: Token) -> bool:
    """A word of a clause that asks, said of the verb's object or subject ("whether Yerevan considered the vote
    legitimate", "if the vote was legal"): what is asked, not judged."""
    verb = word.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    # (asked or left unsaid: "declined to say whether", "asked if"; not "what matters is whether the new leader will
    # contribute to a solution", a condition the speaker sets)
    return verb.i != word.i and asked_whether(verb) and verb.head.lemma_.lower() in _ASKING


# a bare answer to a question put to a speaker: 'Asked whether Germany would recognise the results, a spokesman said:
# "Certainly not."'
_NO = {"no", "not", "never", "certainly not", "of course not", "absolutely not", "definitely not", "no way"}
_YES = {"yes", "of course", "certainly", "absolutely", "definitely"}


def answered(question: Token) -> bool | None:
    """The bare yes (True) or no (False) a speaker gave to the question a clause asks ("Asked whether X would
    recognise ..., the spokesman said: "No.""), if that is all the answer says."""
    words = _answer(question)
    return True if words in _YES else False if words in _NO else None


def declined(question: Token) -> bool:
    """Whether the answer to the question a clause asks declines to give one ("Asked whether Beijing would recognise
    the result, the spokesman said he had nothing to add"): no side, and no word on the vote."""
    return _DECLINING.search(_answer(question) or "") is not None


_DECLINING = re.compile(r"\b(?:nothing (?:to add|more to say)|no comment|(?:not|declined to) comment)\b")


def _answer(question: Token) -> str | None:
    """The lower-cased words a speaker said after being asked the question a clause asks, to the sentence's end."""
    asking = next((h for h in question.ancestors if h.lemma_.lower() == "ask"), None)
    speech = asking.head if asking is not None and asking.dep_ in ("advcl", "ccomp", "xcomp") else None
    if speech is None or speech.i <= question.i:
        return None
    doc = speech.doc
    end = next((t.i for t in doc[speech.i + 1 :] if t.is_sent_end and t.i > speech.i + 1), len(doc) - 1) + 1
    return " ".join(t.lower_ for t in doc[speech.i + 1 : end] if not t.is_punct and not t.is_space)


def asks_who(verb: Token, subject: Token) -> bool:
    """Whether "and who" opens the verb's clause with no relative clause before it to join ("X, who chairs ..., and
    who said"): a question a headline names, not a person's words."""
    return (
        subject.tag_ == "WP"
        and subject.i > 0
        and subject.nbor(-1).lower_ in ("and", "or")
        and not any(c.dep_ == "relcl" and c.i < subject.i for c in verb.head.children)
    )
