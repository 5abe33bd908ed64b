"""Positions: one actor's stance on one election, aggregated over every statement in every article.

Recomputed from the statements in the store after each build, into its own named graph, so that adding
or replacing an article updates every position it touches. Statements without polarity of their own
(a call for talks) join the actor's reject or endorse position on that vote; an actor that both rejected
and endorsed a vote gets two positions, which the `contradictions` query reports.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.namespaces import CE, POSITIONS_GRAPH, position_iri
from kg.store import Store

_STATEMENTS = """
SELECT ?statement ?actor ?election ?polarity ?stance ?mode WHERE {
  ?statement a ce:Statement ; ce:actor ?actor ; ce:about ?election ; ce:polarity ?polarity ;
             ce:stance ?stance ; ce:mode ?mode .
}"""


@dataclass
class _Group:
    statements: dict[str, tuple[str, str]] = field(default_factory=dict)  # statement -> (polarity, mode)
    stances: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def aggregate(rows) -> Graph:
    """The positions graph built from (statement, actor, election, polarity, stance, mode) rows."""
    groups: dict[tuple[str, str], _Group] = defaultdict(_Group)
    for statement, actor, election, polarity, stance, mode in rows:
        group = groups[(actor, election)]
        group.statements[statement] = (polarity, mode)
        group.stances[statement].add(stance)
    g = Graph()
    for (actor, election), group in sorted(groups.items()):
        polar = sorted({p for p, _ in group.statements.values()} - {"neutral"}) or ["neutral"]
        for polarity in polar:
            members = [s for s, (p, _) in group.statements.items() if p in (polarity, "neutral")]
            node = position_iri(actor, election, polarity)
            g.add((node, RDF.type, CE.Position))
            g.add((node, CE.actor, URIRef(actor)))
            g.add((node, CE.about, URIRef(election)))
            g.add((node, CE.polarity, CE[polarity]))
            for stance in sorted(set().union(*(group.stances[s] for s in members))):
                g.add((node, CE.stance, CE[stance]))
            for statement in sorted(members):
                g.add((node, CE.supportedBy, URIRef(statement)))
            g.add((node, CE.statementCount, Literal(len(members))))
            reported = all(group.statements[s][1] == "reported" for s in members)
            g.add((node, CE.reportedOnly, Literal(reported, datatype=XSD.boolean)))
    return g


def recompute_positions(store: Store) -> int:
    """Rebuild the positions graph from the store's statements; returns the number of positions."""
    rows = [(r["statement"].value, r["actor"].value, r["election"].value,
             r["polarity"].value.rsplit("#", 1)[-1], r["stance"].value.rsplit("#", 1)[-1],
             r["mode"].value.rsplit("#", 1)[-1]) for r in store.query(_STATEMENTS)]
    graph = aggregate(rows)
    store.replace_graph(str(POSITIONS_GRAPH), graph)
    return len(set(graph.subjects(RDF.type, CE.Position)))
