"""Remote stores: `kg build --store URL` then `kg query --store URL` gives the rows of the embedded store,
against real servers on loopback (Oxigraph server, and Virtuoso 7 with a non-default password)."""

from __future__ import annotations

import csv
import io

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.kept_listings import listings_complete
from kg.positions import positions_being_rewritten, positions_complete
from kg.queries import canned_queries, load_query
from kg.remote import RemoteStore, _canonical_booleans, query_form, update_url_for
from kg.source_ranks import ranked_sources, ranks_complete
from kg.store import GraphStore

from . import servers
from .conftest import EXAMPLES


def rows(output: str) -> list[dict]:
    return sorted((dict(r) for r in csv.DictReader(io.StringIO(output))), key=lambda r: sorted(r.items()))


@pytest.fixture(scope="module")
def embedded_store(tmp_path_factory) -> str:
    """The embedded store of one build of the examples."""
    store = str(tmp_path_factory.mktemp("embedded") / "store")
    assert CliRunner().invoke(main, ["build", str(EXAMPLES), "--store", store]).exit_code == 0
    return store


@pytest.fixture(scope="module")
def embedded_rows(embedded_store):
    runner = CliRunner()
    result = runner.invoke(main, ["query", "who-said-what", "--format", "csv", "--store", embedded_store])
    assert result.exit_code == 0, result.output
    return rows(result.output)


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    url, process = servers.start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    yield url
    servers.stop(process)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    if servers.virtuoso_binary() is None:
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    url, process = servers.start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield url
    servers.stop(process)


def build_and_query(url: str, env: dict[str, str]) -> tuple[CliRunner, list[dict]]:
    runner = CliRunner(env=env)
    built = runner.invoke(main, ["build", str(EXAMPLES), "--store", url])
    assert built.exit_code == 0, built.output
    result = runner.invoke(main, ["query", "who-said-what", "--format", "csv", "--store", url])
    assert result.exit_code == 0, result.output
    return runner, rows(result.output)


def test_oxigraph_server_gives_the_rows_of_the_embedded_store(oxigraph, embedded_rows):
    runner, remote_rows = build_and_query(oxigraph, {})
    assert remote_rows == embedded_rows
    again = runner.invoke(main, ["build", str(EXAMPLES), "--store", oxigraph])
    assert "0 loaded, 3 unchanged" in again.output  # idempotent: graphs already there are left alone
    validated = runner.invoke(main, ["validate", "--store", oxigraph])
    assert validated.exit_code == 0, validated.output
    assert listings_complete(RemoteStore.from_url(oxigraph))  # (kept by the build, through SPARQL updates)


def test_every_canned_query_runs_on_the_oxigraph_server_as_on_the_embedded_store(oxigraph, embedded_store):
    runner, _ = build_and_query(oxigraph, {})
    with GraphStore.open(embedded_store) as local:  # an election of the examples, and an actor that spoke on it
        [found] = list(  # (a list: a pending result would keep the store open)
            local.query(
                "SELECT ?key ?qid WHERE { ?p a ce:Position ; ce:about/ce:key ?key ; ce:actor/ce:wikidata ?qid } "
                "ORDER BY ?key ?qid LIMIT 1"
            )
        )
    values = {"election": found["key"].value, "actor": found["qid"].value}
    for name in canned_queries():
        query = load_query(name)
        params = [f"{p}={values[p]}" for p, spec in query.parameters.items() if spec.required]
        args = ["query", name, "--format", "csv", *(a for p in params for a in ("--param", p))]
        here = runner.invoke(main, [*args, "--store", embedded_store])
        there = runner.invoke(main, [*args, "--store", oxigraph])
        assert here.exit_code == 0 and there.exit_code == 0, (name, here.output, there.output)
        assert rows(there.output) == rows(here.output), name


