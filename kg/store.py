"""The graph store: one named graph per article, a shared entities graph and a positions graph.

Two kinds of store share one interface (`Store`): the default embedded, persistent, on-disk Oxigraph store
(`GraphStore`), and a remote SPARQL 1.1 endpoint with Update (`kg.remote.RemoteStore`). Everything above
this module talks SPARQL to either. Writes replace an article's graph with one update request: Oxigraph
applies it in a single transaction, so a failure leaves the store as it was.

>>> from rdflib import Graph, URIRef, Literal
>>> store = GraphStore.in_memory()
>>> g = Graph(); _ = g.add((URIRef("urn:a"), URIRef("urn:p"), Literal("x")))
>>> store.replace_graph("urn:g", g)
>>> store.triple_count()
1
"""

from __future__ import annotations

import functools
import itertools
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import StoreError
from kg.namespaces import (
    CE,
    ENTITIES_GRAPH,
    KEPT_LISTINGS_GRAPH,
    LINKS_GRAPH,
    POSITIONS_GRAPH,
    PREFIXES,
    SOURCE_RANKS_GRAPH,
)

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


def open_store(location: str | os.PathLike[str] | None = None, read_only: bool = False) -> Store:
    """The store at `location`: the URL of a SPARQL endpoint, or a folder for the embedded store, which a
    command that only reads opens `read_only` (see `GraphStore.open`).

    May reach the network when `location` is a URL.
    """
    if location is not None and str(location).startswith(("http://", "https://")):
        from kg.remote import RemoteStore  # noqa: PLC0415

        return RemoteStore.from_url(str(location))
    return GraphStore.open(location, read_only=read_only)


