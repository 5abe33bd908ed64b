"""A claimant state's own votes are no contested territory's (`loaders.national`): Georgia's parliamentary election in
an article that names Abkhazia, Moldova's presidential runoff in one on voters from Transnistria, Azerbaijan's
presidential election held in Karabakh. Each text is written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

import pytest

from .conftest import extract_text

# each a way the article says whose vote it is: a territory where no voting took place, the state's head winning
# it, the state's demonym qualifying it
NATIONAL_VOTES = {
    "no voting there": (
        "TBILISI - Georgia's opposition refused to recognise the results of Saturday's parliamentary election, which "
        'the ruling party won.\n\nPresident Salome Zourabichvili called the vote a "total falsification". Hungary\'s '
        "Prime Minister Viktor Orban congratulated the ruling party on an overwhelming victory.\n\n"
        "No voting took place in Abkhazia and South Ossetia, the two breakaway regions occupied by Russia.",
        date(2024, 10, 28),
    ),
    "won by the head of state": (
        "Azerbaijan's President Ilham Aliyev won a fifth term in Wednesday's snap presidential election, the first "
        "held across the whole of Azerbaijan's territory, including Karabakh.\n\n"
        'Turkey congratulated him. OSCE observers said the election "took place in a restrictive environment".',
        date(2024, 2, 8),
    ),
    "the state's demonym": (
        "Polling stations were opened on the right bank for voters from the Transnistrian region, where the "
        "separatist authorities do not allow Moldovan elections to be held.\n\n"
        'The Kremlin said the vote had been "neither free nor fair".',
        date(2024, 11, 4),
    ),
}


@pytest.mark.parametrize("case", NATIONAL_VOTES)
def test_a_claimant_states_own_vote_is_no_territorys(nlp, case):
    text, published = NATIONAL_VOTES[case]
    assert extract_text(nlp, text, published) == []


def test_a_claimant_condemning_a_territorys_vote_still_speaks_of_that_vote(nlp):
    text = "Georgia's president condemned the elections held in Abkhazia on 15 February 2025 as illegitimate."
    assert {s[1] for s in extract_text(nlp, text)} == {"abkhazia-2025-02-15-presidential"}


def test_no_election_under_occupation_said_of_all_elections_keeps_the_vote(nlp):
    text = (
        "Georgia said no election held under occupation could be legitimate, calling the vote held in Abkhazia on "
        "15 February 2025 a farce."
    )
    assert {s[1] for s in extract_text(nlp, text)} == {"abkhazia-2025-02-15-presidential"}


def test_a_states_own_vote_with_polling_stations_in_a_territory_is_no_vote_of_the_territory(nlp):
    text = (
        "Ukraine condemned the presidential election Russia held in occupied Crimea on 15 March 2024.\n\n"
        "Moldova's foreign ministry condemned the opening of polling stations in Transnistria for Russia's "
        "presidential election."
    )
    keys = {key for _, key, _, _, _ in extract_text(nlp, text, published=date(2024, 3, 17))}
    assert keys == {"crimea-2024-03-15-presidential"}
