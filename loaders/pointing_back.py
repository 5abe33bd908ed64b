"""A bare "the vote" (or "that vote", "votes that ...") that points back to a vote its sentence named before it with
its time: "after Khajimba won the August 2014 election, Nicaragua sent congratulations, while Georgia condemned the
vote". `loaders.vote_resolution` resolves every mention first, then lets these take the vote they point to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.dates import MONTH_NAME
from loaders.elections import ElectionMention, ElectionRef
from loaders.known_votes import compatible

PLURAL = re.compile(r"(?:elections|polls|votes|referendums|referenda|ballots)$", re.I)
_RUNOFF = re.compile(r"(?:runoff|run-off|second\s+round)$", re.I)  # a round of the vote named before it

# "votes that Kiev rejected": a plural a relative clause describes
_DESCRIBED = re.compile(r"\s+(?:that|which)\b")
# a month named with a vote: "referendums in May", "the May referendums"
_MONTH_WITH = re.compile(rf"^\s+(?:in|of)\s+{MONTH_NAME}\b")
_MONTH_BEFORE = re.compile(rf"\b{MONTH_NAME}(?:'s)?\s+(?:\w+\s+)?$")


def _timed(text: str, m: ElectionMention) -> bool:
    """Whether a vote mention gives its time: a year, a day, or a month ("referendums in May")."""
    return bool(
        m.year
        or m.date
        or _MONTH_WITH.match(text[m.end : m.end + 16])
        or _MONTH_BEFORE.search(text[max(0, m.start - 24) : m.start])
    )


# a vote named to compare, which "the vote" after it is not: "Unlike the 2014 referendum, the vote ..."
# a relative clause set off by commas, which describes who speaks, and where it closes
_ASIDE_OPENS, _ASIDE_CLOSES = re.compile(r",\s+(?:which|who|whose)\b[^,;]*$"), re.compile(r"[^,;]*,")
_COMPARED = re.compile(
    r"\b(?:unlike|like|than|compared\s+(?:with|to)|similar\s+to|as\s+in|since)\s+(?:the\s+)?(?:\S+\s+){0,3}$", re.I
)


def pointing_back(
    text: str,
    mentions: list[ElectionMention],
    resolved: dict[int, tuple[ElectionRef, ...]],
    sentences: list[tuple[int, int]],
) -> Iterator[tuple[int, tuple[ElectionRef, ...]]]:
    """A bare "the vote" with no time of its own, singular, or "votes that ..." (the plural a relative clause
    describes), is the vote its sentence named before it with its year, month or day: "after Khajimba won the August
    2014 election, Nicaragua sent congratulations, while Georgia condemned the vote", "The elections followed
    referendums in May, ... in votes that Kiev and the west also rejected" (whatever vote the article is about; and a
    previous one with its year: "after the previous elections in 2017, ... the EU said then ... of the vote"); "that
    vote" (and "those polls") is the last one named, in its sentence or the one before ("Russia is holding a
    presidential election this weekend. Kyiv called that vote a travesty"); not one named to compare ("Unlike the 2014
    referendum")."""
    many_years = len({r.date.year for refs in resolved.values() for r in refs if r.date}) >= 4
    for i, m in enumerate(mentions):
        if m.date or m.year or m.planned or not resolved.get(i):
            continue
        before_it = text[max(0, m.start - 6) : m.start]
        pointing = not PLURAL.search(m.text) and re.search(r"\b(?:that|this)\s+$", before_it, re.I)
        # ("those polls": the last votes named, in its sentence or the one before)
        pointing = pointing or PLURAL.search(m.text) and re.search(r"\bthose\s+$", before_it, re.I)
        if PLURAL.search(m.text) and not pointing:
            if not (_DESCRIBED.match(text, m.end) and re.search(r"\b(?:in|of)\s+$", before_it)):
                continue  # ("in votes that Kiev rejected", not "the votes" of every territory named)
        elif not pointing and not re.search(r"\bthe\s+$", before_it, re.I) and not _RUNOFF.search(m.text):
            continue  # (any "runoff" of a vote its sentence named: "the presidential election of 2022, when X
            # unseated Y in a runoff")
        at = next((k for k, (s, e) in enumerate(sentences) if s <= m.start < e), None)
        if at is None:
            continue
        # ("that vote": the last one named, in its sentence or the one before, with a time of its own or not; in a
        # story of votes of many years, "the vote" is the one its paragraph named with its time: "The first test came
        # in December 2009, when Bagapsh was re-elected. ... Georgia called the vote a mockery")
        start = sentences[max(0, at - 1)][0] if pointing else sentences[at][0]
        if not pointing and not PLURAL.search(m.text) and many_years:
            start = min(start, text.rfind("\n", 0, m.start) + 1)
        before = [
            j
            for j, o in enumerate(mentions)
            if start <= o.start < m.start
            and (pointing or _timed(text, o))
            and (not o.earlier or o.year)
            and resolved.get(j)
        ]
        if not before:
            continue
        named = mentions[before[-1]].start
        if _COMPARED.search(text, max(start, named - 40), named) and not _RUNOFF.search(m.text):
            continue
        if _ASIDE_OPENS.search(text, start, named) and _ASIDE_CLOSES.match(text, mentions[before[-1]].end, m.start):
            continue  # (not one named in an aside on who speaks: "Washington, which had imposed sanctions over the
            # 2014 referendum, ... called the inclusion of Crimea in the vote unacceptable")
        # (a plural, all the votes of the day the sentence named: "held a presidential election alongside a
        # referendum, in votes that Tbilisi said had no legitimacy")
        day = {r.date for r in resolved[before[-1]]}
        named = [r for j in before for r in resolved[j] if r.date in day] if PLURAL.search(m.text) else []
        refs = tuple(
            r
            for r in dict.fromkeys(named or resolved[before[-1]])
            if r.date and compatible(m.kind, r.kind) and (m.territory is None or r.territory == m.territory)
        )
        if refs and set(refs) != set(resolved[i]):
            yield i, refs
