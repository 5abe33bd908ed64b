"""The embedded, persistent graph store: one named graph per article, on disk, in Oxigraph.

Writes are atomic per article: the old graph is dropped and the new one inserted by one SPARQL update,
which Oxigraph applies in a single transaction, so a failure leaves the store as it was.

>>> from rdflib import Graph, URIRef, Literal
>>> store = GraphStore.in_memory()
>>> g = Graph(); _ = g.add((URIRef("urn:a"), URIRef("urn:p"), Literal("x")))
>>> store.replace_graph("urn:g", g)
>>> store.triple_count()
1
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import StoreError
from kg.namespaces import CE, ENTITIES_GRAPH, POSITIONS_GRAPH, PREFIXES

#: Where the store lives when no --store is given and $KG_STORE is unset.
DEFAULT_STORE = ".kg-store"


def default_store_path() -> Path:
    return Path(os.environ.get("KG_STORE", DEFAULT_STORE))


@dataclass(frozen=True)
class ArticleRecord:
    """What the store knows of an article already loaded: enough to skip an unchanged re-load."""

    graph: str
    content_hash: str
    software_version: str


class GraphStore:
    """A pyoxigraph store holding one named graph per article plus the positions graph."""

    def __init__(self, store: ox.Store, location: str):
        self._store: ox.Store | None = store
        self.location = location

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> GraphStore:
        """Open (creating if needed) the on-disk store at `path` (default: $KG_STORE or ./.kg-store).

        Raises:
            StoreError: the folder cannot be created or is locked or is not an Oxigraph store.
        """
        location = Path(path) if path is not None else default_store_path()
        try:
            location.mkdir(parents=True, exist_ok=True)
            return cls(ox.Store(str(location)), str(location))
        except OSError as exc:
            raise StoreError(f"{location}: cannot open the store ({exc})") from exc

    @classmethod
    def in_memory(cls) -> GraphStore:
        return cls(ox.Store(), ":memory:")

    def close(self) -> None:
        """Flush and release the store (and its lock on the folder) even if this object lives on."""
        if self._store is not None:
            self._store.flush()
            self._store = None

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- writing

    def replace_graph(self, graph_iri: str, graph: Graph, shared: Graph | None = None) -> None:
        """Replace the named graph `graph_iri` by `graph` and add `shared` to the entities graph, in one
        transaction: either all of it is written or nothing is."""
        update = f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{graph.serialize(format='nt')}\n}} }}"
        if shared is not None and len(shared):
            update += f" ;\nINSERT DATA {{ GRAPH <{ENTITIES_GRAPH}> {{\n{shared.serialize(format='nt')}\n}} }}"
        try:
            self._store.update(update)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{self.location}: cannot write graph <{graph_iri}> ({exc})") from exc

    def drop_graph(self, graph_iri: str) -> None:
        self._store.update(f"DROP SILENT GRAPH <{graph_iri}>")

    def flush(self) -> None:
        self._store.flush()

    # ---- reading

    def query(self, sparql: str, substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None):
        """Run a SPARQL query over the union of all graphs; `substitutions` bind variables to values.

        Raises:
            SyntaxError: the query does not parse.
        """
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        try:
            return self._store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES,
                                     substitutions=subs or None)
        except OSError as exc:
            raise StoreError(f"{self.location}: cannot read the store ({exc})") from exc

    def article_records(self) -> dict[str, ArticleRecord]:
        """The loaded articles by source file name or URL."""
        rows = self.query("""
            SELECT ?g ?source ?hash ?version WHERE {
              GRAPH ?g { ?a a ce:Article ; ce:sourceFile ?source ; ce:contentHash ?hash .
                         ?run prov:used ?a ; ce:softwareVersion ?version . } }""")
        return {r["source"].value: ArticleRecord(r["g"].value, r["hash"].value, r["version"].value) for r in rows}

    def article_graphs(self) -> Iterator[str]:
        """The named graphs of articles (not the positions nor the entities graph)."""
        for graph in self._store.named_graphs():
            if isinstance(graph, ox.NamedNode) and graph.value not in (str(POSITIONS_GRAPH), str(ENTITIES_GRAPH)):
                yield graph.value

    def graph(self, graph_iri: str) -> Graph:
        """The named graph `graph_iri` as an rdflib Graph (for SHACL validation)."""
        data = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph_iri))
        return Graph().parse(data=data.decode(), format="nt")

    def article_with_entities(self, graph_iri: str) -> Graph:
        """An article's graph with the descriptions of the entities it uses: what validates on its own."""
        g = self.graph(graph_iri)
        closure = self._store.query(f"""
            CONSTRUCT {{ ?e ?p ?o . ?f ?q ?r }} WHERE {{
              GRAPH <{graph_iri}> {{ ?x ?y ?e }}
              GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o OPTIONAL {{ ?o ?q ?r BIND (?o AS ?f) }} }} }}""")
        data = ox.serialize(closure, format=ox.RdfFormat.N_TRIPLES)
        return g.parse(data=data.decode(), format="nt")

    def triple_count(self) -> int:
        return len(self._store)

    def dump(self, rdf_format: ox.RdfFormat, output=None) -> bytes | None:
        """Serialise the whole dataset (every named graph) in `rdf_format`."""
        if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML):
            merged = ox.Store()
            merged.extend(ox.Quad(q.subject, q.predicate, q.object) for q in self._store)
            return merged.dump(output, rdf_format, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
        return self._store.dump(output, rdf_format, prefixes=PREFIXES)

    def count(self, rdf_class: str) -> int:
        rows = list(self.query(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{CE[rdf_class]}> }}"))
        return int(rows[0]["n"].value)
