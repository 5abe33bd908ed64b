"""How a listing is paged (kg.paging) and the units it is paged over.

A canned listing declares the variable that leads its ORDER BY and a query listing that variable's values, its
units (`# Paged by:`); `paging_of` reads the declaration and checks it against the query. `ordered_units` gives the
values in the order of the query's ORDER BY: listed by the units query and sorted here where kg.ordering gives
the engine's order, else sorted by the engine; with the estimates of their rows where the units query selects
`?rows`; or, for values the build ranks (`# Ranked by:`, kg.source_ranks), a view that reads their names by
rank as a page asks for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import QueryError
from kg.ordering import column_key, integer_cell, outer_order_by, tsv_table
from kg.queries import Query, insert_in_where, strip_comments
from kg.source_ranks import RANKINGS, ranked_sources
from kg.store import Store

SELECT = re.compile(r"\bSELECT\b", re.I)
_PROJECTION = re.compile(r"\s*SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\s*(?:WHERE\b|\{)", re.I | re.S)


@dataclass(frozen=True)
class Paging:
    """How a query is paged: the variable leading its ORDER BY, the query listing that variable's values, the
    column the results give it (the variable's own, or the alias it is selected as: `(?var AS ?column)`), and
    whether the build ranks those values (source files, kg.source_ranks)."""

    variable: str
    units_query: str
    column: str = ""
    ranked: bool = False

    @property
    def estimated(self) -> bool:
        """Whether the units query also selects ?rows, an estimate of each unit's rows."""
        projection = _PROJECTION.match(self.units_query)
        return bool(projection and re.search(r"\?rows\b", projection[1]))


def paging_of(query: Query) -> Paging | None:
    """The query's declared paging, checked against its ORDER BY; None when it declares none.

    Raises:
        QueryError: the declaration has no units query, or the query is not sorted by the variable first.
    """
    if not query.paged_by:
        return None
    var = query.paged_by
    if not query.units:
        raise QueryError(f"{query.name}: '# Paged by: ?{var}' must be followed by the query listing its values")
    projection = _PROJECTION.match(query.units)
    if not projection or not (projection[1].strip() == "*" or re.search(rf"\?{var}\b", projection[1])):
        raise QueryError(f"{query.name}: the query listing its units does not select ?{var}")
    parameters = {p.variable for p in query.parameters.values()}
    if not set(query.filtered_by) <= parameters:
        unknown = ", ".join(f"?{v}" for v in sorted(set(query.filtered_by) - parameters))
        raise QueryError(f"{query.name}: '# Filtered by:' names {unknown}, which no parameter binds")
    for scope in query.scopes:
        if not scope.variables:
            raise QueryError(f"{query.name}: '# Sized by:' and '# Kept for:' must follow the '# Scoped by:' block")
        if not set(scope.variables) <= parameters:
            unknown = ", ".join(f"?{v}" for v in sorted(set(scope.variables) - parameters))
            raise QueryError(f"{query.name}: '# Scoped by:' names {unknown}, which no parameter binds")
        projection = _PROJECTION.match(scope.units)
        if not projection or not all(re.search(rf"\?{v}\b", projection[1]) for v in (var, "rows")):
            raise QueryError(f"{query.name}: '# Scoped by:' must be followed by a query selecting ?{var} and ?rows")
        if scope.size and not _PROJECTION.match(scope.size):
            raise QueryError(f"{query.name}: '# Sized by:' must be followed by a query selecting the scope's rows")
        if scope.kept_for:
            projection = _PROJECTION.match(scope.kept_for)
            if (
                len(scope.variables) != 1
                or not projection
                or not re.search(rf"\?{scope.variables[0]}\b", projection[1])
            ):
                raise QueryError(
                    f"{query.name}: '# Kept for:' must follow a '# Scoped by:' block of one parameter and be followed "
                    "by a query selecting its values"
                )
    text = strip_comments(query.text)
    select = SELECT.search(text)
    selected = _PROJECTION.match(text, select.start()) if select else None  # (the alias the results give ?var)
    alias = selected and re.search(rf"\(\s*\?{var}\s+AS\s+\?(\w+)\s*\)", selected[1], re.I)
    column = alias[1] if alias else var
    order = outer_order_by(text)
    if order is None or not re.compile(rf"\s*(ASC\s*\(\s*)?\?({var}|{column})\b", re.I).match(text, order.end()):
        raise QueryError(f"{query.name}: paged by ?{var}, so its ORDER BY must start with ?{var}")
    if query.ranked_by and query.ranked_by not in RANKINGS:
        raise QueryError(f"{query.name}: '# Ranked by: {query.ranked_by}' names no ranking the build keeps")
    return Paging(var, query.units, column, ranked=bool(query.ranked_by))


def ordered_units(store: Store, query: Query, paging: Paging) -> tuple[list[str], list[int] | None]:
    """The paging variable's values (in SPARQL syntax), without repeats, in the order of the query's ORDER BY,
    with the estimates of their rows where the units query gives them (else None). Values the build ranks are
    a view read by rank as the page asks for them, when the store's ranks are complete (kg.source_ranks)."""
    if paging.ranked and (ranked := ranked_sources(store)) is not None:
        return ranked, None
    preamble = prologue(query.text)
    var = paging.variable
    if store.sorts_text_by_code_point is not False:  # Oxigraph, embedded or a server (or not known yet)
        found = listed(store, query, paging, preamble + paging.units_query, estimates=paging.estimated)
        # sorted here where kg.ordering gives the engine's order: 10 ms against 27 for an ORDER BY of 7,560
        # source files at a million triples on disk (through the in-memory server, 20 against 55)
        values = [unit for unit, _ in found] if paging.estimated else found
        if store.sorts_text_by_code_point and (key := column_key(values)):
            return _merged(sorted(found, key=(lambda pair: key(pair[0])) if paging.estimated else key), paging)
    # another engine (its collation may differ), other kinds of terms, or a mix: the engine's own ORDER BY,
    # which the query's ORDER BY also follows
    listing = f"{preamble}SELECT * WHERE {{ {{ {paging.units_query} }} }} ORDER BY ?{var}"
    return _merged(listed(store, query, paging, listing, estimates=paging.estimated), paging)


def _merged(found: list, paging: Paging) -> tuple[list[str], list[int] | None]:
    """Units and their estimates (None for a units query without ?rows), a unit listed twice counted once
    with the sum of its estimates."""
    if not paging.estimated:
        return found, None
    rows: dict[str, int] = {}
    for unit, estimate in found:
        rows[unit] = rows.get(unit, 0) + estimate
    return list(rows), list(rows.values())


def listed(
    store: Store, query: Query, paging: Paging, listing: str, estimates: bool = False, kept: str | None = None
) -> list:
    """The values of the paging variable in the results of `listing` (or in the results the build `kept` for it,
    as SPARQL TSV: kg.kept_listings), in SPARQL syntax, without repeats, in their order (with `estimates`: pairs
    of a value and the integer its ?rows gives).

    The results are read as the SPARQL TSV format writes them, whose cells are terms in SPARQL syntax: one
    string for thousands of values rather than a Python object for each (7,560 source files at a million
    triples on disk: 21 ms instead of 29)."""
    try:
        solutions = kept if kept is not None else store.query(listing)
    except SyntaxError as exc:
        raise QueryError(f"{query.name}: the query listing ?{paging.variable} does not parse ({exc})") from exc
    variables, table = tsv_table(solutions)
    if f"?{paging.variable}" not in variables:  # (SELECT * over patterns without it)
        raise QueryError(f"{query.name}: the query listing its units does not select ?{paging.variable}")
    column = variables.index(f"?{paging.variable}")
    if estimates:
        rows = variables.index("?rows")
        return [(cells[column], integer_cell(cells[rows])) for cells in table if cells[column]]  # (bound ones)
    return [value for value in dict.fromkeys(cells[column] for cells in table) if value]


def scope_listing(name: str, units: str, named: list[tuple[str, tuple[str, ...]]]) -> str:
    """The text of a scope's listing `units` seeing the values of the `named` parameters (each a variable and its
    terms): each VALUES at the head of the WHERE group that first uses its variable, so that a listing may count
    its statements in a sub-select (by article, each article's source file then looked up once) that sees them."""
    listing = Query(name, units)
    for var, given in named:
        listing = insert_in_where(listing, f"VALUES ?{var} {{ {' '.join(given)} }}", used_by=var)
    return listing.text


def prologue(text: str) -> str:
    """What comes before a query's SELECT (its comments and PREFIX lines), for the queries made from it."""
    return text[: SELECT.search(strip_comments(text)).start()]
