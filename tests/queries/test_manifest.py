"""Runs every entry of manifest.ttl: a canned query on the fixture dataset against its expected rows."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import RDF

from kg.queries import bind, canned_queries, format_results, parse_query, run_query

HERE = Path(__file__).parent
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
KGT = Namespace("https://w3id.org/contested-elections/tests#")


def entries() -> list[dict]:
    manifest = Graph().parse(HERE / "manifest.ttl", publicID=(HERE / "manifest.ttl").as_uri())
    [root] = manifest.subjects(RDF.type, MF.Manifest)
    found = []
    for entry in Collection(manifest, manifest.value(root, MF.entries)):
        action = manifest.value(entry, MF.action)
        found.append(
            {
                "id": str(entry).rsplit("#", 1)[-1],
                "name": str(manifest.value(entry, MF.name)),
                "query": Path(manifest.value(action, QT.query).removeprefix("file://")),
                "data": Path(manifest.value(action, QT.data).removeprefix("file://")),
                "result": Path(manifest.value(entry, MF.result).removeprefix("file://")),
                "params": dict(str(p).split("=", 1) for p in manifest.objects(entry, KGT.param)),
                "lists": {str(c) for c in manifest.objects(entry, KGT.listColumn)},
                "ignore": {str(c) for c in manifest.objects(entry, KGT.ignoreColumn)},
            }
        )
    return found


def rows(text: str, lists: set[str], ignore: set[str]) -> list[dict]:
    result = []
    for row in csv.DictReader(io.StringIO(text)):
        result.append(
            {k: ", ".join(sorted(v.split(", "))) if k in lists else v for k, v in row.items() if k not in ignore}
        )
    return result


def test_every_canned_query_has_a_manifest_entry():
    assert {e["name"] for e in entries()} == set(canned_queries())


@pytest.mark.parametrize("entry", entries(), ids=lambda e: e["id"])
def test_canned_query_gives_the_expected_rows(entry, fixture_store):
    query = parse_query(entry["name"], entry["query"].read_text(encoding="utf-8"))
    got = format_results(run_query(fixture_store, bind(query, entry["params"], fixture_store)), "csv")
    expected = entry["result"].read_text(encoding="utf-8")
    assert rows(got, entry["lists"], entry["ignore"]) == rows(expected, entry["lists"], entry["ignore"]), got
