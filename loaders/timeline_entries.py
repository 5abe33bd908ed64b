"""A timeline's entries: the date an entry opens with as its label ("- May 11, 2014: The separatists hold
referendums ..."), which dates the votes the entry names, and the places its earlier vote mentions name, which a bare
"the vote" later in the entry points back to. `loaders.elections` asks both of each vote mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from loaders.dates import DateMention
from loaders.gazetteer import Territory

_BEFORE_LABEL = re.compile(r"[ \t•*·–—-]*")  # a list's mark, if any, before the date
_AFTER_LABEL = re.compile(r"\s*[:–—-]\s")  # "May 11, 2014: ...", "March 15-17, 2024 – ..."


def labelled_day(text: str, dates: list[DateMention], start: int) -> DateMention | None:
    """The date the line holding `start` opens with as a label: "- May 11, 2014: The separatists hold referendums on
    self-rule. Kiev calls them a farce"."""
    line = text.rfind("\n", 0, start) + 1
    return next(
        (
            d
            for d in dates
            if line <= d.start < start
            and d.value
            and _BEFORE_LABEL.fullmatch(text, line, d.start)
            and _AFTER_LABEL.match(text[d.end : d.end + 3])
        ),
        None,
    )


def entry_places(earlier: Iterable, label: DateMention) -> list[Territory]:
    """The places of the vote mentions `earlier` in the entry `label` opens: "March 15-17, 2024 – Russia's presidential
    election is again held on the peninsula. Kuleba called the vote ..." (the vote is the peninsula's, not every
    place Russia's election was held in that day, though Kuleba is Ukrainian)."""
    places: list[Territory] = []
    for mention in earlier:
        if mention.start >= label.end and mention.territory is not None and mention.territory not in places:
            places.append(mention.territory)
    return places
