"""Who speaks in the turns of a long wire story: a group named before a list of its members set off by dashes, a
state that co-chairs talks, "he" after a sentence about someone who speaks for nobody, an aide named after the
official they serve, "the source", a state that "said through" its spokesman; and what the story's later
paragraphs attach to the vote. Each text is written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from loaders.clauses import doc_text
from loaders.events import asked

from .conftest import extract_text, positions, speakers_in

KARABAKH_1996 = "nagorno-karabakh-1996-11-24-presidential"
KARABAKH_2006 = "nagorno-karabakh-2006-12-10-referendum"
KOCHARIAN_ELECTED = "Robert Kocharian was elected president of Nagorno-Karabakh on November 24, 1996. "


def test_the_group_before_a_list_of_its_members_set_off_by_dashes_speaks(nlp):
    text = (
        "Nagorno-Karabakh held a referendum on a constitution on December 10, 2006. The Minsk Group's co-chairs -- "
        "U.S. Deputy Assistant Secretary of State Matthew Bryza, Russia's Yuri Merzlyakov and France's Bernard "
        "Fassier -- had said before the vote that they would not recognize its result."
    )
    assert positions(extract_text(nlp, text)) == {("OSCE Minsk Group", KARABAKH_2006, "reject")}


def test_a_state_that_co_chairs_the_talks_speaks_for_itself(nlp):
    text = KOCHARIAN_ELECTED + (
        "Russia, which co-chairs the OSCE-sponsored peace talks with Finland, said the vote was not conducive to a "
        "settlement."
    )
    assert positions(extract_text(nlp, text)) == {("Russia", KARABAKH_1996, "reject")}


def test_he_after_a_sentence_about_someone_of_no_actor_is_not_the_last_speaker(nlp):
    text = KOCHARIAN_ELECTED + (
        "Russian Foreign Ministry spokesman Grigory Karasin said the vote was not conducive to a settlement. "
        "Kocharian, a former Communist "
        "Party official, has led the enclave's government since 1994. He told supporters the vote showed the "
        'world that Karabakh\'s people "have chosen independence."'
    )
    assert len(extract_text(nlp, text)) == 1  # (Karasin's words, not Kocharian's too)


def test_an_aide_named_after_the_official_they_serve_speaks(nlp):
    text = (
        'Abkhazia held parliamentary elections on March 10, 2012. "The EU does not recognise these elections," a '
        "spokeswoman for EU foreign policy chief Catherine Ashton, Maja Kocijancic, said in Brussels."
    )
    assert speakers_in(nlp, text) == {("European Union", ("Maja Kocijancic",))}


def test_a_demonym_before_a_portfolio_and_a_title_names_the_state(nlp):
    text = (
        "Abkhazia held parliamentary elections on March 10, 2012. Georgian Reintegration Minister Eka Tkeshelashvili "
        "said the vote was illegitimate."
    )
    assert speakers_in(nlp, text) == {("Georgia", ("Eka Tkeshelashvili",))}


def test_the_source_is_the_one_who_spoke_last(nlp):
    text = (
        "Eduard Kokoity won the presidential runoff in South Ossetia on December 6, 2001. A Russian Foreign Ministry "
        'source told Interfax that Russia regarded the election as an internal affair of South Ossetia. "The '
        'conflict must be settled exclusively by political means," the source said.'
    )
    stances = {stance for actor, _, _, found, _ in extract_text(nlp, text) if actor == "Russia" for stance in found}
    assert "call-for-peaceful-settlement" in stances


def test_a_state_said_through_its_spokesman(nlp):
    text = KOCHARIAN_ELECTED + (
        "Russia said through a Foreign Ministry spokesman, Grigory Karasin, that the vote was unhelpful."
    )
    assert speakers_in(nlp, text) == {("Russia", ("Grigory Karasin",))}


def test_a_quotation_that_goes_on_from_the_clause_keeps_the_clause(nlp):
    text = KOCHARIAN_ELECTED + (
        "The chairman of the Organization for Security and Cooperation in Europe, Swiss Foreign Minister Flavio "
        'Cotti, said in a statement that the OSCE did not recognize the election and that its results "should '
        'be respected by no one."'
    )
    statements = extract_text(nlp, text)
    assert any("non-recognition" in stances for *_, stances, _ in statements)


def test_following_suit_after_a_sentence_of_background_follows_no_statement(nlp):
    text = (
        "Abkhazia held parliamentary elections on March 10, 2012. Moscow said the vote was held in a calm "
        "atmosphere.\n\nRussia recognised Abkhazia as an independent state after a war with Georgia in 2008. "
        "Only Nicaragua and Venezuela have followed suit."
    )
    assert {actor for actor, *_ in extract_text(nlp, text)} == {"Russia"}


def test_a_call_for_talks_two_paragraphs_after_the_reactions(nlp):
    text = (
        "Nationalists won parliamentary elections in Northern Cyprus on April 19, 2009.\n\n"
        'Turkish Prime Minister Recep Tayyip Erdogan said Turkey respected "the will of the Turkish Cypriot '
        'people."\n\n'
        "The U.N. envoy, Alexander Downer, said he did not expect the outcome to change much.\n\n"
        "Greece's foreign ministry called on Turkey to contribute constructively to the talks."
    )
    assert ("Greece", "northern-cyprus-2009-04-19-parliamentary", "neutral") in positions(extract_text(nlp, text))


def test_echoing_the_criticism_takes_the_side_of_those_who_criticised(nlp):
    text = (
        "South Ossetia elected a president on April 9, 2017. NATO said it did not recognise the elections. Kremlin "
        'spokesman Dmitry Peskov said Moscow respected "the choice of the people of South Ossetia". Estonia issued '
        "a statement echoing the criticism."
    )
    assert ("Estonia", "south-ossetia-2017-04-09-presidential", "reject") in positions(extract_text(nlp, text))


def test_a_winner_of_the_territorys_votes_speaks_for_no_actor(nlp):
    text = (
        "South Ossetia elected Anatoly Bibilov president on April 9, 2017. Lithuania said it did not recognise "
        "the elections.\n\nBibilov, a former commander of the region's emergency ministry, has said he wants to hold "
        "a referendum on joining Russia."
    )
    assert speakers_in(nlp, text) == {("Lithuania", ())}


def test_the_greek_cypriot_administration_is_cyprus(nlp):
    text = (
        "Turkish Cypriots elected Ersin Tatar as president on October 18, 2020. The Greek Cypriot administration "
        "said the elections were illegal."
    )
    assert positions(extract_text(nlp, text)) == {("Cyprus", "northern-cyprus-2020-10-11-presidential", "reject")}


def test_a_known_officials_surname_the_model_takes_for_a_noun_names_them(nlp):
    text = (
        'Tufan Erhurman won the Turkish Cypriot presidential election on October 19, 2025. "I congratulate him on '
        'his election," Christodoulides wrote on X.'
    )
    assert speakers_in(nlp, text, published=date(2025, 10, 20)) == {("Cyprus", ("Nikos Christodoulides",))}


def test_a_question_put_at_a_briefing_is_no_ones_statement(nlp):
    text = (
        "Foreign Ministry Spokesperson's Regular Press Conference on March 17, 2014\n\n"
        "Q: Will China recognize the result of the referendum held in Crimea on March 16, 2014?\n\n"
        "A: We hope all parties will seek a political settlement through dialogue."
    )
    assert {polarity for _, _, polarity, *_ in extract_text(nlp, text)} <= {"neutral"}


def test_a_sentence_is_asked_when_it_ends_in_a_question_mark_read_from_the_text_made_once(nlp):
    doc = nlp("Will China recognize the vote? It will not.")
    question, answer = doc.sents
    assert asked(question) and not asked(answer)
    # `Doc.text` joins every token's text again each time: the rules read the text kept in the doc instead
    assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
