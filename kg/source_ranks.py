"""Source ranks: each article's place among the store's source files, kept by the build, so that a page of a
listing sorted by source file (`who-said-what`) starts without reading every source file's name.

kg.paging pages such a listing over its source files in order, and so listed them all first. Oxigraph keeps
strings in a table of its own, and reading 6,975 source files' names from it cost 16-20 ms at a million triples
on disk, 40% of a first page's 45-60 ms. An integer is kept in the index itself, so the build numbers the
distinct source files 0, 1, 2, ... in code-point order (the order of Oxigraph's ORDER BY, kg.ordering) in a
graph of their own, with a completion mark holding how many there are: a page then knows how many units it has
from the mark, and reads the names of only the few it asks for, by rank.

A build takes the mark away before it writes an article and puts it back once every rank is right, so ranks
are used only when they are those of the store's articles; a store without the mark (built by an earlier
version, or by a build that stopped) is paged over its listed source files as before, and its next build ranks
it. A new source file shifts the ranks of those after it, which the build rewrites: a triple per article at
most.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pyoxigraph as ox
from rdflib.namespace import XSD

from kg.namespaces import CE, SOURCE_RANKS_GRAPH
from kg.ordering import column_key, integer_cell, tsv_table
from kg.store import Store

_GRAPH, _RANK, _INTEGER = f"<{SOURCE_RANKS_GRAPH}>", f"<{CE.sourceRank}>", str(XSD.integer)
_MARK = f"SELECT ?count WHERE {{ GRAPH {_GRAPH} {{ {_GRAPH} <{CE.sourceCount}> ?count }} }}"
_SOURCES = f"SELECT ?article ?sourceFile WHERE {{ ?article <{CE.sourceFile}> ?sourceFile }}"
_RANKS = f"SELECT ?article ?rank WHERE {{ GRAPH {_GRAPH} {{ ?article {_RANK} ?rank }} }}"
CHUNK = 20_000  # triples written or removed per update
# The rankings the build keeps, which a query may name after `# Ranked by:` (kg.paging_units)
RANKINGS = ("ce:sourceRank",)


def ranks_complete(store: Store) -> bool:
    """Whether the store's source files are ranked: the completion mark is there."""
    return _marked_count(store) is not None


def mark_ranks_stale(store: Store) -> None:
    """Take away the completion mark, before a build writes articles (a build stopped before it ranks the
    source files then leaves them unranked, and pages list the source files instead)."""
    store.update(f"DELETE WHERE {{ GRAPH {_GRAPH} {{ {_GRAPH} ?p ?o }} }}")


def rank_sources(store: Store) -> int:
    """Number the store's distinct source files in code-point order, rewriting only the ranks that changed,
    then write the completion mark; returns how many source files there are. A store whose engine's order of
    strings is not known to be code-point order (a remote one other than Oxigraph) is left unranked."""
    articles = _table(store, _SOURCES)
    sources = list(dict.fromkeys(source for _, source in articles))
    key = column_key(sources)
    if store.sorts_text_by_code_point is not True or key is None:
        mark_ranks_stale(store)
        return 0
    rank = {source: at for at, source in enumerate(sorted(sources, key=key))}
    wanted = {(article, rank[source]) for article, source in articles}
    found = {(article, integer_cell(value)) for article, value in _table(store, _RANKS)}
    mark_ranks_stale(store)
    for operation, pairs in (("DELETE", found - wanted), ("INSERT", wanted - found)):
        lines = sorted(f'{article} {_RANK} "{value}"^^<{_INTEGER}> .' for article, value in pairs)
        for start in range(0, len(lines), CHUNK):
            body = "\n".join(lines[start : start + CHUNK])
            store.update(f"{operation} DATA {{ GRAPH {_GRAPH} {{\n{body}\n}} }}")
    store.update(f'INSERT DATA {{ GRAPH {_GRAPH} {{ {_GRAPH} <{CE.sourceCount}> "{len(rank)}"^^<{_INTEGER}> }} }}')
    return len(rank)


def ranked_sources(store: Store) -> RankedSources | None:
    """The store's source files in code-point order, read by rank as a page asks for them; None when they
    are not ranked, or the engine's order of strings is not known to be code-point order."""
    count = _marked_count(store)
    if count is None or store.sorts_text_by_code_point is not True:
        return None
    return RankedSources(store, 0, count)


class RankedSources(Sequence[str]):
    """The ranked source files from rank `start` to `stop` (as SPARQL terms, as kg.paging lists units): its
    length is known without reading the store; a slice is another view; iterating reads the view's names in
    one query, and `index` a source file's rank in one."""

    def __init__(self, store: Store, start: int, stop: int) -> None:
        self._store, self._start, self._stop = store, start, stop

    def __len__(self) -> int:
        return self._stop - self._start

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                raise ValueError("ranked source files are sliced with a step of 1")
            return RankedSources(self._store, self._start + start, self._start + max(start, stop))
        at = range(self._start, self._stop)[index]  # (IndexError out of range)
        return next(iter(self[at - self._start : at - self._start + 1]))

    def __iter__(self) -> Iterator[str]:
        if not len(self):
            return iter(())
        ranks = " ".join(str(rank) for rank in range(self._start, self._stop))
        rows = _table(
            self._store,
            f"""SELECT ?rank ?sourceFile WHERE {{ VALUES ?rank {{ {ranks} }}
                GRAPH {_GRAPH} {{ ?article {_RANK} ?rank }} ?article <{CE.sourceFile}> ?sourceFile }}""",
        )
        by_rank = {
            integer_cell(rank): source for rank, source in rows
        }  # (articles sharing a source file share its rank)
        return iter(by_rank[rank] for rank in sorted(by_rank))

    def index(self, value: str, start: int = 0, stop: int | None = None) -> int:
        """Where the source file `value` (a term in SPARQL syntax, maybe from a user's cursor) is in this view.

        Raises:
            ValueError: it is not a ranked source file, or not between `start` and `stop`.
        """
        term = _literal(value)
        found = term and _table(
            self._store,
            f"""SELECT ?article ?rank WHERE {{ ?article <{CE.sourceFile}> {term} .
                GRAPH {_GRAPH} {{ ?article {_RANK} ?rank }} }} LIMIT 1""",
        )
        at = integer_cell(found[0][1]) - self._start if found else -1
        if not max(0, start) <= at < min(len(self), len(self) if stop is None else stop):
            raise ValueError(f"{value} is not a ranked source file here")
        return at


def _literal(value: str) -> str | None:
    """The literal `value` (in SPARQL syntax) written back by pyoxigraph, so that nothing else can be spliced
    into a query; None when it is not exactly one literal."""
    try:
        [triple] = ox.parse(f"<urn:x:s> <urn:x:p> {value} .".encode(), format=ox.RdfFormat.N_TRIPLES)
    except (SyntaxError, ValueError):
        return None
    return str(triple.object) if isinstance(triple.object, ox.Literal) else None


def _marked_count(store: Store) -> int | None:
    rows = list(store.query(_MARK))
    return int(rows[0]["count"].value) if rows else None


def _table(store: Store, query: str) -> list[tuple[str, str]]:
    """The two columns of a query's rows, as terms in SPARQL syntax."""
    return [(first, second) for first, second in tsv_table(store.query(query))[1]]
