"""When words were said, and whether that was long after the votes an article is about: a state's integrity affirmed
years later, or talks called for then, are words on the conflict, not on the vote.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from loaders.dates import find_dates, latest_year
from loaders.event_words import token_end
from loaders.events import Event
from loaders.prepared import PreparedArticle


def years_after(a: PreparedArticle, date_said: date | None) -> bool:
    """Whether words were said more than a year after every vote the article is about: a state's integrity
    affirmed then, or talks called for, are words on the conflict ("Five years on, the EU remains committed to
    Ukraine's territorial integrity"), not on the vote."""
    said = date_said or a.published
    return bool(said and a.main_elections) and all(e.date and (said - e.date).days > 366 for e in a.main_elections)


# how long before the publication a time the verb names was: "said last week", "said yesterday"
_AGO = {"yesterday": 1, "week": 7, "month": 30, "year": 365}


def date_said(a: PreparedArticle, event: Event) -> date | None:
    """The day the event's verb says the words were said on ("said on March 3"), if it says one; "last week",
    "last month" and "yesterday" count back from the publication date (to the earliest day they may mean)."""
    published = a.published
    for child in event.verb.children:
        if published and child.dep_ == "npadvmod" and (days := _ago(child)):
            return published - timedelta(days=days)
        if child.dep_ in ("prep", "npadvmod") and (
            event.content is None or not (event.content[0] <= child.idx < event.content[1])
        ):
            start, end = a.doc[child.left_edge.i].idx, token_end(a.doc[child.right_edge.i])
            found = [d for d in find_dates(a.norm[start:end], published, a.year or latest_year(a.norm)) if d.value]
            if found:
                return found[0].value
    return None


def _ago(time: Token) -> int | None:
    if time.lower_ == "yesterday":
        return _AGO["yesterday"]
    return _AGO.get(time.lemma_.lower()) if any(c.lower_ == "last" for c in time.children) else None
