"""SHACL validation of article graphs and of the store, plus the SPARQL quality checks.

pySHACL is slow on big graphs, so articles' graphs are validated as they are built, never with the store
(`kg build` validates a batch's graphs together, and one by one when they do not conform), and
`validate_store` validates graph by graph. pySHACL runs the SHACL-core part of the shapes; the rules that
need SPARQL (text[start:end] == exact, ...) are the `queries/checks/*-violation.rq` queries, which must return
no rows and which Oxigraph runs, on each article's graph and over the whole store.

>>> from rdflib import Graph
>>> validate_graph(Graph()).conforms
True
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import SH

from kg.namespaces import ENTITIES_GRAPH, KEPT_LISTINGS_GRAPH, LINKS_GRAPH, POSITIONS_GRAPH, SOURCE_RANKS_GRAPH
from kg.resources import ontology_files, queries_dir, shapes_file
from kg.store import Store


@dataclass
class Report:
    """The outcome of a validation: whether it conforms, and the messages of what does not."""

    conforms: bool = True
    messages: list[str] = field(default_factory=list)
    graphs: int = 0

    def add(self, other: Report, where: str) -> None:
        self.graphs += 1
        if not other.conforms:
            self.conforms = False
            self.messages.extend(f"{where}: {m}" for m in other.messages)


@cache
def shapes_graph() -> Graph:
    """The shapes as written, SHACL-SPARQL constraints included (what `pyshacl` alone would check)."""
    return Graph().parse(shapes_file(), format="turtle")


@cache
def core_shapes_graph() -> Graph:
    """The shapes without their SHACL-SPARQL constraints: those are the checks in queries/checks, which
    Oxigraph runs in milliseconds where pySHACL re-parses the query for every focus node. No prefixes are
    bound: pyshacl-turbo binds the shapes' prefixes in every report it makes, which with rdflib's 29 default
    ones took a third of an article's check (messages name terms by full IRI anyway)."""
    g = Graph(bind_namespaces="none")
    for triple in shapes_graph():
        if triple[1] != SH.sparql:
            g.add(triple)
    return g


@cache
def ontology_graph() -> Graph:
    g = Graph()
    for path in ontology_files():
        g.parse(path, format="turtle")
    return g


def shacl_engine() -> str:
    """`pyshacl`, or `turbo` for pyshacl-turbo (same API, a Rust engine, identical reports on every shape
    fixture) when KG_SHACL_ENGINE=turbo and it is installed."""
    if os.environ.get("KG_SHACL_ENGINE", "pyshacl") == "turbo" and _turbo_shapes() is not None:
        return "turbo"
    return "pyshacl"


@cache
def _turbo_shapes():
    """The core shapes compiled once by pyshacl-turbo (compiling them took most of a small graph's check)."""
    try:
        from pyshacl_turbo import compile_shapes  # noqa: PLC0415
    except ImportError:
        return None
    return compile_shapes(core_shapes_graph())


def validate_graph(data: Graph | str) -> Report:
    """Validate one graph (an article's, or the positions graph), given as an rdflib Graph or as N-Triples:
    the SHACL-core shapes with pySHACL (or pyshacl-turbo), then the SPARQL checks (text[start:end] == exact,
    ...) with Oxigraph."""
    store = ox.Store()
    store.load((data if isinstance(data, str) else data.serialize(format="nt")).encode(), format=ox.RdfFormat.N_TRIPLES)
    options = {"inference": "none", "allow_warnings": True}
    if shacl_engine() == "turbo":  # reads the Oxigraph store directly
        conforms, results, _ = _turbo_shapes().validate(store, **options)
    else:  # (imported here: a build with pyshacl-turbo never loads pySHACL, 60-90 ms of a build's start)
        from pyshacl import validate  # noqa: PLC0415

        graph = Graph().parse(data=data, format="nt") if isinstance(data, str) else data
        conforms, results, _ = validate(graph, shacl_graph=core_shapes_graph(), advanced=False, **options)
    report = Report(conforms=bool(conforms))
    if not conforms:
        report.messages = _messages(results)
    _apply_checks(store.query, graph_checks(), report)
    return report


def _apply_checks(query, checks: list[Path], report: Report) -> None:
    """Run each check with `query`; every row it returns is a violation, added to `report`."""
    for check in checks:
        rows = list(query(_text(check)))
        if rows:
            report.conforms = False
            report.messages.extend(f"{check.stem}: {_row(row)}" for row in rows[:20])


@cache
def _text(check: Path) -> str:
    """A check's query (read once: the build runs the checks on every article)."""
    return check.read_text(encoding="utf-8")


def _row(row) -> str:
    return (
        ", ".join(f"{v.value}={row[v].value}" for v in row.variables if row[v] is not None)
        if hasattr(row, "variables")
        else str(row)
    )


def _messages(results: Graph) -> list[str]:
    rows = results.query("""
        PREFIX sh: <http://www.w3.org/ns/shacl#>
        SELECT ?focus ?path ?message ?value WHERE {
          ?r a sh:ValidationResult ; sh:focusNode ?focus .
          OPTIONAL { ?r sh:resultPath ?path } OPTIONAL { ?r sh:resultMessage ?message } OPTIONAL { ?r sh:value ?value }
        } ORDER BY ?focus ?path""")
    return [
        f"<{r.focus}> {r.path or ''}: {r.message or 'violation'}" + (f" (value {r.value})" if r.value else "")
        for r in rows
    ]


def quality_checks() -> list[Path]:
    """Every check on the whole store."""
    return sorted((queries_dir() / "checks").glob("*-violation.rq"))


def graph_checks() -> list[Path]:
    """The checks that hold within one article's graph (the others need the whole store's positions)."""
    return [c for c in quality_checks() if "position" not in c.stem]


def run_checks(store: Store) -> Report:
    """Run every *-violation.rq query; each row it returns is a violation."""
    report = Report()
    _apply_checks(store.query, quality_checks(), report)
    return report


def validate_store(store: Store) -> Report:
    """Validate every named graph against the shapes, then run the quality checks over the whole store."""
    report = Report()
    for graph in sorted(store.article_graphs()):
        report.add(validate_graph(store.article_with_entities(graph)), f"<{graph}>")
    shared = (("entities", ENTITIES_GRAPH), ("positions", POSITIONS_GRAPH), ("source ranks", SOURCE_RANKS_GRAPH))
    for name, graph in (*shared, ("kept listings", KEPT_LISTINGS_GRAPH), ("links", LINKS_GRAPH)):
        data = store.graph(str(graph))
        if len(data):
            report.add(validate_graph(data), name)
    checks = run_checks(store)
    if not checks.conforms:
        report.conforms = False
        report.messages.extend(checks.messages)
    return report
