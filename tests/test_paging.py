"""Pages of query results (kg.paging): a page is exactly the slice of the full results, whatever the limit,
offset, parameters or step; bad paging declarations and bad limits are clear errors."""

from __future__ import annotations

import base64
import csv
import io
import re

import pytest

from kg import cursors, paging
from kg.errors import QueryError
from kg.queries import (
    bind,
    canned_queries,
    format_results,
    insert_in_where,
    load_query,
    parse_query,
    run_query,
    strip_comments,
)

PAGED = [name for name in canned_queries() if load_query(name).paged_by]
KARABAKH, CRIMEA = "nagorno-karabakh-2020-03-31-general", "crimea-2014-03-16-referendum"  # (seeds, fixture)
KARABAKH_2023 = "nagorno-karabakh-2023-09-09-presidential"  # (seeds)
FORMS = {  # each paged query unscoped (paged by its units) and scoped (by its scope's units, or LIMIT and OFFSET)
    "who-said-what": [
        {},
        {"polarity": "reject"},
        {"actor": "Estonia"},
        {"election": KARABAKH},
        {"election": CRIMEA},
        {"actor": "Estonia", "polarity": "reject"},
        {"actor": "Estonia", "polarity": "endorse"},  # (no rows)
        {"actor": "European Union", "polarity": "neutral"},
        {"election": KARABAKH, "polarity": "neutral"},
        {"polarity": "neutral"},
        {"actor": "Estonia", "election": KARABAKH},
    ],
    "statements-by-actor": [{"actor": "Estonia"}],
    # the aggregates paged by election key (from each one's key), whole and for one election
    "actors-rejecting": [{}, {"election": KARABAKH}],
    "actors-endorsing": [{}, {"election": CRIMEA}],
    "coverage": [{}],
    "timeline": [{}, {"election": CRIMEA}, {"election": KARABAKH}],
}
SLICES = [(1, 0), (2, 1), (3, 4), (5, 0), (7, 3), (100, 0), (1, 9), (4, 1000), (0, 0), (0, 2)]


def csv_rows(results) -> list[list[str]]:
    return list(csv.reader(io.StringIO(format_results(results, "csv"))))


@pytest.fixture(
    params=[
        "fixture",
        "seeds",
        "fixture, source files listed",
        "seeds, source files listed",
        "fixture, windows read in halves",
        "seeds, windows read in halves",
        "fixture, scopes listed",
        "seeds, scopes listed",
    ]
)
def any_store(request, fixture_store, monkeypatch):
    """Each store, paged over its ranked source files (kg.source_ranks) and over its source files listed, as a
    store without ranks is; with every window of two units or more read as two halves at once; and with every
    scope listed by its query, as a store without kept listings is (kg.kept_listings)."""
    if request.param.endswith("source files listed"):
        monkeypatch.setattr("kg.paging_units.ranked_sources", lambda store: None)
    if request.param.endswith("scopes listed"):
        monkeypatch.setattr(paging, "kept_listing", lambda store, name, listing: None)
    if request.param.endswith("halves"):
        monkeypatch.setattr(paging, "SPLIT_LEAST", 2)
    return fixture_store if request.param.startswith("fixture") else request.getfixturevalue("seed_store")


def bound_forms(name: str, store):
    """The forms of the listing `name` that bind its required parameters, each bound on `store`."""
    query = load_query(name)
    for params in FORMS[name]:
        if all(p.name in params for p in query.parameters.values() if p.required):
            yield params, bind(query, params, store)


def test_the_paged_queries_are_the_listings():
    assert sorted(PAGED) == sorted(FORMS)


