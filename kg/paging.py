"""Pages of a query's results: rows `offset` to `offset + limit`, without evaluating every row when the query
says how.

SPARQL's `LIMIT` does not make a listing cheaper: Oxigraph, like most engines, evaluates and sorts every row
before it keeps the first hundred, so page one of a 50,000-row listing costs as much as the whole of it. A
canned listing therefore declares the variable that leads its ORDER BY and a query giving that variable's
values (its units):

    # Paged by: ?sourceFile
    #   SELECT ?sourceFile WHERE { ?article ce:sourceFile ?sourceFile }

(repeated values are dropped here, so the units query needs no DISTINCT, which costs Oxigraph 3 of the 19 ms of
listing 7,560 source files at a million triples on disk). kg.paging_units reads the declaration and gives the
units in order; values the build ranks (`# Ranked by: ce:sourceRank`, kg.source_ranks) it reads by rank, a window
at a time, instead of listing them all.

Since the rows are sorted by that variable first, the query restricted to its first k values (a VALUES block at
the head of its WHERE, from which the engine joins) gives the first rows of the full results, in the same order.
A page counts the rows of the values before it a few at a time, growing the step from the rows per value seen
so far, then reads its rows from the values that hold them, a window at a time, with LIMIT (and OFFSET where
it starts) until it is full. The cost follows the rows up to the end of the page, not the whole listing. On the
embedded store, a window of many units is read as two halves at once, on two threads (the rows of the first half
come first).

A parameter given a value already narrows the listing, and the engine starts from it (Oxigraph plans a join
from a one-election VALUES before a join from many source files), so a scoped page is by default the scoped
query with LIMIT and OFFSET, costing every row of that scope: 2,500 rows for one election's page of 100 at a
million triples. A listing whose units are small whatever the scope (a source file holds a few statements) may
also declare the parameters that scope it, and a query listing, for them, every unit that holds rows with an
estimate of its rows, so that a listing of none is an empty page (one block for several parameters, or a block
each, joining only what it selects):

    # Scoped by: ?electionParam
    #   SELECT ?sourceFile (COUNT(*) AS ?rows) WHERE { ... } GROUP BY ?sourceFile

When one of these parameters is bound and its scope holds many times the rows up to the end of the page
(SCOPE_FACTOR, or as many as the query says: `# Scope factor: 1.5` where its units hold few rows), the page is
then made over the scope's units as above; the estimates say which units hold the page, which is read from
them without counting: first from the units holding two thirds of the rows it needs by the estimates, then from
as many more as the rows per estimated row seen so far say. A scope's listing also sees the other bound
parameters it names, and then lists only the units holding rows they leave (one actor's endorsements); each
parameter's VALUES goes at the head of the WHERE group that first uses it, so a listing may count its statements
in a sub-select (by article, each article's source file then looked up once) that sees the values. The build
runs the listing of a scope declared `# Kept for:` for each of its parameter's values and keeps the results
(kg.kept_listings), which a page bound on that one value reads instead of running the listing; a page bound on
several scoping parameters at once (one actor on one vote) is made over the units all their kept listings hold,
or, where one was not kept, is one query. A small scope that no other parameter narrows stays one query. A
page's windows take every bound parameter as a FILTER, so that the engine starts from their units. A parameter
whose values each hold a large share of the rows (a polarity) is no place for the engine to start, nor a scope
worth listing (every rejection's source files); it may be declared so that a query bound on such parameters alone
is still paged over all the units:

    # Filtered by: ?polarityParam

Such a parameter may also declare a scope, with a query of its rows after `# Sized by:`, which a page counts up
to LISTED_MOST: a scope that small (a rare polarity) is listed and paged by its units, a larger one is not.

A query with no paging declared is paged with LIMIT and OFFSET: same rows, no saving.

A page also gives a cursor for the next one. For a page read from units it names the unit of the page's last
row and how many of that unit's rows have been given, so the next page starts at that unit: its cost is a
first page's (row 5,000 of every statement, asked by offset, costs the 5,000 rows before it). Where the page is
a slice of the whole query, the cursor holds the offset of the next page. A cursor holds a digest of the bound
query, so it pages nothing else.
"""

from __future__ import annotations

import math
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

