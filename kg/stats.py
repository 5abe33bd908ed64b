"""Counts that describe the graph: articles, statements, positions, actors, elections, triples."""

from __future__ import annotations

from kg.store import Store

COUNTED = (
    "Article",
    "Statement",
    "Position",
    "State",
    "InternationalOrganization",
    "GovernmentBody",
    "Person",
    "Election",
    "Territory",
)


def graph_stats(store: Store) -> dict[str, int]:
    """Distinct nodes of each class, and the number of quads in the store.

    >>> from kg.store import GraphStore
    >>> graph_stats(GraphStore.in_memory())["Statement"]
    0
    """
    stats = {name: store.count(name) for name in COUNTED}
    stats["triples"] = store.triple_count()
    return stats
