"""Forms met in rounds 926 and after: a quotation left open at a paragraph's end and closed in the next paragraph with
no opening mark (its "we" is the quoted ministry's, not the text's voice); places one noun names beside a place whose
vote the text dated ("the elections in the new regions and Crimea"); "such steps do not serve the peace process";
"regretted that they had taken place", 'expressed "regret" at the vote'; the co-chairs named right after
"co-chairs", which the parse may take for a verb, "They said" after they were named, and "Turkey and the co-chairs"
(each speaks; not "The U.S., French, and Russian co-chairs"); a known official of an election commission;
"Commissioner for Human Rights X"; voters "forced to vote", a vote "at the barrel of a gun"; a dash the model takes
into a name; the sovereignty of the territory itself; "no elections ... have legal effect"; a vote that "created a
window of opportunity" for a settlement; a meeting's record that goes on in a representative's words ("France would
never recognize ..."); "a Foreign Ministry source" after "In Moscow"; "stopped short of saying that Minsk would
recognise" (not "whether"); "any so-called referendum or elections"; a future that "lies in dialogue"; "complies"
tagged a noun; the office the text's role names in an undated story; "the result was encouraging"; "a normal
democratic procedure"; "These lands are Ukraine". Each text is written for these tests; each test is one behaviour.
The guards pass on the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions, speakers_in, stances_of

KARABAKH_2010 = "Nagorno-Karabakh elected a parliament on 23 May 2010.\n\n"
SOUTH_OSSETIA_2024 = "South Ossetia elected a parliament on 9 June 2024.\n\n"
CRIMEA_2014 = "Crimea votes on 16 March 2014 in a referendum on joining Russia.\n\n"


def test_a_quotation_closed_in_the_next_paragraph_is_the_quoted_bodys_not_the_texts_voice(nlp):
    text = (
        "Statement\n\n" + SOUTH_OSSETIA_2024 + "The Ministry of Foreign Affairs of Georgia released a statement. "
        'It reads:\n\n"The occupation regime held the so-called elections.\n\nThese elections have no legal effect. We '
        'call on the international community to condemn this step."\n\nEarlier, the EU said it does not recognise '
        "the framework of the elections. The EU reiterated its support for Georgia's territorial integrity."
    )
    found = extract_text(nlp, text, date(2024, 6, 10))
    assert ("Georgia", "direct") in {(actor, mode) for actor, _, _, stances, mode in found if "condemnation" in stances}
    assert not any(actor == "European Union" and "condemnation" in stances for actor, _, _, stances, _ in found)


def test_places_a_noun_names_beside_a_dated_place_voted_that_day(nlp):
    text = (
        "Crimea votes\n\nCrimea held elections to its State Council from Sept. 6 to Sept. 8, 2024.\n\nKremlin "
        'spokesman Dmitry Peskov said the elections in Donetsk and Crimea had been "well organized".'
    )
    keys = {key for actor, key, _, _, _ in extract_text(nlp, text, date(2024, 9, 9)) if actor == "Russia"}
    assert any(key.startswith("donetsk-2024-09") for key in keys)
    assert not any(key.startswith("donetsk-2024-03") for key in keys)


def test_steps_that_do_not_serve_the_peace_process_are_condemned(nlp):
    text = (
        "Baku\n\nNagorno-Karabakh held local elections on 8 August 2004.\n\nAzerbaijan's foreign ministry said it "
        'did not recognise the elections. Deputy Foreign Minister Araz Azimov said such steps "do not serve the '
        'peace process".'
    )
    assert "condemnation" in stances_of(nlp, text, date(2004, 8, 9), "Azerbaijan")


def test_what_does_not_serve_must_be_the_peace_to_be_condemned(nlp):
    # the guard: "does not serve" something else reproaches nothing
    text = (
        "Baku\n\nNagorno-Karabakh held local elections on 8 August 2004.\n\nAzerbaijan's foreign ministry said the "
        'vote "does not serve the interests of the residents" and that it would study the results.'
    )
    assert "condemnation" not in stances_of(nlp, text, date(2004, 8, 9), "Azerbaijan")


def test_regretting_that_they_took_place_after_naming_the_vote_condemns_it(nlp):
    text = (
        "OSCE\n\nAbkhazia held parliamentary elections on 2 March 2002.\n\nThe OSCE said it did not recognise the "
        "elections and regretted that they had taken place without the displaced persons."
    )
    assert "condemnation" in stances_of(
        nlp, text, date(2002, 3, 4), "Organization for Security and Co-operation in Europe"
    )


def test_co_chairs_named_right_after_the_word_speak_for_their_group(nlp):
    text = (
        "Karabakh\n\n" + KARABAKH_2010 + "The OSCE Minsk Group co-chairs Robert Bradtke of the United States, Bernard "
        "Fassier of France and Yuri Merzlyakov of Russia said in a statement that they do not consider the elections "
        "legitimate."
    )
    found = speakers_in(nlp, text, date(2010, 5, 24))
    assert {actor for actor, _ in found} == {"OSCE Minsk Group"}
    assert ("OSCE Minsk Group", ("Robert Bradtke", "Bernard Fassier", "Yuri Merzlyakov")) in found


def test_a_known_official_of_an_election_commission_speaks_for_the_state(nlp):
    text = (
        "Vote\n\nRussia held local elections in occupied Zaporizhzhia on 8-10 September 2023.\n\nCentral Election "
        'Commission chief Ella Pamfilova said the elections had been held "in full compliance with Russian law."'
    )
    assert speakers_in(nlp, text, date(2023, 9, 10)) == {("Russia", ("Ella Pamfilova",))}


def test_the_head_of_a_referendum_commission_still_speaks_for_no_state(nlp):
    # the guard: a vote's counters the list does not know speak for no one
    text = (
        "Vote\n\n" + CRIMEA_2014 + "The head of the referendum commission, Mikhail Malyshev, said the vote had been "
        "held in full compliance with the law."
    )
    assert speakers_in(nlp, text, date(2014, 3, 17)) == set()


def test_a_commissioner_for_human_rights_is_named_without_the_portfolio(nlp):
    text = (
        "Crimea\n\nRussia held elections in occupied Crimea on 8 September 2019.\n\nThe Verkhovna Rada's "
        "Commissioner for Human Rights Lyudmyla Denisova said the elections in Crimea were illegal."
    )
    assert ("Ukraine", ("Lyudmyla Denisova",)) in speakers_in(nlp, text, date(2019, 9, 9))


def test_voters_forced_to_vote_is_a_condemnation(nlp):
    text = (
        "Crimea\n\nRussia held elections in occupied Crimea on 8 September 2019.\n\nUkraine's human rights "
        "commissioner Lyudmyla Denisova said Crimean Tatars had been forced to vote under threat."
    )
    assert "condemnation" in stances_of(nlp, text, date(2019, 9, 9), "Ukraine")


def test_no_one_forced_to_vote_condemns_nothing(nlp):
    # the guard: a coercion denied
    text = (
        "Crimea\n\nRussia held elections in occupied Crimea on 8 September 2019.\n\nUkraine's human rights "
        "commissioner Lyudmyla Denisova said no one had been forced to vote in Kyiv-controlled areas."
    )
    assert "condemnation" not in stances_of(nlp, text, date(2019, 9, 9), "Ukraine")


def test_a_vote_at_the_barrel_of_a_gun_is_condemned(nlp):
    text = (
        "Crimea\n\n" + CRIMEA_2014 + "The representative of the United Kingdom said the referendum had been "
        'organized "at the barrel of a gun".'
    )
    assert "condemnation" in stances_of(nlp, text, date(2014, 3, 15), "United Kingdom")


def test_a_dash_after_a_name_is_no_part_of_it_and_they_are_the_co_chairs_named(nlp):
    text = (
        "Karabakh\n\nBako Sahakyan won the presidential election in Nagorno-Karabakh on 19 July 2007.\n\nThe OSCE "
        "Minsk Group co-chairs – Matthew Bryza, Bernard Fassier and Yuri Merzlyakov – issued a short statement. They "
        "said that they did not recognise the election."
    )
    found = speakers_in(nlp, text, date(2007, 7, 24))
    assert found == {("OSCE Minsk Group", ("Matthew Bryza", "Bernard Fassier", "Yuri Merzlyakov"))}


def test_the_sovereignty_of_the_territory_itself_is_recognition_not_integrity(nlp):
    text = (
        "Moscow\n\nAbkhazia held elections on 8 March 2022.\n\nMoscow said the vote would help strengthen the "
        "sovereignty of Abkhazia."
    )
    found = stances_of(nlp, text, date(2022, 3, 9), "Russia")
    assert "recognition" in found
    assert "support-territorial-integrity" not in found


def test_no_elections_that_have_legal_effect_is_non_recognition(nlp):
    text = (
        "Chisinau\n\nVadim Krasnoselsky was re-elected in Transnistria on 12 December 2021.\n\nThe Bureau for "
        'Reintegration Policies said that "no elections held in the Transnistrian region have legal effect for the '
        'Republic of Moldova".'
    )
    assert "non-recognition" in stances_of(nlp, text, date(2021, 12, 13), "Moldova")


def test_a_vote_that_created_a_window_of_opportunity_for_a_settlement_is_a_call(nlp):
    text = (
        "Cyprus\n\nMustafa Akinci won the presidential runoff in northern Cyprus on 26 April 2015.\n\nThe UN envoy, "
        'Espen Barth Eide, said the outcome created "a new window of opportunity" for a settlement.'
    )
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2015, 4, 27), "United Nations")


def test_a_meetings_record_goes_on_in_the_representatives_words(nlp):
    text = (
        "Council\n\n" + CRIMEA_2014 + "France's representative, Gérard Araud, said that Russia had vetoed "
        "international law. France would never recognize the referendum's results."
    )
    assert speakers_in(nlp, text, date(2014, 3, 15)) == {("France", ("Gérard Araud",))}


def test_a_foreign_ministry_source_in_moscow_speaks_for_russia(nlp):
    text = (
        "Tiraspol\n\nTransnistria elected its Supreme Council on 29 November 2020.\n\nIn Moscow, a Foreign Ministry "
        'source told RIA Novosti the vote had been held "in a calm atmosphere".'
    )
    assert ("Russia", "transnistria-2020-11-29-parliamentary", "endorse") in positions(
        extract_text(nlp, text, date(2020, 11, 30))
    )


def test_stopping_short_of_saying_one_would_recognise_is_no_recognition(nlp):
    text = (
        "Minsk\n\n" + CRIMEA_2014.replace("votes on", "voted on") + "Belarusian President Alexander Lukashenko said "
        "Crimea was de facto part of Russia, but stopped short of saying that Minsk would recognise the vote."
    )
    assert "recognition" not in stances_of(nlp, text, date(2014, 3, 23), "Belarus")


def test_stopping_short_of_saying_whether_one_would_recognise_keeps_the_question_open(nlp):
    # the guard: "whether" leaves the question open, which says no side ("other"), as before
    text = (
        "Moscow\n\nTransnistria voted in a referendum on independence on 17 September 2006.\n\nThe Russian Foreign "
        'Ministry said the vote should be "taken into account" but stopped short of saying whether Moscow would '
        "recognise the result."
    )
    assert "other" in stances_of(nlp, text, date(2006, 9, 18), "Russia")


def test_any_referendum_or_elections_in_a_territory_are_the_vote_the_text_is_about(nlp):
    text = (
        "Tbilisi\n\nA referendum on early elections was held in Abkhazia on 10 July 2016.\n\nGeorgia's Foreign "
        'Ministry said that "any so-called referendum or elections held in the occupied Abkhazia region are '
        'illegitimate and have no legal force."'
    )
    found = positions(extract_text(nlp, text, date(2016, 7, 11)))
    assert found == {("Georgia", "abkhazia-2016-07-10-referendum", "reject")}


def test_a_future_that_lies_in_dialogue_is_a_call(nlp):
    text = (
        "Tbilisi\n\nA referendum was held in Abkhazia on 10 July 2016.\n\nThe Georgian minister said the future of "
        "Abkhazia lies in dialogue with the Georgian people."
    )
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2016, 7, 11), "Georgia")


def test_what_lies_in_something_else_is_no_call(nlp):
    # the guard: only a way forward that "lies in" talks is a call
    text = (
        "Tbilisi\n\nA referendum was held in Abkhazia on 10 July 2016.\n\nThe Georgian minister said the problem lies "
        "in the occupation and that the vote was illegitimate."
    )
    assert "call-for-peaceful-settlement" not in stances_of(nlp, text, date(2016, 7, 11), "Georgia")


def test_complies_tagged_a_noun_still_says_the_vote_is_lawful(nlp):
    text = (
        'Call\n\nCrimea voted in a referendum on 16 March 2014.\n\nPutin told Obama that the referendum "fully '
        'complies with the norms of international law and the UN charter", the Kremlin said.'
    )
    assert "recognition" in stances_of(nlp, text, date(2014, 3, 17), "Russia")


def test_the_role_a_text_gives_picks_the_office_in_an_undated_story(nlp):
    text = (
        'Rome\n\nCrimea voted in a referendum on Sunday, March 16.\n\n"The referendum in Crimea is illegitimate and '
        'its result cannot be recognised," Foreign Minister Federica Mogherini told reporters.'
    )
    assert speakers_in(nlp, text) == {("Italy", ("Federica Mogherini",))}


def test_a_state_and_the_co_chairs_joined_by_and_each_speak(nlp):
    text = (
        "Baku\n\nNagorno-Karabakh elected a parliament on 19 June 2005.\n\nTurkey and the OSCE Minsk Group co-chairs "
        "also said they did not recognise the elections."
    )
    assert {actor for actor, _ in speakers_in(nlp, text, date(2005, 6, 20))} == {"Turkey", "OSCE Minsk Group"}


def test_regret_voiced_at_the_vote_is_a_condemnation(nlp):
    text = (
        "Paris\n\nRussia held a State Duma election on 17-19 September 2021, with voting for residents of occupied "
        'Donetsk.\n\nFrance expressed "regret" at the vote.'
    )
    assert "condemnation" in stances_of(nlp, text, date(2021, 9, 20), "France")


def test_a_result_said_to_be_encouraging_is_welcomed(nlp):
    text = (
        "Brussels\n\nThe CTP won parliamentary elections in northern Cyprus on 20 February 2005.\n\nEU enlargement "
        'commissioner Olli Rehn said the result was "encouraging".'
    )
    assert "recognition" in stances_of(nlp, text, date(2005, 2, 21), "European Union")


def test_a_result_not_encouraging_is_not_welcomed(nlp):
    # the guard: the hope denied
    text = (
        "Brussels\n\nThe CTP won parliamentary elections in northern Cyprus on 20 February 2005.\n\nEU enlargement "
        "commissioner Olli Rehn said the result was not encouraging."
    )
    assert "recognition" not in stances_of(nlp, text, date(2005, 2, 21), "European Union")


def test_co_chairs_named_by_their_states_adjectives_still_speak_as_the_group(nlp):
    # the guard: "The U.S., French, and Russian co-chairs", which the parse joins to "U.S." as a conjunct
    text = (
        "Karabakh\n\nNagorno-Karabakh elected a parliament on 19 June 2005.\n\nThe U.S., French, and Russian co-chairs "
        "of the OSCE Minsk Group issued a statement on 20 June saying they do not accept the results of the elections."
    )
    assert {actor for actor, _ in speakers_in(nlp, text, date(2005, 6, 21))} == {"OSCE Minsk Group"}


def test_a_vote_called_a_normal_democratic_procedure_is_recognised(nlp):
    text = (
        "Moscow\n\nCrimea elected its State Council on 14 September 2014.\n\nKremlin spokesman Dmitry Peskov called "
        'the vote "a normal democratic procedure".'
    )
    assert "recognition" in stances_of(nlp, text, date(2014, 9, 15), "Russia")


def test_these_lands_are_the_claimant_affirms_its_integrity(nlp):
    text = (
        "NATO\n\nRussia held referendums in occupied Luhansk from 23 to 27 September 2022.\n\nNATO Secretary General "
        'Jens Stoltenberg tweeted: "These lands are Ukraine."'
    )
    assert "support-territorial-integrity" in stances_of(
        nlp, text, date(2022, 9, 28), "North Atlantic Treaty Organization"
    )