import pyoxigraph as ox

from kg.cursors import decoded, encoded
from kg.errors import QueryError
from kg.kept_listings import kept_listing
from kg.ordering import column_key, outer_order_by
from kg.paging_units import SELECT, Paging, listed, ordered_units, paging_of, prologue, scope_listing
from kg.queries import Query, insert_in_where, run_query, strip_comments
from kg.store import Store

# Values read (or counted) first, where no estimates say how many a page needs; later steps follow the rows per
# value seen so far. One, as a unit may hold hundreds of rows (a day of the generated store's timeline: 350, and
# its first page took 75 ms from four days, 22 from one); four when a filter leaves few rows per unit (the
# endorsements, under one a source file), each window costing a query (about 2 ms at a million triples on disk)
FIRST_STEP, FIRST_STEP_FILTERED = 1, 4
# A later window asks for a quarter more rows than are missing by the rows per value seen so far, and at least
# MARGIN more: a page a few rows short asked for just those from sparse units (the endorsements of the generated
# store, about one a source file) came short again and again, in seven windows where five do
MARGIN = 10
# At most this many values at once: with another parameter bound by a one-row VALUES (a filter), Oxigraph
# planned a window of 1,024 source files as a join after the whole store (13 s at a million triples on disk,
# against 0.45 s for 512)
MOST_STEP = 512
# Of the rows its units' estimates say a page needs, the first window holds this share. Estimates run low as often
# as high (statements counted, rows per stance): at a million triples on disk, first pages of Turkey's and one
# election's who-said-what, one election's timeline and Turkey's statements-by-actor took 42/36/31/33 ms with 0.5,
# 42/32/32/26 with 0.65, 44/35/31/26 with 0.8
FIRST_SHARE = 0.65
# A scope is paged by its units when it holds more than this many times the rows up to the page's end, unless the
# query says otherwise (`# Scope factor:`): the scoped query costs every row of its scope, a page over units the
# rows of the units it reads, which for units holding many rows besides the scope's (elections, for one actor's
# statements) is much more than the scope's rows. A query whose units hold few rows (source files) pages a smaller
# scope by its units: on the generated store, one actor's 240-380 rows of who-said-what took 37-82 ms as one
# query, 25-31 paged by its source files; Turkey's 303 rows of statements-by-actor 43 ms, 200 by its elections
SCOPE_FACTOR = 4
# A parameter the query only filters by is scoped when its `# Sized by:` query gives at most this many rows. At a
# million triples on disk, listing a polarity's source files costs about 10 us a statement (neutral words, 1,008:
# 9.4 ms; endorsements, 6,352: 73 ms), and a first page from them about 35 ms in all, against 88 (neutral) and 49
# ms (endorsements) from all 7,560 source files. Still so with listings counted by article: with LISTED_MOST at
# 7,000, the endorsements' first page took 114 ms against 63 over all source files. Not more for a deeper page:
# the listing costs the whole scope, and a page over all units the rows up to its end (row 5,000 of every
# rejection: 1.3 s when its 36,168 statements' source files were listed first, 0.94 s without)
LISTED_MOST = 2_000
# A window of at least this many units is read as two halves at once, on two threads, from a store whose engine
# works outside Python's lock (_read_halves, Store.runs_queries_at_once): at a million triples on disk, the
# endorsements' first page (windows of 4, 16, 64 and 63 source files) took 39 ms instead of 44, the neutral words'
# 41 instead of 54; a window of fewer units costs mostly its query's fixed part, which each half pays
SPLIT_LEAST = 8
_HALVES = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-page")
_SLICE = re.compile(r"}[^{}]*(?<![?$\w])(?:LIMIT|OFFSET)\s+\d[^{}]*$", re.I)  # after the last group


@dataclass(frozen=True)
class Page:
    """One page of a query's rows (the store's own result object) and the cursor of the next page (None when
    this one ends the listing)."""

    results: object
    next: str | None


def page(store: Store, query: Query, limit: int, offset: int = 0):
    """Rows `offset` to `offset + limit` of the (bound) query's results, as the store's own result object.

    Raises:
        QueryError: a negative limit or offset, a query that already has LIMIT or OFFSET, or bad paging.
    """
    return paged(store, query, limit, offset).results


