"""Which vote a mention names (`loaders.vote_resolution`): the votes held in every occupied territory of a state when
no place is named, and the vote a bare "the vote" stands for when the article names several. Each text is written
for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text

REFERENDUMS_2022 = {
    "donetsk-2022-09-23-referendum",
    "luhansk-2022-09-23-referendum",
    "zaporizhzhia-2022-09-23-referendum",
    "kherson-2022-09-23-referendum",
}


def test_referendums_in_a_states_occupied_regions_with_no_place_named(nlp):
    text = (
        "Russia's so-called referendums in four occupied Ukrainian regions have found few takers.\n\n"
        'Serbian President Aleksandar Vucic said Belgrade "will not recognise" the referendums.'
    )
    found = extract_text(nlp, text, date(2022, 10, 1))
    assert {s[0] for s in found} == {"Serbia"}
    assert {s[1] for s in found} == REFERENDUMS_2022


def test_the_vote_is_the_one_the_article_names_most(nlp):
    text = (
        "BAKU, July 20 - Azerbaijan condemned the so-called election of the leader of Nagorno-Karabakh by its "
        'parliament.\n\n"This so-called election is another provocation," the foreign ministry said.\n\n'
        "Turkey's foreign ministry said the vote had no legal validity.\n\n"
        "The leader was re-elected under a constitution adopted in a February referendum."
    )
    found = {(s[0], s[1]) for s in extract_text(nlp, text)}
    assert ("Turkey", "nagorno-karabakh-2017-07-19-presidential") in found
    assert not any(key.endswith("referendum") for _, key in found)
