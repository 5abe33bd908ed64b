"""The gazetteer against the reference tables in ../shared/reference (QIDs and ISO codes)."""

from __future__ import annotations

import csv

import pytest

from loaders.gazetteer import load_gazetteer
from loaders.mentions import find_mentions
from loaders.text import normalise

from .conftest import REFERENCE

UN_MEMBERS_AND_OBSERVERS = 193 + 2


def reference(name):
    path = REFERENCE / name
    if not path.is_file():
        pytest.skip(f"{path} is not there")
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_every_un_member_and_observer_state_is_listed():
    states = [e for e in load_gazetteer().entities.values() if e.kind == "State"]
    assert len(states) == UN_MEMBERS_AND_OBSERVERS
    assert all(s.qid and s.iso3 for s in states)


def test_state_qids_and_codes_agree_with_the_reference():
    rows = {r["iso_alpha3"]: r for r in reference("countries-wikidata.csv")}
    states = [e for e in load_gazetteer().entities.values() if e.kind == "State"]
    disagreements = [
        (s.name, s.qid, rows[s.iso3]["wikidata_qid"])
        for s in states
        if s.iso3 in rows and rows[s.iso3]["wikidata_qid"] != s.qid
    ]
    assert not disagreements
    assert all(s.iso3 in rows for s in states)
    assert all(rows[s.iso3]["iso_alpha2"] == s.iso2 for s in states)


def test_organisation_qids_agree_with_the_reference():
    rows = {r["name"]: r["wikidata_qid"] for r in reference("international-bodies-wikidata.csv")}
    by_qid = {v: k for k, v in rows.items()}
    gaz = load_gazetteer()
    orgs = [e for e in gaz.entities.values() if e.kind != "State"]
    checked = 0
    for org in orgs:
        names = [org.name] + [f for f, s in gaz.actor_forms.items() if s.target == org.name]
        listed = [rows[n] for n in names if n in rows]
        if listed:
            checked += 1
            assert org.qid == listed[0], (org.name, org.qid, listed[0])
        if org.qid in by_qid:
            assert by_qid[org.qid] in names or org.qid == rows.get(by_qid[org.qid])
    assert checked >= 20


@pytest.mark.parametrize(
    "surface, name",
    [
        ("Türkiye", "Turkey"),
        ("Turkish Foreign Ministry", "Turkey"),
        ("Italian MFA", "Italy"),
        ("Baku", "Azerbaijan"),
        ("Ankara", "Turkey"),
        ("Yerevan", "Armenia"),
        ("Moscow", "Russia"),
        ("Kyiv", "Ukraine"),
        ("Brussels", "European Union"),
        ("the U.K.", "United Kingdom"),
        ("the Ministry of Foreign Affairs of Kazakhstan", "Kazakhstan"),
        ("the State Department", "United States"),
        ("the British Embassy in Azerbaijan", "United Kingdom"),
        ("the Turkic Council", "Organization of Turkic States"),
        ("PACE", "Parliamentary Assembly of the Council of Europe"),
        ("the OSCE Minsk Group", "OSCE Minsk Group"),
        ("Organization for Islamic Cooperation", "Organisation of Islamic Cooperation"),
        ("GUAM", None),
    ],
)
def test_surface_forms_name_their_actor(surface, name):
    mentions = [m for m in find_mentions(normalise(surface)) if m.kind != "territory"]
    assert mentions, surface
    entity = mentions[-1].entity
    assert entity is not None
    expected = name or "GUAM Organization for Democracy and Economic Development"
    assert entity.name == expected


def test_bodies_of_organisations_speak_for_the_organisation():
    gaz = load_gazetteer()
    assert gaz.actor_of(gaz.entity("European External Action Service")).name == "European Union"
    assert gaz.actor_of(gaz.entity("United Nations Security Council")).name == "United Nations"


def test_territories_and_their_places():
    kinds = {
        m.text: m.territory.name
        for m in find_mentions(
            normalise("votes in Stepanakert, Sukhumi, Tskhinvali, Tiraspol, Sevastopol and the TRNC")
        )
        if m.territory
    }
    assert kinds == {
        "Stepanakert": "Nagorno-Karabakh",
        "Sukhumi": "Abkhazia",
        "Tskhinvali": "South Ossetia",
        "Tiraspol": "Transnistria",
        "Sevastopol": "Crimea",
        "TRNC": "Northern Cyprus",
    }


def test_territories_by_the_names_each_side_gives_them():
    text = "votes in Sokhumi, Tskhinval, Samachablo, the PMR, Nagorny Karabakh and the KKTC"
    kinds = {m.text: m.territory.name for m in find_mentions(normalise(text)) if m.territory}
    assert kinds == {
        "Sokhumi": "Abkhazia",
        "Tskhinval": "South Ossetia",
        "Samachablo": "South Ossetia",
        "PMR": "Transnistria",
        "Nagorny Karabakh": "Nagorno-Karabakh",
        "KKTC": "Northern Cyprus",
    }


def test_the_trie_of_names_matches_what_the_names_longest_first_match():
    """The mention pattern is a trie of the gazetteer's names; it must find exactly what the plain alternation
    of those names, longest first, finds, including where a longer name is given up for a shorter one."""
    import random  # noqa: PLC0415
    import re  # noqa: PLC0415

    from loaders.mentions import _alternation  # noqa: PLC0415

    gaz = load_gazetteer()
    forms = list(gaz.actor_forms) + list(gaz.territory_forms)
    plain = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    patterns = [re.compile(rf"(?<![\w-])(?:{alternation})(?![\w])") for alternation in (plain, _alternation(forms))]
    rnd = random.Random(7)
    for _ in range(500):
        words = []
        for form in rnd.sample(forms, 12):
            cut = rnd.random()
            form = form[: rnd.randint(1, len(form))] if cut < 0.3 else form + "s" if cut < 0.45 else form
            words.append(form + rnd.choice([" ", "-", ", ", "", " of "]))
        text = "".join(words)
        plain_matches, trie_matches = ([m.span() for m in p.finditer(text)] for p in patterns)
        assert trie_matches == plain_matches, text


def test_every_official_speaks_for_a_listed_actor_over_a_span_of_years():
    gaz = load_gazetteer()
    offices = {o for forms in gaz.officials.values() for o in forms}
    assert offices and all(o.actor in gaz.entities for o in offices)
    # (the lists' votes go back to 1985, their officials to the 1970s: Spyros Kyprianou, president of Cyprus from 1977)
    assert all(1975 <= o.start <= (o.end or 2025) <= 2025 for o in offices)


def test_a_surname_names_an_official_only_when_one_official_bears_it():
    gaz = load_gazetteer()
    assert {o.name for o in gaz.surnames["Lavrov"]} == {"Sergey Lavrov"}
    assert "Yi" not in gaz.surnames  # Wang Yi: a Chinese name puts the surname first


def test_a_surname_with_another_first_name_before_it_names_someone_else():
    gaz = load_gazetteer()
    assert [o.name for o in gaz.offices("Rasul Guliyev")] == []  # (a speaker of parliament, not the minister)
    assert [o.name for o in gaz.offices("Vilayat Guliyev")] == ["Vilayat Guliyev"]
    assert [o.name for o in gaz.offices("Sergei Lavrov")] == ["Sergey Lavrov"]  # (another spelling of his name)
    assert [o.name for o in gaz.offices("President Zelensky")][:1] == ["Volodymyr Zelensky"]  # (a title)
    assert [o.name for o in gaz.offices("Belarus' Lukashenko")] == ["Alexander Lukashenko"]  # (his state's name)