@pytest.mark.parametrize("scope_factor", [None, 0])  # None: each query's own, 0: every scope paged by its units
@pytest.mark.parametrize(("step", "most"), [(1, paging.MOST_STEP), (4, paging.MOST_STEP), (4, 2)])
@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_page_is_the_slice_of_the_full_results(any_store, fixture_store, name, step, most, scope_factor, monkeypatch):
    monkeypatch.setattr(paging, "FIRST_STEP", step)
    monkeypatch.setattr(paging, "FIRST_STEP_FILTERED", step)
    monkeypatch.setattr(paging, "MOST_STEP", most)
    if scope_factor is not None:
        monkeypatch.setattr(paging, "_scope_factor", lambda query: scope_factor)
    for params, query in bound_forms(name, any_store):
        header, *full = csv_rows(run_query(any_store, query))
        if not params:  # (the seeds hold no endorsement, the fixture four)
            on_seeds_without = name == "actors-endorsing" and any_store is not fixture_store
            assert len(full) > 3 or on_seeds_without, f"{name}: too few rows to test paging"
        for limit, offset in SLICES:
            got_header, *got = csv_rows(paging.page(any_store, query, limit, offset))
            assert got_header == header
            assert got == full[offset : offset + limit], (name, params, limit, offset)


def counting(monkeypatch) -> list:
    """Record the queries kg.paging counts rows with (it does only when it pages by units)."""
    calls: list = []
    real = paging._count
    monkeypatch.setattr(paging, "_count", lambda store, query: calls.append(query) or real(store, query))
    return calls


def running(monkeypatch) -> list:
    """Record the queries kg.paging runs for their rows."""
    calls: list = []
    real = paging.run_query
    monkeypatch.setattr(paging, "run_query", lambda store, query: calls.append(query) or real(store, query))
    return calls


def test_a_large_scope_is_paged_by_its_units_with_its_parameters_as_filters(seed_store, monkeypatch):
    counts, runs = counting(monkeypatch), running(monkeypatch)
    query = bind(load_query("who-said-what"), {"election": KARABAKH}, seed_store)
    _, *full = csv_rows(run_query(seed_store, query))
    assert len(full) > 4 * paging._scope_factor(query)
    runs.clear()
    assert csv_rows(paging.page(seed_store, query, 2, 1))[1:] == full[1:3]
    assert len(runs) == 1, "a scope of many times the page's rows is paged by its units"
    assert "FILTER (?electionParam IN (" in runs[0].text and "VALUES ?sourceFile" in runs[0].text
    assert not counts, "the estimates of the units' rows say which units hold the page: nothing to count"


def test_a_first_page_is_read_and_a_deep_one_counts_the_units_before_it(seed_store, monkeypatch):
    counts, runs = counting(monkeypatch), running(monkeypatch)
    query = load_query("who-said-what")
    _, *full = csv_rows(run_query(seed_store, query))
    runs.clear()
    assert csv_rows(paging.page(seed_store, query, 5, 0))[1:] == full[:5]
    assert not counts, "the rows of the first units are the first rows: nothing to count"
    assert all(re.search(r"LIMIT \d+\s+OFFSET 0\s*$", run.text) for run in runs)
    assert csv_rows(paging.page(seed_store, query, 2, len(full) - 3))[1:] == full[-3:-1]
    assert counts, "the units before a deep page are counted, not read"


def test_a_listing_whose_units_come_with_estimates_reads_a_page_from_the_units_holding_it(seed_store, monkeypatch):
    counts, runs = counting(monkeypatch), running(monkeypatch)
    query = load_query("actors-rejecting")  # (its units: the election keys, with their statements as estimates)
    assert paging.paging_of(query) == paging.Paging("electionParam", query.units, "electionKey")
    header, *full = csv_rows(run_query(seed_store, query))
    first = [row[header.index("electionKey")] for row in full].count(full[0][header.index("electionKey")])
    assert first >= 2, "the first election should hold a page of two rows"
    runs.clear()
    assert csv_rows(paging.page(seed_store, query, 2, 0))[1:] == full[:2]
    assert len(runs) == 1, "the first election's estimate covers the page: one window"
    assert runs[0].text.split("VALUES ?electionParam {")[1].split("}")[0].count('"') == 2, "one election read"
    assert not counts, "the estimates say which units hold the page: nothing to count"
    assert csv_rows(paging.page(seed_store, query, 2, 1_000_000))[1:] == []  # (one window: every election)
    assert not counts, "an empty read of the last units ends the listing: nothing after them to count for"


