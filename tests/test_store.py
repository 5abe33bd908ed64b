"""The store: one named graph per article, idempotent and atomic loads."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import StoreError
from kg.store import GraphStore


def graph(*values: str) -> Graph:
    g = Graph()
    for v in values:
        g.add((URIRef("urn:s"), URIRef("urn:p"), Literal(v)))
    return g


def quads(store: GraphStore) -> set[str]:
    return {str(q) for q in store._store}


def test_replace_graph_replaces_only_that_graph(store):
    store.replace_graph("urn:g1", graph("a", "b"))
    store.replace_graph("urn:g2", graph("c"))
    store.replace_graph("urn:g1", graph("z"))
    assert store.triple_count() == 2
    assert sorted(store.article_graphs()) == ["urn:g1", "urn:g2"]


def test_replacing_with_the_same_graph_changes_nothing(store):
    store.replace_graph("urn:g1", graph("a", "b"))
    before = quads(store)
    store.replace_graph("urn:g1", graph("a", "b"))
    assert quads(store) == before


def test_a_failed_write_leaves_the_store_as_it_was(store, monkeypatch):
    store.replace_graph("urn:g1", graph("a"))
    before = quads(store)
    broken = graph("b")
    monkeypatch.setattr(broken, "serialize", lambda **_: '<urn:s> <urn:p> "b" .\n<urn:s> <urn:p> "unterminated')
    with pytest.raises(StoreError):
        store.replace_graph("urn:g1", broken)
    assert quads(store) == before


def test_the_store_persists_on_disk(tmp_path):
    first = GraphStore.open(tmp_path / "s")
    first.replace_graph("urn:g1", graph("a"))
    first.flush()
    del first
    assert GraphStore.open(tmp_path / "s").triple_count() == 1


def test_optimizing_after_bulk_loads_keeps_every_quad(tmp_path):
    store = GraphStore.open(tmp_path / "s")
    for batch in range(6):
        store.add_graphs([(f"urn:g{batch}-{i}", f'<urn:s{i}> <urn:p> "{batch}" .\n', "") for i in range(50)])
    store.optimize()
    store.close()
    assert len(quads(GraphStore.open(tmp_path / "s"))) == 300


def test_a_file_in_place_of_the_store_folder_is_a_clear_error(tmp_path):
    (tmp_path / "s").write_text("not a store")
    with pytest.raises(StoreError, match="cannot open the store"):
        GraphStore.open(tmp_path / "s")


def test_replace_graph_from_file_in_chunks_leaves_only_the_new_triples(store, tmp_path):
    old = "".join(f"<urn:old{i}> <urn:p> <urn:o> .\n" for i in range(25))
    new = "".join(f"<urn:new{i}> <urn:p> <urn:o> .\n" for i in range(7))
    (tmp_path / "old.nt").write_text(old)
    (tmp_path / "new.nt").write_text(new)
    store.replace_graph("urn:other", graph("kept"))
    store.replace_graph_from_file("urn:big", tmp_path / "old.nt", chunk=4)
    assert store.triple_count() == 26
    store.drop_graph("urn:big", chunk=4)  # removed 4 at a time
    assert store.triple_count() == 1
    store.replace_graph_from_file("urn:big", tmp_path / "old.nt", chunk=4)
    store.replace_graph_from_file("urn:big", tmp_path / "new.nt", chunk=4)  # written 4 at a time
    subjects = {row["s"].value for row in store.query("SELECT ?s WHERE { GRAPH <urn:big> { ?s ?p ?o } }")}
    assert subjects == {f"urn:new{i}" for i in range(7)}
    assert store.triple_count() == 8


def test_remove_from_file_removes_those_triples_from_that_graph_only(store, tmp_path):
    lines = [f'<urn:s{i}> <urn:p> "{i}"^^<http://www.w3.org/2001/XMLSchema#integer> .\n' for i in range(10)]
    (tmp_path / "all.nt").write_text("".join(lines))
    (tmp_path / "gone.nt").write_text("".join(lines[:6]) + "<urn:never> <urn:p> <urn:o> .\n")
    store.add_from_file("urn:big", tmp_path / "all.nt")
    store.add_from_file("urn:twin", tmp_path / "all.nt")
    store.remove_from_file("urn:big", tmp_path / "gone.nt", chunk=4)  # 7 lines, 4 at a time; one was never there
    left = {row["s"].value for row in store.query("SELECT ?s WHERE { GRAPH <urn:big> { ?s ?p ?o } }")}
    assert left == {f"urn:s{i}" for i in range(6, 10)}
    assert store.triple_count() == 14  # the other graph keeps its 10


def test_adding_graphs_is_all_or_none(store):
    store.add_graphs([("urn:g1", '<urn:s> <urn:p> "a" .', '<urn:e> <urn:p> "shared" .')])
    before = quads(store)
    with pytest.raises(StoreError, match="nothing was written"):
        store.add_graphs([("urn:g2", '<urn:s> <urn:p> "b" .', ""), ("urn:g3", '<urn:s> <urn:p> "unterminated', "")])
    assert quads(store) == before
    store.add_graphs([("urn:g2", '<urn:s> <urn:p> "b" .', '<urn:e> <urn:p> "shared" .')])
    assert sorted(store.article_graphs()) == ["urn:g1", "urn:g2"] and store.triple_count() == 3
