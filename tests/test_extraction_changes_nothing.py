"""Round 26: diplomacy's formulas for a vote that changes nothing (no bearing on the status, does not change it, a
dealing without any implication of recognition, held outside the constitutional framework, the only legitimate
government is the claimant's, a dictated peace never accepted, a vote well organized), and the words around them: a
vote recalled by "last April's" or "thirty years ago", a date that is the day of the words, a mission to its host,
"Duma deputy X", "The Bureau for ..." with its capital "The", a clause a quotation goes on from, a quotation the verb
before governs, a quotation going on from a stance, a pronoun for a person. Each text is written for these tests; each
test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from loaders.article import Article
from loaders.statements import extract

from .conftest import extract_text, positions, sides, speakers_in, speakers_of, verdicts

KARABAKH_2002 = "nagorno-karabakh-2002-08-11-presidential"
TRANSNISTRIA_2006 = "transnistria-2006-12-10-presidential"
NORTH_2009 = "northern-cyprus-2009-04-19-parliamentary"


def test_no_bearing_on_the_status_is_non_recognition(nlp):
    text = (
        "Arkadi Ghukasyan was re-elected in Nagorno-Karabakh on August 11, 2002. France said in a statement that "
        "it considered the ballot to have no bearing on the future status of the region."
    )
    assert verdicts(extract_text(nlp, text)) == {("France", "reject", ("non-recognition",))}


def test_not_changing_the_status_is_non_recognition_and_changing_no_outcome_is_not(nlp):
    text = (
        "Turkish Cypriots elected a parliament on April 19, 2009. Greece said the outcome does not change the "
        "status of the occupied north."
    )
    assert verdicts(extract_text(nlp, text)) == {("Greece", "reject", ("non-recognition",))}
    upheld = (
        "Turkish Cypriots elected a parliament on April 19, 2009. Turkey said the irregularities did not change the "
        "outcome of the vote."
    )
    assert ("Turkey", "reject", ("non-recognition",)) not in verdicts(extract_text(nlp, upheld))


def test_a_dealing_without_any_implication_of_recognition_is_non_recognition(nlp):
    text = (
        "Turkish Cypriots elected a parliament on April 19, 2009. The European Union said it would keep funding "
        'projects in the north "without any implication of recognition".'
    )
    assert verdicts(extract_text(nlp, text)) == {("European Union", "reject", ("non-recognition",))}


def test_a_vote_outside_the_constitutional_framework_is_non_recognition(nlp):
    text = (
        "Igor Smirnov won the presidential election in Transnistria on December 10, 2006. Romania said the vote was "
        "held outside the constitutional framework of Moldova."
    )
    assert verdicts(extract_text(nlp, text)) == {("Romania", "reject", ("non-recognition",))}


def test_the_claimant_as_the_only_legitimate_government_is_non_recognition(nlp):
    text = (
        "Turkish Cypriots elected a parliament on April 19, 2009. The United Kingdom said that the only legitimate "
        "government on the island remained the government of the Republic of Cyprus."
    )
    assert positions(extract_text(nlp, text)) == {("United Kingdom", NORTH_2009, "reject")}


def test_a_vote_last_april_recalled_in_a_clause_about_something_else_is_not_the_one_spoken_of(nlp):
    text = (
        "Turkish Cypriots elected a parliament on Sunday. Turkey hailed the result as a victory for the peace plan "
        "that Turkish Cypriots backed in last April's referendum."
    )
    found = extract_text(nlp, text, published=date(2009, 4, 20))
    assert positions(found) == {("Turkey", NORTH_2009, "endorse")}


def test_a_vote_thirty_years_ago_is_that_years_and_the_day_said_is_not_its_day(nlp):
    text = (
        "Georgia's Foreign Ministry said on January 19 that the so-called referendum held in the Tskhinvali region "
        "thirty years ago had no legal force."
    )
    found = extract_text(nlp, text, published=date(2022, 1, 19))
    assert positions(found) == {("Georgia", "south-ossetia-1992-01-19-referendum", "reject")}


def test_a_mission_to_a_state_speaks_for_its_organisation_not_its_host(nlp):
    text = (
        "Igor Smirnov won the presidential election in Transnistria on December 10, 2006. The OSCE mission to Moldova "
        "said it did not consider the vote legitimate."
    )
    found = extract_text(nlp, text)
    assert positions(found) == {("Organization for Security and Co-operation in Europe", TRANSNISTRIA_2006, "reject")}


def test_duma_before_a_deputys_name_is_no_persons(nlp):
    text = (
        "Igor Smirnov won the presidential election in Transnistria on December 10, 2006. "
        '"People voted freely," said Duma deputy Konstantin Zatulin.'
    )
    assert speakers_in(nlp, text) == {("Russia", ("Konstantin Zatulin",))}


def test_a_clause_a_quotation_goes_on_from_is_words_too(nlp):
    text = (
        "Igor Smirnov won the presidential election in Transnistria on December 10, 2006. Moldova's reintegration "
        'minister told reporters that Chisinau does not recognise the vote, "as it has recognised none before it."'
    )
    article = Article("t.txt", text)
    words = {text[s.words[0] : s.words[1]] for s in extract(article, nlp).statements}
    assert "that Chisinau does not recognise the vote" in words


def test_words_said_a_sentence_later_lengthen_what_was_said_then(nlp):
    text = (
        "Igor Smirnov won the presidential election in Transnistria on December 10, 2006. The Moldovan minister "
        'told reporters that Chisinau does not recognise the vote, "as it has recognised none before it." He said '
        'the vote was held "in the absence of the most elementary freedoms."'
    )
    statements = extract(Article("t.txt", text), nlp).statements
    assert not any('." He said' in text[s.words[0] : s.words[1]] for s in statements)


def test_a_quotation_going_on_from_a_stance_in_the_paragraph_is_the_actors_words(nlp):
    text = (
        "Arkadi Ghukasyan was re-elected in Nagorno-Karabakh on August 11, 2002. Turkey also rejected the vote. "
        '"There is no president of Nagorno-Karabakh for us," Foreign Ministry spokesman Huseyin Dirioz told '
        "reporters."
    )
    assert speakers_in(nlp, text) == {("Turkey", ()), ("Turkey", ("Huseyin Dirioz",))}
    assert sides(extract_text(nlp, text)) == {("Turkey", KARABAKH_2002, "reject")}


TRANSNISTRIA_2011 = "transnistria-2011-12-11-presidential"


def test_a_states_body_named_with_a_capital_the_speaks_for_the_claimant_not_an_organisation_of_states(nlp):
    text = (
        "Yevgeny Shevchuk won the presidential election in Transnistria on December 11, 2011. The Bureau for "
        'Reintegration said the vote "has no legal value". The Council of Turkic-Speaking States said the vote had '
        "no legal value."
    )
    assert positions(extract_text(nlp, text)) == {("Moldova", TRANSNISTRIA_2011, "reject")}


def test_a_vote_well_organized_is_recognition(nlp):
    text = (
        "Yevgeny Shevchuk won the presidential election in Transnistria on December 11, 2011. The Russian embassy "
        'said the vote had been "well organized". Belarus called it a well-organised election.'
    )
    assert positions(extract_text(nlp, text)) == {
        ("Russia", TRANSNISTRIA_2011, "endorse"),
        ("Belarus", TRANSNISTRIA_2011, "endorse"),
    }


def test_a_quotation_the_verb_before_governs_is_not_the_next_verbs_words(nlp):
    text = (
        "Yevgeny Shevchuk won the presidential election in Transnistria on December 11, 2011. Moldova's foreign "
        'ministry called the vote "a show staged by the separatists" and urged other states not to recognise its '
        "outcome."
    )
    article = Article("t.txt", text)
    words = {text[s.words[0] : s.words[1]] for s in extract(article, nlp).statements}
    assert "urged other states not to recognise its outcome" in words
    assert sides(extract_text(nlp, text)) == {("Moldova", TRANSNISTRIA_2011, "reject")}


def test_a_pronoun_for_a_person_keeps_their_actor_whoever_their_words_name(nlp):
    text = (
        "Yevgeny Shevchuk won the presidential election in Transnistria on December 11, 2011. British minister David "
        'Lidington said the vote "will not be recognised" in the region, where, he said, "Russia held a sham vote".'
    )
    assert speakers_in(nlp, text) == {("United Kingdom", ("David Lidington",))}


def test_a_dictated_peace_never_accepted_is_non_recognition_and_no_call_for_peace(nlp):
    text = (
        "Yevgeny Shevchuk won the presidential election in Transnistria on December 11, 2011. Romania's foreign "
        'minister said Bucharest "will never accept" what he called "a dictated peace".'
    )
    assert verdicts(extract_text(nlp, text)) == {("Romania", "reject", ("non-recognition",))}


KARABAKH_2010 = "nagorno-karabakh-2010-05-23-parliamentary"


def test_an_interviews_answers_are_the_interviewees_words(nlp):
    text = (
        "Azerbaijan's Foreign Ministry spokesman Elman Abdullayev answered our questions about the so-called "
        "parliamentary elections held in Nagorno-Karabakh on May 23, 2010.\n\n"
        "- How does Baku assess the vote?\n\n"
        "- These elections are illegitimate. Nobody recognizes them."
    )
    assert speakers_in(nlp, text) == {("Azerbaijan", ("Elman Abdullayev",))}
    assert sides(extract_text(nlp, text)) == {("Azerbaijan", KARABAKH_2010, "reject")}


def test_an_official_by_title_alone_in_a_clause_set_in_a_capital_is_that_states(nlp):
    text = (
        "Turkish Cypriots elected a parliament on April 19, 2009. In Ankara, Deputy Prime Minister Cemil Cicek "
        "welcomed the result. In Nicosia, government spokesman Stefanos Stefanou called the vote illegal."
    )
    assert speakers_in(nlp, text) == {("Turkey", ("Cemil Cicek",)), ("Cyprus", ("Stefanos Stefanou",))}


def test_the_message_a_leader_sent_reads_as_their_words(nlp):
    text = (
        "Yevgeny Shevchuk won the presidential election in Transnistria on December 11, 2011. Russian President Dmitry "
        'Medvedev sent Shevchuk a telegram of congratulations. "I wish you success," the message reads.'
    )
    article = Article("t.txt", text)
    russian = {text[s.words[0] : s.words[1]] for s in extract(article, nlp).statements if s.actor.name == "Russia"}
    assert any("I wish you success" in words for words in russian)


def test_a_winner_congratulated_in_a_year_the_sentence_sets_is_on_the_vote_won_then(nlp):
    text = (
        "Badra Gunba led the first round of Abkhazia's presidential election on February 15, 2025. The Russian Foreign "
        "Ministry welcomed the high turnout. In 2020, the Kremlin had congratulated Bzhania within hours of the count."
    )
    found = sides(extract_text(nlp, text))
    assert ("Russia", "abkhazia-2020-03-22-presidential", "endorse") in found


def test_a_winner_congratulated_before_he_won_another_vote_is_not_on_that_later_vote(nlp):
    text = (
        "Turkish Cypriots elected a parliament on Sunday, handing Dervis Eroglu's party a clear victory. Turkish Prime "
        "Minister Recep Tayyip Erdogan congratulated Eroglu."
    )
    found = sides(extract_text(nlp, text, published=date(2009, 4, 20)))
    assert found == {("Turkey", NORTH_2009, "endorse")}


def test_a_live_blogs_time_stamped_label_names_who_speaks(nlp):
    text = (
        "Crimea voted in Russia's presidential election on March 18, 2018.\n\n"
        '14:05 - EU spokeswoman Maja Kocijancic: "The European Union does not recognise the holding of the Russian '
        'presidential elections in Crimea."\n\n'
        '17:10 - Kremlin spokesman Dmitry Peskov said the vote in Crimea was "absolutely legitimate."'
    )
    statements = extract(Article("t.txt", text), nlp).statements
    assert speakers_of(statements) == {("European Union", ("Maja Kocijancic",)), ("Russia", ("Dmitry Peskov",))}
    assert {s.speaker.role for s in statements if s.speaker.role} == {"Kremlin spokesman"}


def test_a_states_delegate_speaks_for_it(nlp):
    text = (
        "Yevgeny Shevchuk won the presidential election in Transnistria on December 11, 2011. At the OSCE, the United "
        'Kingdom\'s delegate said his Government "will not recognise the results."'
    )
    assert positions(extract_text(nlp, text)) == {("United Kingdom", TRANSNISTRIA_2011, "reject")}


def test_a_result_seen_as_an_opportunity_for_talks_is_a_call_for_them(nlp):
    text = (
        'Turkish Cypriots elected a parliament on April 19, 2009. Greece saw the result as "an opportunity" to '
        "restart negotiations, its foreign minister said."
    )
    assert verdicts(extract_text(nlp, text)) == {("Greece", "neutral", ("call-for-peaceful-settlement",))}


def test_his_office_is_the_office_of_the_one_its_last_clause_names(nlp):
    text = (
        "Turkish Cypriots elected a parliament on April 19, 2009. Turkey's foreign ministry said it would not comment, "
        "but President Abdullah Gul congratulated the winners by phone, his office said."
    )
    assert ("Turkey", ("Abdullah Gul",)) in speakers_in(nlp, text)


def test_two_leaders_agreeing_as_one_of_their_offices_reports_both_speak(nlp):
    text = (
        "Yevgeny Shevchuk won the presidential election in Transnistria on December 11, 2011. French President Nicolas "
        'Sarkozy and Moldovan President Nicolae Timofti agreed that the vote would "never be recognised," the Elysee '
        "said."
    )
    assert speakers_in(nlp, text) == {("France", ("Nicolas Sarkozy",)), ("Moldova", ("Nicolae Timofti",))}


def test_a_portfolio_after_and_is_no_persons_name(nlp):
    text = (
        "Raul Khajimba won the presidential election in Abkhazia on August 24, 2014. Georgia's State Minister for "
        'Reconciliation and Civic Equality, Paata Zakareishvili, said the vote was "illegitimate".'
    )
    assert speakers_in(nlp, text) == {("Georgia", ("Paata Zakareishvili",))}
