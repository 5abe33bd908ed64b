"""The extraction reading whose words a sentence gives when several could be meant: a source cited with "according
to" before a clause with its own subject, a speaker reporting what another told a third, an institution named
without its state, a territory's own election commission, and a ministry's comment in its own voice. Each text is
written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from loaders.article import Article
from loaders.statements import extract

from .conftest import extract_text, positions, speakers_in

TRANSNISTRIA_2025 = "transnistria-2025-11-30-parliamentary"


def test_a_clause_with_its_own_subject_after_according_to_is_that_subjects(nlp):
    text = (
        "The Secretary of State, Antony Blinken, spoke with his Ukrainian counterpart on 28 September 2022. "
        "According to the State Department's readout of the call, Blinken condemned the sham referendums held in "
        "Donetsk."
    )
    assert speakers_in(nlp, text) == {("United States", ("Antony Blinken",))}


def test_what_one_says_another_told_a_third_is_the_others_words(nlp):
    text = (
        "Badra Gunba led the presidential election held in Abkhazia on 15 February 2025.\n\n"
        "Kremlin spokesman Dmitry Peskov said President Vladimir Putin had told Gunba by phone that Moscow "
        'respected "the democratic process in the Republic of Abkhazia".'
    )
    assert speakers_in(nlp, text) == {("Russia", ("Vladimir Putin",))}


def test_an_institution_named_without_its_state_is_the_datelines(nlp):
    text = (
        'CHISINAU, Dec 1 - "These so-called elections have no legal value," the Bureau for Reintegration Policies '
        "said in a statement, a day after Transnistria chose a new Supreme Council."
    )
    found = extract(Article("t.txt", text, published=date(2025, 12, 1)), nlp).statements
    assert {(s.actor.name, s.election.key, s.polarity) for s in found} == {("Moldova", TRANSNISTRIA_2025, "reject")}
    assert text[found[0].words[0] :].startswith("These so-called elections")


def test_a_territorys_election_commission_speaks_for_no_state(nlp):
    text = (
        "Comment by the Information and Press Department on the parliamentary elections in South Ossetia\n\n"
        "On 9 June 2024, elections to the parliament of South Ossetia were held. According to the Central Election "
        "Commission, turnout exceeded 60 percent.\n\n"
        "We regard the elections as an important step in strengthening the statehood of South Ossetia."
    )
    found = positions(extract_text(nlp, text))
    assert ("Russia", "south-ossetia-2024-06-09-parliamentary", "endorse") in found
    assert not any(actor == "Georgia" for actor, _, _ in found)


def test_a_comment_titled_with_its_department_speaks_in_its_ministrys_voice(nlp):
    text = (
        "Comment by the Information and Press Department on the elections in Abkhazia\n\n"
        "On 1 March 2025, the second round of the presidential election in Abkhazia was held. Georgia called the "
        "vote illegitimate.\n\n"
        "We regard the vote as an important step in strengthening the statehood of Abkhazia."
    )
    found = positions(extract_text(nlp, text))
    assert ("Russia", "abkhazia-2025-02-15-presidential", "endorse") in found
    assert ("Georgia", "abkhazia-2025-02-15-presidential", "endorse") not in found


def test_a_referendum_commissions_head_speaks_for_no_state(nlp):
    text = (
        "Ukraine's interim government said the referendum held in Crimea on 16 March 2014 was illegal.\n\n"
        "The head of the referendum commission, Mikhail Roe, said 96.77 percent of those who voted on Sunday had "
        "chosen union with Russia."
    )
    found = extract(Article("t.txt", text), nlp).statements
    assert {(s.actor.name, s.speaker.persons) for s in found} == {("Ukraine", ())}
