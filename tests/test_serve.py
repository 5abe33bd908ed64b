"""`kg serve`: the Oxigraph server over the store, read-only, tested with SPARQLWrapper as the client."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request

import pytest
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

from kg.build import build
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
def endpoint(tmp_path_factory):
    path = tmp_path_factory.mktemp("served") / "store"
    with GraphStore.open(path) as store:
        build([EXAMPLES], store)
    port = free_port()
    process = start_server(path, port=port, timeout_s=10)
    yield f"http://127.0.0.1:{port}", process
    stop_server(process)


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


def test_updates_are_refused_and_change_nothing(endpoint):
    url, _ = endpoint
    count = PREFIX + "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    before = client(url, count, JSON).queryAndConvert()["results"]["bindings"][0]["n"]["value"]
    update = SPARQLWrapper(f"{url}/update")
    update.setMethod(POST)
    update.setQuery("DELETE WHERE { ?s ?p ?o }")
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)):
        update.query()
    after = client(url, count, JSON).queryAndConvert()["results"]["bindings"][0]["n"]["value"]
    assert after == before


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
