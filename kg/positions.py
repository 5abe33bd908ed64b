"""Positions: one actor's stance on one election, aggregated over every statement in every article.

Recomputed from the statements in the store after each build, into its own named graph, so that adding
or replacing an article updates every position it touches. Statements without polarity of their own
(a call for talks) join the actor's reject or endorse position on that vote; an actor that both rejected
and endorsed a vote gets two positions, which the `contradictions` query reports.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib.namespace import RDF, XSD

from kg.namespaces import CE, POSITIONS_GRAPH, position_iri
from kg.store import Store

_STATEMENTS = """
SELECT ?statement ?actor ?election ?polarity ?stance ?mode WHERE {
  ?statement a ce:Statement ; ce:actor ?actor ; ce:about ?election ; ce:polarity ?polarity ;
             ce:stance ?stance ; ce:mode ?mode .
} ORDER BY ?actor ?election ?statement"""
_TYPE, _BOOLEAN, _INTEGER = str(RDF.type), str(XSD.boolean), str(XSD.integer)


@dataclass
class _Group:
    statements: dict[str, tuple[str, str]] = field(default_factory=dict)  # statement -> (polarity, mode)
    stances: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def _position_lines(actor: str, election: str, group: _Group) -> Iterator[str]:
    """N-Triples of the position(s) of one actor on one election."""
    polar = sorted({p for p, _ in group.statements.values()} - {"neutral"}) or ["neutral"]
    for polarity in polar:
        members = sorted(s for s, (p, _) in group.statements.items() if p in (polarity, "neutral"))
        node = f"<{position_iri(actor, election, polarity)}>"
        yield f"{node} <{_TYPE}> <{CE.Position}> ."
        yield f"{node} <{CE.actor}> <{actor}> ."
        yield f"{node} <{CE.about}> <{election}> ."
        yield f"{node} <{CE.polarity}> <{CE[polarity]}> ."
        for stance in sorted(set().union(*(group.stances[s] for s in members))):
            yield f"{node} <{CE.stance}> <{CE[stance]}> ."
        for statement in members:
            yield f"{node} <{CE.supportedBy}> <{statement}> ."
        yield f'{node} <{CE.statementCount}> "{len(members)}"^^<{_INTEGER}> .'
        reported = all(group.statements[s][1] == "reported" for s in members)
        yield f'{node} <{CE.reportedOnly}> "{str(reported).lower()}"^^<{_BOOLEAN}> .'


def position_lines(rows: Iterable[tuple[str, str, str, str, str, str]]) -> Iterator[str]:
    """N-Triples of every position, from (statement, actor, election, polarity, stance, mode) rows sorted
    by actor and election: one group in memory at a time."""
    key, group = None, _Group()
    for statement, actor, election, polarity, stance, mode in rows:
        if (actor, election) != key:
            if key is not None:
                yield from _position_lines(*key, group)
            key, group = (actor, election), _Group()
        group.statements[statement] = (polarity, mode)
        group.stances[statement].add(stance)
    if key is not None:
        yield from _position_lines(*key, group)


def recompute_positions(store: Store) -> int:
    """Rebuild the positions graph from the store's statements, streaming; returns the number of positions."""
    rows = (
        (
            r["statement"].value,
            r["actor"].value,
            r["election"].value,
            _local(r["polarity"].value),
            _local(r["stance"].value),
            _local(r["mode"].value),
        )
        for r in store.query(_STATEMENTS)
    )
    count = 0
    with tempfile.NamedTemporaryFile("w", suffix=".nt", encoding="utf-8", delete=False) as handle:
        for line in position_lines(rows):
            handle.write(line + "\n")
            count += line.endswith(f"<{CE.Position}> .")
    try:
        store.replace_graph_from_file(str(POSITIONS_GRAPH), Path(handle.name))
    finally:
        os.unlink(handle.name)
    return count
