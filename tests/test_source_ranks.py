"""Source ranks: the build numbers the source files in the order the listings sort them, keeps the numbers right
as articles are added, and pages use them only when they are complete."""

from __future__ import annotations

import pytest

import kg.build
from kg.build import build
from kg.errors import QueryError
from kg.namespaces import CE, SOURCE_RANKS_GRAPH
from kg.paging import paged, paging_of
from kg.queries import bind, load_query, run_query
from kg.source_ranks import RankedSources, mark_ranks_stale, rank_sources, ranked_sources, ranks_complete
from kg.store import GraphStore
from kg.validation import validate_store

LATVIA = " date 2014-03-17 Latvia condemned the so-called referendum held in Crimea on Sunday.\n"
ESTONIA = " date 2014-03-18 Estonia does not recognise the referendum held in Crimea on 16 March 2014.\n"


def listed_sources(store) -> list[str]:
    """The source files in the order `who-said-what` sorts them, by the engine's own ORDER BY."""
    rows = store.query("SELECT DISTINCT ?f WHERE { ?a ce:sourceFile ?f } ORDER BY ?f")
    return [str(row["f"]) for row in rows]


def rank_triples(store) -> list[tuple[str, int]]:
    rows = store.query(f"SELECT ?a ?r WHERE {{ GRAPH <{SOURCE_RANKS_GRAPH}> {{ ?a <{CE.sourceRank}> ?r }} }}")
    return sorted((row["a"].value, int(row["r"].value)) for row in rows)


def walk(store, query, limit: int) -> list[str]:
    rows, after = [], None
    while True:
        page = paged(store, query, limit, after=after)
        rows += [str(row) for row in page.results]
        if not (after := page.next):
            return rows


def test_the_ranks_are_the_engines_order_of_the_source_files(seed_store, fixture_store):
    for store in (seed_store, fixture_store):
        ranked = ranked_sources(store)
        assert list(ranked) == listed_sources(store)
        assert len(ranked) == len(rank_triples(store)) == len(listed_sources(store))


def test_a_view_reads_only_its_ranks_and_finds_a_source_files_place(seed_store):
    every = listed_sources(seed_store)
    ranked = ranked_sources(seed_store)
    view = ranked[1:4]
    assert (len(view), list(view), view[0], view[-1]) == (3, every[1:4], every[1], every[3])
    assert list(ranked[3:1]) == [] and list(ranked[2:][1:2]) == every[3:4]
    assert ranked.index(every[3]) == 3 and view.index(every[3]) == 2 and ranked.index(every[3], 2) == 3
    with pytest.raises(ValueError):
        view.index(every[0])  # before the view
    with pytest.raises(ValueError):
        ranked.index(every[3], 0, 3)
    with pytest.raises(IndexError):
        view[3]


@pytest.mark.parametrize(
    "value",
    [
        '"no-such-file.txt"',
        '"x" } . ?a ?b ?c } #',  # what a forged cursor could splice into the query
        "<https://example.org/an-iri>",
        "not a term",
        "",
    ],
)
def test_a_value_that_is_not_a_ranked_source_file_is_not_found(seed_store, value):
    with pytest.raises(ValueError):
        ranked_sources(seed_store).index(value)


def test_new_source_files_shift_the_ranks_after_them(store, tmp_path):
    (tmp_path / "m.txt").write_text(LATVIA, encoding="utf-8")
    build([tmp_path], store)
    (tmp_path / "a.txt").write_text(ESTONIA, encoding="utf-8")  # before m.txt
    (tmp_path / "z.txt").write_text(ESTONIA.replace("Estonia", "Lithuania"), encoding="utf-8")
    build([tmp_path], store)
    assert list(ranked_sources(store)) == listed_sources(store) == ['"a.txt"', '"m.txt"', '"z.txt"']
    assert [rank for _, rank in rank_triples(store)] == [0, 1, 2]  # (the old rank of m.txt was taken away)
    # what a build left equals what ranking the same articles from nothing gives
    left = rank_triples(store)
    store.drop_graph(str(SOURCE_RANKS_GRAPH))
    assert rank_sources(store) == 3 and rank_triples(store) == left


def test_a_changed_article_keeps_its_rank(store, tmp_path):
    (tmp_path / "a.txt").write_text(LATVIA, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ESTONIA, encoding="utf-8")
    build([tmp_path], store)
    before = rank_triples(store)
    (tmp_path / "a.txt").write_text(LATVIA.replace("Latvia", "Lithuania"), encoding="utf-8")
    assert build([tmp_path], store).loaded == 1
    assert rank_triples(store) == before and ranks_complete(store)


def test_a_build_takes_the_mark_away_before_it_writes_and_puts_it_back_last(store, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(LATVIA, encoding="utf-8")
    build([tmp_path], store)
    (tmp_path / "b.txt").write_text(ESTONIA, encoding="utf-8")
    stopped = RuntimeError("stopped before the ranks")
    with monkeypatch.context() as patch:
        patch.setattr(kg.build, "rank_sources", lambda store: (_ for _ in ()).throw(stopped))
        with pytest.raises(RuntimeError, match="stopped"):
            build([tmp_path], store)
    # b.txt is written but not ranked: pages list the source files, and the next build, which loads nothing, ranks
    assert not ranks_complete(store) and ranked_sources(store) is None
    query = load_query("who-said-what")
    assert walk(store, query, 1) == [str(row) for row in run_query(store, query)]
    report = build([tmp_path], store)
    assert (report.loaded, report.unchanged) == (0, 2)
    assert list(ranked_sources(store)) == listed_sources(store) == ['"a.txt"', '"b.txt"']


def test_a_store_without_ranks_is_paged_as_one_with_them(seed_store):
    query = bind(load_query("who-said-what"), {"polarity": "reject"}, seed_store)
    with_ranks = walk(seed_store, query, 3)
    mark_ranks_stale(seed_store)
    try:
        assert ranked_sources(seed_store) is None
        assert walk(seed_store, query, 3) == with_ranks == [str(row) for row in run_query(seed_store, query)]
    finally:
        rank_sources(seed_store)
    assert ranks_complete(seed_store)


def test_an_engine_whose_order_of_strings_is_not_known_is_neither_paged_by_ranks_nor_ranked(fixture_store):
    store = GraphStore.in_memory()
    store._store.extend(fixture_store._store)  # (its ranks with their mark)
    store.sorts_text_by_code_point = False  # (as a SPARQL server other than Oxigraph)
    assert ranks_complete(store) and ranked_sources(store) is None
    assert rank_sources(store) == 0 and not ranks_complete(store)


def test_only_a_ranking_the_build_keeps_may_be_declared():
    query = load_query("who-said-what")
    assert paging_of(query).ranked
    forged = query.__class__(query.name, query.text, paged_by=query.paged_by, units=query.units, ranked_by="ce:other")
    with pytest.raises(QueryError, match="names no ranking the build keeps"):
        paging_of(forged)


def test_the_ranks_conform_to_the_shapes(seed_store):
    assert isinstance(ranked_sources(seed_store), RankedSources)
    report = validate_store(seed_store)
    assert report.conforms, report.messages
