"""Forms met in rounds 158-170's articles and the 47th set of probes: a parliament's written answer dated "Answered on
..." above its minister's name and a colon; an office named for a person the text named before ("Vladimir Putin had
a telephone conversation ... The President of Russia congratulated"); what an actor did "in the past", "had already"
done or did in a month before the vote, which is the background to a vote, not a reaction to it; "remained focused on
peaceful reintegration"; "a direct consequence of Russia's occupation"; AP's datelines with the country after the
city; "the parts of its territory occupied by Moscow, including Crimea"; a state's "own" election; "showed the will
of the people to continue ..."; "State Duma speaker" as a title, not the body a vote elected; "a provocation that
would never be recognised"; a web page's list of related articles; "the illegally annexed peninsula"; a ministry's
comment in its own voice that says "this choice must be respected"; respect for "the choice of the Russian people"
(a state's own vote); a vote "not commented on"; a vote "hoped to strengthen stability"; a joint statement signed
"Name, Office" a line; "those in Kiev and in the West who called the vote illegitimate"; and, from round 170, a vote
"called a new obstacle on the path towards peace" (a naming "call", no call for talks). Each text is written for these
tests; each test is one behaviour; the guards pass on the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from loaders.dates import stated_date
from loaders.text import datelines, normalise
from loaders.vote_year import vote_year

from .conftest import extract_text, positions, speakers_in, stances_of

ABKHAZIA_2025 = "abkhazia-2025-02-15-presidential"
OCCUPIED_2024 = {f"{t}-2024-03-15-presidential" for t in ("crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson")}
TRANSNISTRIA_2025 = "transnistria-2025-11-30-parliamentary"
KARABAKH_2023 = "nagorno-karabakh-2023-09-09-presidential"


def _actors(nlp, text: str, published: date | None) -> set[str]:
    return {actor for actor, _, _, _, _ in extract_text(nlp, text, published)}


WRITTEN_ANSWER = (
    "Abkhazia: Elections\n"
    "Question for Foreign, Commonwealth and Development Office\n\n"
    "Lord Smith of Leigh asked His Majesty's Government what assessment they have made of the presidential election "
    "held in Abkhazia on 15 February.\n\n"
    "Answered on 3 March 2025\n\n"
    "Lord Jones of Kew:\n\n"
    "The UK does not recognise the so-called presidential election held in the Georgian region of Abkhazia."
)


def test_a_written_answer_dated_above_its_ministers_name_is_the_ministers(nlp):
    assert speakers_in(nlp, WRITTEN_ANSWER, date(2025, 3, 3)) == {("United Kingdom", ("Lord Jones of Kew",))}


def test_a_written_answer_dates_itself_by_the_day_it_was_answered():
    assert stated_date(WRITTEN_ANSWER) == date(2025, 3, 3)


def test_an_office_named_after_its_holder_is_the_holder(nlp):
    text = (
        "Vladimir Putin had a telephone conversation with Badra Gunba.\n\n"
        "The President of Russia congratulated Badra Gunba on his victory in the presidential election in Abkhazia."
    )
    assert speakers_in(nlp, text, date(2025, 3, 4)) == {("Russia", ("Vladimir Putin",))}


def test_guard_another_office_of_the_same_state_is_not_the_person_named(nlp):
    text = (
        "Vladimir Putin had a telephone conversation with Badra Gunba.\n\n"
        "Russia's foreign minister congratulated Badra Gunba on his victory in the presidential election in Abkhazia."
    )
    assert speakers_in(nlp, text, date(2025, 3, 4)) == {("Russia", ())}


def test_what_an_actor_did_in_the_past_is_no_reaction_to_the_vote(nlp):
    text = (
        "Transnistria elected a new Supreme Soviet on November 30.\n\n"
        "Moldova said the elections had no legal value. Ukraine was silent. Kyiv has in the past backed Moldova's "
        "territorial integrity."
    )
    assert "Ukraine" not in _actors(nlp, text, date(2025, 12, 2))


def test_what_an_actor_had_already_done_is_no_reaction_to_the_vote(nlp):
    text = (
        "The parliament of Nagorno-Karabakh elected a new president on September 9.\n\n"
        "Azerbaijan called the vote illegal. Armenia's prime minister had already recognised Azerbaijan's "
        "territorial integrity."
    )
    assert "Armenia" not in _actors(nlp, text, date(2023, 9, 14))


def test_guard_integrity_affirmed_among_the_reactions_is_on_the_vote(nlp):
    text = (
        "Transnistria elected a new Supreme Soviet on November 30.\n\n"
        "Moldova said the elections had no legal value. Ukraine backed Moldova's territorial integrity."
    )
    assert stances_of(nlp, text, date(2025, 12, 2), "Ukraine") == {"support-territorial-integrity"}


def test_remaining_focused_on_peaceful_reintegration_calls_for_it(nlp):
    text = (
        "Moldova's deputy prime minister said the elections in Transnistria on November 30 had no legal value and "
        "that the government remained focused on peaceful reintegration through dialogue."
    )
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2025, 12, 2), "Moldova")


def test_a_vote_called_a_consequence_of_the_occupation_is_condemned(nlp):
    text = "Georgia's foreign ministry said the elections in Abkhazia were a direct consequence of Russia's occupation."
    assert "condemnation" in stances_of(nlp, text, date(2025, 3, 3), "Georgia")


def test_the_country_of_an_ap_dateline_is_no_speakers(nlp):
    text = (
        "TBILISI, Georgia, March 2, 2025 — Badra Gunba won the presidential run-off in Georgia's breakaway region of "
        "Abkhazia, election officials said on Sunday."
    )
    assert extract_text(nlp, text, date(2025, 3, 2)) == []


def test_an_ap_dateline_names_the_country_after_the_city():
    text = "SUKHUMI, Georgia, March 2, 2025 — Badra Gunba won the run-off, officials said."
    assert [text[s:e] for s, e in datelines(text)] == ["SUKHUMI, Georgia, March 2, 2025 — "]
    assert stated_date(text) == date(2025, 3, 2)


def test_the_parts_of_its_territory_occupied_are_all_of_them(nlp):
    text = (
        "Ukraine condemned the holding of the Russian presidential election in the parts of its territory occupied "
        "by Moscow, including Crimea."
    )
    votes = {key for actor, key, _ in positions(extract_text(nlp, text, date(2024, 3, 18))) if actor == "Ukraine"}
    assert votes == OCCUPIED_2024


def test_a_states_own_election_is_not_the_territorys(nlp):
    text = (
        "Ukraine said Russia's presidential election in occupied Crimea was null and void.\n\n"
        "Moldova's government has accused Moscow of trying to destabilise the country ahead of its own presidential "
        "election in the autumn."
    )
    assert "Moldova" not in _actors(nlp, text, date(2024, 3, 18))


def test_guard_its_own_election_in_a_sentence_naming_the_territory_is_the_territorys(nlp):
    text = "Georgia condemned the presidential election Abkhazia held as its own on 15 February as illegal."
    assert stances_of(nlp, text, date(2025, 2, 17), "Georgia") >= {"condemnation"}


def test_a_result_that_showed_the_peoples_will_to_go_on_is_recognised(nlp):
    text = (
        "Erdogan said the outcome of the parliamentary election in northern Cyprus showed the will of the Turkish "
        "Cypriot people to continue on their path with a strong Turkey."
    )
    assert stances_of(nlp, text, date(2022, 1, 24), "Turkey") == {"recognition"}


def test_a_body_in_an_officials_title_is_not_what_the_vote_elected():
    text = (
        "KYIV. Sept 9 - Ukraine protested against the so-called elections to local bodies held in Crimea on "
        "September 8.\n\nEarlier, State Duma speaker Vyacheslav Volodin said the elections would be open."
    )
    assert vote_year(text) == 2019


def test_guard_the_body_a_vote_elected_still_picks_its_year():
    assert vote_year("Crimea voted in the State Duma elections on September 17.") == 2021


def test_a_vote_called_a_provocation_that_will_never_be_recognised_is_not_recognised(nlp):
    text = "Baku called the vote in Karabakh a provocation that would never be recognised."
    assert stances_of(nlp, text, date(2023, 9, 10), "Azerbaijan") == {"condemnation", "non-recognition"}


def test_guard_a_regime_never_recognised_is_not_the_vote(nlp):
    text = "Baku called the vote in Karabakh a provocation by a regime that the world would never recognise."
    assert stances_of(nlp, text, date(2023, 9, 10), "Azerbaijan") == {"condemnation"}


def test_a_pages_list_of_related_articles_is_blanked():
    text = "Moscow did not comment.\n\nRelated articles\n- Russia welcomes elections in Abkhazia (2022)\n\nMore."
    assert "welcomes" not in normalise(text)


def test_guard_a_sentence_opening_with_related_words_is_kept():
    text = "Related news came late.\nThe EU said no."
    assert normalise(text) == text


def test_the_illegally_annexed_peninsula_judges_the_annexation(nlp):
    text = (
        "The EU said it does not recognise the holding of elections to the Russian State Duma in the illegally "
        "annexed Crimean peninsula."
    )
    assert stances_of(nlp, text, date(2016, 9, 19), "European Union") == {"non-recognition"}


def test_guard_elections_held_illegally_are_condemned(nlp):
    text = "The EU said it does not recognise the elections held illegally in Crimea in September 2016."
    assert "condemnation" in stances_of(nlp, text, date(2016, 9, 19), "European Union")


def test_a_passive_judgement_in_a_texts_own_voice_is_the_voices(nlp):
    text = (
        "Comment by the Information and Press Department of the Russian Foreign Ministry on the parliamentary "
        "elections in Abkhazia\n\n"
        "On March 12, parliamentary elections were held in Abkhazia.\n\n"
        "The people of Abkhazia made their choice freely, and this choice must be respected."
    )
    assert stances_of(nlp, text, date(2022, 3, 15), "Russia") == {"recognition"}


def test_guard_others_words_in_a_texts_own_voice_are_not_the_voices(nlp):
    text = (
        "Comment by the Information and Press Department of the Russian Foreign Ministry on the parliamentary "
        "elections in Abkhazia\n\n"
        "On March 12, parliamentary elections were held in Abkhazia.\n\n"
        "Some Western commentators claimed that the elections were a farce."
    )
    assert "Russia" not in _actors(nlp, text, date(2022, 3, 15))


CRIMEA_VOTED_2024 = "Russia held its presidential election, including in occupied Crimea, from 15 to 17 March 2024. "


def test_respect_for_a_states_peoples_choice_is_not_for_the_territorys_vote(nlp):
    text = (
        CRIMEA_VOTED_2024
        + "Beijing said it respected the choice of the Russian people, while Kyiv denounced the vote in Crimea."
    )
    assert "recognition" not in stances_of(nlp, text, date(2024, 3, 19), "China")


def test_a_vote_left_uncommented_is_no_position_on_it(nlp):
    text = (
        CRIMEA_VOTED_2024
        + "Beijing respected the choice of the Russian people and did not comment on the vote in Crimea."
    )
    assert "China" not in _actors(nlp, text, date(2024, 3, 19))


def test_guard_respect_for_the_territorys_peoples_choice_recognises_its_vote(nlp):
    text = CRIMEA_VOTED_2024 + "Beijing said it respected the choice of the people of Crimea in the vote."
    assert stances_of(nlp, text, date(2024, 3, 19), "China") == {"recognition"}


def test_a_vote_hoped_to_strengthen_stability_is_welcomed(nlp):
    text = (
        "Abkhazia held the first round of a presidential election on 15 February 2025. The Kremlin said it hoped the "
        "vote would strengthen stability in the republic."
    )
    assert "recognition" in stances_of(nlp, text, date(2025, 2, 17), "Russia")


def test_guard_a_vote_hoped_not_to_hamper_the_talks_is_not_welcomed(nlp):
    text = (
        "Abkhazia held the first round of a presidential election on 15 February 2025. The EU said it hoped the vote "
        "would not hamper the Geneva talks."
    )
    assert "recognition" not in stances_of(nlp, text, date(2025, 2, 17), "European Union")


TRANSNISTRIA_VOTED_2016 = "Transnistria held a presidential election on 11 December 2016.\n\n"


def test_a_call_for_talks_made_the_month_before_the_vote_is_background(nlp):
    text = TRANSNISTRIA_VOTED_2016 + (
        "Moldova said the vote had no legal basis. The OSCE chairman visited Chisinau in November and urged both "
        "sides to make progress in the talks."
    )
    assert "Organization for Security and Co-operation in Europe" not in _actors(nlp, text, date(2016, 12, 12))


def test_guard_a_call_for_talks_made_in_the_month_of_the_vote_is_on_it(nlp):
    text = TRANSNISTRIA_VOTED_2016 + (
        "Moldova said the vote had no legal basis. The OSCE chairman visited Chisinau in December and urged both "
        "sides to make progress in the talks."
    )
    assert "Organization for Security and Co-operation in Europe" in _actors(nlp, text, date(2016, 12, 12))


def test_a_joint_text_signed_name_comma_office_is_each_signers(nlp):
    text = (
        "Joint Statement by the Foreign Ministers of Estonia and Latvia on the so-called elections in Crimea\n\n"
        "We strongly condemn the holding of the Russian presidential election in occupied Crimea.\n\n"
        "Margus Tsahkna, Minister of Foreign Affairs of Estonia\n"
        "Krisjanis Karins, Minister of Foreign Affairs of Latvia"
    )
    assert speakers_in(nlp, text, date(2024, 3, 18)) == {
        ("Estonia", ("Margus Tsahkna",)),
        ("Latvia", ("Krisjanis Karins",)),
    }


def test_a_clause_of_those_somewhere_who_judged_the_vote_is_theirs(nlp):
    text = (
        "Separatists in Donetsk and Luhansk held elections on 11 November 2018. Russian lawmaker Leonid Slutsky said "
        'the high turnout "is the best answer to those in Kiev and in the West who called the vote illegitimate."'
    )
    assert stances_of(nlp, text, date(2018, 11, 12), "Russia") == {"recognition"}


def test_guard_a_sentence_opening_with_a_name_and_an_office_is_no_signature(nlp):
    text = (
        "South Ossetia held a presidential election on 9 April 2017.\n\n"
        "Anatoly Bibilov, the speaker of the regional parliament, won about 54 percent of the vote.\n\n"
        "Russia's foreign ministry said it respected the choice of the people of South Ossetia."
    )
    assert speakers_in(nlp, text, date(2017, 4, 10)) == {("Russia", ())}


def test_guard_a_month_still_to_come_is_no_background(nlp):
    text = (
        "Turkish Cypriots voted in a parliamentary election on 14 December 2003.\n\n"
        "Enlargement Commissioner Guenter Verheugen said the outcome showed that the community wanted a settlement "
        "before Cyprus joins the EU in May, and urged all parties to seize the opportunity."
    )
    assert "European Union" in _actors(nlp, text, date(2003, 12, 16))


DONBAS_VOTED_2014 = "Separatists in Donetsk and Luhansk held elections on 2 November 2014. "


def test_a_vote_called_an_obstacle_to_peace_calls_for_nothing(nlp):
    text = DONBAS_VOTED_2014 + "Mogherini called the vote a new obstacle on the path towards peace."
    assert stances_of(nlp, text, date(2014, 11, 3), "European Union") == {"condemnation"}


def test_guard_calling_for_peace_talks_calls_for_them(nlp):
    text = DONBAS_VOTED_2014 + "The EU called on both sides to resume peace talks."
    assert stances_of(nlp, text, date(2014, 11, 3), "European Union") == {"call-for-peaceful-settlement"}
