"""An assembly's vote, which is no contested election: a count of its members' votes ("adopted by a vote of 100 to
11", "approved by 512 votes to 47"), and "the vote" just after such a count ("Georgia's Foreign Ministry welcomed the
vote within hours": the parliament's vote on its resolution). `loaders.elections` finds no election there, and
`loaders.judged` reads no judgement of an election in words about it, nor in what a text voted on is said to fail to
do ("abstained because the resolution would not help to bring about a settlement").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

# an assembly's count of votes: "by a vote of 100 in favour to 11 against", "100 votes in favour", "100 in favour, 11
# against", "by 512 votes to 47" (not "Crimea votes to join Russia", nor "voted on September 17 in favour of
# independence")
TALLY = re.compile(
    r"\bvotes?\s+of\s+\d|\b\d+\s+votes?\s+in\s+favou?r\b|\b\d+\s+in\s+favou?r\s*(?:,|to|and|with)\s*\d"
    r"|\bvotes?\s+to\s+(?:\d|none\b|nil\b|one\b|two\b|five\b)",
    re.I,
)
# what says which vote "the vote" is: "the vote in Abkhazia", "the vote on independence", "the vote held ..."
_SAID_WHICH = re.compile(r"\s+(?:in|on|of|held|there|itself)\b", re.I)
_AFTER = 600  # characters after a count within which "the vote" is still the counted one
# what voters do in "the vote", not an assembly's members: "the right to self-determination as expressed in the vote",
# "those who took part in the vote"
_THE_VOTERS_VOTE = re.compile(
    r"\b(?:expressed|voiced|participated|took\s+part|turnout|voters|residents)\s+(?:in|at|through|for)\s+the\s+$", re.I
)


def counted_vote(text: str, start: int, end: int) -> bool:
    """Whether "the vote" at text[start:end] is the one a count just before it told of, and no words after it say
    which vote it is.

    >>> text = "The text was approved by 512 votes to 47. Georgia welcomed the vote."
    >>> counted_vote(text, text.rindex("vote"), text.rindex("vote") + 4)
    True
    >>> text = "The text was approved by 512 votes to 47. Russia praised the vote in Abkhazia."
    >>> counted_vote(text, text.rindex("vote"), text.rindex("vote") + 4)
    False
    >>> text = "It was approved by 100 votes to 11. X backed the will expressed in the vote."
    >>> counted_vote(text, text.rindex("vote"), text.rindex("vote") + 4)
    False
    """
    if text[start:end].lower() != "vote" or text[max(0, start - 4) : start].lower() != "the ":
        return False
    if _SAID_WHICH.match(text, end) or _THE_VOTERS_VOTE.search(text, max(0, start - 40), start):
        return False
    return any(t.end() <= start < t.end() + _AFTER for t in TALLY.finditer(text, max(0, start - _AFTER - 20), start))


def a_texts_failing(verb: Token) -> bool:
    """Whether a verb tells what a text voted on fails to do ("voted against the text because it did not contribute
    to a settlement", "the resolution would not help to bring about a settlement"): a reason for a vote on the text,
    given in explaining that vote, not a reproach of the vote the article is about."""
    return _reason_for_a_vote_on_it(verb) or _its_subject(verb)


_TEXTS = {"text", "draft", "resolution", "document", "declaration", "statement"}


def _reason_for_a_vote_on_it(verb: Token) -> bool:
    """Whether a clause gives the reason for a vote on a text, of the text ("voted against the text because it did
    not contribute to a settlement"): what the text fails to do, not the vote the article is about."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
        return False
    objects = [g for c in verb.head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _TEXTS for o in objects + [c for c in verb.head.children if c.dep_ == "dobj"])


def _its_subject(verb: Token) -> bool:
    """Whether a verb's subject is a text: "the resolution would not help to bring about a settlement"."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _TEXTS for c in verb.children)
