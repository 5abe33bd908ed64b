"""Bad paging declarations, limits and offsets are clear errors (kg.paging, kg.paging_units, kg.queries): each names
the query and what is wrong with it."""

from __future__ import annotations

import re

import pytest

from kg import paging
from kg.errors import QueryError
from kg.queries import load_query, parse_query


def test_filtering_by_what_no_parameter_binds_is_a_clear_error(fixture_store):
    text = (
        "# Paged by: ?x\n#   SELECT DISTINCT ?x WHERE { ?x ?p ?o }\n# Filtered by: ?nopeParam\n"
        "SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x"
    )
    with pytest.raises(QueryError, match=re.escape("'# Filtered by:' names ?nopeParam, which no parameter binds")):
        paging.page(fixture_store, parse_query("bad", text), 10, 0)


@pytest.mark.parametrize("factor", ["many", "-1", "inf", "nan"])
def test_a_scope_factor_that_is_no_number_of_0_or_more_is_a_clear_error(factor):
    with pytest.raises(QueryError, match=re.escape(f"bad: '# Scope factor: {factor}'")):
        parse_query("bad", f"# Scope factor: {factor}\nSELECT * WHERE {{ ?s ?p ?o }}")


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("# Scoped by: ?nope\n#   SELECT ?x (COUNT(*) AS ?rows) WHERE { ?x ?p ?o } GROUP BY ?x", "no parameter binds"),
        ("# Scoped by: ?kParam\n#   SELECT ?x WHERE { ?x ?p ?kParam }", "selecting ?x and ?rows"),
        ("# Scoped by: ?kParam", "selecting ?x and ?rows"),
        (
            "# Sized by:\n#   SELECT ?x WHERE { ?x ?p ?kParam }",
            "'# Sized by:' and '# Kept for:' must follow the '# Scoped by:' block",
        ),
        (
            "# Scoped by: ?kParam\n#   SELECT ?x (COUNT(*) AS ?rows) WHERE { ?x ?p ?kParam } GROUP BY ?x\n"
            "# Sized by:\n#   ASK { ?x ?p ?kParam }",
            "'# Sized by:' must be followed by a query selecting the scope's rows",
        ),
        (
            "# Scoped by: ?kParam\n#   SELECT ?x (COUNT(*) AS ?rows) WHERE { ?x ?p ?kParam } GROUP BY ?x\n"
            "# Kept for:\n#   SELECT DISTINCT ?o WHERE { ?x ?p ?o }",
            "'# Kept for:' must follow a '# Scoped by:' block of one parameter and be followed by a query selecting",
        ),
        (
            "# Scoped by: ?kParam ?jParam\n#   SELECT ?x (COUNT(*) AS ?rows) WHERE { ?x ?kParam ?jParam } GROUP BY ?x\n"
            "# Kept for:\n#   SELECT DISTINCT ?kParam WHERE { ?x ?kParam ?o }",
            "'# Kept for:' must follow a '# Scoped by:' block of one parameter",
        ),
    ],
)
def test_bad_scoping_is_a_clear_error(fixture_store, header, message):
    text = (
        "# Parameters:\n#   k  string  optional  doc\n#   j  string  optional  doc\n"
        "# Paged by: ?x\n#   SELECT DISTINCT ?x WHERE { ?x ?p ?o }\n"
        f"{header}\nSELECT ?x WHERE {{ ?x ?p ?kParam }} ORDER BY ?x"
    )
    with pytest.raises(QueryError, match=re.escape(message)):
        paging.page(fixture_store, parse_query("bad", text), 10, 0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# Paged by: ?x\nSELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x", "must be followed by the query listing"),
        ("# Paged by: ?x\n#   SELECT ?x WHERE { ?x ?p ?o }\nSELECT ?x WHERE { ?x ?p ?o } ORDER BY ?o ?x", "ORDER BY"),
        ("# Paged by: ?x\n#   SELECT ?x WHERE { ?x ?p ?o }\nSELECT ?x WHERE { ?x ?p ?o }", "ORDER BY"),
        (  # a sub-select's ORDER BY is not the query's
            "# Paged by: ?x\n#   SELECT ?x WHERE { ?x ?p ?o }\n"
            "SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x } }",
            "ORDER BY",
        ),
        ("# Paged by: ?x\n#   SELECT ?y WHERE { ?y ?p ?o }\nSELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x", "select ?x"),
        ("# Paged by: ?x\n#   SELECT * WHERE { ?y ?p ?o }\nSELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x", "select ?x"),
        ("# Paged by: ?x\n#   SELECT ?x WHERE { ?x\nSELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x", "does not parse"),
        ("SELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x LIMIT 5", "its own LIMIT or OFFSET"),
    ],
)
def test_bad_paging_is_a_clear_error(fixture_store, text, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        paging.page(fixture_store, parse_query("bad", text), 10, 0)


def test_a_negative_limit_or_offset_is_refused(fixture_store):
    with pytest.raises(QueryError, match="0 or more"):
        paging.page(fixture_store, load_query("timeline"), -1, 0)
    with pytest.raises(QueryError, match="0 or more"):
        paging.page(fixture_store, load_query("timeline"), 10, -5)


def test_a_limit_inside_a_sub_select_is_not_the_querys_own():
    text = "SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?o } LIMIT 3 } }"
    assert not paging._SLICE.search(text)
    assert paging._SLICE.search(text + " LIMIT 2")
    assert not paging._SLICE.search(text + " ORDER BY ?limit ?offset")