def test_a_query_bound_only_on_what_it_filters_by_is_paged_over_its_units(seed_store, monkeypatch):
    monkeypatch.setattr(paging, "LISTED_MOST", 0)  # (the seeds' rejections would be few enough to list)
    runs = running(monkeypatch)
    listed = []
    monkeypatch.setattr(paging, "_scope", lambda *args: listed.append(args))
    query = bind(load_query("who-said-what"), {"polarity": "reject"}, seed_store)
    _, *full = csv_rows(run_query(seed_store, query))
    runs.clear()
    assert csv_rows(paging.page(seed_store, query, 3, 2))[1:] == full[2:5]
    assert runs and all("VALUES ?sourceFile" in run.text for run in runs)
    assert all("FILTER (?polarityParam IN (" in run.text for run in runs), "the polarity filters, it does not lead"
    assert not listed, "over all the source files, not a listing of the rejections' own"


def test_a_scope_lists_only_the_units_holding_rows_the_other_parameters_leave(seed_store, monkeypatch):
    monkeypatch.setattr(paging, "_scope_factor", lambda query: 0)
    runs = running(monkeypatch)

    def files(params: dict) -> set[str]:
        query = bind(load_query("who-said-what"), params, seed_store)
        return {row[1] for row in csv_rows(run_query(seed_store, query))[1:]}

    # (Karabakh's vote of 2023: neutral words in two of the three seed articles on it)
    neutral, every = files({"election": KARABAKH_2023, "polarity": "neutral"}), files({"election": KARABAKH_2023})
    assert neutral and neutral < every
    query = bind(load_query("who-said-what"), {"election": KARABAKH_2023, "polarity": "neutral"}, seed_store)
    _, *full = csv_rows(run_query(seed_store, query))
    runs.clear()
    assert csv_rows(paging.page(seed_store, query, 100, 0))[1:] == full
    [window] = [run.text for run in runs if "VALUES ?sourceFile" in run.text]
    read = set(re.findall(r'"([^"]+)"', window.split("VALUES ?sourceFile")[1].split("}")[0]))
    assert read == neutral, "the page reads only the source files with neutral words on the vote"


@pytest.mark.parametrize(("listed_most", "by_scope"), [(paging.LISTED_MOST, True), (0, False)])
def test_what_a_query_filters_by_is_scoped_when_its_size_says_its_scope_is_small(
    seed_store, listed_most, by_scope, monkeypatch
):
    monkeypatch.setattr(paging, "_scope_factor", lambda query: 0)
    monkeypatch.setattr(paging, "LISTED_MOST", listed_most)
    monkeypatch.setattr(paging, "kept_listing", lambda store, name, listing: None)  # (the listing run, not read)
    sent: list[str] = []
    real = seed_store.query
    monkeypatch.setattr(seed_store, "query", lambda sparql: sent.append(sparql) or real(sparql))
    query = bind(load_query("who-said-what"), {"polarity": "neutral"}, seed_store)
    _, *full = csv_rows(run_query(seed_store, query))
    sent.clear()
    assert csv_rows(paging.page(seed_store, query, 2, 1))[1:] == full[1:3]
    [sizing] = [q for q in map(strip_comments, sent) if "SELECT ?statement WHERE" in q]
    assert f"LIMIT {listed_most + 1}" in sizing, "counted no further than it needs to know"
    listed = [q for q in map(strip_comments, sent) if "SELECT ?sourceFile (SUM(?n) AS ?rows)" in q]
    assert bool(listed) == by_scope


