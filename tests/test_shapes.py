"""Every SHACL shape has a conforming and a violating fixture; each violating one declares its report.

A fixture `tests/fixtures/shapes/NAME.violates.ttl` lists its expected results in `# expect: PATH COMPONENT`
lines (PATH a prefixed name, or - for none); the report must be exactly that set.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, SH

from kg.resources import shapes_file
from kg.validation import validate_graph

FIXTURES = Path(__file__).parent / "fixtures" / "shapes"


def node_shapes() -> list[str]:
    g = Graph().parse(shapes_file())
    return sorted(str(s).rsplit("#", 1)[-1].removesuffix("Shape") for s in g.subjects(RDF.type, SH.NodeShape))


def expected(path: Path) -> set[tuple[str, str]]:
    lines = [line.split(":", 1)[1].split() for line in path.read_text().splitlines() if line.startswith("# expect:")]
    return {(p, c) for p, c in lines}


def reported(path: Path) -> set[tuple[str, str]]:
    g = Graph().parse(path)
    _, results, _ = __import__("pyshacl").validate(g, shacl_graph=Graph().parse(shapes_file()), inference="none")
    found = set()
    for r in results.subjects(RDF.type, SH.ValidationResult):
        result_path = results.value(r, SH.resultPath)
        component = str(results.value(r, SH.sourceConstraintComponent)).rsplit("#", 1)[-1]
        found.add((g.namespace_manager.normalizeUri(result_path) if result_path else "-", component))
    return found


def test_every_shape_has_both_fixtures():
    for shape in node_shapes():
        assert (FIXTURES / f"{shape}.conforms.ttl").is_file(), shape
        assert (FIXTURES / f"{shape}.violates.ttl").is_file(), shape


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.conforms.ttl")), ids=lambda p: p.stem)
def test_conforming_fixture_conforms(fixture):
    report = validate_graph(Graph().parse(fixture))
    assert report.conforms, report.messages


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.violates.ttl")), ids=lambda p: p.stem)
def test_violating_fixture_gives_the_expected_report(fixture):
    assert not validate_graph(Graph().parse(fixture)).conforms
    assert reported(fixture) == expected(fixture)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.ttl")), ids=lambda p: p.stem)
def test_pyshacl_turbo_gives_the_same_report(fixture, monkeypatch):
    """The optional Rust engine (kg build --shacl turbo) reports exactly what pySHACL reports."""
    pytest.importorskip("pyshacl_turbo")
    from kg import validation

    monkeypatch.setenv("KG_SHACL_ENGINE", "pyshacl")
    reference = validation.validate_graph(Graph().parse(fixture))
    monkeypatch.setenv("KG_SHACL_ENGINE", "turbo")
    assert validation.shacl_engine() is not __import__("pyshacl").validate
    turbo = validation.validate_graph(Graph().parse(fixture))
    assert turbo.conforms == reference.conforms
    blank = r"<N?[0-9a-f]{32,}b?\d*>|<n[0-9a-f]{32,}b\d+>"
    import re

    assert sorted(re.sub(blank, "<bnode>", m) for m in turbo.messages) == sorted(
        re.sub(blank, "<bnode>", m) for m in reference.messages)
