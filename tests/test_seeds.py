"""The whole pipeline on the five seed articles: validation, provenance, and the extraction targets."""

from __future__ import annotations

from kg.evaluate import evaluate, load_gold
from kg.validation import run_checks, validate_store

from .conftest import GOLD


def test_the_seed_graph_conforms(seed_store):
    report = validate_store(seed_store)
    assert report.conforms, report.messages


def test_every_span_reproduces_its_text(seed_store):
    assert run_checks(seed_store).conforms


def test_statements_come_from_all_five_articles(seed_store):
    rows = seed_store.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?s a ce:Statement ; prov:wasDerivedFrom ?a }")
    assert int(next(iter(rows))["n"].value) == 5


def test_extraction_targets_on_the_seeds(seed_store):
    result = evaluate(seed_store, load_gold(GOLD))
    assert result.positions.f1 >= 0.95, result.report()
    assert result.speaker_accuracy >= 0.95, result.report()
    assert result.quote_accuracy >= 0.90, result.report()
    assert result.stances.precision >= 0.90 and result.stances.recall >= 0.90, result.report()
    assert not result.spurious, result.spurious
