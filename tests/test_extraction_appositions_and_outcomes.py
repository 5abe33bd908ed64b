"""Forms met in rounds 269-316's articles: a speaker the parse hung as an apposition on the last noun of what they said
("... will have no legal consequences, the head of the Regional Military Administration, X, said"); the occupation's own
authorities; a paragraph on "the outcome" that keeps the reactions going; a victory held up as the voters' trust; a call
for the efforts towards a peace agreement, and efforts said to be harmed; a party leader named with his party's country;
an assembly's "vote on joining"; a live blog's entry named after its time ("15:35 — Serbia."); another state's own
integrity; "the only way ... is through negotiations"; a reporter relaying another actor's words; "an attempt to create
further division"; elections that "do not concern" the claimant; a vote "held without respect for democratic standards";
results that "mean nothing"; "the presidential election" of a general vote; the voting in another place that a vote in a
state's occupied territories had there; "a special operation to legitimise the occupation"; "another manifestation of
Russia's aggressive policy"; a speaker named after the verb that opens the sentence ('Said X, speaking in Berlin:
"..."'); a bold label; a knight's honorific; results hailed "nationwide"; results "fabricated"; "a text that ignored the
will of the people of Crimea"; a vote held "at gunpoint"; a result that opened "a window of opportunity" for a
settlement. Each text is written for these tests; each test is one behaviour; the guards pass on the code before them
and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from loaders.elections import mention_kinds

from .conftest import extract_text, speakers_in, stances_of, words_in

LOCAL_2023 = (
    "Russia held so-called local elections in the occupied parts of Zaporizhzhia region on 8-10 September 2023.\n"
)
CYPRUS_2025 = "Tufan Erhurman won the Turkish Cypriot leadership election on 19 October 2025.\n"
CYPRUS_2020 = "Ersin Tatar won the Turkish Cypriot leadership runoff on 18 October 2020.\n"
ABKHAZIA_2025 = "Badra Gunba won Abkhazia's presidential runoff on 1 March 2025.\n"
KARABAKH_2023 = "The separatist parliament of Nagorno-Karabakh elected a new president on 9 September 2023.\n"
DONBAS_2014 = "Separatists held referendums in the Donetsk and Luhansk regions of Ukraine on 11 May 2014.\n"
CRIMEA_2014 = "Crimea held a referendum on joining Russia on 16 March 2014.\n"
REFERENDUMS_2022 = (
    "Russia held so-called referendums in the occupied Donetsk, Luhansk, Zaporizhzhia and Kherson regions of Ukraine "
    "from 23 to 27 September 2022.\n"
)


def test_a_speaker_hung_on_the_last_noun_of_what_they_said_speaks(nlp):
    text = LOCAL_2023 + (
        "The so-called elections the occupiers staged in the region are a farce and will have no legal consequences, "
        "the head of the Zaporizhzhia Regional Military Administration, Ivan Fedorov, said on Telegram."
    )
    assert ("Ukraine", ("Ivan Fedorov",)) in speakers_in(nlp, text, date(2023, 9, 11))


def test_the_words_of_that_speaker_are_the_clause_before_the_comma(nlp):
    text = LOCAL_2023 + (
        "The so-called elections are a farce and will have no legal consequences, the head of the Zaporizhzhia "
        "Regional Military Administration, Ivan Fedorov, said."
    )
    said = [words for who, words in words_in(nlp, text, date(2023, 9, 11)) if who == "Ukraine"]
    assert said and said[0].startswith("The so-called elections") and said[0].endswith("legal consequences")


def test_a_name_with_its_role_after_a_clause_of_another_is_its_own_subject(nlp):
    # the guard: "and X, its spokesman, said" is the spokesman's own statement, not the clause before it
    text = KARABAKH_2023 + (
        'Azerbaijan\'s foreign ministry called the vote "null and void", and Ayhan Hajizada, its spokesman, said it '
        "was a provocation."
    )
    said = [words for who, words in words_in(nlp, text, date(2023, 9, 10)) if who == "Azerbaijan"]
    assert any(words.startswith("it was a provocation") for words in said)


def test_the_head_of_a_ukrainian_regions_military_administration_speaks_for_ukraine(nlp):
    text = LOCAL_2023 + (
        "Ivan Fedorov, head of the Zaporizhzhia Regional Military Administration, said the so-called elections were a "
        "sham."
    )
    assert "condemnation" in stances_of(nlp, text, date(2023, 9, 11), "Ukraine")


def test_the_occupations_own_military_civilian_administration_speaks_for_no_state(nlp):
    # the guard: Russia's administration there is "military-civilian"
    text = LOCAL_2023 + (
        "Vladimir Rogov, a member of the Zaporizhzhia Military-Civilian Administration, said the elections were a "
        "success."
    )
    assert not stances_of(nlp, text, date(2023, 9, 11), "Ukraine")


def test_the_occupation_authorities_speak_for_no_state(nlp):
    text = LOCAL_2023 + "According to the occupation authorities, United Russia won most seats in the so-called duma."
    assert not stances_of(nlp, text, date(2023, 9, 11), "Ukraine")


def test_a_paragraph_on_the_outcome_keeps_the_reactions_going(nlp):
    text = CYPRUS_2020 + (
        "\nThe European Union has not yet commented on the outcome.\n\nA spokesman for U.N. Secretary-General Antonio "
        "Guterres said the Secretary-General looked forward to working with both leaders to resume the talks."
    )
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2020, 10, 19), "United Nations")


def test_a_victory_held_up_as_the_voters_trust_recognises_the_vote(nlp):
    text = ABKHAZIA_2025 + (
        "Russian Foreign Minister Sergey Lavrov sent Gunba a message of congratulations.\n\n"
        '"Your convincing victory is evidence of the high trust that the people of Abkhazia place in you," the '
        "message reads."
    )
    said = [words for who, words in words_in(nlp, text, date(2025, 3, 3)) if who == "Russia"]
    assert any("evidence of the high trust" in words for words in said)


def test_a_victory_held_up_as_something_else_recognises_nothing(nlp):
    # the guard: only the voters' trust (or confidence) praises
    text = ABKHAZIA_2025 + "Lavrov said Gunba's victory was evidence of the weakness of the opposition."
    assert "recognition" not in stances_of(nlp, text, date(2025, 3, 3), "Russia")


def test_asking_that_the_efforts_towards_a_peace_agreement_not_be_undermined_calls_for_them(nlp):
    text = KARABAKH_2023 + (
        '"The vote should not undermine the efforts towards a comprehensive peace agreement," EU spokesperson Peter '
        "Stano said."
    )
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2023, 9, 10), "European Union")


def test_efforts_said_to_be_undermined_are_no_call(nlp):
    text = DONBAS_2014 + "Berlin said the referendums undermined efforts to reach a peaceful settlement."
    stances = stances_of(nlp, text, date(2014, 5, 12), "Germany")
    assert "condemnation" in stances and "call-for-peaceful-settlement" not in stances


def test_a_party_leader_named_with_his_partys_country_speaks_for_no_state(nlp):
    text = CYPRUS_2025 + (
        "Devlet Bahceli, leader of Turkey's Nationalist Movement Party, criticised the result of the election."
    )
    assert not stances_of(nlp, text, date(2025, 10, 20), "Turkey")


def test_a_minister_named_with_his_states_name_speaks_for_it(nlp):
    # the guard: a state's office, not a party's
    text = CYPRUS_2025 + "Hakan Fidan, Turkey's foreign minister, welcomed the result of the election."
    assert "recognition" in stances_of(nlp, text, date(2025, 10, 20), "Turkey")


def test_an_assembly_called_to_vote_on_joining_holds_no_popular_vote():
    assert mention_kinds("He called for the north's parliament to vote on joining Turkey.") == set()


def test_residents_called_to_vote_in_a_referendum_name_one():
    # the guard: the people's vote
    assert "referendum" in mention_kinds("Officials urged residents to vote in the referendum.")


def test_a_live_blog_entry_named_after_its_time_is_that_actors(nlp):
    text = REFERENDUMS_2022 + (
        "\n16:10 — Kazakhstan. Spokesman Aibek Smadiyarov said Kazakhstan would not recognise the referendums.\n\n"
        "15:35 — Serbia. President Aleksandar Vucic said Belgrade would not recognise the results."
    )
    assert ("Serbia", ("Aleksandar Vucic",)) in speakers_in(nlp, text, date(2022, 9, 28))


def test_another_states_own_integrity_is_not_the_claimants(nlp):
    text = REFERENDUMS_2022 + (
        "Serbian President Aleksandar Vucic said Belgrade would not recognise the results, recalling that Serbia "
        "itself defends its territorial integrity."
    )
    stances = stances_of(nlp, text, date(2022, 9, 28), "Serbia")
    assert "non-recognition" in stances and "support-territorial-integrity" not in stances


def test_the_claimants_own_integrity_is_its_cause(nlp):
    # the guard: Ukraine defending its own integrity
    text = REFERENDUMS_2022 + "Kyiv said Ukraine would defend its territorial integrity and never recognise the votes."
    assert "support-territorial-integrity" in stances_of(nlp, text, date(2022, 9, 28), "Ukraine")


def test_the_only_way_being_through_negotiations_calls_for_them(nlp):
    text = REFERENDUMS_2022 + (
        "China's foreign ministry said the only way to resolve the crisis was through negotiations."
    )
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2022, 9, 28), "China")


def test_a_reporter_relaying_another_actors_words_takes_no_position(nlp):
    text = CRIMEA_2014 + (
        "Armenian President Serzh Sargsyan described the referendum as legitimate in a call with Vladimir Putin, the "
        "Kremlin said."
    )
    assert {who for who, *_ in extract_text(nlp, text, date(2014, 3, 20))} == {"Armenia"}


def test_a_reporter_relaying_its_own_leaders_words_speaks_through_him(nlp):
    # the guard: the Kremlin telling what Putin said is Russia's
    text = CRIMEA_2014 + "President Vladimir Putin described the referendum as legitimate, the Kremlin said."
    assert ("Russia", ("Vladimir Putin",)) in speakers_in(nlp, text, date(2014, 3, 20))


def test_an_attempt_to_create_division_condemns_the_vote(nlp):
    text = DONBAS_2014 + (
        'The State Department said the referendums were "an attempt to create further division and disorder".'
    )
    assert "condemnation" in stances_of(nlp, text, date(2014, 5, 12), "United States")


def test_steps_that_could_create_division_averted_call_for_calm(nlp):
    # the guard: division to be avoided is a call, not a reproach
    text = DONBAS_2014 + (
        "The OSCE urged all sides to refrain from steps that could create further division after the referendums."
    )
    stances = stances_of(nlp, text, date(2014, 5, 12), "Organization for Security and Co-operation in Europe")
    assert "condemnation" not in stances


NORTH_CYPRUS_2018 = "The National Unity Party won the parliamentary election in northern Cyprus on 7 January 2018.\n"
TRANSNISTRIA_2006 = "Transnistria held a referendum on independence on 17 September 2006.\n"
PRESIDENTIAL_2024 = (
    "Russia held a presidential election from 15 to 17 March 2024, including in occupied parts of Ukraine.\n"
)


def test_elections_that_do_not_concern_the_claimant_are_refused(nlp):
    text = NORTH_CYPRUS_2018 + (
        'The Cypriot government said the elections in the occupied areas "do not concern the Republic of Cyprus".'
    )
    assert "non-recognition" in stances_of(nlp, text, date(2018, 1, 8), "Cyprus")


def test_concern_about_the_vote_is_a_condemnation(nlp):
    # the guard: "concern" about the vote, not its denial
    text = NORTH_CYPRUS_2018 + "The Cypriot government expressed concern about the elections in the occupied areas."
    stances = stances_of(nlp, text, date(2018, 1, 8), "Cyprus")
    assert "condemnation" in stances and "non-recognition" not in stances


def test_a_vote_held_without_respect_for_democratic_standards_is_condemned(nlp):
    text = TRANSNISTRIA_2006 + ("The OSCE said the referendum had been held without respect for democratic standards.")
    assert "condemnation" in stances_of(
        nlp, text, date(2006, 9, 18), "Organization for Security and Co-operation in Europe"
    )


def test_results_that_mean_nothing_are_refused(nlp):
    text = LOCAL_2023 + '"Its results mean nothing," Kyiv said of the vote.'
    assert "non-recognition" in stances_of(nlp, text, date(2023, 9, 11), "Ukraine")


def test_the_presidential_election_of_a_general_vote_is_that_vote(nlp):
    text = (
        "Armenian Prime Minister Nikol Pashinyan congratulated Arayik Harutyunyan on winning the second round of the "
        "presidential election in Nagorno-Karabakh."
    )
    keys = {key for who, key, *_ in extract_text(nlp, text, date(2020, 4, 15)) if who == "Armenia"}
    assert keys == {"nagorno-karabakh-2020-03-31-general"}


def test_the_voting_in_another_place_beside_a_vote_in_occupied_territories_is_that_vote(nlp):
    text = PRESIDENTIAL_2024 + (
        "Moldova's foreign ministry said it did not recognise the vote organised by Russia in the occupied territories "
        "of Ukraine, as well as the voting in the Transnistrian region, where polling stations were opened."
    )
    keys = {key for who, key, *_ in extract_text(nlp, text, date(2024, 3, 18)) if who == "Moldova"}
    assert keys and all(key.endswith("2024-03-15-presidential") for key in keys)


def test_a_special_operation_to_legitimise_the_occupation_recognises_nothing(nlp):
    text = PRESIDENTIAL_2024 + (
        '"This is not an election, it is a special operation to legitimise the occupation," Ukraine\'s foreign '
        "ministry said."
    )
    assert "recognition" not in stances_of(nlp, text, date(2024, 3, 18), "Ukraine")


def test_a_manifestation_of_an_aggressive_policy_condemns_the_vote(nlp):
    text = LOCAL_2023 + 'Kyiv said the vote was "another manifestation of Russia\'s aggressive policy".'
    assert "condemnation" in stances_of(nlp, text, date(2023, 9, 11), "Ukraine")


def test_a_manifestation_of_the_will_of_the_people_recognises_the_vote(nlp):
    # the guard: a manifestation of the will, not of a seizure
    text = LOCAL_2023 + 'Moscow said the vote was "a manifestation of the will of the people".'
    stances = stances_of(nlp, text, date(2023, 9, 11), "Russia")
    assert "recognition" in stances and "condemnation" not in stances


CRIMEA_2020 = "Russia held a vote on constitutional amendments on 1 July 2020, also in occupied Crimea.\n"
ABKHAZIA_2014 = "Abkhazia elected Raul Khajimba president on 24 August 2014.\n"


def test_a_speaker_named_after_the_verb_that_opens_the_sentence_speaks(nlp):
    text = REFERENDUMS_2022 + (
        '\nSaid German Chancellor Olaf Scholz, speaking in Berlin: "We will never accept the result of these sham '
        'referendums."'
    )
    assert ("Germany", ("Olaf Scholz",)) in speakers_in(nlp, text, date(2022, 9, 28))


def test_a_speaker_after_an_opening_verb_read_as_an_adjective_speaks(nlp):
    text = REFERENDUMS_2022 + '\nAdded German Chancellor Olaf Scholz: "We will never accept these sham referendums."'
    assert ("Germany", ("Olaf Scholz",)) in speakers_in(nlp, text, date(2022, 9, 28))


def test_the_speaker_after_a_bold_label_keeps_the_name(nlp):
    text = ABKHAZIA_2014 + (
        '\n**United States:** State Department spokeswoman Jen Psaki said Washington "does not recognize the '
        'legitimacy" of the election.'
    )
    assert ("United States", ("Jen Psaki",)) in speakers_in(nlp, text, date(2014, 8, 26))


def test_a_knights_honorific_is_no_part_of_the_name(nlp):
    text = DONBAS_2014 + (
        "\nThe Minister for Europe and the Americas (Sir Alan Duncan): The so-called referendums were illegitimate. "
        "The United Kingdom does not recognise them.\n\nChris Bryant (Rhondda) (Lab): Does he agree?"
    )
    assert ("United Kingdom", ("Alan Duncan",)) in speakers_in(nlp, text, date(2014, 5, 12))


def test_results_hailed_nationwide_are_the_states_whole_vote(nlp):
    text = CRIMEA_2020 + "The Kremlin hailed the results, which showed nearly 78 percent nationwide support."
    assert not stances_of(nlp, text, date(2020, 7, 2), "Russia")


def test_results_hailed_in_the_territory_are_its_vote(nlp):
    # the guard: no word of the whole country
    text = CRIMEA_2020 + "The Kremlin hailed the results of the vote in Crimea."
    assert "recognition" in stances_of(nlp, text, date(2020, 7, 2), "Russia")


def test_results_fabricated_are_refused(nlp):
    text = REFERENDUMS_2022 + "Kyiv said the results had been fabricated in advance."
    assert "non-recognition" in stances_of(nlp, text, date(2022, 9, 28), "Ukraine")


def test_a_text_that_ignored_the_will_of_a_territorys_people_is_opposed_for_the_vote(nlp):
    text = CRIMEA_2014 + (
        "The representative of Venezuela said that his country could not support a text that ignored the will of the "
        "people of Crimea."
    )
    assert "recognition" in stances_of(nlp, text, date(2014, 3, 27), "Venezuela")


def test_ignoring_the_will_of_a_states_people_defends_no_vote(nlp):
    # the guard: the will of Ukraine's people, not of the territory's voters
    text = CRIMEA_2014 + "Kyiv said the referendum ignored the will of the Ukrainian people."
    assert "recognition" not in stances_of(nlp, text, date(2014, 3, 20), "Ukraine")


def test_a_vote_organised_at_gunpoint_is_condemned(nlp):
    text = CRIMEA_2014 + "Kyiv said the referendum had been organised at gunpoint."
    assert "condemnation" in stances_of(nlp, text, date(2014, 3, 20), "Ukraine")


def test_a_window_of_opportunity_for_a_settlement_calls_for_one(nlp):
    text = CYPRUS_2025 + 'The UN envoy said the result had opened "a window of opportunity" for a settlement.'
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2025, 10, 20), "United Nations")


def test_a_window_closed_on_a_settlement_calls_for_nothing(nlp):
    # the guard: an opening denied
    text = CYPRUS_2025 + 'The UN envoy said the result had left "no window" for a settlement.'
    assert "call-for-peaceful-settlement" not in stances_of(nlp, text, date(2025, 10, 20), "United Nations")
