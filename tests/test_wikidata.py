"""Wikidata linking: offline from the gazetteer; online against a real local SPARQL server (Oxigraph) holding
a Wikidata-shaped fixture; Wikimedia etiquette against a local HTTP stand-in. No test touches the internet."""

from __future__ import annotations

import http.server
import json
import shutil
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.kept_listings import keep_listings as keep
from kg.kept_listings import listings_complete
from kg.linking import link, score_body, score_person
from kg.queries import bind, load_query, run_query
from kg.store import GraphStore
from kg.validation import validate_store
from kg.wikidata import USER_AGENT, WikidataClient, WikidataError
from loaders.gazetteer import load_gazetteer

from . import servers
from .conftest import ROOT

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def wikidata_endpoint(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wikidata")
    data = ox.Store(str(folder))
    data.load(path=str(FIXTURES / "wikidata.ttl"), format=ox.RdfFormat.TURTLE)
    data.flush()
    del data
    url, process = servers.start_oxigraph(folder)
    yield url
    servers.stop(process)


@pytest.fixture(scope="module")
def built_articles(tmp_path_factory) -> Path:
    """The handwritten articles built once into a store folder, closed: a build of the two thousand articles takes
    minutes, and each test that links writes to its store, so each copies the folder (`article_store`)."""
    folder = tmp_path_factory.mktemp("articles") / "store"
    store = GraphStore.open(folder)
    build([FIXTURES / "articles"], store)
    store.close()
    return folder


@pytest.fixture
def article_store(built_articles, tmp_path):
    shutil.copytree(built_articles, tmp_path / "store")
    store = GraphStore.open(tmp_path / "store")
    yield store
    store.close()


def test_states_and_organisations_are_linked_offline(article_store):
    rows = list(
        article_store.query("""SELECT ?actor ?qid ?same WHERE { ?actor ce:wikidata ?qid ; owl:sameAs ?same .
                                        { ?actor a ce:State } UNION { ?actor a ce:InternationalOrganization } }""")
    )
    assert rows and all(r["same"].value == f"http://www.wikidata.org/entity/{r['qid'].value}" for r in rows)
    unlinked = {
        r["label"].value
        for r in article_store.query(
            """SELECT ?label WHERE { { ?actor a ce:State } UNION { ?actor a ce:InternationalOrganization }
               ?actor rdfs:label ?label FILTER NOT EXISTS { ?actor ce:wikidata ?q } }"""
        )
    }
    # only the actors the bundled gazetteer has no QID for (the OSCE Minsk Group, the Group of Seven): kg link
    # looks them up online
    without_qid = {e.name for e in load_gazetteer().entities.values() if e.qid is None}
    assert unlinked <= without_qid


def test_online_linking_against_a_local_endpoint(article_store, wikidata_endpoint, tmp_path):
    client = WikidataClient(wikidata_endpoint, cache_dir=tmp_path / "cache")
    calls = []
    with pytest.MonkeyPatch.context() as patch:  # (the links change the store: its kept listings are kept again)
        patch.setattr("kg.linking.keep_listings", lambda store: calls.append(listings_complete(store)) or keep(store))
        report = link(article_store, client)
    assert calls == [False], "the listings' mark is taken away before the links are written"
    assert listings_complete(article_store)
    linked = {label: qid for label, qid, _ in report.linked}
    assert linked["David Zalkaliani"] == "Q90000001"
    assert linked["William Hague"] == "Q90000002"  # the politician, not the footballer of the same name
    assert linked["Government (Ukraine)"] == "Q90000012"  # "Kiev's interim government said ..."
    assert "Anatoly Bibilov" not in linked  # not a human in the fixture: below the threshold
    assert report.memberships >= 5
    assert validate_store(article_store).conforms
    methods = list(
        article_store.query(
            "SELECT ?score ?method WHERE { ?l a ce:WikidataLink ; ce:score ?score ; ce:method ?method }"
        )
    )
    assert methods and all(0 <= float(r["score"].value) <= 1 and r["method"].value for r in methods)


def test_a_rerun_is_answered_from_the_cache(article_store, wikidata_endpoint, tmp_path):
    first = WikidataClient(wikidata_endpoint, cache_dir=tmp_path / "cache")
    link(article_store, first)
    assert first.requests > 0
    again = WikidataClient("http://127.0.0.1:9/unreachable", cache_dir=tmp_path / "cache")
    again.endpoint = wikidata_endpoint  # same cache keys, but any request would now be counted
    report = link(article_store, again)
    assert again.requests == 0 and report.linked


def test_positions_by_bloc_after_linking(article_store, wikidata_endpoint, tmp_path):
    link(article_store, WikidataClient(wikidata_endpoint, cache_dir=tmp_path / "cache"))
    query = bind(load_query("positions-by-bloc"), {"election": "south-ossetia-2022-04-10-presidential"})
    rows = {(r["blocLabel"].value, r["polarity"].value) for r in run_query(article_store, query)}
    assert ("Council of Europe", "reject") in rows


def test_federated_example_runs_against_a_local_endpoint(wikidata_endpoint):
    store = GraphStore.in_memory()
    store._store.load(path=str(Path(__file__).parent / "queries" / "fixture.trig"), format=ox.RdfFormat.TRIG)
    from kg.positions import recompute_positions

    recompute_positions(store)
    store._store.update("""INSERT DATA { <http://www.wikidata.org/entity/Q191> <http://www.wikidata.org/prop/direct/P35>
                           <http://www.wikidata.org/entity/Q90000009> . }""")
    text = (ROOT / "queries" / "examples" / "federated-wikidata.rq").read_text(encoding="utf-8")
    assert "SERVICE <https://query.wikidata.org/sparql>" in text
    local = text.replace("https://query.wikidata.org/sparql", wikidata_endpoint)
    rows = list(store.query(local))  # the fixture server knows no head of state: the join is empty but runs
    assert rows == []


def test_scores():
    human = {
        "item": "http://www.wikidata.org/entity/Q1",
        "position": "x",
        "country": "http://www.wikidata.org/entity/Q230",
    }
    assert score_person([human], "Q230") == ("Q1", 1.0, "label+P31=Q5+P39+P27")
    twin = {**human, "item": "http://www.wikidata.org/entity/Q2"}
    assert score_person([human, twin], "Q230")[1] == 0.5  # two equally good humans: ambiguous
    body = score_body(
        "Ministry of Foreign Affairs (Georgia)",
        [{"item": "http://www.wikidata.org/entity/Q3", "label": "Ministry of Foreign Affairs of Georgia"}],
    )
    assert body[0] == "Q3" and body[1] == 0.75
    assert (
        score_body(
            "Ministry of Foreign Affairs (Georgia)",
            [{"item": "http://www.wikidata.org/entity/Q3", "label": "Ministry of Foreign Affairs of Georgia"}],
            "Q230",
        )[1]
        == 1.0
    )


class StandIn(http.server.BaseHTTPRequestHandler):
    """Answers from a script of (status, headers, body, delay) and records the User-Agent of each request."""

    script: list = []
    agents: list = []

    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).agents.append(self.headers.get("User-Agent"))
        status, headers, body, delay = type(self).script.pop(0)
        time.sleep(delay)
        try:
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Type", "application/sparql-results+json" if status == 200 else "text/plain")
            self.end_headers()
            self.wfile.write(body.encode())
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


