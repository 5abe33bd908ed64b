"""The pipeline on articles written for the tests (other votes, wire style, one that takes no position),
scored by `kg.evaluate` against their hand annotations."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.evaluate import evaluate, load_gold

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


@pytest.fixture(scope="module")
def handwritten_store(tmp_path_factory):
    from kg.store import GraphStore

    store = GraphStore.open(tmp_path_factory.mktemp("handwritten") / "store")
    report = build([ARTICLES], store)
    assert not report.errors, report.errors
    return store


def test_positions_on_the_handwritten_articles(handwritten_store):
    result = evaluate(handwritten_store, load_gold(ARTICLES / "gold.json"))
    assert result.positions.f1 >= 0.9, result.report()
    assert result.speaker_accuracy >= 0.9 and result.quote_accuracy >= 0.9, result.report()


@pytest.mark.parametrize(
    "name",
    [
        "transnistria-2021-no-position.txt",
        "campaign-trail-north-cyprus.txt",
        "moldova-2024-left-bank-voters.txt",  # the claimant states' own elections
        "georgia-2024-parliament-disputed.txt",
        "aliyev-2024-khankendi-vote.txt",
        "moldova-2020-runoff-left-bank-voters.txt",  # the territory's voters in the claimant's own runoff
    ],
)
def test_an_article_taking_no_position_gives_no_statement(handwritten_store, name):
    rows = handwritten_store.query(f"""SELECT ?s WHERE {{ ?s prov:wasDerivedFrom ?a .
                                      ?a ce:sourceFile "{name}" }}""")
    assert list(rows) == []