def paged(store: Store, query: Query, limit: int, offset: int = 0, after: str | None = None) -> Page:
    """The page of `limit` rows of the (bound) query's results from row `offset`, or from where the page that
    gave the cursor `after` ended, with the cursor of the page after it.

    Raises:
        QueryError: a negative limit or offset, both an offset and a cursor, a cursor of another query (or of a
            unit no longer in the store), a query that already has LIMIT or OFFSET, or bad paging.
    """
    if limit < 0 or offset < 0:
        raise QueryError(f"{query.name}: limit and offset must be 0 or more (got {limit} and {offset})")
    if _SLICE.search(strip_comments(query.text)):
        raise QueryError(f"{query.name}: the query has its own LIMIT or OFFSET; page it without them")
    start = decoded(query, after) if after else None
    if start and offset:
        raise QueryError(f"{query.name}: a page starts at an offset or after a cursor, not both")
    if start and "offset" in start:
        offset, start = start["offset"], None
    paging = paging_of(query)
    if paging is None:
        return _sliced_page(store, query, limit, offset)
    bound = {var for var, _ in query.values}
    by = _scoping_parameters(store, query, bound)
    if not by and bound <= set(query.filtered_by):  # unbound, or bound only on what it filters by
        base, (units, estimates) = _filtering(query), ordered_units(store, query, paging)
        first_step = FIRST_STEP_FILTERED if bound else FIRST_STEP
    else:  # (a cursor's page is read from units, however small the scope)
        if len(by) == 1:
            scope = _scope(store, query, paging, by[0], None if start else offset + limit)
        else:  # several scoping parameters at once (one actor on one vote), or none
            scope = _kept_scopes(store, query, paging, by) if by else None
        if scope is None and start:
            raise QueryError(f"{query.name}: the store has changed since this cursor was given; start again")
        if scope is None:
            return _sliced_page(store, query, limit, offset)
        base, units, estimates = scope
        first_step = FIRST_STEP  # (unused: the estimates size every window)
    if start:
        first = _position(query, paging, units, start["unit"])
        units, estimates, offset = units[first:], estimates and estimates[first:], start["skip"]
    head, rows, begins = _page_over(store, base, paging, units, estimates, limit, offset, first_step, bool(start))
    results = ox.parse_query_results("".join([head, *rows]).encode(), format=ox.QueryResultsFormat.TSV)
    if not rows or len(rows) < limit:  # the units are done with
        return Page(results, None)
    if f"?{paging.column}" not in head.rstrip("\n").split("\t"):  # (no cursor was given: start is None)
        return Page(results, encoded(query, offset=offset + limit))
    unit, skip = _next_position(store, base, paging, units, head, rows, begins)
    return Page(results, encoded(query, unit=unit, skip=skip))


def _sliced_page(store: Store, query: Query, limit: int, offset: int) -> Page:
    """The page as the query with LIMIT and OFFSET; its cursor, the next offset (rows, of a SELECT query)."""
    results = run_query(store, _sliced(query, limit, offset))
    if not isinstance(results, ox.QuerySolutions):
        return Page(results, None)
    head, rows = _read_results(results)
    results = ox.parse_query_results("".join([head, *rows]).encode(), format=ox.QueryResultsFormat.TSV)
    return Page(results, encoded(query, offset=offset + limit) if rows and len(rows) == limit else None)


def _position(query: Query, paging: Paging, units: list, unit: str) -> int:
    """Where the cursor's unit is among the units.

    Raises:
        QueryError: the unit is no longer there (its rows were removed since the cursor was given).
    """
    try:
        return units.index(unit)
    except ValueError:
        raise QueryError(
            f"{query.name}: the cursor's ?{paging.variable} {unit} no longer holds rows; start again"
        ) from None