OK = json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "1"}}]}})


@pytest.fixture
def stand_in():
    StandIn.agents = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()


def test_429_is_honoured_with_its_retry_after(stand_in):
    StandIn.script = [(429, {"Retry-After": "7"}, "slow down", 0), (200, {}, OK, 0)]
    waits = []
    client = WikidataClient(stand_in, sleep=waits.append)
    assert client.select("SELECT ?x WHERE {}") == [{"x": "1"}]
    assert waits == [7.0] and client.requests == 2


def test_5xx_backs_off_then_gives_up(stand_in):
    StandIn.script = [(503, {}, "busy", 0), (502, {}, "busy", 0), (503, {}, "busy", 0)]
    waits = []
    client = WikidataClient(stand_in, sleep=waits.append, retries=2)
    with pytest.raises(WikidataError, match="HTTP 503 after 3 attempts"):
        client.select("SELECT ?x WHERE {}")
    assert waits == [1.0, 2.0]


def test_a_request_for_a_user_agent_is_a_clear_error_not_retried(stand_in):
    StandIn.script = [(403, {}, "Please set a user-agent and respect our robot policy", 0)]
    with pytest.raises(WikidataError, match="asks for a User-Agent"):
        WikidataClient(stand_in, sleep=lambda s: None).select("SELECT ?x WHERE {}")
    assert StandIn.agents == [USER_AGENT] and "contested-elections-kg" in USER_AGENT


def test_a_timeout_is_retried_then_reported(stand_in):
    StandIn.script = [(200, {}, OK, 3), (200, {}, OK, 3)]
    client = WikidataClient(stand_in, timeout=1, retries=1, sleep=lambda s: None)
    with pytest.raises(WikidataError, match="no answer"):
        client.select("SELECT ?x WHERE {}")
