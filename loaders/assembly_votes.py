"""An assembly's vote, which is no contested election: a count of its members' votes ("adopted by a vote of 100 to
11", "approved by 512 votes to 47"), and "the vote" just after such a count ("Georgia's Foreign Ministry welcomed the
vote within hours": the parliament's vote on its resolution). `loaders.elections` finds no election there, and
`loaders.judged` reads no judgement of an election in words about it.
"""

from __future__ import annotations

import re

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
