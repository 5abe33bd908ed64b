"""Who speaks when the story says it around the subject: the post a relative clause gives ("who chairs the State
Duma's committee on CIS affairs"), someone unnamed after the body that declined to comment, the words "in a statement
by its spokesperson X", a parliament's written answer, "the foreign ministries of the two countries", a resolution's
numbered paragraphs, a message "congratulating" the winner, the states a joint statement lists as endorsing it; and
what a vote is called: "open and competitive", "a step towards annexation", "not in line with the Minsk agreements",
"a demonstration of the commitment of the people to democracy". Each text is written for these tests; each test is one
behaviour.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions, speakers_in

TRANSNISTRIA_2016 = "transnistria-2016-12-11-presidential"
KRASNOSELSKY_WON = (
    "Vadim Krasnoselsky won the presidential election held in Transnistria on December 11, 2016, the region's "
    "electoral commission said.\n\n"
)


def test_who_chairs_a_parliaments_committee_speaks_for_its_state_not_for_what_the_committee_is_on(nlp):
    text = KRASNOSELSKY_WON + (
        "Leonid Slutsky, who chairs the State Duma's committee on CIS affairs, told Interfax that the election had "
        "been a success."
    )
    assert speakers_in(nlp, text, date(2016, 12, 12)) == {("Russia", ("Leonid Slutsky",))}


def test_an_open_and_competitive_vote_is_endorsed(nlp):
    text = KRASNOSELSKY_WON + "Russia's foreign ministry said the election had been open and competitive."
    assert positions(extract_text(nlp, text, date(2016, 12, 12))) == {("Russia", TRANSNISTRIA_2016, "endorse")}


def test_someone_unnamed_after_the_body_that_declined_to_comment_speaks_for_it(nlp):
    text = KRASNOSELSKY_WON + (
        "Moldova said the vote had no legal value.\n\n"
        "The OSCE Mission to Moldova declined to comment on the vote itself. A spokesperson said the mission would "
        "engage with all sides and hoped the settlement talks would resume."
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2016, 12, 12))} == {
        "Moldova",
        "Organization for Security and Co-operation in Europe",
    }


def test_words_in_a_statement_by_a_spokesperson_are_the_spokespersons(nlp):
    text = (
        "Alan Gagloev won the runoff of the presidential election held in South Ossetia on May 8, 2022. The European "
        "Union, in a statement by its spokesperson Peter Stano, reiterated that it does not recognise the elections."
    )
    assert speakers_in(nlp, text, date(2022, 5, 9)) == {("European Union", ("Peter Stano",))}


def test_a_parliaments_written_answer_is_the_answering_ministers(nlp):
    text = (
        "Crimea: Elections\n\n"
        "Asked by Jane Doe (Labour): To ask the Secretary of State for Foreign and Commonwealth Affairs, what "
        "assessment he has made of the elections held in Crimea on 8 September 2019.\n\n"
        "Answered by Christopher Pincher (Minister of State, Foreign and Commonwealth Office), 16 September 2019:\n\n"
        "The UK does not recognise the elections held in illegally annexed Crimea on 8 September. We will continue to "
        "press Russia to reverse the annexation. The EU said on 9 September that it does not recognise the elections."
    )
    assert speakers_in(nlp, text, date(2019, 9, 16)) == {
        ("United Kingdom", ("Christopher Pincher",)),
        ("European Union", ()),
    }


def test_a_step_towards_annexation_condemns_the_vote(nlp):
    text = (
        "Alan Gagloev won the runoff of the presidential election held in South Ossetia on May 8, 2022. Georgia's "
        'foreign ministry said the vote was "another step by Russia towards the annexation of Georgian territory".'
    )
    assert [(s[0], s[2], s[3]) for s in extract_text(nlp, text, date(2022, 5, 9))] == [
        ("Georgia", "reject", ["condemnation"])
    ]


DONBAS_2018 = "Separatists in Donetsk held elections for their leader on November 11, 2018.\n\n"


def test_a_vote_not_in_line_with_the_agreements_is_condemned(nlp):
    text = DONBAS_2018 + "The United Nations said the vote was not in line with the Minsk agreements."
    assert [(s[0], s[2], s[3]) for s in extract_text(nlp, text, date(2018, 11, 13))] == [
        ("United Nations", "reject", ["condemnation"])
    ]


def test_a_demonstration_of_the_peoples_commitment_to_democracy_endorses_the_vote(nlp):
    text = (
        "Nagorno-Karabakh held a general election on March 31, 2020. Armenia's Foreign Ministry said the vote was "
        '"a clear demonstration of the commitment of the people of Artsakh to democracy".'
    )
    assert positions(extract_text(nlp, text, date(2020, 4, 1))) == {
        ("Armenia", "nagorno-karabakh-2020-03-31-general", "endorse")
    }


def test_the_foreign_ministries_of_the_two_countries_just_named_speak_for_both(nlp):
    text = DONBAS_2018 + (
        "Germany and France - In a joint statement, the foreign ministries of the two countries said the elections "
        "were illegal and illegitimate."
    )
    assert {(actor, polarity) for actor, _, polarity, *_ in extract_text(nlp, text, date(2018, 11, 13))} == {
        ("Germany", "reject"),
        ("France", "reject"),
    }


def test_a_resolutions_numbered_paragraphs_are_its_authors(nlp):
    text = (
        "European Parliament resolution of 13 March 2025 on the so-called presidential election in Abkhazia\n\n"
        "The European Parliament,\n\n"
        "A. whereas the occupation regime in Abkhazia held a so-called presidential election on 15 February 2025;\n\n"
        "1. Does not recognise the so-called presidential election held in the Abkhazia region of Georgia;\n\n"
        "2. Instructs its President to forward this resolution to the Council."
    )
    assert positions(extract_text(nlp, text, date(2025, 3, 13))) == {
        ("European Union", "abkhazia-2025-02-15-presidential", "reject")
    }


def test_a_message_the_speaker_said_it_in_congratulating_the_winner_is_theirs(nlp):
    text = (
        "Ersin Tatar won the runoff of the Turkish Cypriot presidential election on October 18, 2020.\n\n"
        '"This result shows that the Turkish Cypriot people protect their rights," Turkish President Recep Tayyip '
        "Erdogan said in a message posted on Twitter, congratulating Tatar."
    )
    assert positions(extract_text(nlp, text, date(2020, 10, 19))) == {
        ("Turkey", "northern-cyprus-2020-10-11-presidential", "endorse")
    }


def test_we_in_a_joint_statement_are_the_states_it_lists_as_endorsing_it(nlp):
    text = (
        "Joint statement on the presidential election in Crimea\n\n"
        "We, the undersigned, condemn the presidential election held in Crimea on 18 March 2018.\n\n"
        "The statement is endorsed by: Canada, Estonia, Japan."
    )
    assert {(actor, polarity) for actor, _, polarity, *_ in extract_text(nlp, text, date(2018, 3, 19))} == {
        ("Canada", "reject"),
        ("Estonia", "reject"),
        ("Japan", "reject"),
    }
