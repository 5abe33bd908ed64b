"""One-sentence reactions to a vote, each written after a sentence that reports the vote, scored by the positions the
extraction gives (`tests/fixtures/probes.txt`): the many ways news words a stance ("has made clear it does not
recognise", "joined the condemnation of", "Neither X nor Y recognises", "the vote was welcomed in Moscow"), and
sentences that take no position (background, candidates, analysts). A line marked "!" is a known miss: its test is
expected to fail, and fails the suite once a rule reads it, so that the mark is taken off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from .conftest import extract_text, sides

PROBES = Path(__file__).parent / "fixtures" / "probes.txt"


def _probes() -> list:
    cases = []
    for number, line in enumerate(PROBES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        published, expected, text = (part.strip() for part in line.split("|", 2))
        known_miss = expected.startswith("!")
        pairs = (
            set()
            if expected.lstrip("!") == "-"
            else {tuple(p.strip().split(":")) for p in expected.lstrip("!").split(",")}
        )
        marks = [pytest.mark.xfail(strict=True, reason="a known miss")] if known_miss else []
        cases.append(pytest.param(published, pairs, text.replace("\\n", "\n"), id=f"line-{number}", marks=marks))
    return cases


@pytest.mark.parametrize(("published", "expected", "text"), _probes())
def test_probe(nlp, published, expected, text):
    found = {(actor, polarity) for actor, _, polarity in sides(extract_text(nlp, text, date.fromisoformat(published)))}
    assert found == expected
