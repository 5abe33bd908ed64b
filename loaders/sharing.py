"""Statements an actor shares with one the text reported: which actors a stretch of the text names, and the reported
statement each of them is given (`loaders.reported`, `loaders.elided`)."""

from __future__ import annotations

from collections.abc import Iterable

from loaders.discourse import Speaker
from loaders.elections import ElectionRef
from loaders.extracted import ExtractedStatement, Extraction
from loaders.gazetteer import Entity, load_gazetteer
from loaders.mentions import Mention
from loaders.prepared import PreparedArticle
from loaders.stance_words import polarity
from loaders.state_groups import group_members


def actor_at(a: PreparedArticle, start: int) -> Entity | None:
    """The actor a name starting at `start` stands for: a state, its capital or its people, an organisation."""
    m = next((m for m in a.mentions if m.start == start and m.entity is not None), None)
    return load_gazetteer().actor_of(m.entity) if m is not None else None


def actors_named(
    a: PreparedArticle, start: int, end: int, kinds: tuple[str, ...], groups: bool = False
) -> dict[Entity, Mention]:
    """The actors the text names between `start` and `end` (a body for the actor it belongs to), first mention each
    (but a body over a capital); with `groups`, the members of a group of states it names as one too ("the Baltic
    states said the same")."""
    gaz = load_gazetteer()
    named: dict[Entity, Mention] = {}
    for m in a.mentions:
        if start <= m.start < end and m.kind in kinds and m.entity is not None:
            actor = gaz.actor_of(m.entity)
            if actor not in named or named[actor].kind == "capital" and m.kind == "body":
                named[actor] = m  # ("Speaking in Washington, a State Department official said": the Department)
    for member in group_members(a.norm[start:end]) if groups else ():
        named.setdefault(member, Mention(start, end, a.norm[start:end], "actor", entity=member))
    return named


def share(
    out: Extraction,
    actor: Entity,
    mention: Mention,
    elections: Iterable[ElectionRef],
    stances: dict[str, str],
    words: tuple[int, int],
) -> None:
    """A reported statement of `actor` on each of `elections`, with `stances`."""
    body = mention.text if mention.kind == "body" else None
    for election in elections:
        out.statements.append(
            ExtractedStatement(
                actor,
                election,
                dict(stances),
                polarity(stances),
                "reported",
                words,
                Speaker(actor, (mention.start, mention.end), body=body),
                None,
                None,
            )
        )


def share_with_named(
    a: PreparedArticle,
    out: Extraction,
    span: tuple[int, int],
    said: list[ExtractedStatement],
    words: tuple[int, int] | None,
) -> None:
    """Give each actor (or capital) named in `span` that made none of the statements `said` a reported statement of
    each of them, with its stances and on its vote, in `words` (nothing when the sentence has no words to give)."""
    if words is None:
        return
    for actor, m in actors_named(a, *span, ("actor", "capital")).items():
        if actor not in {t.actor for t in said}:
            for t in said:
                share(out, actor, m, (t.election,), t.stances, words)
