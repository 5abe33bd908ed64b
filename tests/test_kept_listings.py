"""Kept listings (kg.kept_listings): the build keeps, for every value of a scope declared `# Kept for:`, the
results its listing gives; a page bound on one such value reads them instead of listing its scope, and only
while they are those of the store's data."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

import kg.build
from kg import paging
from kg.build import build
from kg.kept_listings import keep_listings, kept_listing, listings_complete, mark_listings_stale
from kg.namespaces import CE, KEPT_LISTINGS_GRAPH
from kg.ordering import tsv_table
from kg.paging_units import prologue, scope_listing
from kg.queries import bind, canned_queries, load_query, parse_query, run_query, strip_comments
from kg.store import GraphStore

LATVIA = " date 2014-03-17 Latvia condemned the so-called referendum held in Crimea on Sunday.\n"
ESTONIA = " date 2014-03-18 Estonia does not recognise the referendum held in Crimea on 16 March 2014.\n"
KARABAKH = "nagorno-karabakh-2020-03-31-general"  # (an election of the seed articles)
KEPT = [(name, scope) for name in canned_queries() for scope in load_query(name).scopes if scope.kept_for]


def scope_values(store, name: str, scope) -> list[str]:
    variables, rows = tsv_table(store.query(prologue(load_query(name).text) + scope.kept_for))
    column = variables.index(f"?{scope.variables[0]}")
    return sorted({cells[column] for cells in rows})


def live(store, name: str, listing: str) -> str:
    """What the listing gives, run now, as SPARQL TSV."""
    return store.query(prologue(load_query(name).text) + listing).serialize(format=ox.QueryResultsFormat.TSV).decode()


def recorded_queries(store, monkeypatch) -> list[str]:
    """Record the queries the store is asked to run (without their comments)."""
    sent: list[str] = []
    real = store.query
    monkeypatch.setattr(store, "query", lambda sparql: sent.append(strip_comments(sparql)) or real(sparql))
    return sent


def listings_run(sent: list[str]) -> list[str]:
    """The scope listings among the queries sent: each ends grouping by its units."""
    return [text for text in sent if re.search(r"GROUP BY \?\w+\s*$", text)]


def test_the_canned_queries_keep_their_actor_election_and_polarity_scopes():
    assert sorted((name, scope.variables) for name, scope in KEPT) == [
        ("statements-by-actor", ("actorParam",)),
        ("timeline", ("electionParam",)),
        ("who-said-what", ("actorParam",)),
        ("who-said-what", ("electionParam",)),
        ("who-said-what", ("polarityParam",)),
    ]


@pytest.mark.parametrize(("name", "scope"), KEPT, ids=[f"{n}-{s.variables[0]}" for n, s in KEPT])
def test_a_kept_listing_is_what_the_listing_gives_for_each_value(seed_store, fixture_store, name, scope):
    for store in (seed_store, fixture_store):
        values = scope_values(store, name, scope)
        assert values, "the stores have values to keep listings for"
        for value in values:
            listing = scope_listing(name, scope.units, [(scope.variables[0], (value,))])
            assert kept_listing(store, name, listing) == live(store, name, listing), (name, value)


def test_a_page_bound_on_one_kept_value_reads_its_listing_instead_of_running_it(seed_store, monkeypatch):
    monkeypatch.setattr(paging, "_scope_factor", lambda query: 0)  # (every scope paged by its units)
    sent = recorded_queries(seed_store, monkeypatch)
    for name, params in (
        ("who-said-what", {"actor": "Estonia"}),
        ("who-said-what", {"election": KARABAKH}),
        ("who-said-what", {"polarity": "neutral"}),  # (a rare polarity: its scope is listed, Pages)
        ("timeline", {"election": KARABAKH}),
        ("statements-by-actor", {"actor": "Estonia"}),
    ):
        query = bind(load_query(name), params, seed_store)
        full = [str(row) for row in run_query(seed_store, query)]
        sent.clear()
        assert [str(row) for row in paging.page(seed_store, query, 2, 1)] == full[1:3], (name, params)
        assert not listings_run(sent), ("no scope listing run", name, params)
    # another bound parameter the listing names (a polarity) narrows the scope: its listing is run
    query = bind(load_query("who-said-what"), {"actor": "Estonia", "polarity": "reject"}, seed_store)
    sent.clear()
    paging.page(seed_store, query, 2, 0)
    assert listings_run(sent)


def test_a_changed_listing_or_an_unlisted_value_has_no_kept_listing(fixture_store):
    name, scope = KEPT[0]
    value = scope_values(fixture_store, name, scope)[0]
    listing = scope_listing(name, scope.units, [(scope.variables[0], (value,))])
    assert kept_listing(fixture_store, name, listing) is not None
    assert kept_listing(fixture_store, name, listing.replace("GROUP BY", " GROUP BY")) is None
    assert kept_listing(fixture_store, "another-query", listing) is None
    unlisted = scope_listing(name, scope.units, [(scope.variables[0], ("<urn:x:nobody>",))])
    assert kept_listing(fixture_store, name, unlisted) is None


def test_a_build_takes_the_mark_away_before_it_writes_and_puts_it_back_last(store, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(LATVIA, encoding="utf-8")
    build([tmp_path], store)
    assert listings_complete(store)
    (tmp_path / "b.txt").write_text(ESTONIA, encoding="utf-8")
    stopped = RuntimeError("stopped before the listings")
    with monkeypatch.context() as patch:
        patch.setattr(kg.build, "keep_listings", lambda store: (_ for _ in ()).throw(stopped))
        with pytest.raises(RuntimeError, match="stopped"):
            build([tmp_path], store)
    # b.txt is written, its listings not kept: pages list their scopes, and the next build, which loads nothing,
    # keeps them
    assert not listings_complete(store)
    query = bind(load_query("who-said-what"), {"election": "crimea-2014-03-16-referendum"}, store)
    full = [str(row) for row in run_query(store, query)]
    monkeypatch.setattr(paging, "_scope_factor", lambda query: 0)
    assert [str(row) for row in paging.page(store, query, 2, 1)] == full[1:3]
    report = build([tmp_path], store)
    assert (report.loaded, report.unchanged) == (0, 2) and listings_complete(store)
    name, scope = next((n, s) for n, s in KEPT if n == "who-said-what" and s.variables == ("electionParam",))
    listing = scope_listing(name, scope.units, [("electionParam", ('"crimea-2014-03-16-referendum"',))])
    assert kept_listing(store, name, listing) == live(store, name, listing)
    assert kept_listing(store, name, listing).count(".txt") == 2


def test_a_stale_mark_hides_every_kept_listing(fixture_store):
    name, scope = KEPT[0]
    value = scope_values(fixture_store, name, scope)[0]
    listing = scope_listing(name, scope.units, [(scope.variables[0], (value,))])
    mark_listings_stale(fixture_store)
    try:
        assert not listings_complete(fixture_store) and kept_listing(fixture_store, name, listing) is None
    finally:
        keep_listings(fixture_store)
    assert listings_complete(fixture_store) and kept_listing(fixture_store, name, listing) is not None


def kept_count(store) -> int:
    return len(list(store.query(f"SELECT * WHERE {{ GRAPH <{KEPT_LISTINGS_GRAPH}> {{ ?s <{CE.listing}> ?o }} }}")))


def test_keeping_again_replaces_what_was_kept(fixture_store):
    store = GraphStore.in_memory()
    store._store.extend(fixture_store._store)
    kept = kept_count(store)
    assert kept == keep_listings(store) == kept_count(store) > 0


def test_a_query_given_keeps_only_its_own_listings(fixture_store):
    store = GraphStore.in_memory()
    store._store.extend(fixture_store._store)
    text = load_query("timeline").text
    assert keep_listings(store, [parse_query("timeline", text)]) == len(
        scope_values(store, "timeline", load_query("timeline").scopes[0])
    )


def test_an_engine_whose_order_of_strings_is_not_known_keeps_none(fixture_store):
    store = GraphStore.in_memory()
    store._store.extend(fixture_store._store)  # (its kept listings with their mark)
    store.sorts_text_by_code_point = False  # (as a SPARQL server other than Oxigraph)
    assert listings_complete(store)
    assert keep_listings(store) == 0 and not listings_complete(store)


def test_a_page_of_one_actor_on_one_vote_is_read_from_the_units_both_kept_listings_hold(seed_store, monkeypatch):
    sent = recorded_queries(seed_store, monkeypatch)
    for params in (
        {"actor": "Estonia", "election": KARABAKH},
        {"actor": "Estonia", "election": KARABAKH, "polarity": "reject"},
    ):
        query = bind(load_query("who-said-what"), params, seed_store)
        full = [str(row) for row in run_query(seed_store, query)]
        assert full, params
        units = set()
        for var, value in (("actorParam", dict(query.values)["actorParam"]), ("electionParam", (f'"{KARABAKH}"',))):
            scope = next(s for n, s in KEPT if n == "who-said-what" and s.variables == (var,))
            kept = kept_listing(
                seed_store, "who-said-what", scope_listing("who-said-what", scope.units, [(var, value)])
            )
            held = {cells[0] for cells in tsv_table(kept)[1]}
            units = held if not units else units & held
        for limit, offset in ((1, 0), (2, 1), (100, 0), (3, len(full))):
            sent.clear()
            assert [str(row) for row in paging.page(seed_store, query, limit, offset)] == full[offset : offset + limit]
            windows = [re.search(r"VALUES \?sourceFile \{([^}]*)\}", text) for text in sent]
            assert any(windows), "read from source files, not as the narrowed query"
            assert set().union(*(set(w[1].split()) for w in windows if w)) <= units
            assert not listings_run(sent), "no scope listing run"
    # a value whose listing was not kept: the narrowed query, as before
    monkeypatch.setattr(paging, "kept_listing", lambda store, name, listing: None)
    query = bind(load_query("who-said-what"), {"actor": "Estonia", "election": KARABAKH}, seed_store)
    sent.clear()
    assert [str(row) for row in paging.page(seed_store, query, 2, 0)] == [str(r) for r in run_query(seed_store, query)][
        :2
    ]
    assert not [text for text in sent if "VALUES ?sourceFile" in text]