@pytest.mark.parametrize("name", ["who-said-what", "timeline"])  # (Estonia's statements are about one vote)
def test_a_scope_whose_estimates_are_too_high_is_counted_and_its_pages_exact(seed_store, name, monkeypatch):
    monkeypatch.setattr(paging, "_scope_factor", lambda query: 0)
    real = paging.listed
    inflated = lambda *args, estimates=False, kept=None: (  # noqa: E731
        [(unit, rows * 1000) for unit, rows in real(*args, estimates=True, kept=kept)] if estimates else real(*args)
    )
    monkeypatch.setattr(paging, "listed", inflated)
    counts = counting(monkeypatch)
    for params in FORMS[name]:
        if len(params) != 1 or "polarity" in params:
            continue
        query = bind(load_query(name), params, seed_store)
        _, *full = csv_rows(run_query(seed_store, query))
        for limit, offset in SLICES:
            assert csv_rows(paging.page(seed_store, query, limit, offset))[1:] == full[offset : offset + limit]
    assert counts, "a short page from the estimated units is made again by counting"


def test_an_empty_scope_is_an_empty_page_without_the_scoped_query(seed_store, monkeypatch):
    monkeypatch.setattr(paging, "_scope_factor", lambda query: 0)
    runs = running(monkeypatch)
    query = bind(load_query("who-said-what"), {"actor": "Estonia", "polarity": "endorse"}, seed_store)
    header, *full = csv_rows(run_query(seed_store, query))
    assert not full
    runs.clear()
    assert csv_rows(paging.page(seed_store, query, 10, 0)) == [header]
    assert all("VALUES ?sourceFile {  }" in run.text for run in runs), "no rows read: the listing said none"


def test_a_scope_is_read_from_a_share_of_its_estimates_first_then_by_the_rows_they_gave():
    need = 100
    assert paging._estimated_need(need, 0, 0) == need * paging.FIRST_SHARE
    # the first units were estimated at 50 rows and gave 80 (a statement is a row per stance): 20 missing rows
    # need 12.5 estimated ones, with a quarter more
    assert paging._estimated_need(20, 80, 50) == pytest.approx(20 * 50 / 80 * 1.25)
    assert paging._estimated_need(100, 0, 30) == 4 * 30, "no rows from estimated units: four times as many units"


@pytest.mark.parametrize(
    ("params", "own", "other"),
    [({"actor": "Turkey"}, "?actorParam", "?electionParam"), ({"election": KARABAKH}, "?electionParam", "?actorParam")],
)
def test_each_scoping_parameter_lists_its_units_with_its_own_query(seed_store, params, own, other, monkeypatch):
    monkeypatch.setattr(paging, "_scope_factor", lambda query: 0)
    monkeypatch.setattr(paging, "kept_listing", lambda store, name, listing: None)  # (as if the build kept none)
    sent: list[str] = []
    real = seed_store.query
    monkeypatch.setattr(seed_store, "query", lambda sparql: sent.append(sparql) or real(sparql))
    query = bind(load_query("who-said-what"), params, seed_store)
    _, *full = csv_rows(run_query(seed_store, query))
    sent.clear()
    assert csv_rows(paging.page(seed_store, query, 3, 2))[1:] == full[2:5]
    [listing] = [q for q in map(strip_comments, sent) if "SELECT ?sourceFile (SUM(?n) AS ?rows)" in q]
    assert f"VALUES {own}" in listing and other not in listing
    assert listing.index(f"VALUES {own}") > listing.index("SELECT ?article"), "inside the sub-select that uses it"


def test_a_block_goes_where_its_variable_is_first_used():
    text = "SELECT ?f (SUM(?n) AS ?rows) WHERE { { SELECT ?a (COUNT(*) AS ?n) WHERE { ?s ?p ?kParam } GROUP BY ?a }"
    text += "\n?a ?q ?f }"
    query = parse_query("nested", text)
    inner = insert_in_where(query, "VALUES ?kParam { 1 }", used_by="kParam").text
    assert re.search(r"SELECT \?a \(COUNT\(\*\) AS \?n\) WHERE \{\s+VALUES \?kParam", inner)
    assert insert_in_where(query, "VALUES ?f { 1 }", used_by="f").text.startswith(
        "SELECT ?f (SUM(?n) AS ?rows) WHERE {\n  VALUES ?f"
    ), "used only after the sub-select: the outer group"
    assert insert_in_where(query, "VALUES ?x { 1 }").text == insert_in_where(query, "VALUES ?x { 1 }", "x").text
    grouped = parse_query("grouped", "SELECT ?x (COUNT(*) AS ?n) WHERE { ?x ?p ?o } GROUP BY ?x ?g")
    assert insert_in_where(grouped, "VALUES ?g { 1 }", "g").text == insert_in_where(grouped, "VALUES ?g { 1 }").text