def _page_over(
    store: Store,
    base: Query,
    paging: Paging,
    units: list,
    estimates: list[int] | None,
    limit: int,
    offset: int,
    first_step: int = FIRST_STEP,
    resumed: bool = False,
) -> tuple[str, list[str], tuple[int, int] | None]:
    """Rows `offset` to `offset + limit` of `base`, whose rows are sorted by the paging variable first, asked of
    a few `units` at a time: as many as the `estimates` of their rows say the page needs, when given, else a
    step that grows from `first_step` by the rows per unit seen so far. Returns the header and rows (SPARQL TSV
    lines), and the index of the first unit of the window where the page begins with the rows skipped in it
    (None: no rows).

    The rows of a prefix of the units are a prefix of the results, so the page is read window after window,
    each asked for the rows still missing with LIMIT (and, in the window where the page starts, OFFSET): a
    first page is read, not counted and then read. Without estimates, the windows before the page are
    counted, not read, unless the page is `resumed` after a cursor: the rows it skips are then the first unit's,
    and the first window is read at once."""
    need = offset + limit
    rows: list[str] = []  # the page's rows so far, as SPARQL TSV lines
    head: str | None = None
    done = seen = 0  # units[:done] give `seen` rows: those before the page, then those in `rows`
    begins: tuple[int, int] | None = None  # the first unit of the window where the page begins, and rows skipped
    step = first_step
    while done < len(units) and len(rows) < limit:
        skip = max(0, offset - seen)
        if estimates is not None:
            step = _enough(estimates, done, _estimated_need(need - seen, seen, sum(estimates[:done])))
        step = min(step, MOST_STEP)
        window = _restricted(base, paging, units[done : done + step])
        counted = _count(store, window) if skip and estimates is None and not resumed else None
        if counted is None or counted > skip:
            if skip or step < SPLIT_LEAST or not store.runs_queries_at_once:
                head, found = _read(store, _sliced(window, limit - len(rows), skip))
            else:
                head, found = _read_halves(store, base, paging, units[done : done + step], limit - len(rows))
            if found and not rows:
                begins = done, skip
            rows += found
            if counted is None:  # a short read holds the window's rows after `skip`; an empty one says nothing,
                last = done + step >= len(units)  # which matters only if more units follow (no need to count it)
                counted = skip + len(found) if found or not skip or last else _count(store, window)
        done, seen = min(done + step, len(units)), seen + counted
        per_value = seen / done
        if estimates is None:
            wanted = max((need - seen) * 1.25, need - seen + MARGIN)
            step = max(1, min(4 * step, math.ceil(wanted / per_value))) if per_value else 4 * step
    if head is None:  # nothing read (no rows up to the page's end): the query's variables, from no units
        head, _ = _read(store, _restricted(base, paging, []))
    return head, rows, begins


def _next_position(
    store: Store, base: Query, paging: Paging, units: list, head: str, rows: list[str], begins: tuple[int, int]
) -> tuple[str, int]:
    """Where the page after these rows (of a query selecting the paging variable) starts: the unit of the last
    row and how many of its rows come before."""
    column = head.rstrip("\n").split("\t").index(f"?{paging.column}")
    cells = [row.rstrip("\n").split("\t")[column] for row in rows]
    last = cells[-1]
    if cells[0] != last:
        return last, cells.count(last)
    # The whole page is one unit's: it follows the rows of that unit skipped where the page began
    window, skipped = begins
    at = units.index(last, window)
    before = _count(store, _restricted(base, paging, units[window:at])) if at > window else 0
    return last, skipped - before + len(rows)


def _read_halves(store: Store, base: Query, paging: Paging, units: list, limit: int) -> tuple[str, list[str]]:
    """The first `limit` rows of `base` over `units`, read as two windows of half the units each, the second on
    another thread while this one reads the first: the rows of the first half come before those of the second,
    as in the whole window. The engine evaluates a query on one core, and the two at once cost about 1.3 times
    one (two windows of 33 source files at a million triples on disk: 25 ms at once, 39 one after the other)."""
    half = len(units) // 2
    second = _HALVES.submit(_read, store, _sliced(_restricted(base, paging, units[half:]), limit, 0))
    head, rows = _read(store, _sliced(_restricted(base, paging, units[:half]), limit, 0))
    _, more = second.result()
    return head, (rows + more)[:limit]


def _read(store: Store, query: Query) -> tuple[str, list[str]]:
    """The query's header line and row lines, as SPARQL TSV (each line with its newline)."""
    return _read_results(run_query(store, query))


def _read_results(results) -> tuple[str, list[str]]:
    header, *lines = results.serialize(format=ox.QueryResultsFormat.TSV).decode().split("\n")
    return header + "\n", [line + "\n" for line in lines[:-1]]  # (the last row's newline ends the text)


