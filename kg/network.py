"""Network views of the graph for Gephi, as networkx graphs read from the store with SPARQL.

Views:
- `positions`: actors -> elections, one edge per position, signed by polarity (sign -1 reject, +1 endorse,
  0 neutral), with its stances, statement count, first and last date, sources and a weight;
- `speakers`: persons -> the actors they spoke for -> the elections those actors took positions on;
- `alignment`: actor -- actor, weighted by the number of elections on which both took the same polarity
  (what modularity and force layouts turn into blocs);
- `provenance`: articles -> statements -> actors, to audit a position down to its sources.

Every node carries `type` and `label`, and, where known, `qid`, `wikidata` (URL) and `iso` (for states);
every graph element carries `start`/`end` dates when the statements behind it are dated.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx

from kg.errors import KgError
from kg.store import Store

VIEWS = ("positions", "speakers", "alignment", "provenance")
SIGN = {"reject": -1, "endorse": 1, "neutral": 0}

# A statement's date: the day said, else the article's publication day. Written as UNIONs with FILTER NOT
# EXISTS rather than OPTIONALs, which Oxigraph evaluates over the whole store (README, "Writing fast queries").
_DATES = """
  { ?statement ce:dateSaid ?said } UNION { ?statement a ce:Statement FILTER NOT EXISTS { ?statement ce:dateSaid ?d } }
  { ?article dcterms:issued ?issued } UNION { ?article a ce:Article FILTER NOT EXISTS { ?article dcterms:issued ?i } }
  BIND (COALESCE(?said, ?issued) AS ?when)"""
_ACTORS = """
SELECT DISTINCT ?actor ?label ?type ?qid ?iso WHERE {
  ?actor a ?typeIri ; rdfs:label ?label .
  VALUES ?typeIri { ce:State ce:InternationalOrganization ce:GovernmentBody ce:Person }
  OPTIONAL { ?actor ce:wikidata ?qid } OPTIONAL { ?actor ce:isoCode ?iso }
  BIND (STRAFTER(STR(?typeIri), "#") AS ?type)
}"""
_ELECTIONS = """
SELECT DISTINCT ?election ?label ?key ?territory ?date WHERE {
  ?election a ce:Election ; rdfs:label ?label ; ce:key ?key ; ce:territory/rdfs:label ?territory .
  OPTIONAL { ?election ce:date ?date }
}"""
_POSITIONS = """
SELECT ?position ?actor ?election ?polarity ?count ?reportedOnly
       (GROUP_CONCAT(DISTINCT STRAFTER(STR(?stance), "#"); separator=" ") AS ?stances)
       (GROUP_CONCAT(DISTINCT ?source; separator=" ") AS ?sources)
       (MIN(?when) AS ?first) (MAX(?when) AS ?last)