def test_a_small_scope_is_one_query(seed_store, monkeypatch):
    calls = counting(monkeypatch)
    query = bind(load_query("who-said-what"), {"election": KARABAKH}, seed_store)
    _, *full = csv_rows(run_query(seed_store, query))
    assert csv_rows(paging.page(seed_store, query, len(full), 0))[1:] == full
    assert not calls


@pytest.mark.parametrize(("declared", "by_units"), [("", False), ("# Scope factor: 1.5\n", True)])
def test_a_query_says_from_how_many_pages_a_scope_is_paged_by_its_units(seed_store, declared, by_units, monkeypatch):
    runs = running(monkeypatch)
    text = load_query("who-said-what").text
    assert "# Scope factor: 1.5\n" in text
    query = bind(
        parse_query("who-said-what", text.replace("# Scope factor: 1.5\n", declared)),
        {"election": KARABAKH},
        seed_store,
    )
    _, *full = csv_rows(run_query(seed_store, query))
    limit = len(full) // 3  # (a scope of about three pages: more than 1.5, at most SCOPE_FACTOR)
    assert paging.SCOPE_FACTOR >= 3
    runs.clear()
    assert csv_rows(paging.page(seed_store, query, limit, 0))[1:] == full[:limit]
    assert any("VALUES ?sourceFile" in run.text for run in runs) == by_units


def test_pages_walk_the_whole_listing_once(seed_store):
    query = load_query("who-said-what")
    _, *full = csv_rows(run_query(seed_store, query))
    walked, offset = [], 0
    while chunk := csv_rows(paging.page(seed_store, query, 6, offset))[1:]:
        walked += chunk
        offset += 6
    assert walked == full


def test_units_the_text_sort_cannot_order_are_ordered_by_the_engine(fixture_store):
    # integers: 10 sorts before 9 as text, after 9 as numbers, so a text sort would give wrong pages
    query = parse_query(
        "numbers",
        "# Paged by: ?n\n#   SELECT ?n WHERE { VALUES ?n { 10 9 2 30 } }\n"
        "SELECT ?n ?m WHERE { VALUES (?n ?m) { (9 1) (10 1) (2 1) (2 2) (30 1) } } ORDER BY ?n ?m",
    )
    full = csv_rows(run_query(fixture_store, query))[1:]
    assert [r[0] for r in full] == ["2", "2", "9", "10", "30"]
    for limit, offset in [(1, 0), (2, 1), (2, 3), (3, 2)]:
        assert csv_rows(paging.page(fixture_store, query, limit, offset))[1:] == full[offset : offset + limit]


def test_a_query_without_paging_gets_limit_and_offset(fixture_store):
    query = load_query("consensus")
    assert paging.paging_of(query) is None
    full = csv_rows(run_query(fixture_store, query))[1:]
    assert csv_rows(paging.page(fixture_store, query, 2, 1))[1:] == full[1:3]


def walk(store, query, limit: int, offset: int = 0) -> list[list[str]]:
    """Every row from `offset` on, a page at a time, each page after the previous one's cursor."""
    current = paging.paged(store, query, limit, offset)
    rows = csv_rows(current.results)[1:]
    while current.next:
        current = paging.paged(store, query, limit, after=current.next)
        rows += csv_rows(current.results)[1:]
        assert len(rows) < 10_000, "the cursors go round in circles"
    return rows


