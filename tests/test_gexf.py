"""GEXF export: valid against the official GEXF 1.3 schema (viz elements checked on their own, since viz.xsd
declares no target namespace), readable back by networkx with its counts and attributes, non-ASCII intact."""

from __future__ import annotations

import io
from pathlib import Path

import lxml.etree as ET
import networkx as nx
import pyoxigraph as ox
import pytest

from kg.export import export_network
from kg.gexf import VIZ_NS, to_gexf
from kg.network import VIEWS, build_view
from kg.positions import recompute_positions
from kg.store import GraphStore

from .conftest import REFERENCE

FIXTURE = Path(__file__).parent / "queries" / "fixture.trig"


@pytest.fixture(scope="module")
def store():
    s = GraphStore.in_memory()
    s._store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    recompute_positions(s)
    return s


@pytest.fixture(scope="module")
def schema():
    path = REFERENCE / "gexf-1.3" / "gexf.xsd"
    if not path.is_file():
        pytest.skip(f"the GEXF schema is not at {path}")
    return ET.XMLSchema(ET.parse(str(path)))


def without_viz(document: bytes) -> tuple[ET._ElementTree, list[ET._Element]]:
    tree = ET.parse(io.BytesIO(document))
    viz = [e for e in tree.iter() if isinstance(e.tag, str) and e.tag.startswith(f"{{{VIZ_NS}}}")]
    for element in viz:
        element.getparent().remove(element)
    return tree, viz


def check_viz(elements: list[ET._Element]) -> None:
    for e in elements:
        name = ET.QName(e).localname
        if name == "color":
            assert all(0 <= int(e.get(c)) <= 255 for c in "rgb"), ET.tostring(e)
        elif name in ("size", "thickness"):
            assert float(e.get("value")) >= 0
        else:
            pytest.fail(f"unexpected viz element {name}")


@pytest.mark.parametrize("dynamic", [False, True], ids=["static", "dynamic"])
@pytest.mark.parametrize("view", VIEWS)
def test_every_view_is_valid_gexf_1_3(store, schema, view, dynamic):
    document = export_network(store, "gexf", view, dynamic)
    tree, viz = without_viz(document)
    assert schema.validate(tree), schema.error_log
    assert viz, "colours and sizes are written"
    check_viz(viz)


@pytest.mark.parametrize("view", VIEWS)
def test_round_trip_through_networkx_keeps_counts_and_attributes(store, tmp_path, view):
    graph = build_view(store, view)
    path = tmp_path / f"{view}.gexf"
    export_network(store, "gexf", view, output=path)
    read = nx.read_gexf(path)
    assert read.number_of_nodes() == graph.number_of_nodes()
    assert read.number_of_edges() == graph.number_of_edges()
    for node, data in graph.nodes(data=True):
        assert read.nodes[node]["label"] == data["label"]
        assert read.nodes[node]["type"] == data["type"]
        if "qid" in data:
            assert read.nodes[node]["qid"] == data["qid"]


def test_position_edges_carry_polarity_stances_counts_and_dates(store):
    graph = build_view(store, "positions")
    edges = {(d["polarity"], graph.nodes[u]["label"], graph.nodes[v]["key"]): d for u, v, d in graph.edges(data=True)}
    belarus = edges[("reject", "Belarus", "crimea-2014-03-16-referendum")]
    assert (belarus["sign"], belarus["stances"], belarus["statements"]) == (-1, "non-recognition", 1)
    assert (belarus["start"], belarus["sources"]) == ("2014-03-17", "a.txt")
    assert ("endorse", "Belarus", "crimea-2014-03-16-referendum") in edges


def test_alignment_weights_count_shared_polarities(store):
    graph = build_view(store, "alignment")
    assert (
        graph["https://w3id.org/contested-elections/id/actor/Q191"][
            "https://w3id.org/contested-elections/id/actor/Q399"
        ]["elections"]
        == 2
    )  # Estonia and Armenia rejected both


def test_dynamic_export_has_intervals(store):
    tree, _ = without_viz(export_network(store, "gexf", "positions", dynamic=True))
    graph = tree.find("{http://gexf.net/1.3}graph")
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    assert any(e.get("start") for e in tree.iter("{http://gexf.net/1.3}edge"))


def test_non_ascii_labels_are_intact(tmp_path):
    graph = nx.DiGraph()
    graph.add_node("t", label="Türkiye", type="State")
    graph.add_node("nk", label="Nagorno-Karabakh presidential election — 2023", type="Election")
    graph.add_edge("t", "nk", polarity="reject", stances="non-recognition", weight=2.0)
    path = tmp_path / "g.gexf"
    path.write_bytes(to_gexf(graph))
    read = nx.read_gexf(path)
    assert read.nodes["t"]["label"] == "Türkiye"
    assert read.nodes["nk"]["label"] == "Nagorno-Karabakh presidential election — 2023"


def test_graphml_export(store, tmp_path):
    path = tmp_path / "g.graphml"
    export_network(store, "graphml", "positions", output=path)
    assert nx.read_graphml(path).number_of_edges() == build_view(store, "positions").number_of_edges()


def test_markup_and_characters_xml_forbids_in_values_still_give_a_valid_document(schema):
    graph = nx.DiGraph(view="positions")
    graph.add_node("a&b", label='Côte d\'Ivoire "CIV" <state>\x0b', type="State", note="line\nbreak")
    graph.add_node("e", label="vote", type="Election")
    graph.add_edge("a&b", "e", polarity="reject", weight=2, stances="non-recognition & condemnation")
    document = to_gexf(graph)
    tree, viz = without_viz(document)
    assert schema.validate(tree), schema.error_log
    read = nx.read_gexf(io.BytesIO(document))
    assert read.nodes["a&b"]["label"] == 'Côte d\'Ivoire "CIV" <state>'
    assert read.nodes["a&b"]["note"] == "line\nbreak"
    assert read.edges["a&b", "e"]["stances"] == "non-recognition & condemnation"
