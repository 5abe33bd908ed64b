"""Every SHACL shape has a conforming and a violating fixture; each violating one declares its report.

A fixture `tests/fixtures/shapes/NAME.violates.ttl` lists its expected results in `# expect: PATH COMPONENT`
lines (PATH a prefixed name, or - for none); the report must be exactly that set.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Graph
from rdflib.namespace import RDF, SH

from kg.resources import shapes_file
from kg.validation import validate_graph

FIXTURES = Path(__file__).parent / "fixtures" / "shapes"


def _has_turbo() -> bool:
    try:
        import pyshacl_turbo  # noqa: F401
    except ImportError:
        return False
    return True


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


# each fixture through the build's own path too: N-Triples text, validated with either engine
@pytest.fixture(params=["pyshacl", "turbo"])
def engine(request, monkeypatch):
    if request.param == "turbo" and not _has_turbo():
        pytest.skip("no pyshacl-turbo")
    monkeypatch.setenv("KG_SHACL_ENGINE", request.param)
    return request.param


@pytest.fixture(params=[False, True], ids=["graph", "ntriples"])
def as_text(request) -> bool:
    return request.param


def validated(fixture: Path, as_text: bool):
    graph = Graph().parse(fixture)
    return validate_graph(graph.serialize(format="nt") if as_text else graph)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.conforms.ttl")), ids=lambda p: p.stem)
def test_conforming_fixture_conforms(fixture, as_text, engine):
    report = validated(fixture, as_text)
    assert report.conforms, report.messages


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.violates.ttl")), ids=lambda p: p.stem)
def test_violating_fixture_gives_the_expected_report(fixture, as_text, engine):
    assert not validated(fixture, as_text).conforms
    assert reported(fixture) == expected(fixture)


def results(engine, path: Path, shapes: Graph) -> tuple[bool, set[tuple[str, str, str]]]:
    """(conforms, {(focus node, path, constraint component)}) of one engine, blank nodes by their content."""
    g = Graph().parse(path)
    conforms, report, _ = engine(g, shacl_graph=shapes, inference="none")
    found = set()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(r, SH.focusNode)
        focus_key = (
            str(focus)
            if not isinstance(focus, BNode)
            else str(sorted((str(p), str(o)) for p, o in g.predicate_objects(focus)))
        )
        found.add((focus_key, str(report.value(r, SH.resultPath)), str(report.value(r, SH.sourceConstraintComponent))))
    return bool(conforms), found


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.ttl")), ids=lambda p: p.stem)
def test_pyshacl_turbo_gives_the_same_report(fixture):
    """The optional Rust engine (kg build --shacl turbo) reports exactly what pySHACL reports."""
    turbo = pytest.importorskip("pyshacl_turbo")
    import pyshacl

    from kg.validation import core_shapes_graph

    assert results(turbo.validate, fixture, core_shapes_graph()) == results(
        pyshacl.validate, fixture, core_shapes_graph()
    )
