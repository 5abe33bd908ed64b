"""The extraction reading how words are reported: a claim reported as untrue, a message read out for its sender, a
declaration made on another's behalf after its quotation, words on the conflict years after the vote. Each text is
written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from loaders.article import Article
from loaders.statements import extract

from .conftest import extract_text, positions, speakers_in


def test_a_claim_reported_as_untrue_is_nobodys_position(nlp):
    for text in (
        "A channel falsely claimed that Hungary had welcomed the referendum held in Crimea on 16 March 2014.",
        "Posts wrongly said that Hungary had recognised the referendum held in Crimea on 16 March 2014.",
    ):
        assert extract_text(nlp, text) == [], text


def test_a_claim_called_false_leaves_the_next_clauses_own_speaker(nlp):
    text = (
        "Moscow falsely claims the referendum held in Crimea on 16 March 2014 was free, and the European Union "
        "rejected it."
    )
    assert positions(extract_text(nlp, text)) == {("European Union", "crimea-2014-03-16-referendum", "reject")}


def test_a_message_read_out_is_its_senders(nlp):
    text = (
        "A deputy prime minister, Ivan Roe, read out a message from President Vladimir Putin, who congratulated "
        'the winner of the presidential election held in Abkhazia on 1 March 2025 on "a convincing victory".'
    )
    assert speakers_in(nlp, text) == {("Russia", ("Vladimir Putin",))}


def test_a_declaration_on_behalf_of_the_union_after_its_quotation_is_the_unions(nlp):
    text = (
        "South Ossetia held parliamentary elections on 31 May 2009.\n\n"
        '"The so-called elections cannot be considered legitimate," the presidency said in a declaration on behalf '
        "of the EU."
    )
    assert positions(extract_text(nlp, text)) == {
        ("European Union", "south-ossetia-2009-05-31-parliamentary", "reject")
    }


def test_a_states_integrity_affirmed_years_after_the_vote_is_no_word_on_it(nlp):
    text = (
        "Five years after the referendum held in Crimea on 16 March 2014, no government has changed its position.\n\n"
        'The European Union said it "remains firmly committed to Ukraine\'s sovereignty and territorial integrity".'
    )
    assert extract(Article("t.txt", text, published=date(2019, 3, 18)), nlp).statements == []
    assert positions(extract_text(nlp, text)) == {("European Union", "crimea-2014-03-16-referendum", "reject")}


def test_a_clause_the_parse_hung_on_a_later_speech_verb_keeps_its_own_speaker(nlp):
    text = (
        'The referendum held in Nagorno-Karabakh on 20 February 2017 was denounced by Turkey as "null and void", '
        "while the OSCE Minsk Group co-chairs said they did not recognise its results."
    )
    assert positions(extract_text(nlp, text)) == {
        ("Turkey", "nagorno-karabakh-2017-02-20-referendum", "reject"),
        ("OSCE Minsk Group", "nagorno-karabakh-2017-02-20-referendum", "reject"),
    }


def test_two_passive_verbs_joined_keep_their_two_agents(nlp):
    text = (
        "The referendums held in Donetsk and Luhansk on 11 May 2014 were denounced by the Ukrainian government as "
        '"a propaganda farce" and rejected by the United States as illegal.'
    )
    assert {s[0] for s in extract_text(nlp, text)} == {"Ukraine", "United States"}


def test_words_that_point_back_continue_the_paragraph_before(nlp):
    text = (
        "The Group of Seven said it would not recognise the referendum held in Crimea on 16 March 2014.\n\n"
        '"This clear violation of international law is a serious challenge," the leaders of Canada and Japan said.'
    )
    assert positions(extract_text(nlp, text)) == {
        (actor, "crimea-2014-03-16-referendum", "reject") for actor in ("Group of Seven", "Canada", "Japan")
    }


def test_neither_of_two_commenting_is_nobody_speaking(nlp):
    text = (
        "Moldova did not recognise the presidential election held in Transnistria on 12 December 2021.\n\n"
        "Neither the EU nor the OSCE Mission to Moldova commented on the vote."
    )
    assert {s[0] for s in extract_text(nlp, text)} == {"Moldova"}


def test_an_assemblys_rapporteur_speaks_for_it_not_for_their_state(nlp):
    text = (
        "The Parliamentary Assembly of the Council of Europe said the local elections held in Donetsk on 8 September "
        '2023 were "null and void".\n\n'
        '"Elections under occupation are not elections," said the rapporteur, Lithuanian MP Jane Roe.'
    )
    assert {s[0] for s in extract_text(nlp, text)} == {"Council of Europe"}


def test_a_vote_said_not_to_be_one_is_condemned(nlp):
    for text, side in (
        ("Ukraine said the votes held in Donetsk on 2 November 2014 were not real elections.", "reject"),
        ("Russia said the elections held in Crimea on 18 March 2018 were not the only elections that year.", "neutral"),
    ):
        assert {s[2] for s in extract_text(nlp, text)} == {side}, text


def test_criticising_something_else_is_no_condemnation_of_the_vote(nlp):
    text = (
        "Turkish President Recep Tayyip Erdogan congratulated the winner of the presidential election held in "
        "Northern Cyprus on 26 April 2015, but criticised his call for a more equal relationship with Turkey."
    )
    assert {(s[0], s[2]) for s in extract_text(nlp, text)} == {("Turkey", "endorse")}


def test_criticism_drawn_by_another_matter_is_no_judgement_of_the_vote(nlp):
    text = (
        "Turkish Cypriots voted in the first round of a presidential election on 11 October 2020.\n\n"
        "The campaign was overshadowed by the decision to reopen the resort of Varosha, which drew criticism from the "
        "European Union.\n\n"
        "The vote, which drew criticism from Greece, went to a runoff."
    )
    assert {s[0] for s in extract_text(nlp, text)} == {"Greece"}


def test_the_states_named_as_those_that_refused_to_recognise_the_vote_take_that_stance(nlp):
    text = (
        "Russia held its presidential election in occupied Crimea from 15 to 17 March 2024.\n\n"
        "Ukraine's foreign ministry thanked the states that had refused to recognise the vote, naming Poland and "
        "Finland."
    )
    found = {(s[0], s[4]) for s in extract_text(nlp, text)}
    assert {("Poland", "reported"), ("Finland", "reported")} <= found


def test_sharing_a_named_actors_assessment_takes_that_actors_stance(nlp):
    text = (
        "Transnistria voted for a new Supreme Council on 30 November 2025.\n\n"
        'Moldova\'s government said the elections had "no legal value". The OSCE mission called for a settlement '
        "through dialogue.\n\n"
        "Romania's foreign ministry said Bucharest \"fully shares\" Chisinau's assessment."
    )
    romania = [s for s in extract_text(nlp, text) if s[0] == "Romania"]
    assert [(s[1], s[2], s[3]) for s in romania] == [
        ("transnistria-2025-11-30-parliamentary", "reject", ["non-recognition"])
    ]
