"""`kg serve`: the Oxigraph server over the store (read-only on disk, or a copy in memory), tested with
SPARQLWrapper as the client."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

from kg.build import build
from kg.errors import KgError
from kg.queries import load_query
from kg.serve import start_server, stop_server
from kg.store import GraphStore

from .conftest import EXAMPLES

PREFIX = "PREFIX ce: <https://w3id.org/contested-elections/ontology#>\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def built_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("served") / "store"
    with GraphStore.open(path) as store:
        build([EXAMPLES], store)
    return path


@pytest.fixture(scope="module", params=["disk", "memory"])
def endpoint(request, built_store):
    """The endpoint in both modes: every protocol test below runs against each."""
    port = free_port()
    process = start_server(built_store, port=port, timeout_s=10, memory=request.param == "memory")
    yield f"http://127.0.0.1:{port}", process
    stop_server(process)


def answers(url: str, query: str) -> list[dict]:
    """The bindings of a SELECT query sent with SPARQLWrapper."""
    return client(url, query, JSON).queryAndConvert()["results"]["bindings"]


def client(url: str, query: str, fmt) -> SPARQLWrapper:
    sparql = SPARQLWrapper(f"{url}/query")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def test_select_as_json(endpoint):
    url, _ = endpoint
    result = client(url, load_query("who-said-what").text, JSON).queryAndConvert()
    rows = result["results"]["bindings"]
    assert rows and {"statement", "actorLabel", "stance", "quote"} <= set(rows[0])


def test_select_as_xml_csv_and_tsv(endpoint):
    url, _ = endpoint
    query = PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { ?s a ce:Statement }"
    xml = client(url, query, XML).queryAndConvert()
    assert xml.getElementsByTagName("literal")[0].firstChild.data.isdigit()
    csv_text = client(url, query, CSV).queryAndConvert().decode()
    assert csv_text.splitlines()[0] == "n" and int(csv_text.splitlines()[1]) > 0
    tsv_text = client(url, query, TSV).queryAndConvert().decode()
    assert tsv_text.splitlines()[0] == "?n"


def test_construct_as_turtle(endpoint):
    url, _ = endpoint
    query = PREFIX + "CONSTRUCT { ?p a ce:Position } WHERE { ?p a ce:Position }"
    turtle = client(url, query, TURTLE).queryAndConvert().decode()
    assert "Position" in turtle


def test_malformed_query_is_answered_400(endpoint):
    url, _ = endpoint
    with pytest.raises(QueryBadFormed):
        client(url, "SELECT WHERE {", JSON).queryAndConvert()


def test_the_copy_in_memory_answers_what_the_store_on_disk_answers(built_store):
    """Same rows for every canned query (run without parameters) from both servers: the copy is complete."""
    disk_port, memory_port = free_port(), free_port()
    on_disk = start_server(built_store, port=disk_port)
    in_memory = start_server(built_store, port=memory_port, memory=True)
    try:
        for name in ("who-said-what", "timeline", "coverage", "speakers", "consensus"):
            text = load_query(name).text
            assert answers(f"http://127.0.0.1:{memory_port}", text) == answers(f"http://127.0.0.1:{disk_port}", text)
        count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        n = answers(f"http://127.0.0.1:{memory_port}", count)[0]["n"]["value"]
        with GraphStore.open(built_store) as store:
            assert int(n) == store.triple_count()
    finally:
        stop_server(on_disk)
        stop_server(in_memory)


def test_updates_to_the_copy_in_memory_never_reach_the_store(built_store):
    port = free_port()
    process = start_server(built_store, port=port, memory=True)
    try:
        with GraphStore.open(built_store) as store:
            on_disk = store.triple_count()
        update = SPARQLWrapper(f"http://127.0.0.1:{port}/update")
        update.setMethod(POST)
        update.setQuery("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }")
        update.query()
        assert answers(f"http://127.0.0.1:{port}", "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }") == []
    finally:
        stop_server(process)
    with GraphStore.open(built_store) as store:
        assert store.triple_count() == on_disk


def test_a_build_may_write_the_store_while_its_copy_is_served(tmp_path):
    path = tmp_path / "store"
    with GraphStore.open(path) as store:
        build([EXAMPLES / "abkhazia-2025.txt"], store)
    port = free_port()
    process = start_server(path, port=port, memory=True)
    try:
        with GraphStore.open(path) as store:  # the writer's lock is free: the copy does not hold the store
            build([EXAMPLES], store)
            grown = store.triple_count()
        served = answers(f"http://127.0.0.1:{port}", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert 0 < int(served[0]["n"]["value"]) < grown  # the snapshot taken at start
    finally:
        stop_server(process)


def test_a_store_that_cannot_be_read_fails_clearly_and_leaves_no_server(tmp_path):
    path = tmp_path / "store"
    path.mkdir()
    (path / "CURRENT").write_text("MANIFEST-000404\n")  # names a manifest that is not there
    port = free_port()
    with pytest.raises(KgError, match="could not read the store to copy it"):
        start_server(path, port=port, memory=True)
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=2)


@pytest.mark.parametrize("mode", [[], ["--memory"]], ids=["disk", "memory"])
def test_sigterm_stops_kg_serve_and_its_server(built_store, mode):
    port = free_port()
    command = [
        str(Path(sys.executable).with_name("kg")),
        "serve",
        "--store",
        str(built_store),
        "--port",
        str(port),
        *mode,
    ]
    kg = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready = kg.stdout.readline()
        assert f"http://127.0.0.1:{port}/query" in ready
        query = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/query?query={query}", headers={"Accept": "application/sparql-results+json"}
        )
        with urllib.request.urlopen(request) as response:
            assert int(json.load(response)["results"]["bindings"][0]["n"]["value"]) > 0
        kg.send_signal(signal.SIGTERM)
        assert kg.wait(20) == 0
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:  # the server has gone with it: nothing listens any more
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=1)
            except urllib.error.URLError:
                break
            time.sleep(0.2)
        else:
            pytest.fail("the Oxigraph server outlived kg serve")
    finally:
        if kg.poll() is None:
            kg.kill()
            kg.wait()


def test_a_signal_while_the_endpoint_is_announced_still_stops_the_server(monkeypatch):
    # the announcement is a client's cue to use the endpoint, and to signal kg serve: a signal arriving while it is
    # written (a loaded machine) left the server running, caught outside the block that stopped it
    from click.testing import CliRunner

    import kg.cli.serve as serve

    server = object()
    stopped = []
    monkeypatch.setattr(serve, "start_server", lambda *args, **kwargs: server)
    monkeypatch.setattr(serve, "stop_server", stopped.append)
    echo = serve.click.echo

    def interrupted(message="", **kwargs):
        echo(message, **kwargs)
        if "SPARQL endpoint" in str(message):
            raise KeyboardInterrupt

    monkeypatch.setattr(serve.click, "echo", interrupted)
    previous = signal.getsignal(signal.SIGTERM)
    try:
        result = CliRunner().invoke(serve.command, ["--store", "anywhere"])
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert result.exit_code == 0 and stopped == [server]


def test_updates_to_the_store_on_disk_are_refused_and_change_nothing(built_store):
    port = free_port()
    process = start_server(built_store, port=port)  # (the copy in memory takes updates: see the test above)
    try:
        url = f"http://127.0.0.1:{port}"
        count = PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        before = answers(url, count)[0]["n"]["value"]
        update = SPARQLWrapper(f"{url}/update")
        update.setMethod(POST)
        update.setQuery("DELETE WHERE { ?s ?p ?o }")
        with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)):
            update.query()
        assert answers(url, count)[0]["n"]["value"] == before
    finally:
        stop_server(process)


def test_the_query_page_is_served(endpoint):
    url, _ = endpoint
    with urllib.request.urlopen(url + "/") as response:
        assert response.status == 200 and b"<html" in response.read().lower()


def test_clean_shutdown(tmp_path):
    path = tmp_path / "store"
    with GraphStore.open(path) as store:
        build([EXAMPLES / "abkhazia-2025.txt"], store)
    process = start_server(path, port=free_port())
    assert stop_server(process) in (0, -15)
    assert process.poll() is not None
