"""The territory's own authorities speak for no actor (loaders.de_facto), whatever state the dateline or the last
speaker names; the words that say so must qualify the speaker, not a phrase hung on it. Each text is written for
these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

import pytest

from loaders.article import Article
from loaders.statements import extract

from .conftest import extract_text, positions


@pytest.mark.parametrize(
    "subject",
    [
        "The de facto authorities",
        "The separatist authorities",
        "Abkhazia's authorities",
        "Abkhaz leader Aslan Bzhania",
        "Aslan Bzhania, the president of the Republic of Abkhazia,",
        "The breakaway region's election commission",
        "The region's Moscow-installed leader",
    ],
)
def test_the_territorys_own_authorities_speak_for_no_actor(nlp, subject):
    text = f"TBILISI - {subject} said the presidential election held in Abkhazia on 24 August 2014 was fair."
    assert extract_text(nlp, text) == []


def test_a_separatist_leader_speaks_for_no_actor_after_a_state_spoke(nlp):
    text = (
        "Ukraine's foreign ministry said the elections held in Donetsk on 11 November 2018 were a farce.\n\n"
        "Separatist leader Denis Pushilin said the vote had been a triumph."
    )
    assert positions(extract_text(nlp, text)) == {("Ukraine", "donetsk-2018-11-11-general", "reject")}


def test_a_states_official_for_the_breakaway_regions_speaks_for_the_state(nlp):
    text = (
        "TBILISI - Georgia's minister for the breakaway regions said the presidential election held in Abkhazia "
        "on 24 August 2014 was illegal."
    )
    assert positions(extract_text(nlp, text)) == {("Georgia", "abkhazia-2014-08-24-presidential", "reject")}


def test_what_the_territorys_officials_say_of_the_voting_is_nobodys(nlp):
    text = (
        "Russia began referendums in occupied Kherson on 23 September 2022.\n\n"
        "KYIV, Sept 24 - Russian-installed officials in the occupied Kherson region said on Saturday that voting in "
        'a referendum on joining Russia was going "calmly and in an organised way".'
    )
    assert extract(Article("t.txt", text, published=date(2022, 9, 24)), nlp).statements == []
