"""Congratulations announced before the names of those who sent them: "Congratulations came quickly. Greek Cypriot
President X called him on the night of the vote and said he looked forward to meeting him soon. European Commission
President Y said the result opened a window of opportunity." The sentence says what the next ones are: each actor its
paragraph goes on to quote congratulated the winner, whatever words the story then gives them. (When the sentence
names who sent them, "Congratulations came from Moscow", `loaders.framed_events` reads it as theirs.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.extracted import ExtractedStatement
from loaders.prepared import PreparedArticle
from loaders.stance_words import OTHER, RECOGNITION

# a sentence that announces congratulations without saying from whom: "Congratulations came quickly.",
# "Messages of congratulation poured in."
_ANNOUNCED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:The\s+)?(?:(?:Messages?|Telegrams?)\s+of\s+)?(?:congratulations?|greetings)\s+"
    r"(?:came|poured|flowed|flooded|arrived|followed)\b(?P<rest>[^.!?\n]*)[.!?]",
    re.I | re.M,
)


def _announced_greetings(a: PreparedArticle) -> list[tuple[int, int]]:
    """The (start, end) of the text each announcement of congratulations covers: the rest of its paragraph."""
    spans = []
    for found in _ANNOUNCED.finditer(a.norm):
        if re.search(r"\bfrom\b", found["rest"], re.I):
            continue  # ("Congratulations came from Moscow": the sentence names them itself)
        spans.append((found.end(), a.paragraphs[a.paragraph(found.start())][1]))
    return spans


def greeted_winner(a: PreparedArticle, statements: list[ExtractedStatement]) -> list[ExtractedStatement]:
    """The statements, those that take no side in the text an announcement of congratulations covers now
    congratulating the winner (the recognition their actors sent)."""
    spans = _announced_greetings(a)
    if not spans:
        return statements
    return [
        replace(
            s,
            polarity="endorse",
            stances={RECOGNITION: "congratulations", **{k: v for k, v in s.stances.items() if k != OTHER}},
        )
        if s.polarity == "neutral" and any(start <= s.words[0] < end for start, end in spans)
        else s
        for s in statements
    ]
