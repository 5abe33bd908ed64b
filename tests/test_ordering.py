"""ORDER BY done in Python (kg.ordering): the engine's order exactly where it is done, the engine's sort
everywhere else."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest

from kg import ordering
from kg.queries import bind, canned_queries, load_query, parse_query, run_query, strip_comments
from kg.store import GraphStore

XSD = "http://www.w3.org/2001/XMLSchema#"
TEXTS = ["", "a", "A", "ab", "é", "e", "Z", 'say "no"', "back\\slash", "tab\there", "new\nline", "😀", "ß", "日本"]


def values_block(rows: list[list[ox.Literal | ox.NamedNode | None]], names: list[str]) -> str:
    cells = lambda row: " ".join("UNDEF" if term is None else str(term) for term in row)  # noqa: E731
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ {' '.join(f'({cells(row)})' for row in rows)} }}"


def random_term(rng: random.Random, kind: str):
    roll = rng.random()
    if roll < 0.1:
        return None
    if roll < 0.2:
        return ox.NamedNode(f"http://example.org/{rng.choice(TEXTS[1:4])}{rng.randint(0, 3)}")
    if kind == "string":
        text = "".join(rng.choice(TEXTS) for _ in range(rng.randint(0, 2)))
        return ox.Literal(text, datatype=ox.NamedNode(f"{XSD}string")) if rng.random() < 0.3 else ox.Literal(text)
    if kind == "integer":
        return ox.Literal(str(rng.randint(-50, 50)), datatype=ox.NamedNode(f"{XSD}integer"))
    day = f"{rng.randint(1990, 2030)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
    return ox.Literal(day, datatype=ox.NamedNode(f"{XSD}date"))


def rows_of(results) -> list[list[str | None]]:
    return [[None if term is None else str(term) for term in solution] for solution in results]


@pytest.mark.parametrize("seed", range(12))
def test_rows_sorted_here_are_in_the_engines_order(seed):
    rng = random.Random(seed)
    kinds = [rng.choice(["string", "integer", "date"]) for _ in range(3)]
    rows = [[random_term(rng, kind) for kind in kinds] + [ox.Literal(str(i))] for i in range(rng.randint(0, 60))]
    keys = " ".join(rng.choice(["?{}", "ASC(?{})", "DESC(?{})", "desc (?{})"]).format(n) for n in ("a", "b", "c"))
    slice_ = rng.choice(["", "LIMIT 7", "OFFSET 3", "LIMIT 5 OFFSET 2", "OFFSET 1 LIMIT 0"])
    text = f"SELECT * WHERE {{ {values_block(rows, ['a', 'b', 'c', 'i'])} }} ORDER BY {keys} ?i {slice_}"
    store = GraphStore.in_memory()
    here = ordering.ordered_here(store, text, text)
    assert here is not None, "every key is a selected variable of kinds sorted here"
    assert rows_of(here) == rows_of(store.query(text)) == rows_of(run_query(store, parse_query("q", text)))


@pytest.mark.parametrize("kind", ["strings", "iris"])
def test_a_column_of_plain_strings_or_of_iris_is_sorted_by_its_text(kind):
    texts = [t for t in TEXTS if not set(t) & set('"\\\t\n')] + ["a-b", "Ä", "ä", "z", "10", "9"]
    terms = [ox.Literal(t) if kind == "strings" else ox.NamedNode(f"http://example.org/{t}") for t in texts if t]
    random.Random(3).shuffle(terms)
    text = f"SELECT ?x WHERE {{ VALUES ?x {{ {' '.join(map(str, terms))} }} }} ORDER BY DESC(?x)"
    store = GraphStore.in_memory()
    assert ordering.column_key([str(t) for t in terms]) is ordering._between_delimiters
    assert rows_of(ordering.ordered_here(store, text, text)) == rows_of(store.query(text))


@pytest.mark.parametrize(
    ("values", "order"),
    [
        ('"b" "a"@en', "?x"),  # a language tag
        ('"b" 3', "?x"),  # a string and a number: their order is the engine's own
        ("2.5 1", "?x"),  # a decimal
        ('"2020-01-01T00:00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime>', "?x"),
        ('"b" "a"', "STR(?x)"),  # an expression
        ('"b" "a"', "?x ?hidden"),  # a variable the query does not select
        ('"b" "a"', '?x VALUES ?x { "a" }'),  # something else after the keys
    ],
)
def test_what_is_not_sorted_here_is_sorted_by_the_engine(values, order):
    store = GraphStore.in_memory()
    text = f"SELECT ?x WHERE {{ VALUES ?x {{ {values} }} }} ORDER BY {order}"
    assert ordering.ordered_here(store, text, text) is None
    query = parse_query("q", text)
    assert rows_of(run_query(store, query)) == rows_of(store.query(text))


def test_an_order_inside_a_sub_select_is_left_to_the_engine():
    store = GraphStore.in_memory()
    text = 'SELECT ?x WHERE { { SELECT ?x WHERE { VALUES ?x { "b" "a" } } ORDER BY ?x LIMIT 1 } }'
    assert ordering.ordered_here(store, text, text) is None
    assert rows_of(run_query(store, parse_query("q", text))) == [['"a"']]


def test_a_one_column_listing_keeps_its_unbound_rows():
    store = GraphStore.in_memory()
    text = 'SELECT ?x WHERE { VALUES ?x { "b" UNDEF "a" UNDEF } } ORDER BY DESC(?x)'
    assert rows_of(ordering.ordered_here(store, text, text)) == [['"b"'], ['"a"'], [None], [None]]


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_every_canned_query_is_sorted_here_as_the_engine_sorts_it(seed_store, name):
    query = load_query(name)
    given = {"actor": "Estonia", "election": "nagorno-karabakh-2020-03-31-general"}  # (in the seeds)
    query = bind(query, {p: given[p] for p, param in query.parameters.items() if param.required}, seed_store)
    here = ordering.ordered_here(seed_store, query.text, strip_comments(query.text))
    assert here is not None, f"{name}: its ORDER BY is sorted by the engine"
    assert rows_of(here) == rows_of(seed_store.query(query.text))