@pytest.mark.parametrize("scope_factor", [None, 0])
@pytest.mark.parametrize("name", sorted(FORMS))
def test_cursors_walk_the_rest_of_the_listing_once(any_store, name, scope_factor, monkeypatch):
    if scope_factor is not None:
        monkeypatch.setattr(paging, "_scope_factor", lambda query: scope_factor)
    for params, query in bound_forms(name, any_store):
        _, *full = csv_rows(run_query(any_store, query))
        for limit, offset in [(1, 0), (2, 0), (3, 1), (7, 5), (100, 0)]:  # (a source file holds several rows)
            assert walk(any_store, query, limit, offset) == full[offset:], (name, params, limit, offset)


def test_a_page_after_a_cursor_asks_for_no_unit_before_the_cursors(seed_store, monkeypatch):
    query = load_query("who-said-what")
    header, *full = csv_rows(run_query(seed_store, query))
    deep = paging.paged(seed_store, query, 3, len(full) - 10)  # rows -10 to -8
    counts, runs = counting(monkeypatch), running(monkeypatch)
    after = paging.paged(seed_store, query, 3, after=deep.next)
    assert csv_rows(after.results)[1:] == full[-7:-4]
    assert not counts, "the rows it skips are its first unit's: read, not counted"
    files = [row[header.index("sourceFile")] for row in full]
    before = set(files[:-7]) - {files[-8]}
    assert before and runs
    asked = [q.text for q in counts + runs]
    assert not any(f'"{file}"' in text for file in before for text in asked), "the units before are not asked for"


def test_the_last_page_has_no_cursor_and_a_page_without_paging_gets_an_offset_one(fixture_store):
    query = load_query("who-said-what")
    rows = len(csv_rows(run_query(fixture_store, query))) - 1
    assert paging.paged(fixture_store, query, rows + 1).next is None
    consensus = load_query("consensus")
    full = csv_rows(run_query(fixture_store, consensus))[1:]
    first = paging.paged(fixture_store, consensus, 2)
    assert csv_rows(paging.paged(fixture_store, consensus, 2, after=first.next).results)[1:] == full[2:4]


def test_bad_cursors_are_clear_errors(seed_store, monkeypatch):
    query = bind(load_query("who-said-what"), {"actor": "Estonia"}, seed_store)
    cursor = paging.paged(seed_store, query, 1).next
    other = bind(load_query("who-said-what"), {"actor": "European Union"}, seed_store)
    with pytest.raises(QueryError, match="another query or other parameters"):
        paging.paged(seed_store, other, 1, after=cursor)
    odd = cursors.encoded(query, unit=3, skip=0)  # (a unit that is no term)
    for bad in ["nonsense", "", "e30", cursor[:-3], odd]:  # ("e30": {} in base64)
        with pytest.raises(QueryError, match="is not a page's cursor"):
            paging.paged(seed_store, query, 1, after=bad or "=")
    with pytest.raises(QueryError, match="an offset or after a cursor, not both"):
        paging.paged(seed_store, query, 1, 3, after=cursor)
    gone = cursors.encoded(query, unit='"nowhere.txt"', skip=0)
    with pytest.raises(QueryError, match="no longer holds rows; start again"):
        paging.paged(seed_store, query, 1, after=gone)
    both = bind(load_query("who-said-what"), {"actor": "Estonia", "election": KARABAKH}, seed_store)
    units_of_both = paging.paged(seed_store, both, 1).next  # (read from the units both kept listings hold)
    assert '"unit"' in base64.urlsafe_b64decode(units_of_both + "===").decode()
    with monkeypatch.context() as patch:  # (as if a build had since taken the kept listings' mark away)
        patch.setattr(paging, "kept_listing", lambda store, name, listing: None)
        assert '"offset"' in base64.urlsafe_b64decode(paging.paged(seed_store, both, 1).next + "===").decode()
        with pytest.raises(QueryError, match="the store has changed since this cursor was given"):
            paging.paged(seed_store, both, 1, after=units_of_both)