def _estimated_need(missing: int, seen: int, estimated: int) -> float:
    """How many estimated rows the next window should hold to give the `missing` rows, after units estimated
    to hold `estimated` rows gave `seen`.

    Estimates are often off by a steady factor (a scope's query counts statements, and a statement is a row
    per stance), so the first window holds FIRST_SHARE of what the estimates say is missing, and the next
    ones follow the rows per estimated row seen so far, with a quarter more: reading too many units costs
    their rows, too few one more query (at a million triples on disk, a source file's rows about 0.45 ms, a
    query about 2 ms)."""
    if not estimated:  # nothing read yet, or only units estimated to hold nothing
        return missing * (FIRST_SHARE if not seen else 1.25)
    if not seen:  # rows are much rarer than estimated
        return 4 * estimated
    return missing * estimated / seen * 1.25


def _enough(estimates: list[int], start: int, wanted: float) -> int:
    """How many units from `start` on are estimated to hold `wanted` rows (at least one)."""
    total = 0
    for taken, estimate in enumerate(estimates[start:], 1):
        total += estimate
        if total >= wanted:
            return taken
    return max(1, len(estimates) - start)


def _scoping_parameters(store: Store, query: Query, bound: set[str]) -> tuple[str, ...]:
    """The bound parameters over whose scopes' units a page may be made: the scoping parameters bound among those
    that narrow the query (one, or several at once: one actor on one vote); else, among those it only filters by,
    one whose scope its `# Sized by:` query says holds at most LISTED_MOST rows (neutral words, not rejections);
    else none."""
    narrowing = tuple(var for var in query.scoped_by if var in bound and var not in query.filtered_by)
    if narrowing:
        return narrowing
    for scope in query.scopes:
        for var in scope.variables:
            if var in bound and scope.size and _size(store, query, scope.size, var, LISTED_MOST) <= LISTED_MOST:
                return (var,)
    return ()


def _size(store: Store, query: Query, sizing: str, var: str, most: int) -> int:
    """How many rows the `# Sized by:` query gives for the value the query binds `var` to, counted up to one
    more than `most` (every rejection's 36,168 statements at a million triples on disk: 7 ms to count, a
    LIMIT of 2,001 a fraction of that)."""
    preamble = prologue(query.template)
    terms = dict(query.values)[var]
    rows = insert_in_where(Query(query.name, sizing), f"VALUES ?{var} {{ {' '.join(terms)} }}").text
    try:
        [row] = list(store.query(f"{preamble}SELECT (COUNT(*) AS ?rows) WHERE {{ {{ {rows}\nLIMIT {most + 1} }} }}"))
    except SyntaxError as exc:
        raise QueryError(f"{query.name}: the query sizing the scope of ?{var} does not parse ({exc})") from exc
    return int(row["rows"].value)


def _scope(
    store: Store, query: Query, paging: Paging, bound: str, need: int | None
) -> tuple[Query, list, list[int]] | None:
    """For a query bound on a parameter it declares as scoping it, whose scope holds more than its scope factor
    times the `need`ed rows, or is narrowed by other bound parameters its listing names: the query with its
    parameters as FILTERs, the scope's units in order, and their estimated rows. None when the page is better
    made by the scoped query itself (never for a `need` of None: a page after a cursor starts at a unit)."""
    units = next(scope.units for scope in query.scopes if bound in scope.variables)
    preamble = prologue(query.template)
    # The listing also sees every other bound parameter it names, so that it lists only the units holding rows
    # those leave, with estimates of those rows (one election's neutral words at a million triples: 50 of its
    # 100 source files, 150 rows of its 1,950 by the estimates).
    named = [(var, given) for var, given in query.values if var == bound or re.search(rf"\?{var}\b", units)]
    listing = scope_listing(query.name, units, named)
    # the build keeps the listing of each single value of a scope declared `# Kept for:` (kg.kept_listings)
    kept = kept_listing(store, query.name, listing) if len(named) == 1 and len(named[0][1]) == 1 else None
    found = listed(store, query, paging, preamble + listing, estimates=True, kept=kept)
    estimated = sum(rows for _, rows in found)
    # The scoped query costs every row of its scope, which the estimates count only when no other parameter
    # narrowed them: it is the cheaper way for a small scope only then. A listing of no units is an empty page.
    if need is not None and len(named) == 1 and 0 < estimated <= _scope_factor(query) * need:
        return None
    key = column_key([unit for unit, _ in found]) if store.sorts_text_by_code_point else None
    if key is None:
        var = paging.variable  # the engine's own order, as in kg.paging_units.ordered_units
        found = listed(store, query, paging, f"{preamble}SELECT * WHERE {{ {{ {listing} }} }} ORDER BY ?{var}", True)
    else:
        found.sort(key=lambda pair: key(pair[0]))
    return _filtering(query), [unit for unit, _ in found], [rows for _, rows in found]