def pages_are_slices(runner: CliRunner, url: str, walked: tuple[str, ...] = ("who-said-what", "timeline")) -> None:
    """Pages through the server (units ordered by the server's own ORDER BY, or sorted here for Oxigraph) are
    slices of its full listing, and so are the pages of the `walked` listings after cursors; one election's
    listing is paged by its scope's units, its parameter a FILTER."""
    scope = ["--param", "election=abkhazia-2025-02-15-presidential"]
    for name, params in (("who-said-what", []), ("timeline", []), ("who-said-what", scope)):
        full = runner.invoke(main, ["query", name, *params, "--format", "csv", "--store", url])
        assert full.exit_code == 0, full.output
        header, *rows = full.output.splitlines()
        assert len(rows) > 3
        for limit, offset in [(1, 0), (1, 1), (2, 0), (3, 2), (1, len(rows) - 1)]:  # (1, 0) of the scope: by its units
            args = ["query", name, *params, "--format", "csv", "--limit", str(limit), "--offset", str(offset)]
            paged = runner.invoke(main, [*args, "--store", url])
            assert paged.exit_code == 0, paged.output
            assert paged.stdout.splitlines() == [header, *rows[offset : offset + limit]], (name, limit, offset)
        if name not in walked:
            continue
        walk, after, limit = [], [], str(max(2, len(rows) // 4))
        while after is not None:  # each page after the previous one's cursor
            args = ["query", name, *params, "--format", "csv", "--limit", limit, *after, "--store", url]
            paged = runner.invoke(main, args)
            assert paged.exit_code == 0, paged.output
            walk += paged.stdout.splitlines()[1:]
            after = ["--after", paged.stderr.split()[-1]] if paged.stderr else None
        assert walk == rows, name


def test_oxigraph_server_pages(oxigraph):
    runner, _ = build_and_query(oxigraph, {})
    assert ranked_sources(RemoteStore.from_url(oxigraph)) is not None  # (pages over ranks, through HTTP)
    pages_are_slices(runner, oxigraph)


def engine_sorts_text_by_code_point(url: str) -> bool | None:
    """What the client learns of the engine's ORDER BY from its first answer (kg.paging sorts listings of
    values itself only when it is Oxigraph's)."""
    store = RemoteStore.from_url(url)
    assert store.sorts_text_by_code_point is None
    list(store.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1"))
    return store.sorts_text_by_code_point


def test_the_client_knows_the_oxigraph_server_and_virtuoso_apart(oxigraph, virtuoso):
    assert engine_sorts_text_by_code_point(oxigraph) is True
    assert engine_sorts_text_by_code_point(virtuoso) is False


def test_every_query_form_reaches_both_servers_as_what_it_is(oxigraph, virtuoso):
    """The client names the form itself (SPARQLWrapper is told, not left to guess), and sends the Oxigraph
    server the query as the body once it knows the server: each form comes back as its own kind of result."""
    for url in (oxigraph, virtuoso):
        store = RemoteStore.from_url(url)
        for _ in range(2):  # (the first query learns the server, the second is sent as Oxigraph takes it)
            assert store.query("ASK { FILTER (1 = 1) }") and not store.query("ASK { ?s <urn:x#nothing> ?o }")
            assert store.query("# added by hand\nPREFIX x: <urn:x#>\nCONSTRUCT { x:a x:b 1 } WHERE {}") == [
                ox.Triple(ox.NamedNode("urn:x#a"), ox.NamedNode("urn:x#b"), ox.Literal(1))
            ]
            [row] = list(store.query('SELECT ?word WHERE { BIND ("{\\"value\\": \\"1\\"}" AS ?word) }'))
            assert row["word"].value == '{"value": "1"}'


def test_query_forms_and_booleans_are_read_without_parsing_the_whole_text():
    assert query_form("BASE <urn:b>\nPREFIX : <urn:x#>\nprefix a-b.c: <urn:y#>\n  select * {}") == "SELECT"
    assert query_form("DESCRIBE <urn:x>") == "DESCRIBE"
    assert query_form("PREFIX x: <urn:x#>\nDELETE WHERE { ?s ?p ?o }") is None
    assert query_form("SELECTED") is None
    boolean = "http://www.w3.org/2001/XMLSchema#boolean"
    body = (
        '{"head":{"vars":["b","s","n"]},"results":{"bindings":[{"b":{"type":"typed-literal","datatype":"BOOLEAN",'
        '"value":"0"},"s":{"type":"literal","value":"{\\"datatype\\":\\"BOOLEAN\\",\\"value\\":\\"1\\"}"},'
        '"n":{"type":"typed-literal","datatype":"http://www.w3.org/2001/XMLSchema#integer","value":"1"}}]}}'
    ).replace("BOOLEAN", boolean)
    [row] = list(ox.parse_query_results(_canonical_booleans(body.encode()), format=ox.QueryResultsFormat.JSON))
    assert row["b"] == ox.Literal(False)
    assert row["s"].value == '{"datatype":"BOOLEAN","value":"1"}'.replace(
        "BOOLEAN", boolean
    )  # (a string that looks like a term)
    assert row["n"] == ox.Literal(1)
    unchanged = body.replace('"value":"0"', '"value":"true"').encode()
    assert _canonical_booleans(unchanged) == unchanged


def test_virtuoso_gives_the_rows_of_the_embedded_store(virtuoso, embedded_rows):
    runner, remote_rows = build_and_query(virtuoso, virtuoso_writer(virtuoso))
    assert remote_rows == embedded_rows
    validated = runner.invoke(main, ["validate", "--store", virtuoso])
    assert validated.exit_code == 0, validated.output
    assert not ranks_complete(RemoteStore.from_url(virtuoso))  # (its order of strings is its own)
    assert not listings_complete(RemoteStore.from_url(virtuoso))
    pages_are_slices(runner, virtuoso, walked=("timeline",))  # (a first who-said-what page through it: 3-9 s)


def positions_of_a_later_build_are_those_of_one_build(url: str, env: dict[str, str], tmp_path, embedded) -> None:
    """A build that adds an article to a store updates only the positions it touches (SPARQL updates on the
    server): the positions are then those of one build of every article."""
    first = tmp_path / "first"
    first.mkdir()
    for path in sorted(p for p in EXAMPLES.iterdir() if p.suffix != ".md")[:2]:
        (first / path.name).write_bytes(path.read_bytes())
    runner = CliRunner(env=env)
    server = RemoteStore.from_url(url)
    assert not positions_complete(server)  # (an ASK through the client: Virtuoso answers it as a SELECT)
    for corpus in (first, EXAMPLES):
        built = runner.invoke(main, ["build", str(corpus), "--store", url])
        assert built.exit_code == 0, built.output
        assert positions_complete(server) and not positions_being_rewritten(server)
    assert "1 loaded, 2 unchanged" in built.output
    for store in (url, embedded):
        result = runner.invoke(main, ["query", "coverage", "--format", "csv", "--store", store])
        assert result.exit_code == 0, result.output
        if store == url:
            remote = rows(result.output)
    assert remote == rows(result.output) and len(remote) > 1


def test_a_later_build_updates_the_positions_on_the_oxigraph_server(tmp_path, embedded_store):
    url, process = servers.start_oxigraph(tmp_path / "server")
    try:
        positions_of_a_later_build_are_those_of_one_build(url, {}, tmp_path, embedded_store)
    finally:
        servers.stop(process)


def test_a_later_build_updates_the_positions_on_virtuoso(tmp_path, embedded_store):
    if servers.virtuoso_binary() is None:
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    url, process = servers.start_virtuoso(tmp_path / "server")
    try:
        positions_of_a_later_build_are_those_of_one_build(url, virtuoso_writer(url), tmp_path, embedded_store)
    finally:
        servers.stop(process)


def virtuoso_writer(url: str) -> dict[str, str]:
    """The environment of a user allowed to write to Virtuoso (through its authenticated endpoint)."""
    return {
        "KG_SPARQL_USER": servers.WRITER,
        "KG_SPARQL_PASSWORD": servers.WRITER_PASSWORD,
        "KG_SPARQL_AUTH": "digest",
        "KG_SPARQL_UPDATE_URL": url + "-auth",
    }


def test_virtuoso_refuses_updates_without_the_password(virtuoso, tmp_path):
    env = {
        "KG_SPARQL_USER": servers.WRITER,
        "KG_SPARQL_PASSWORD": "wrong",
        "KG_SPARQL_AUTH": "digest",
        "KG_SPARQL_UPDATE_URL": virtuoso + "-auth",
    }
    article = tmp_path / "new.txt"
    article.write_text("Latvia condemned the so-called referendum held in Crimea on 16 March 2014.", encoding="utf-8")
    result = CliRunner(env=env).invoke(main, ["build", str(article), "--store", virtuoso])
    assert result.exit_code == 3 and "Unauthorized" in result.output


def test_credentials_come_from_a_config_file(tmp_path, monkeypatch):
    config = tmp_path / "kg.conf"
    config.write_text("KG_SPARQL_USER=alice\nKG_SPARQL_PASSWORD=s3cret\nKG_SPARQL_AUTH=digest\n", encoding="utf-8")
    monkeypatch.setenv("KG_CONFIG", str(config))
    store = RemoteStore.from_url("http://127.0.0.1:1/sparql")
    assert (store._user, store._password, store._auth) == ("alice", "s3cret", "digest")
    assert update_url_for("http://127.0.0.1:1/query") == "http://127.0.0.1:1/update"


def test_an_unreachable_endpoint_is_a_clear_error():
    result = CliRunner().invoke(main, ["query", "who-said-what", "--store", "http://127.0.0.1:9/query"])
    assert result.exit_code == 3 and "cannot reach the endpoint" in result.output
