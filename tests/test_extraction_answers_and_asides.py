"""Forms met in rounds 450 and after: others who judge inside a clause of the speaker's sentence and are named only by
what they are ("a claim Western governments dismiss"); a high turnout cited "as proof"; "understood the need to hold
the votes"; the territories of a state "temporarily controlled by" another, and a count of its "Russian-controlled
regions"; "them" after a paragraph on the votes; a briefing's question, which asks only; "another country friendly to
Russia" beside the speaker; a live blog's day before its time; a spokesperson who is not the last person named; "the
new Duma"; "voting there was perfectly normal"; "the statement of the European Union that ..."; an answer to a question
on the vote that takes no side, and one that turns away; voters who "had every right to vote"; a joint statement
signed by a line of names; "They cannot be recognised"; "a threat to the peace process"; a vote its own sentence names
before the words; a former official not named; an official titled in the subject whose words name the state; a
statement "echoed by" another; "as did X" before the verb; a medium's claim about an actor; a state's presidency of the
EU; "described the vote as calm and orderly"; "Condemnation came swiftly from Tbilisi"; "For Georgia's foreign
ministry, ..."; "from Moscow, where the foreign ministry praised"; a day named after "repeated"; "the president had
told Putin" (not Putin); "X, a close ally of Vladimir Putin, said" (not Putin); votes that "had shown what the people
want". Each text is written for these tests; each test is one behaviour; the guards pass on the code before them and
fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions, speakers_in, stances_of

CRIMEA_2024 = "Russia held its presidential election on 15-17 March 2024, also in Crimea.\n\n"
REFERENDUMS_2022 = "Russia staged referendums in occupied parts of Ukraine from 23 to 27 September 2022.\n\n"
DONBAS_2014 = (
    "Sunday's elections in the self-proclaimed Donetsk and Luhansk People's Republics gave the rebels a mandate.\n\n"
)
MAY_2014 = "18:05 - Polls have closed in Donetsk and Luhansk regions, where separatists organised referendums.\n\n"
DUMA_2016 = "Elections to the Russian State Duma were held in Crimea on 18 September 2016.\n\n"
TRANSNISTRIA_2025 = "Transnistria elected a new Supreme Soviet on 30 November 2025.\n\n"
SOUTH_OSSETIA_2022 = "On 10 April 2022, the regime in Tskhinvali staged another presidential election.\n\n"


def test_a_clause_of_others_named_by_what_they_are_is_not_the_speakers(nlp):
    text = CRIMEA_2024 + "Moscow hailed the high turnout, a figure Western governments dismiss as inflated."
    assert stances_of(nlp, text, date(2024, 3, 19), "Russia") == {"recognition"}


def test_a_high_turnout_cited_as_proof_praises_the_vote(nlp):
    text = CRIMEA_2024 + "Moscow points to high turnout in Crimea as proof of support."
    assert stances_of(nlp, text, date(2024, 3, 19), "Russia") == {"recognition"}


def test_a_low_turnout_cited_as_proof_praises_nothing(nlp):
    # the guard: only a high turnout is held up as the vote's worth
    text = CRIMEA_2024 + "Kyiv points to the low turnout in Crimea as proof of a boycott."
    assert "recognition" not in {s for _, _, _, st, _ in extract_text(nlp, text, date(2024, 3, 19)) for s in st}


def test_understanding_the_need_to_hold_the_votes_backs_them(nlp):
    text = DONBAS_2014 + 'The Kremlin\'s spokesman Dmitry Peskov said Moscow "understood" the need to hold the votes.'
    assert stances_of(nlp, text, date(2014, 11, 3), "Russia") == {"recognition"}


def test_understanding_the_need_for_talks_backs_no_vote(nlp):
    # the guard: a need for something else than the vote
    text = DONBAS_2014 + "The Kremlin's spokesman Dmitry Peskov said Moscow understood the need for dialogue."
    assert "recognition" not in stances_of(nlp, text, date(2014, 11, 3), "Russia")


def test_the_territories_of_a_state_temporarily_controlled_by_another_are_all_of_them(nlp):
    text = CRIMEA_2024 + (
        "The Group of Seven said it would never recognise such elections in the territories of Ukraine temporarily "
        "controlled by Russia, including Crimea."
    )
    keys = {key for actor, key, *_ in extract_text(nlp, text, date(2024, 3, 19)) if actor == "Group of Seven"}
    assert keys == {f"{t}-2024-03-15-presidential" for t in ("crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson")}


def test_a_count_of_a_states_russian_controlled_regions_names_all_their_votes(nlp):
    text = (
        "Kazakhstan will not recognise the results of the referendums being held in four Russian-controlled regions "
        "of Ukraine, the foreign ministry's spokesman said on 26 September 2022."
    )
    keys = {key for actor, key, *_ in extract_text(nlp, text, date(2022, 9, 26)) if actor == "Kazakhstan"}
    assert keys == {f"{t}-2022-09-23-referendum" for t in ("donetsk", "luhansk", "zaporizhzhia", "kherson")}


def test_them_after_a_paragraph_on_the_votes_are_the_votes(nlp):
    text = DONBAS_2014 + 'Petro Poroshenko, the Ukrainian president, called them a "farce".'
    assert positions(extract_text(nlp, text, date(2014, 11, 3))) == {
        ("Ukraine", "donetsk-2014-11-02-general", "reject"),
        ("Ukraine", "luhansk-2014-11-02-general", "reject"),
    }


def test_them_after_a_paragraph_on_one_vote_are_not_it(nlp):
    # the guard: a singular vote is not "them"
    text = "Sunday's election in the Donetsk People's Republic gave the rebels a mandate.\n\nKyiv called them a farce."
    assert extract_text(nlp, text, date(2014, 11, 3)) == []


def test_a_briefings_question_asks_only(nlp):
    text = REFERENDUMS_2022 + (
        "Question: Kazakhstan has said it will not recognise the votes. Does China share that view?\n\n"
        "Wang Wenbin: I have stated China's position."
    )
    assert "China" not in {actor for actor, *_ in extract_text(nlp, text, date(2022, 9, 28))}


def test_an_indefinite_apposition_beside_the_speaker_does_not_speak(nlp):
    text = (
        REFERENDUMS_2022
        + "Serbia, another country friendly to Russia, also said it would not recognise the referendums."
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2022, 9, 28))} == {"Serbia"}


def test_a_live_blogs_day_before_its_time_is_not_the_subject(nlp):
    text = MAY_2014 + "11 May, 22:10 - Moscow says it respects the will of the people of Donetsk and Luhansk regions."
    assert positions(extract_text(nlp, text, date(2014, 5, 12))) == {
        ("Russia", "donetsk-2014-05-11-referendum", "endorse"),
        ("Russia", "luhansk-2014-05-11-referendum", "endorse"),
    }


def test_a_spokesperson_is_not_the_last_person_of_another_actor(nlp):
    text = DUMA_2016 + (
        "President Petro Poroshenko said Ukraine would not recognise the new Duma.\n\n"
        '"The EU does not recognise the holding of elections for the Russian State Duma in the Crimean peninsula," '
        "the spokesperson said."
    )
    assert speakers_in(nlp, text, date(2016, 9, 19)) == {("Ukraine", ("Petro Poroshenko",)), ("European Union", ())}


def test_the_new_duma_not_recognised_is_the_vote_not_recognised(nlp):
    text = DUMA_2016 + "President Petro Poroshenko said Ukraine would not recognise the new Duma's legitimacy."
    assert stances_of(nlp, text, date(2016, 9, 19), "Ukraine") == {"non-recognition"}


def test_voting_said_to_be_normal_is_accepted(nlp):
    text = DUMA_2016 + (
        'Spokesman Dmitry Peskov said Crimea was "a full-fledged region of Russia" and that voting there was perfectly '
        "normal."
    )
    assert stances_of(nlp, text, date(2016, 9, 19), "Russia") == {"recognition"}


def test_life_back_to_normal_accepts_nothing(nlp):
    # the guard: "normal" said of something else than the vote
    text = DUMA_2016 + "Spokesman Dmitry Peskov said life in Crimea was back to normal after the vote."
    assert "recognition" not in stances_of(nlp, text, date(2016, 9, 19), "Russia")


def test_the_statement_of_an_actor_that_gives_its_words(nlp):
    text = SOUTH_OSSETIA_2022 + (
        "I welcome the statement of the European Union that it does not recognise the framework within which such "
        "elections take place."
    )
    assert stances_of(nlp, text, date(2022, 4, 12), "European Union") == {"non-recognition"}


def test_an_answer_on_the_vote_that_takes_no_side_is_neutral(nlp):
    text = TRANSNISTRIA_2025 + (
        "Asked about the elections, an EU spokesperson said the bloc's position on the Transnistrian conflict was well "
        "known and had not changed."
    )
    assert positions(extract_text(nlp, text, date(2025, 12, 1))) == {
        ("European Union", "transnistria-2025-11-30-parliamentary", "neutral")
    }


def test_an_answer_that_turns_away_says_nothing_of_the_vote(nlp):
    # the guard: "said only that" another matter
    text = (
        REFERENDUMS_2022 + "Hungary's Viktor Orban, asked about the votes, said only that sanctions were not working."
    )
    assert extract_text(nlp, text, date(2022, 9, 30)) == []


def test_voters_with_every_right_to_vote_defend_the_vote(nlp):
    text = (
        "Residents of the occupied Donbas voted in Russia's State Duma election on 17-19 September 2021.\n\n"
        "The Kremlin said the residents holding Russian citizenship had every right to vote."
    )
    assert stances_of(nlp, text, date(2021, 9, 20), "Russia") == {"recognition"}


def test_voters_with_no_right_to_vote_defend_nothing(nlp):
    # the guard: not a right affirmed in full
    text = CRIMEA_2024 + "Kyiv said the residents of Crimea had no right to vote in a Russian election."
    assert "recognition" not in stances_of(nlp, text, date(2024, 3, 19), "Ukraine")


def test_a_joint_statements_foot_line_of_names_gives_each_signer(nlp):
    text = (
        "Joint statement of the Foreign Ministers of Estonia, Latvia and Lithuania\n\nRiga, 18 March 2024\n\n"
        "We, the Foreign Ministers of Estonia, Latvia and Lithuania, strongly condemn the holding of the Russian "
        "presidential election in Crimea.\n\nMargus Tsahkna, Krisjanis Karins, Gabrielius Landsbergis"
    )
    assert speakers_in(nlp, text, date(2024, 3, 18)) == {
        ("Estonia", ("Margus Tsahkna",)),
        ("Latvia", ("Krisjanis Karins",)),
        ("Lithuania", ("Gabrielius Landsbergis",)),
    }


def test_they_that_cannot_be_recognised_are_the_votes(nlp):
    text = (
        "Separatists in Donetsk and Luhansk plan elections on 2 November 2014.\n\n"
        '"These elections would contravene the Minsk agreements," government spokesman Steffen Seibert told a news '
        'conference. "They cannot be recognised."'
    )
    assert stances_of(nlp, text, date(2014, 10, 31), "Germany") == {"condemnation", "non-recognition"}


def test_a_threat_to_the_peace_process_condemns_the_vote(nlp):
    text = DONBAS_2014 + "Poroshenko called the polls a threat to the peace process."
    assert stances_of(nlp, text, date(2014, 11, 3), "Ukraine") == {"condemnation"}


def test_a_threat_to_something_else_condemns_nothing(nlp):
    # the guard: only a threat to peace reproaches the vote
    text = DONBAS_2014 + "Poroshenko said the vote was a threat to voters."
    assert "condemnation" not in stances_of(nlp, text, date(2014, 11, 3), "Ukraine")


def test_a_vote_its_own_sentence_names_outweighs_the_actors_last_words(nlp):
    text = (
        "Abkhazia held a presidential election on 15 February 2025.\n\n"
        "In October 2004, Moscow initially refused to accept Sergei Bagapsh's victory in the presidential election.\n\n"
        "By the time Bagapsh was re-elected in December 2009, President Dmitry Medvedev congratulated him warmly."
    )
    assert positions(extract_text(nlp, text, date(2025, 2, 20))) == {
        ("Russia", "abkhazia-2004-10-03-presidential", "reject"),
        ("Russia", "abkhazia-2009-12-12-presidential", "endorse"),
    }


def test_a_former_official_unnamed_speaks_for_no_actor(nlp):
    text = DONBAS_2014 + "A former U.S. ambassador to Ukraine called the elections a sham."
    assert extract_text(nlp, text, date(2014, 11, 3)) == []


ABKHAZIA_2014 = "Abkhazia held a presidential election on 24 August 2014.\n\n"
DONBAS_2018 = "The Donetsk and Luhansk 'people's republics' held elections on 11 November 2018.\n\n"


def test_an_official_titled_in_the_subject_speaks_the_words_naming_the_state(nlp):
    text = ABKHAZIA_2014 + (
        "Deputy Assistant Secretary of State Joshua Huck said the United States does not recognise the so-called "
        "presidential election."
    )
    assert speakers_in(nlp, text, date(2014, 8, 26)) == {("United States", ("Joshua Huck",))}


def test_a_statement_echoed_by_another_actor_in_the_passive_is_shared(nlp):
    text = DONBAS_2018 + (
        'Federica Mogherini said the elections were "illegal and illegitimate". Her statement was echoed by Canada.'
    )
    assert "Canada" in {actor for actor, *_ in extract_text(nlp, text, date(2018, 11, 12))}


def test_as_did_set_off_before_the_verb_shares_the_words(nlp):
    text = (
        "Russia held local elections in occupied Crimea on 8 September 2019.\n\n"
        "The EU, as did the United States, said it would not recognise the elections."
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2019, 9, 9))} == {"European Union", "United States"}


def test_a_mediums_claim_about_an_actor_is_not_the_actors_word(nlp):
    text = REFERENDUMS_2022 + "Some Western media outlets have claimed that China will soon recognise the results."
    assert "China" not in {actor for actor, *_ in extract_text(nlp, text, date(2022, 9, 28))}


def test_a_mediums_report_of_an_actor_still_gives_its_word(nlp):
    # the guard: a report, not a guess
    text = REFERENDUMS_2022 + "The Interfax news agency reported that the Kremlin welcomed the results."
    assert stances_of(nlp, text, date(2022, 9, 28), "Russia") == {"recognition"}


def test_a_states_presidency_of_the_eu_speaks_for_the_eu(nlp):
    text = (
        "Nagorno-Karabakh held parliamentary elections on 19 June 2005.\n\n"
        "The Luxembourg presidency of the EU said the Union did not recognise the elections."
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2005, 6, 20))} == {"European Union"}


def test_a_vote_described_as_calm_and_orderly_is_praised(nlp):
    text = (
        "Voters in Transnistria elected a new Supreme Soviet on 12 December 2010.\n\n"
        "Russia's foreign ministry described the vote as calm and orderly."
    )
    assert stances_of(nlp, text, date(2010, 12, 13), "Russia") == {"recognition"}


def test_a_judgement_that_came_from_a_capital_is_its_own(nlp):
    text = ABKHAZIA_2014 + (
        "Condemnation came swiftly from Tbilisi. Recognition of the result came, predictably, from Moscow."
    )
    assert positions(extract_text(nlp, text, date(2014, 8, 26))) == {
        ("Georgia", "abkhazia-2014-08-24-presidential", "reject"),
        ("Russia", "abkhazia-2014-08-24-presidential", "endorse"),
    }


def test_for_a_body_of_a_state_opens_its_view(nlp):
    text = ABKHAZIA_2014 + 'For Georgia\'s foreign ministry, the vote was "a farce staged under the occupation".'
    assert stances_of(nlp, text, date(2014, 8, 26), "Georgia") == {"condemnation"}


def test_for_a_span_of_time_opens_no_view(nlp):
    # the guard: "For years," names nobody
    text = ABKHAZIA_2014 + "For years, the vote was a farce."
    assert extract_text(nlp, text, date(2014, 8, 26)) == []


def test_the_body_of_a_capital_where_it_acts_is_that_capitals(nlp):
    text = ABKHAZIA_2014 + (
        "Georgia's foreign ministry called the vote illegal.\n\nRecognition came from Moscow, where the foreign "
        'ministry praised the "high level of organisation" of the vote.'
    )
    assert stances_of(nlp, text, date(2014, 8, 26), "Russia") == {"recognition"}


def test_a_day_after_a_speech_verb_is_not_the_votes(nlp):
    text = (
        "Thirty years ago today, on December 10, 1991, Nagorno-Karabakh voted in a referendum on independence.\n\n"
        "Baku declared the vote illegal at the time, and Azerbaijan's foreign ministry repeated on Friday that the "
        "referendum had no legal force."
    )
    keys = {key for _, key, *_ in extract_text(nlp, text, date(2021, 12, 10))}
    assert keys == {"nagorno-karabakh-1991-12-10-referendum"}


def test_the_one_told_is_not_who_tells(nlp):
    text = (
        "Crimea voted in a referendum on 16 March 2014.\n\nBarack Obama telephoned Vladimir Putin on Sunday. The White "
        'House said the president had told Putin the vote "would never be recognised by the United States".'
    )
    assert speakers_in(nlp, text, date(2014, 3, 17)) == {("United States", ("Barack Obama",))}


def test_a_person_an_aside_names_does_not_speak(nlp):
    text = REFERENDUMS_2022 + "Alexander Lukashenko, a close ally of Vladimir Putin, said the votes were legal."
    assert {actor for actor, *_ in extract_text(nlp, text, date(2022, 9, 29))} == {"Belarus"}


def test_votes_said_to_show_what_the_people_want_are_praised(nlp):
    text = REFERENDUMS_2022 + 'Alexander Lukashenko said the votes had shown "what the people want".'
    assert stances_of(nlp, text, date(2022, 9, 29), "Belarus") == {"recognition"}