class Store:
    """What every store does, written as SPARQL over `query` and `update` (which subclasses provide)."""

    location: str
    # Whether the engine's ORDER BY sorts IRIs and plain strings by code point, as Python sorts text (Oxigraph
    # does): a long list of such values is then cheaper to sort here than by a SPARQL ORDER BY. None: not known.
    sorts_text_by_code_point: bool | None = None
    # Whether a query's ORDER BY is better done in Python, where kg.ordering can (the embedded store, whose
    # sort reads the strings it compares from disk again for every comparison)
    sorts_results_here: bool = False
    # Whether two queries run at once on two threads, so that a page reads a large window of units as two halves
    # at once (kg.paging) and the build keeps its listings two at a time (kg.kept_listings): the embedded engine
    # evaluates a query with Python's lock released, on a core of its own, while through a server a query costs
    # mostly its round trip and the client's reading of the answer, which hold the lock (the endorsements' first
    # page from the Oxigraph server holding a million triples in memory: 36 ms in one thread, 48 in two)
    runs_queries_at_once: bool = False

    # ---- provided by each kind of store

    def query(self, sparql: str):
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Release the store."""

    def flush(self) -> None:
        """Make writes durable (a no-op where the server does it)."""

    def optimize(self) -> None:
        """Reorganise the store's files for reading, after a large write (a no-op where the server manages
        its own)."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- writing

    def replace_graph(
        self, graph_iri: str, graph: Graph | str, shared: Graph | str | None = None, new: bool = False
    ) -> None:
        """Replace the named graph `graph_iri` by `graph` and add `shared` to the entities graph, with one
        update request. Graphs may be given as rdflib Graphs or as N-Triples text. `new`: the caller knows
        the graph is not in the store, so there is nothing to drop."""
        own = graph if isinstance(graph, str) else graph.serialize(format="nt")
        drop = "" if new else f"DROP SILENT GRAPH <{graph_iri}> ;\n"
        update = f"{drop}INSERT DATA {{ GRAPH <{graph_iri}> {{\n{own}\n}} }}"
        entities = shared if isinstance(shared, str) or shared is None else shared.serialize(format="nt")
        if entities and entities.strip():
            update += f" ;\nINSERT DATA {{ GRAPH <{ENTITIES_GRAPH}> {{\n{entities}\n}} }}"
        self.update(update)

    def add_graphs(self, graphs: Sequence[tuple[str, str, str]]) -> None:
        """Add new named graphs, given as (graph IRI, N-Triples, shared-entity N-Triples) and known not to be in
        the store. Here one update per graph: a failure may leave the first ones written, which the caller
        (writing them again one by one) does not mind, as adding a triple twice stores it once."""
        for graph_iri, own, shared in graphs:
            self.replace_graph(graph_iri, own, shared, new=True)

    def replace_graph_from_file(self, graph_iri: str, path: Path, chunk: int = 20_000) -> None:
        """Replace a (large, derived) named graph by the N-Triples in `path`, a chunk at a time, so that
        memory does not grow with the graph. Not one transaction: a failure leaves the graph partial; the
        caller marks completion in the last chunk."""
        self.drop_graph(graph_iri)  # (the embedded store removes it a chunk at a time)
        self.add_from_file(graph_iri, path, chunk)

    def add_from_file(self, graph_iri: str, path: Path, chunk: int = 20_000) -> None:
        """Add the N-Triples in `path` to the named graph `graph_iri`, `chunk` lines per update."""
        for lines in _chunks(path, chunk):
            self.update(f"INSERT DATA {{ GRAPH <{graph_iri}> {{\n{lines}}} }}")

    def remove_from_file(self, graph_iri: str, path: Path, chunk: int = 20_000) -> None:
        """Remove the N-Triples in `path` from the named graph `graph_iri`, `chunk` lines per update (a triple
        that is not there is left out)."""
        for lines in _chunks(path, chunk):
            self.update(f"DELETE DATA {{ GRAPH <{graph_iri}> {{\n{lines}}} }}")

    def drop_graph(self, graph_iri: str) -> None:
        self.update(f"DROP SILENT GRAPH <{graph_iri}>")

    # ---- reading

    def article_records(self) -> dict[str, ArticleRecord]:
        """The loaded articles by source file name or URL."""
        rows = self.query("""
            SELECT ?g ?source ?hash ?version WHERE {
              GRAPH ?g { ?a a ce:Article ; ce:sourceFile ?source ; ce:contentHash ?hash .
                         ?run prov:used ?a ; ce:softwareVersion ?version . } }""")
        return {r["source"].value: ArticleRecord(r["g"].value, r["hash"].value, r["version"].value) for r in rows}

    def article_graphs(self) -> Iterator[str]:
        """The named graphs of articles (not the positions nor the entities graph)."""
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a ce:Article } }")
        yield from sorted(r["g"].value for r in rows)

    def graph(self, graph_iri: str) -> Graph:
        """The named graph `graph_iri` as an rdflib Graph (for SHACL validation)."""
        return _to_rdflib(self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}"))

    def article_with_entities(self, graph_iri: str) -> Graph:
        """An article's graph with the descriptions of the entities it uses: what validates on its own."""
        g = self.graph(graph_iri)
        closure = self.query(f"""
            CONSTRUCT {{ ?e ?p ?o . ?f ?q ?r }} WHERE {{
              GRAPH <{graph_iri}> {{ ?x ?y ?e }}
              GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o OPTIONAL {{ ?o ?q ?r BIND (?o AS ?f) }} }} }}""")
        return _to_rdflib(closure, g)

    def triple_count(self) -> int:
        rows = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(rows[0]["n"].value)

    def count(self, rdf_class: str) -> int:
        rows = list(self.query(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH ?g {{ ?s a <{CE[rdf_class]}> }} }}"))
        return int(rows[0]["n"].value)

    def dump(self, rdf_format: ox.RdfFormat, output=None) -> bytes | None:
        """Serialise the whole dataset (every named graph) in `rdf_format`; triple formats merge the graphs."""
        quads = (
            self.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
            if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML)
            else None
        )
        dataset = ox.Store()
        if quads is not None:
            dataset.extend(ox.Quad(t.subject, t.predicate, t.object) for t in quads)
            return dataset.dump(output, rdf_format, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
        for row in self.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"):
            dataset.add(ox.Quad(row["s"], row["p"], row["o"], row["g"]))
        return dataset.dump(output, rdf_format, prefixes=PREFIXES)


def _to_rdflib(triples, graph: Graph | None = None) -> Graph:
    graph = graph if graph is not None else Graph()
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return graph.parse(data=data.decode(), format="nt")


def _article_quads(graph_iri: str, own: str, shared: str) -> str:
    """An article's own N-Triples in its named graph, and its shared-entity lines in the entities graph, as N-Quads."""
    return _in_graph(own, graph_iri) + _in_graph(shared, str(ENTITIES_GRAPH))


def _in_graph(ntriples: str, graph_iri: str) -> str:
    """N-Triples lines (one triple per line) as N-Quads lines in the named graph `graph_iri`."""
    return "".join(
        f"{line.rstrip().removesuffix('.')}<{graph_iri}> .\n" for line in ntriples.splitlines() if line.strip()
    )


def _chunks(path: Path, chunk: int) -> Iterator[str]:
    """The lines of a text file, `chunk` at a time, each chunk as one string."""
    with open(path, encoding="utf-8") as handle:
        while lines := list(itertools.islice(handle, chunk)):
            yield "".join(lines)


def _writes(method: Callable) -> Callable:
    """A GraphStore method that writes: refused, with the reason, on a store opened read-only."""

    @functools.wraps(method)
    def writing(self: GraphStore, *args, **kwargs):
        if self.read_only:
            raise StoreError(f"{self.location}: the store was opened read-only, to be read; nothing was written")
        return method(self, *args, **kwargs)

    return writing


class GraphStore(Store):
    """The embedded, persistent Oxigraph store (the default)."""

    sorts_text_by_code_point = True
    sorts_results_here = True
    runs_queries_at_once = True

    def __init__(self, store: ox.Store, location: str, read_only: bool = False):
        self._store: ox.Store | None = store
        self.location = location
        self.read_only = read_only

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, read_only: bool = False) -> GraphStore:
        """Open (creating if needed) the on-disk store at `path` (default: $KG_STORE or ./.kg-store).

        `read_only` opens it without its lock, as the commands that only read do, so that they answer while a
        build writes (seeing what the build has written when they open it, a batch of articles at a time), and
        sooner: 10 ms against 20-35 to open the store of a million triples. A folder that holds no store yet
        is opened as for writing, which creates an empty one.

        Raises:
            StoreError: the folder cannot be created, is locked (for writing), or is not an Oxigraph store.
        """
        location = Path(path) if path is not None else default_store_path()
        if read_only and location.is_dir():
            try:
                return cls(ox.Store.read_only(str(location)), str(location), read_only=True)
            except FileNotFoundError:  # (no store in it yet)
                pass
            except OSError as exc:
                raise StoreError(f"{location}: cannot open the store ({exc})") from exc
        try:
            location.mkdir(parents=True, exist_ok=True)
            return cls(ox.Store(str(location)), str(location))
        except OSError as exc:
            raise StoreError(f"{location}: cannot open the store ({exc})") from exc

    @classmethod
    def in_memory(cls) -> GraphStore:
        return cls(ox.Store(), ":memory:")

    @_writes
    def replace_graph(
        self, graph_iri: str, graph: Graph | str, shared: Graph | str | None = None, new: bool = False
    ) -> None:
        """As `Store.replace_graph`; a new graph (N-Triples given) is loaded as N-Quads, in one transaction,
        which Oxigraph does in about half the time of parsing the same triples in a SPARQL update."""
        if not (new and isinstance(graph, str) and (shared is None or isinstance(shared, str))):
            super().replace_graph(graph_iri, graph, shared, new)
            return
        quads = _article_quads(graph_iri, graph, shared or "")
        try:
            self._store.load(quads.encode(), format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{self.location}: the load failed, nothing was written ({exc})") from exc

    @_writes
    def add_graphs(self, graphs: Sequence[tuple[str, str, str]]) -> None:
        """As `Store.add_graphs`, all or none: Oxigraph's bulk loader writes the quads to new files and adds them
        to the store in one atomic step (for up to a million quads), at less than half the cost (CPU, and
        compaction after) of a transactional load per graph (13.5 s against 31.4 s for 10,000 articles in
        batches of 100). The quads are given to it through a temporary file, written a graph at a time: as one
        string, encoded, they cost twice their size in memory (~85 MB for 1,000 articles)."""
        with tempfile.TemporaryDirectory(prefix="kg-load-") as folder:
            path = Path(folder) / "graphs.nq"
            try:
                with open(path, "w", encoding="utf-8") as quads:
                    for graph_iri, own, shared in graphs:
                        quads.write(_article_quads(graph_iri, own, shared))
                self._store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError) as exc:
                raise StoreError(f"{self.location}: the load failed, nothing was written ({exc})") from exc

    def close(self) -> None:
        """Flush and release the store (and its lock on the folder) even if this object lives on."""
        if self._store is not None:
            if not self.read_only:
                self._store.flush()
            self._store = None

    @_writes
    def flush(self) -> None:
        self._store.flush()

    @_writes
    def optimize(self) -> None:
        """Compact the on-disk store (RocksDB's full compaction): the bulk loader adds files of its own per
        load, and a read then looks in each of them. Queries at a million triples answer 20-35% faster after it
        (`coverage` 66 -> 47 ms, Turkey's first page of `who-said-what` 167 -> 127 ms); it takes 1.8 s there, a
        few ms on a small store.

        Raises:
            StoreError: the compaction failed (the data is still there: compaction only rewrites files).
        """
        try:
            self._store.optimize()
        except OSError as exc:
            raise StoreError(f"{self.location}: cannot optimize the store ({exc})") from exc

    @_writes
    def add_from_file(self, graph_iri: str, path: Path, chunk: int = 20_000) -> None:
        """As `Store.add_from_file`, each chunk all or none through the bulk loader (see add_graphs)."""
        try:
            for lines in _chunks(path, chunk):
                self._store.bulk_load(lines.encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph_iri))
        except (OSError, SyntaxError, UnicodeDecodeError) as exc:
            raise StoreError(f"{self.location}: cannot write graph <{graph_iri}> ({exc})") from exc

    @_writes
    def drop_graph(self, graph_iri: str, chunk: int = 20_000) -> None:
        """Remove the graph's quads `chunk` at a time: `DROP GRAPH` removes them in one transaction, which holds
        them all in memory (peak 352 MB against 183 MB for a positions graph of 145,000 quads)."""
        graph = ox.NamedNode(graph_iri)
        try:
            while quads := list(itertools.islice(self._store.quads_for_pattern(None, None, None, graph), chunk)):
                for quad in quads:
                    self._store.remove(quad)
                self.flush()
        except OSError as exc:
            raise StoreError(f"{self.location}: cannot remove graph <{graph_iri}> ({exc})") from exc

    @_writes
    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{self.location}: the update failed, nothing was written ({exc})") from exc

    def query(self, sparql: str):
        """Run a SPARQL query over the union of all graphs (canned-query parameters are bound by VALUES).

        Raises:
            SyntaxError: the query does not parse.
        """
        try:
            return self._store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        except OSError as exc:
            raise StoreError(f"{self.location}: cannot read the store ({exc})") from exc

    def article_graphs(self) -> Iterator[str]:
        for graph in self._store.named_graphs():
            if isinstance(graph, ox.NamedNode) and graph.value not in (
                str(POSITIONS_GRAPH),
                str(ENTITIES_GRAPH),
                str(LINKS_GRAPH),
                str(SOURCE_RANKS_GRAPH),
                str(KEPT_LISTINGS_GRAPH),
            ):
                yield graph.value

    def graph(self, graph_iri: str) -> Graph:
        data = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph_iri))
        return Graph().parse(data=data.decode(), format="nt")

    def triple_count(self) -> int:
        return len(self._store)

    def dump(self, rdf_format: ox.RdfFormat, output=None) -> bytes | None:
        if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML):
            merged = ox.Store()
            merged.extend(ox.Quad(q.subject, q.predicate, q.object) for q in self._store)
            return merged.dump(output, rdf_format, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
        return self._store.dump(output, rdf_format, prefixes=PREFIXES)
