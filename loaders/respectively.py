"""Words given to several people "respectively": 'Foreign Minister X and Prime Minister Y called the elections
"illegitimate" and "a farce", respectively' gives X the first quotation and Y the second, each their own statement.
`loaders.statements` asks it of each event's speakers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.discourse import Speaker
from loaders.events import Event
from loaders.prepared import PreparedArticle
from loaders.quotes import find_quotes

_RESPECTIVELY = re.compile(r"[\s,.\"'”’]*respectively\b", re.I)


def respectively(a: PreparedArticle, event: Event, speakers: list[Speaker]) -> list[tuple[Speaker, tuple[int, int]]]:
    """Each person of the one speaker, in order, with the quotation in their place, when the event's sentence gives
    as many quotations after its verb as the speaker names persons, and "respectively" right after the last; else
    none."""
    if len(speakers) != 1 or len(persons := speakers[0].persons) < 2:
        return []
    sentence = event.verb.sent
    quotes = [  # (however short: "illegitimate")
        (sentence.start_char + q.start, sentence.start_char + q.end)
        for q in find_quotes(sentence.text)
        if event.verb.idx < sentence.start_char + q.start
    ]
    if len(quotes) != len(persons) or not _RESPECTIVELY.match(a.norm, quotes[-1][1], sentence.end_char):
        return []
    return [(replace(speakers[0], persons=(person,)), quote) for person, quote in zip(persons, quotes, strict=True)]
