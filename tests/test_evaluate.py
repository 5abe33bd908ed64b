"""Scoring against a gold file: matching rules and the measures, on a small built store."""

from __future__ import annotations

import json

import pytest

from kg.build import build
from kg.errors import GoldError
from kg.evaluate import evaluate, load_gold
from kg.namespaces import CE

TEXT = (
    ' date 2014-03-17 "We will never recognise the so-called referendum held in Crimea on Sunday," '
    "Latvian Foreign Minister Edgars Rinkevics said.\n\nJapan condemned the vote.\n"
)


@pytest.fixture
def small_store(store, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    build([tmp_path / "a.txt"], store)
    return store


def gold(positions):
    return {"articles": [{"id": "1", "file": "a.txt", "published": "2014-03-17", "positions": positions}]}


def position(actor, qid, **extra):
    return {
        "actor": actor,
        "actor_qid": qid,
        "election": "crimea-2014-03-16-referendum",
        "polarity": "reject",
        "stances": ["non-recognition"],
        "speaker": None,
        "quote_contains": None,
        **extra,
    }


def test_a_perfect_match(small_store):
    result = evaluate(
        small_store,
        gold(
            [
                position("Latvia", "Q211", speaker="Edgars Rinkevics", quote_contains="never recognise the so-called"),
                position("Japan", "Q17", stances=["condemnation"]),
            ]
        ),
    )
    assert (result.positions.tp, result.positions.fp, result.positions.fn) == (2, 0, 0)
    assert result.speaker_accuracy == 1.0 and result.quote_accuracy == 1.0


def test_missed_and_spurious_positions_and_wrong_speaker(small_store):
    result = evaluate(
        small_store,
        gold(
            [
                position("Latvia", None, speaker="Someone Else", quote_contains="words nobody said"),
                position("Estonia", "Q191"),
            ]
        ),
    )
    assert (result.positions.tp, result.positions.fp, result.positions.fn) == (1, 1, 1)
    assert result.missed == ["a.txt: Estonia / crimea-2014-03-16-referendum / reject"]
    assert result.spurious and "Japan" in result.spurious[0]
    assert result.speaker_accuracy == 0.0 and result.quote_accuracy == 0.0


def test_election_matches_by_territory_alias_and_date(small_store):
    result = evaluate(small_store, gold([position("Latvia", "Q211", election="crimean-peninsula-2014-03-16-vote")]))
    assert result.positions.tp == 1


def test_bad_gold_files_are_clear_errors(tmp_path):
    path = tmp_path / "g.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(GoldError, match="not valid JSON"):
        load_gold(path)
    path.write_text(json.dumps({"articles": [{"file": "a", "positions": [{"actor": "X"}]}]}), encoding="utf-8")
    with pytest.raises(GoldError, match="lacks election, polarity"):
        load_gold(path)
    with pytest.raises(GoldError, match="cannot read"):
        load_gold(tmp_path / "missing.json")


def test_speakers_compare_without_case_or_diacritics():
    from kg.evaluate import _speakers

    assert _speakers("Mélanie Joly") == _speakers("melanie joly")


def test_an_official_is_the_same_speaker_in_another_transliteration():
    from kg.evaluate import _speakers

    assert _speakers("Mikhail Saakashvili") == _speakers("Mikheil Saakashvili")
    assert _speakers("Mustafa Akıncı") == _speakers("Mustafa Akinci")
    assert _speakers("Nika Saakashvili") != _speakers("Mikheil Saakashvili")  # another first name: another person


def test_other_counts_as_a_positions_stance_only_when_it_has_no_other(store, tmp_path):
    # a quotation going on from Japan's condemnation takes no side of its own ("other"): the position condemns
    text = TEXT.rstrip() + ' "We are watching the situation closely," Japanese spokesman Hikariko Ono told reporters.\n'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    build([tmp_path / "a.txt"], store)
    japan = position("Japan", "Q17", stances=["condemnation"], speaker="Hikariko Ono")
    result = evaluate(store, gold([position("Latvia", "Q211", speaker="Edgars Rinkevics"), japan]))
    assert (result.stances.tp, result.stances.fp, result.stances.fn) == (2, 0, 0) and result.speaker_accuracy == 1.0
    japans = f"PREFIX ce: <{CE}> SELECT ?s WHERE {{ ?p a ce:Position ; ce:actor/ce:wikidata 'Q17' ; ce:stance ?s }}"
    stances = store.query(japans)
    assert [row["s"].value.rsplit("#")[-1] for row in stances] == ["condemnation"]
