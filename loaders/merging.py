"""Statements reached twice, merged: the same words reached as an event's complement and as a quotation, words
inside another statement's of the same actor and vote, and the rest of one actor's reaction in the same sentence
(`loaders.statements` emits them, then merges them here).
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.discourse import Speaker
from loaders.extracted import ExtractedStatement, Extraction
from loaders.gazetteer import Entity

_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


def lengthen(out: Extraction, actor: Entity, span: tuple[int, int]) -> None:
    """Extend the words of the actor's statement that ends last before the end of `span`, in its sentence, to that end
    (not one that ended a sentence before: 'does not recognize ..., "just as ... regime." He said the vote was held
    "in the absence of ..."' lengthens what he said, not the quotation before)."""
    text = out.article.text
    ends = [
        t.words[1]
        for t in out.statements
        if t.actor == actor and t.words[0] <= span[0] and t.words[1] <= span[1]
        and not _SENTENCE_END.search(text, t.words[1], max(t.words[1], span[0]))
    ]  # fmt: skip
    if ends:
        end = max(ends)
        out.statements = [
            replace(t, words=(t.words[0], span[1])) if t.actor == actor and t.words[1] == end else t
            for t in out.statements
        ]


def deduplicate(statements: list[ExtractedStatement]) -> list[ExtractedStatement]:
    """The same words reached twice (as an event's complement and as a quotation) count once: a statement
    whose words lie inside another's of the same actor and vote, adding no stance, is dropped. When it names
    the person who spoke, that person becomes the other's speaker: "Obama told Putin that ..., the White House
    said", "Peskov said Putin had told Gunba that ..." (Putin's words), and the same words reached twice
    ("According to the readout, Blinken condemned ...")."""
    first: dict[tuple, ExtractedStatement] = {}
    for s in statements:
        key = (s.actor.key, s.election.key, s.words)
        t = first.setdefault(key, s)
        if s.speaker.persons and not t.speaker.persons:
            first[key] = replace(t, speaker=replace(s.speaker, body=t.speaker.body or s.speaker.body))
    unique = list(first.values())

    def cover(s: ExtractedStatement) -> ExtractedStatement | None:
        return next(
            (
                t
                for t in unique
                if t is not s
                and t.actor == s.actor
                and t.election == s.election
                and t.words[0] <= s.words[0]
                and s.words[1] <= t.words[1]
                and t.words != s.words
                and set(s.stances) <= set(t.stances)
            ),
            None,
        )

    voiced: dict[int, Speaker] = {}
    kept = []
    for s in unique:
        t = cover(s)
        if t is None:
            kept.append(s)
        elif s.speaker.persons and s.speaker.persons != t.speaker.persons:
            # (and "Peskov said Putin had told Gunba that Moscow respected ...": Putin's words, Peskov reports them)
            voiced.setdefault(id(t), s.speaker)
    return [
        replace(s, speaker=replace(voiced[id(s)], body=s.speaker.body or voiced[id(s)].body)) if id(s) in voiced else s
        for s in kept
    ]
