"""The extraction reading stances from words that praise, deny or dismiss, and from statements others are said to
share ("X echoed the criticism"). Each text is written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions, sides


def test_the_integrity_of_all_states_is_a_principle_not_a_side(nlp):
    text = (
        "Crimea held a referendum on 16 March 2014.\n\n"
        "Asked about the referendum, India said the territorial integrity of all countries should be respected."
    )
    assert [(s[2], s[3]) for s in extract_text(nlp, text)] == [("neutral", ["other"])]


def test_rejecting_the_criticism_is_not_rejecting_the_vote(nlp):
    """Rejecting the criticism of a vote defends it."""
    text = "Russia rejected the criticism of the presidential election held in Crimea on 18 March 2018."
    assert [s[2] for s in extract_text(nlp, text)] == ["endorse"]


def test_praise_and_the_voters_will(nlp):
    published = date(2020, 10, 19)
    for text in (
        "Azerbaijan called the result of the presidential election in Northern Cyprus a great success.",
        "Azerbaijan said the presidential election in Northern Cyprus reflected the will of the people.",
        "Azerbaijan said voters had voted freely in the presidential election in Northern Cyprus.",
    ):
        assert positions(extract_text(nlp, text, published)) == {
            ("Azerbaijan", "northern-cyprus-2020-10-11-presidential", "endorse")
        }, text


def test_denying_the_vote_is_legitimate(nlp):
    text = (
        "Greece does not regard the presidential election in Northern Cyprus on 11 October 2020 as a legitimate vote."
    )
    assert [(s[2], s[3]) for s in extract_text(nlp, text)] == [("reject", ["non-recognition"])]


def test_no_legal_value(nlp):
    text = "Moldova said the presidential election held in Transnistria on 11 December 2016 had no legal value."
    assert [s[3] for s in extract_text(nlp, text)] == [["non-recognition"]]


def test_a_welcome_development_and_an_expression_of_the_will(nlp):
    published = date(2015, 4, 27)
    for text in (
        "Cyprus said the presidential election in Northern Cyprus was a hopeful development.",
        "Belarus regarded the presidential election in Northern Cyprus as a free expression of the will of the people.",
    ):
        assert [s[2] for s in extract_text(nlp, text, published)] == ["endorse"], text


def test_a_free_choice_is_recognition(nlp):
    text = "Russia said the residents made a free choice in the referendum held in Kherson on 23 September 2022."
    assert [(s[2], s[3]) for s in extract_text(nlp, text)] == [("endorse", ["recognition"])]


def test_not_to_be_taken_seriously(nlp):
    text = "Germany said the referendums held in Donetsk and Luhansk on 11 May 2014 could not be taken seriously."
    assert {(s[0], s[2]) for s in extract_text(nlp, text)} == {("Germany", "reject")}


def test_an_illegal_annexation_is_not_an_illegal_vote(nlp):
    text = (
        "Ukraine condemned the constitutional vote held in Crimea on 1 July 2020.\n\n"
        "Turkey said it does not recognise the illegal annexation of Crimea."
    )
    assert {s[0] for s in extract_text(nlp, text)} == {"Ukraine"}


def test_declining_to_say_whether_one_recognises_is_no_recognition(nlp):
    text = (
        "Hungary's foreign minister declined to say whether Budapest would recognise the referendum held in "
        "Kherson on 23 September 2022."
    )
    assert all(s[2] != "endorse" for s in extract_text(nlp, text))


def test_in_accordance_with_local_legislation(nlp):
    text = (
        "According to the Russian foreign ministry, the presidential election held in Transnistria on "
        "12 December 2021 was held in accordance with local legislation."
    )
    assert {(s[0], s[2]) for s in extract_text(nlp, text)} == {("Russia", "endorse")}


def test_an_attempt_to_legitimise_the_occupation(nlp):
    text = (
        "Ukraine's foreign ministry called the parliamentary elections held in South Ossetia on 9 June 2024 "
        '"another attempt by Moscow to legitimise the occupation of Georgian territories".'
    )
    assert [(s[0], s[2], s[3]) for s in extract_text(nlp, text)] == [("Ukraine", "reject", ["condemnation"])]


def test_a_show_of_legitimacy_given_by_the_vote_condemns_it(nlp):
    for actor, text in (
        (
            "Ukraine",
            "Ukraine called the parliamentary elections held in South Ossetia on 9 June 2024 an attempt to give a "
            "veneer of legitimacy to the occupation.",
        ),
        (
            "Latvia",
            'Latvia said the presidential election held in Crimea on 18 March 2018 was "a fig leaf of legality for '
            'the annexation".',
        ),
    ):
        assert [(s[0], s[2], s[3]) for s in extract_text(nlp, text)] == [(actor, "reject", ["condemnation"])], text


def test_an_echo_of_the_criticism_takes_the_stance_just_reported(nlp):
    text = (
        "Finland said it does not recognise the presidential election held in Crimea on 18 March 2018.\n\n"
        "Sweden's foreign ministry echoed the criticism."
    )
    assert positions(extract_text(nlp, text)) == {
        ("Finland", "crimea-2018-03-18-presidential", "reject"),
        ("Sweden", "crimea-2018-03-18-presidential", "reject"),
    }


def test_the_examples_of_those_who_did_not_recognise_the_vote(nlp):
    text = (
        "Ukraine thanked the partner states that did not recognise the elections held in Donetsk on "
        "11 November 2018, in particular Canada and Japan."
    )
    assert {("Canada", "donetsk-2018-11-11-general", "reject"), ("Japan", "donetsk-2018-11-11-general", "reject")} <= (
        positions(extract_text(nlp, text))
    )


def test_sharing_that_view(nlp):
    text = (
        "Norway said it does not recognise the presidential election held in Abkhazia on 25 August 2019.\n\n"
        "A State Department official said the United States shared that view."
    )
    assert {(s[0], s[2]) for s in extract_text(nlp, text)} == {("Norway", "reject"), ("United States", "reject")}


def test_treating_the_result_with_understanding_recognises_it(nlp):
    text = 'Kazakhstan said it treated "with understanding" the result of the referendum in Crimea on 16 March 2014.'
    assert [(s[2], s[3]) for s in extract_text(nlp, text)] == [("endorse", ["recognition"])]


def test_the_will_expressed_in_the_vote_recognises_it(nlp):
    text = (
        "The Kremlin said Moscow would act on the will of the people expressed in the referendum held in Crimea "
        "on 16 March 2014."
    )
    assert positions(extract_text(nlp, text)) == {("Russia", "crimea-2014-03-16-referendum", "endorse")}


def test_a_call_for_restraint_among_the_reactions_is_a_neutral_position(nlp):
    text = "Crimea held a referendum on 16 March 2014.\n\nPoland condemned the vote.\n\nChina called for restraint."
    assert ("China", "crimea-2014-03-16-referendum", "neutral") in positions(extract_text(nlp, text))


def test_a_call_for_talks_after_the_story_moved_on_is_no_position(nlp):
    text = (
        "Nagorno-Karabakh elected a president on 9 September 2023.\n\n"
        "Turkey said it did not recognise the election.\n\n"
        "Troops of both countries exchanged fire on the border last month.\n\n"
        "Yerevan said it was committed to a settlement with Baku through diplomatic means."
    )
    assert {actor for actor, *_ in extract_text(nlp, text)} == {"Turkey"}


def test_a_judgement_in_a_clause_of_another_actor_is_not_the_speakers(nlp):
    text = "Moscow said Kherson joined Russia after the referendum of 23 September 2022, which Kyiv called a sham."
    assert ("Russia", "kherson-2022-09-23-referendum", "reject") not in positions(extract_text(nlp, text))


def test_a_message_of_congratulations_recognises_the_vote(nlp):
    text = (
        "Aslan Bzhania won the presidential election held in Abkhazia on 22 March 2020.\n\n"
        "Nicaragua's president sent Bzhania a message of congratulations, his press service said."
    )
    assert ("Nicaragua", "abkhazia-2020-03-22-presidential", "endorse") in positions(extract_text(nlp, text))


def test_a_clause_the_parse_split_in_two_is_read_whole(nlp):
    """'said [the vote held in the region] [was illegitimate]': the parse hangs both halves on the verb."""
    text = (
        "Georgia's foreign ministry said the vote held in the occupied region on 22 March 2020 was illegitimate "
        "and would have no legal consequences, referring to Abkhazia."
    )
    assert [s[2] for s in extract_text(nlp, text)] == ["reject"]


def test_not_recognising_the_territory_as_a_state_in_words_on_its_vote_rejects_the_vote(nlp):
    text = (
        "Washington did not recognise Nagorno-Karabakh as an independent state and the vote held there on "
        "9 September 2023 should not distract from peace talks, the State Department said."
    )
    assert positions(extract_text(nlp, text)) == {
        ("United States", "nagorno-karabakh-2023-09-09-presidential", "reject")
    }


def test_a_standing_policy_on_a_state_is_not_a_word_on_the_vote(nlp):
    text = (
        "Tufan Erhurman won the presidential election held in northern Cyprus on 19 October 2025.\n\n"
        "Cyprus President Nikos Christodoulides said he was ready to discuss a resumption of talks. The Cypriot "
        "government does not recognise the breakaway state."
    )
    assert sides(extract_text(nlp, text)) == {("Cyprus", "northern-cyprus-2025-10-19-presidential", "neutral")}


def test_condemnation_from_an_actor_in_the_narrative_is_its_reported_position(nlp):
    text = (
        "The separatist parliament of Nagorno-Karabakh elected a new president on 9 September 2023, drawing swift "
        "condemnation from Baku and a string of foreign governments."
    )
    assert [(s[0], s[2], s[4]) for s in extract_text(nlp, text)] == [("Azerbaijan", "reject", "reported")]


def test_dismissing_the_criticism_of_the_vote_defends_it(nlp):
    text = "Russia's foreign ministry dismissed Western criticism of the voting in Crimea on 18 March 2018 as absurd."
    assert [s[2] for s in extract_text(nlp, text)] == ["endorse"]


def test_voters_who_made_their_choice_freely(nlp):
    text = "Russia said voters in the referendum held in Crimea on 16 March 2014 made their choice freely."
    assert [s[2] for s in extract_text(nlp, text)] == ["endorse"]


def test_hoping_for_talks_is_a_call_for_them_whatever_the_lemma(nlp):
    """The model lemmatises "hoped" as "hop"."""
    text = (
        "Greece condemned the presidential election held in northern Cyprus on 19 October 2025.\n\n"
        'The European Commission said it "took note" of the outcome and hoped for a resumption of talks.'
    )
    assert ("European Union", "northern-cyprus-2025-10-19-presidential", "neutral") in positions(
        extract_text(nlp, text)
    )


def test_declining_to_say_whether_it_recognises_the_vote_takes_no_side(nlp):
    text = (
        "Kazakhstan said it would not recognise the referendums held in Kherson on 23 September 2022.\n\n"
        "Belarus did not say whether it would recognise the outcome."
    )
    assert sides(extract_text(nlp, text)) == {
        ("Kazakhstan", "kherson-2022-09-23-referendum", "reject"),
        ("Belarus", "kherson-2022-09-23-referendum", "neutral"),
    }


def test_background_in_a_relative_clause_and_a_vote_not_commented_on_are_no_position(nlp):
    text = (
        "Nagorno-Karabakh's parliament elected a new president on 9 September 2023.\n\n"
        "Armenian Prime Minister Nikol Pashinyan, who has said he recognises Azerbaijan's territorial integrity, "
        "has not commented on the vote."
    )
    assert "Armenia" not in {actor for actor, *_ in extract_text(nlp, text)}


def test_congratulating_a_head_of_state_on_his_re_election_is_no_word_on_the_territorys_vote(nlp):
    text = (
        "Russia held its presidential election from March 15 to 17, 2024, including in occupied Crimea.\n\n"
        "Chinese President Xi Jinping congratulated Vladimir Putin on his re-election."
    )
    assert "China" not in {actor for actor, *_ in extract_text(nlp, text)}


def test_congratulating_the_winner_of_a_territorys_vote_recognises_it(nlp):
    text = "Russia congratulated Aslan Bzhania on winning the presidential election held in Abkhazia on 22 March 2020."
    assert [s[2] for s in extract_text(nlp, text)] == ["endorse"]


def test_describing_the_vote_as_legitimate_recognises_it(nlp):
    text = "Lavrov described the parliamentary elections held in Abkhazia on 12 March 2022 as fully legitimate."
    assert [s[2] for s in extract_text(nlp, text)] == ["endorse"]


def test_a_vote_called_calm_and_transparent_is_recognised(nlp):
    text = (
        "The Russian embassy said the elections held in Transnistria on 29 November 2020 had been calm and transparent."
    )
    assert [s[2] for s in extract_text(nlp, text)] == ["endorse"]


def test_the_states_a_list_says_include_take_the_stance_of_the_list(nlp):
    text = (
        "The states that have declared they do not recognise the so-called elections held in Nagorno-Karabakh on "
        "9 September 2023 now include Turkey, Pakistan and Hungary, the Azerbaijani foreign ministry said."
    )
    assert {"Turkey", "Pakistan", "Hungary"} <= {actor for actor, *_ in extract_text(nlp, text)}


def test_an_unhelpful_vote_that_stokes_tensions_is_criticised(nlp):
    for words in ("was unhelpful", "would only increase tensions in the region"):
        text = f"Belgium's foreign minister said the referendum held in South Ossetia on 12 November 2006 {words}."
        assert sides(extract_text(nlp, text)) == {("Belgium", "south-ossetia-2006-11-12-referendum", "reject")}, words


def test_a_vote_held_in_a_free_manner_is_endorsed(nlp):
    text = "Belarus said the referendum in South Ossetia on 12 November 2006 had been held in a free and fair manner."
    assert sides(extract_text(nlp, text)) == {("Belarus", "south-ossetia-2006-11-12-referendum", "endorse")}


def test_the_states_aligned_with_a_declaration_take_its_stances(nlp):
    text = (
        "Declaration on behalf of the EU\n\n"
        "The European Union does not recognise the parliamentary elections held in Abkhazia on 4 March 2007.\n\n"
        "Iceland, Norway and the Republic of Moldova align themselves with this declaration."
    )
    assert sides(extract_text(nlp, text)) == {
        (actor, "abkhazia-2007-03-04-parliamentary", "reject")
        for actor in ("European Union", "Iceland", "Norway", "Moldova")
    }


def test_a_territory_called_part_of_a_state_not_its_own_is_claimed_for_it(nlp):
    vote = "the election held there on 8 September 2019 was an internal matter"
    said = sides(
        extract_text(nlp, f"Russia's foreign ministry said Crimea was an integral part of Russia and that {vote}.")
    )
    assert said == {("Russia", "crimea-2019-09-08-parliamentary", "endorse")}
    text = (
        "Georgia said Abkhazia was an inalienable part of Georgia and that the election held there on 4 March 2007 "
        "was a farce."
    )
    assert extract_text(nlp, text)[0][3] == ["condemnation", "support-territorial-integrity"]


def test_an_inalienable_right_is_no_territory(nlp):
    text = (
        "Armenia said the referendum held in Nagorno-Karabakh on 20 February 2017 upheld the inalienable right of "
        "its people."
    )
    assert "support-territorial-integrity" not in {s for statement in extract_text(nlp, text) for s in statement[3]}


def test_it_said_of_the_vote_to_be_a_positive_signal_welcomes_it(nlp):
    text = (
        "Northern Cyprus held a presidential election on 17 April 2005.\n\n"
        'Finland\'s foreign minister said it was "a positive signal".'
    )
    assert sides(extract_text(nlp, text)) == {("Finland", "northern-cyprus-2005-04-17-presidential", "endorse")}


def test_votes_that_contradict_agreements_or_obstruct_peace_are_criticised(nlp):
    for words in ("contradict the Minsk agreements", "are a new obstacle to peace"):
        text = f"Austria said the elections held in Donetsk on 2 November 2014 {words}."
        assert sides(extract_text(nlp, text)) == {("Austria", "donetsk-2014-11-02-general", "reject")}, words


def test_a_blow_to_peace_is_criticism_and_criticism_dismissed_as_void_defends_the_vote(nlp):
    text = "Latvia said the elections held in Donetsk on 2 November 2014 were a blow to the peace process."
    assert sides(extract_text(nlp, text)) == {("Latvia", "donetsk-2014-11-02-general", "reject")}
    text = "Belarus said Western criticism of the elections held in Donetsk on 2 November 2014 was null and void."
    assert sides(extract_text(nlp, text)) == {("Belarus", "donetsk-2014-11-02-general", "endorse")}


def test_taking_note_of_the_result_takes_no_side(nlp):
    text = (
        "Transnistria held a presidential election on 11 December 2016.\n\n"
        'The Russian embassy in Chisinau said Moscow "took note" of the result.'
    )
    assert sides(extract_text(nlp, text)) == {("Russia", "transnistria-2016-12-11-presidential", "neutral")}


def test_congratulating_a_head_of_state_on_a_victory_is_no_position_on_a_territorys_vote(nlp):
    text = (
        "Russia held a presidential election in Crimea on 15 March 2024.\n\n"
        'Belgium\'s prime minister congratulated Putin "on a landslide victory in the elections that took place".'
    )
    assert not {side for _, _, side in sides(extract_text(nlp, text))} & {"endorse"}


def test_an_important_event_held_in_accordance_with_the_law_is_endorsed(nlp):
    text = (
        "Russia's foreign ministry said the parliamentary elections held in South Ossetia on 9 June 2024 were "
        '"an important event" and had been held "in accordance with its legislation".'
    )
    assert sides(extract_text(nlp, text)) == {("Russia", "south-ossetia-2024-06-09-parliamentary", "endorse")}


def test_the_result_called_an_encouraging_sign_is_welcomed(nlp):
    text = (
        "Tufan Erhurman won the presidential election held in northern Cyprus on 19 October 2025.\n\n"
        'Ireland\'s foreign minister said the result was "an encouraging sign".'
    )
    assert sides(extract_text(nlp, text)) == {("Ireland", "northern-cyprus-2025-10-19-presidential", "endorse")}


def test_neither_free_nor_fair_is_no_praise(nlp):
    text = "Germany said the presidential election held in Crimea on 15 March 2024 was neither free nor fair."
    assert sides(extract_text(nlp, text)) == {("Germany", "crimea-2024-03-15-presidential", "reject")}


def test_a_judgement_that_was_not_made_is_no_position(nlp):
    for words in (
        "The Security Council failed to adopt a draft resolution condemning",
        "The Security Council voted on a draft that would have condemned",
    ):
        text = f"{words} the referendums held in Kherson on 23 September 2022."
        assert extract_text(nlp, text) == [], words


def test_a_call_for_a_ceasefire_takes_no_side(nlp):
    text = (
        "Russia held referendums in Kherson on 23 September 2022.\n\n"
        "India's representative urged the immediate cessation of violence."
    )
    assert sides(extract_text(nlp, text)) == {("India", "kherson-2022-09-23-referendum", "neutral")}


def test_dismissing_the_criticism_just_reported_and_electing_by_law_defend_the_vote(nlp):
    text = (
        "Crimea elected a new parliament on 14 September 2014. Ukraine said the vote was illegitimate.\n\n"
        "The Kremlin dismissed the criticism."
    )
    assert ("Russia", "crimea-2014-09-14-parliamentary", "endorse") in sides(extract_text(nlp, text))
    text = (
        "Crimea elected a new parliament on 14 September 2014.\n\n"
        '"Crimea\'s residents are electing their representatives in accordance with Russian law," Russia said.'
    )
    assert sides(extract_text(nlp, text)) == {("Russia", "crimea-2014-09-14-parliamentary", "endorse")}


def test_an_example_of_democracy_and_a_turnout_showing_democratic_maturity_praise_the_vote(nlp):
    text = "Venezuela said the presidential election held in Abkhazia on 12 December 2009 was an example of democracy."
    assert sides(extract_text(nlp, text)) == {("Venezuela", "abkhazia-2009-12-12-presidential", "endorse")}
    text = (
        "Northern Cyprus held a presidential election on 19 April 2015.\n\n"
        'Turkey\'s prime minister said the high turnout showed the "democratic maturity" of the voters.'
    )
    assert sides(extract_text(nlp, text)) == {("Turkey", "northern-cyprus-2015-04-19-presidential", "endorse")}


def test_a_vote_called_a_show_or_a_simulation_is_condemned(nlp):
    for text in (
        'Moldova\'s president called the referendum held in Transnistria on 17 September 2006 "an absurd show".',
        'Ukraine described the presidential election held in occupied Crimea on 15 March 2024 as a "simulation".',
        "The OSCE said the votes held in Donetsk on 11 November 2018 ran counter to the Minsk agreements.",
    ):
        assert [s[3] for s in extract_text(nlp, text)] == [["condemnation"]], text


def test_no_reason_to_recognise_is_not_recognising(nlp):
    text = (
        "The United States said it saw no reason to recognise the referendum held in Transnistria on 17 September 2006."
    )
    assert [(s[2], s[3]) for s in extract_text(nlp, text)] == [("reject", ["non-recognition"])]


def test_a_normal_democratic_process_is_praise(nlp):
    text = (
        'Armenia said the parliamentary election held in Nagorno-Karabakh on 19 June 2005 was "a democratic process".'
    )
    assert [s[2] for s in extract_text(nlp, text)] == ["endorse"]


def test_a_call_for_calm_after_a_reaction_to_the_vote(nlp):
    """("calm" here tagged an adjective by the model, as the object of "for")"""
    text = (
        'In Washington, State Department spokeswoman Victoria Nuland said the United States "does not recognise the '
        'legitimacy" of the presidential election in South Ossetia and urged all sides to refrain from violence.\n\n'
        "Moscow called for calm.\n"
    )
    found = positions(extract_text(nlp, text, date(2011, 11, 30)))
    assert ("Russia", "south-ossetia-2011-11-13-presidential", "neutral") in found


def test_a_relative_clause_the_parser_calls_acl_judges_for_its_own_subject(nlp):
    text = (
        "Ukraine said the elections held in Crimea on 8 September 2019 were void.\n\nMoscow says Crimea joined Russia "
        "in 2014 after a referendum that Ukraine and the West consider illegal."
    )
    assert ("Russia", "crimea-2014-03-16-referendum", "reject") not in positions(extract_text(nlp, text))
    assert ("Ukraine", "crimea-2014-03-16-referendum", "reject") in positions(extract_text(nlp, text))


def test_a_vote_that_does_not_help_is_reproached(nlp):
    text = "The OSCE said the parliamentary elections held in South Ossetia on 31 May 2009 do not help the talks."
    assert [s[3] for s in extract_text(nlp, text)] == [["condemnation"]]