def _kept_scopes(
    store: Store, query: Query, paging: Paging, bound: tuple[str, ...]
) -> tuple[Query, list, list[int]] | None:
    """For a query bound on several scoping parameters at once (one actor on one vote), each on one value whose
    listing the build kept (kg.kept_listings): the query with its parameters as FILTERs, the units every one of
    those listings holds, in order, and the least of their estimates for each (a row of one actor on one vote is
    in a source file holding statements of both). None when a listing was not kept: the page is then the
    narrowed query itself, which costs every row of the scope the engine starts from (Turkey on one vote at a
    million triples on disk: 40-54 ms for a page of its 200 rows)."""
    found: dict[str, int] | None = None
    for var in bound:
        given = dict(query.values)[var]
        units = next(scope.units for scope in query.scopes if var in scope.variables)
        kept = kept_listing(store, query.name, scope_listing(query.name, units, [(var, given)]))
        if kept is None:  # (as for a parameter given several values, an actor's label naming two actors)
            return None
        rows = dict(listed(store, query, paging, "", estimates=True, kept=kept))
        found = rows if found is None else {unit: min(n, rows[unit]) for unit, n in found.items() if unit in rows}
    key = column_key(list(found))
    if key is None:  # (kept listings are of stores that sort text by code point, but not of every kind of unit)
        return None
    units = sorted(found, key=key)
    return _filtering(query), units, [found[unit] for unit in units]


def _scope_factor(query: Query) -> float:
    """How many times the rows up to a page's end a scope of the query holds at most to be read as one query."""
    return SCOPE_FACTOR if query.scope_factor is None else query.scope_factor


def _filtering(query: Query) -> Query:
    """The bound query with its parameters as FILTERs rather than VALUES joins, so that the engine starts from
    the units a page gives it and not from a parameter's value (with a one-polarity VALUES beside a window of
    source files, Oxigraph started from every statement of that polarity).

    The same rows as the VALUES joins for parameters the query's required patterns join, as a scope's and a
    filtering parameter's are. IN compares by value, which for the IRIs and strings of parameters is identity;
    sameTerm would be stricter than some engines' own join (Virtuoso matches a plain string with an xsd:string
    one)."""
    if not query.values:
        return query
    unbound = replace(query, text=query.template, bound=(), values=(), template="")
    return insert_in_where(unbound, "\n  ".join(f"FILTER (?{v} IN ({', '.join(terms)}))" for v, terms in query.values))


def _restricted(query: Query, paging: Paging, values: list) -> Query:
    """The query restricted to the rows whose paging variable has one of `values`."""
    return insert_in_where(query, f"VALUES ?{paging.variable} {{ {' '.join(str(v) for v in values)} }}")


def _count(store: Store, query: Query) -> int:
    """How many rows the query gives (its ORDER BY dropped: counting needs no sorting)."""
    text = strip_comments(query.text)
    select = SELECT.search(text).start()
    order = outer_order_by(text)
    body = query.text[select : order.start()] if order else query.text[select:]
    counting = f"{query.text[:select]}SELECT (COUNT(*) AS ?pageRowCount) WHERE {{\n{body}\n}}"
    [row] = list(run_query(store, Query(query.name, counting)))
    return int(row["pageRowCount"].value)


def _sliced(query: Query, limit: int, offset: int) -> Query:
    return replace(query, text=f"{query.text}\nLIMIT {limit}\nOFFSET {offset}\n")