WHERE {
  ?position a ce:Position ; ce:actor ?actor ; ce:about ?election ; ce:polarity ?p ; ce:stance ?stance ;
            ce:statementCount ?count ; ce:reportedOnly ?reportedOnly ; ce:supportedBy ?statement .
  ?statement prov:wasDerivedFrom ?article . ?article ce:sourceFile ?source .
  $DATES
  BIND (STRAFTER(STR(?p), "#") AS ?polarity)
} GROUP BY ?position ?actor ?election ?polarity ?count ?reportedOnly"""
_SPOKE_FOR = """
SELECT ?person ?actor (COUNT(DISTINCT ?statement) AS ?count) (MIN(?when) AS ?first) (MAX(?when) AS ?last)
WHERE {
  ?statement ce:speaker ?person ; ce:actor ?actor ; prov:wasDerivedFrom ?article . ?person a ce:Person .
  $DATES
} GROUP BY ?person ?actor"""
_STATEMENTS = """
SELECT ?statement ?article ?source ?title ?actor ?election ?polarity ?words ?when WHERE {
  ?statement a ce:Statement ; prov:wasDerivedFrom ?article ; ce:actor ?actor ; ce:about ?election ;
             ce:polarity ?p ; ce:words ?words .
  ?article ce:sourceFile ?source .
  { ?article dcterms:title ?title } UNION { ?article a ce:Article FILTER NOT EXISTS { ?article dcterms:title ?t } }
  $DATES
  BIND (STRAFTER(STR(?p), "#") AS ?polarity)
}"""


_POSITIONS, _SPOKE_FOR, _STATEMENTS = (
    q.replace("$DATES", _DATES.strip()) for q in (_POSITIONS, _SPOKE_FOR, _STATEMENTS)
)


def _value(row, name: str):
    term = row[name]
    return None if term is None else term.value


def build_view(store: Store, view: str = "positions") -> nx.Graph:
    """The networkx graph of one view.

    Raises:
        KgError: an unknown view.
    """
    builders = {"positions": _positions, "speakers": _speakers, "alignment": _alignment, "provenance": _provenance}
    if view not in builders:
        raise KgError(f"unknown view {view!r}; use one of {', '.join(VIEWS)}")
    graph = builders[view](store)
    graph.graph["view"] = view
    return graph


def _actor_nodes(store: Store) -> dict[str, dict]:
    nodes = {}
    for r in store.query(_ACTORS):
        attrs = {"type": _value(r, "type"), "label": _value(r, "label")}
        if _value(r, "qid"):
            attrs["qid"] = _value(r, "qid")
            attrs["wikidata"] = f"https://www.wikidata.org/wiki/{_value(r, 'qid')}"
        if _value(r, "iso"):
            attrs["iso"] = _value(r, "iso")
        nodes[_value(r, "actor")] = attrs
    return nodes


def _election_nodes(store: Store) -> dict[str, dict]:
    nodes = {}
    for r in store.query(_ELECTIONS):
        attrs = {
            "type": "Election",
            "label": _value(r, "label"),
            "key": _value(r, "key"),
            "territory": _value(r, "territory"),
        }
        if _value(r, "date"):
            attrs["start"] = _value(r, "date")
        nodes[_value(r, "election")] = attrs
    return nodes


def _dated(attrs: dict, first: str | None, last: str | None) -> dict:
    if first:
        attrs["start"] = first
        attrs["end"] = last or first
    return attrs


def _position_rows(store: Store) -> list[dict]:
    return [
        {
            k: _value(r, k)
            for k in (
                "position",
                "actor",
                "election",
                "polarity",
                "count",
                "reportedOnly",
                "stances",
                "sources",
                "first",
                "last",
            )
        }
        for r in store.query(_POSITIONS)
    ]


def _add_position_edges(graph: nx.MultiDiGraph, rows: list[dict]) -> None:
    for p in rows:
        count = int(p["count"])
        graph.add_edge(
            p["actor"],
            p["election"],
            key=p["position"],
            **_dated(
                {
                    "kind": "position",
                    "polarity": p["polarity"],
                    "sign": SIGN[p["polarity"]],
                    "stances": p["stances"],
                    "statements": count,
                    "sources": p["sources"],
                    "reportedOnly": p["reportedOnly"] == "true",
                    "weight": float(count),
                },
                p["first"],
                p["last"],
            ),
        )


def _add_positions(graph: nx.MultiDiGraph, rows: list[dict], actors: dict, elections: dict) -> None:
    """Position edges, with the actor and election nodes they join."""
    for p in rows:
        graph.add_node(p["actor"], **actors.get(p["actor"], {"type": "Actor", "label": p["actor"]}))
        graph.add_node(p["election"], **elections.get(p["election"], {"type": "Election", "label": p["election"]}))
    _add_position_edges(graph, rows)


def _positions(store: Store) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    _add_positions(graph, _position_rows(store), _actor_nodes(store), _election_nodes(store))
    _first_appearance(graph)
    return graph


def _speakers(store: Store) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    actors, elections = _actor_nodes(store), _election_nodes(store)
    rows = _position_rows(store)
    spoken = list(store.query(_SPOKE_FOR))
    speaking_actors = {_value(r, "actor") for r in spoken}
    for r in spoken:
        person, actor = _value(r, "person"), _value(r, "actor")
        graph.add_node(person, **actors.get(person, {"type": "Person", "label": person}))
        graph.add_node(actor, **actors.get(actor, {"type": "Actor", "label": actor}))
        count = int(_value(r, "count"))
        graph.add_edge(
            person,
            actor,
            key=f"{person}|{actor}",
            **_dated(
                {"kind": "speaks-for", "statements": count, "weight": float(count)},
                _value(r, "first"),
                _value(r, "last"),
            ),
        )
    _add_positions(graph, [p for p in rows if p["actor"] in speaking_actors], actors, elections)
    _first_appearance(graph)
    return graph


def _alignment(store: Store) -> nx.Graph:
    graph = nx.Graph()
    actors = _actor_nodes(store)
    by_election: dict[tuple[str, str], set[str]] = defaultdict(set)
    dates: dict[str, list[str]] = defaultdict(list)
    for p in _position_rows(store):
        if p["polarity"] == "neutral":
            continue
        by_election[(p["election"], p["polarity"])].add(p["actor"])
        graph.add_node(p["actor"], **actors.get(p["actor"], {"type": "Actor", "label": p["actor"]}))
        dates[p["actor"]] += [d for d in (p["first"], p["last"]) if d]
    for (_election, polarity), members in sorted(by_election.items()):
        for a, b in combinations(sorted(members), 2):
            data = graph.get_edge_data(a, b) or {"kind": "alignment", "elections": 0, "rejected": 0, "endorsed": 0}
            data["elections"] += 1
            data["rejected" if polarity == "reject" else "endorsed"] += 1
            data["weight"] = float(data["elections"])
            graph.add_edge(a, b, **data)
    for node, when in dates.items():
        if when:
            graph.nodes[node]["start"] = min(when)
    return graph


def _provenance(store: Store) -> nx.DiGraph:
    graph = nx.DiGraph()
    actors = _actor_nodes(store)
    for r in store.query(_STATEMENTS):
        statement, article, actor = _value(r, "statement"), _value(r, "article"), _value(r, "actor")
        when = _value(r, "when")
        graph.add_node(
            article, type="Article", label=_value(r, "title") or _value(r, "source"), source=_value(r, "source")
        )
        words = _value(r, "words")
        graph.add_node(
            statement,
            **_dated(
                {"type": "Statement", "label": words[:80], "words": words, "polarity": _value(r, "polarity")},
                when,
                when,
            ),
        )
        graph.add_node(actor, **actors.get(actor, {"type": "Actor", "label": actor}))
        graph.add_edge(article, statement, kind="reports", weight=1.0)
        graph.add_edge(
            statement,
            actor,
            **_dated(
                {
                    "kind": "voices",
                    "polarity": _value(r, "polarity"),
                    "sign": SIGN[_value(r, "polarity")],
                    "weight": 1.0,
                },
                when,
                when,
            ),
        )
    _first_appearance(graph)
    return graph


def _first_appearance(graph: nx.Graph) -> None:
    """A node appears on the timeline with its earliest dated edge."""
    for node in graph.nodes:
        starts = [d["start"] for *_, d in graph.edges(node, data=True) if "start" in d]
        if graph.is_directed():
            starts += [d["start"] for *_, d in graph.in_edges(node, data=True) if "start" in d]
        if starts and "start" not in graph.nodes[node]:
            graph.nodes[node]["start"] = min(starts)
