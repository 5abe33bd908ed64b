"""Kept listings: the scope listings of the canned queries, run by the build for every value of their parameter and
kept in the store, so that a page of one actor's or one election's rows starts without listing its scope first.

A page of a scoped listing (kg.paging) first lists the scope's units with estimates of their rows (the source
files holding one actor's statements), which costs every statement of the scope: Turkey's 3,696 statements at a
million triples on disk took 32 ms of its first page's 48, one election's dates 25 of its timeline's 42. A query
may declare, after a scope's listing, a query of the values its parameter takes:

    # Scoped by: ?actorParam
    #   SELECT ?sourceFile (SUM(?n) AS ?rows) WHERE { ... } GROUP BY ?sourceFile
    # Kept for:
    #   SELECT DISTINCT ?actorParam WHERE { ?statement ce:actor ?actorParam }

and the build, once its articles are written, runs the listing for each of those values and keeps its results
(as SPARQL TSV, one literal) in a graph of its own, under an IRI made from a digest of the query's name and the
listing's text with its VALUES: a page bound on that one value then reads one literal instead. A changed query,
or a value no build listed (an actor without statements), has no kept listing, and its page lists the scope
itself. At a million triples on disk, keeping every listing of the canned queries (117 actors, 124 elections and 3
polarities: 485 listings) takes 2.3-3.8 s two at a time, and 2.4 MB of TSV.

Like the source ranks (kg.source_ranks), a build takes the graph's completion mark away before it writes an
article and puts it back once every listing is kept again, so listings are read only when they are those of the
store's data; `kg link` keeps them again after it writes its links. A store whose engine's order of strings is
not known to be code-point order (a remote one other than Oxigraph) keeps none: its pages list their scopes in
the engine's own order.
"""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor

import pyoxigraph as ox
from rdflib.namespace import XSD

from kg.namespaces import CE, ID, KEPT_LISTINGS_GRAPH
from kg.ordering import tsv_table
from kg.paging_units import paging_of, prologue, scope_listing
from kg.queries import Query, canned_queries, load_query
from kg.store import Store

_GRAPH, _LISTING, _INTEGER = f"<{KEPT_LISTINGS_GRAPH}>", f"<{CE.listing}>", str(XSD.integer)
_MARK = f"SELECT ?count WHERE {{ GRAPH {_GRAPH} {{ {_GRAPH} <{CE.listingCount}> ?count }} }}"
CHUNK = 4_000_000  # characters of kept listings written per update


def listings_complete(store: Store) -> bool:
    """Whether every listing the canned queries keep is kept, for the store's data: the completion mark is there."""
    return bool(list(store.query(_MARK)))


def mark_listings_stale(store: Store) -> None:
    """Take away the completion mark, before the store's data changes (pages then list their scopes)."""
    store.update(f"DELETE WHERE {{ GRAPH {_GRAPH} {{ {_GRAPH} ?p ?o }} }}")


def keep_listings(store: Store, queries: list[Query] | None = None) -> int:
    """Run the kept scope listings of the canned queries (or of `queries`) for every value their `# Kept for:`
    query gives, two at a time where the store runs two queries at once, replace the kept listings with their
    results, then write the completion mark; returns how many are kept (none where the engine's order of strings
    is not known to be code-point order).

    Raises:
        QueryError: a query's paging declarations are bad (kg.paging_units.paging_of).
    """
    store.update(f"DROP SILENT GRAPH {_GRAPH}")  # (its completion mark with it)
    if store.sorts_text_by_code_point is not True:
        return 0
    listings = []  # (the query's name, its prologue, the listing)
    for query in queries if queries is not None else [load_query(name) for name in canned_queries()]:
        if paging_of(query) is None:  # (which checks its declarations: a kept scope has one parameter)
            continue
        preamble = prologue(query.text)
        for scope in query.scopes:
            if not scope.kept_for:
                continue
            [var] = scope.variables
            variables, values = tsv_table(store.query(preamble + scope.kept_for))
            column = variables.index(f"?{var}")
            for value in dict.fromkeys(cells[column] for cells in values if cells[column]):
                listings.append((query.name, preamble, scope_listing(query.name, scope.units, [(var, (value,))])))

    def kept(item: tuple[str, str, str]) -> str:
        name, preamble, listing = item
        results = store.query(preamble + listing).serialize(format=ox.QueryResultsFormat.TSV).decode()
        return f"{_listing_node(name, listing)} {_LISTING} {ox.Literal(results)} ."

    with ThreadPoolExecutor(max_workers=2 if store.runs_queries_at_once else 1) as pool:
        lines = list(pool.map(kept, listings))
    for chunk in _chunks(lines):
        store.update(f"INSERT DATA {{ GRAPH {_GRAPH} {{\n{chunk}\n}} }}")
    store.update(f'INSERT DATA {{ GRAPH {_GRAPH} {{ {_GRAPH} <{CE.listingCount}> "{len(lines)}"^^<{_INTEGER}> }} }}')
    return len(lines)


def kept_listing(store: Store, name: str, listing: str) -> str | None:
    """The results (SPARQL TSV) the build kept for the query `name`'s scope listing `listing` (its text with the
    VALUES of its parameter); None when it kept none for it, or its listings are not complete."""
    rows = list(
        store.query(
            f"""SELECT ?results WHERE {{ GRAPH {_GRAPH} {{
                {_GRAPH} <{CE.listingCount}> ?count . {_listing_node(name, listing)} {_LISTING} ?results }} }}"""
        )
    )
    return rows[0]["results"].value if rows else None


def _listing_node(name: str, listing: str) -> str:
    """The node of a kept listing: a digest of the query's name and the listing's text, so that a changed listing
    is not found."""
    digest = hashlib.sha256(f"{name}\n{listing}".encode()).hexdigest()[:32]
    return f"<{ID['listing/' + digest]}>"


def _chunks(lines: list[str]):
    """The lines joined into texts of about CHUNK characters each."""
    chunk: list[str] = []
    size = 0
    for line in lines:
        chunk.append(line)
        size += len(line)
        if size >= CHUNK:
            yield "\n".join(chunk)
            chunk, size = [], 0
    if chunk:
        yield "\n".join(chunk)
