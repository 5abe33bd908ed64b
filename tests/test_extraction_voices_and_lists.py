"""Forms met in rounds 323-343's articles: one of a group named before ("one of the deputies, X"); a vote said to be
none of the speaker's concern ("was not concerned with the outcome"); "what matters is a return to the negotiating
table"; a vote "not free and fair"; an interviewee labelled by surname after the text gave his post before his name;
a statement's clause in its own voice before a clause of its author named in the third person; an opinion piece whose
author holds an office, and its "Let us be clear: ..."; a list of reactions copied without its flags (" Turkey — The
Ministry ..."); a text voted against for what it fails to do; a previous vote named with its year, which "the vote"
after it is; a territory said to be a state's land; a briefing titled by the office that gives it; an actor's
decision to respect the outcome; a state's officials named by its capital; a year set off by commas after a vote; the
EU's "constitutional and legal framework" alone; the state whose reaction a sentence is about; "an internal matter of
the republic"; a quotation opening the paragraph after the one that named its speaker; a status "within the Republic
of Moldova"; "the so-called referendum" of a place that had held one only; an organisation's chair named again by
surname; a name set off after an institution an aide works for; a vote "no substitute for a peaceful solution"; "far
from" and "hardly"; a lament; an envoy "for" a state; an invitation to meet the winner; a "bizonal, bicommunal
federation". Each text is written for these tests; each test is one behaviour; the guards pass on the code before
them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, speakers_in, stances_of, words_in

TRANSNISTRIA_2021 = "Transnistria held a presidential election on 12 December 2021.\n\n"
CYPRUS_2022 = "Turkish Cypriots voted in a parliamentary election in northern Cyprus on 23 January 2022.\n\n"
OCCUPIED_2024 = (
    "Russia held its presidential election on 15-17 March 2024 in the occupied Donetsk, Luhansk, Zaporizhzhia and "
    "Kherson regions of Ukraine and in Crimea.\n\n"
)
REFERENDUMS_2022 = (
    "Russia held so-called referendums in the occupied Donetsk, Luhansk, Zaporizhzhia and Kherson regions of Ukraine "
    "from 23 to 27 September 2022.\n\n"
)
KARABAKH_2017 = "Nagorno-Karabakh held a constitutional referendum on 20 February 2017.\n\n"
DONBAS_2014 = "Separatists held elections in the Donetsk region of Ukraine on 2 November 2014.\n\n"


def test_one_of_a_group_named_before_speaks_for_the_groups_actor(nlp):
    text = TRANSNISTRIA_2021 + (
        'A group of Russian State Duma deputies observed the vote in Tiraspol. "The elections were calm and '
        'transparent," one of the deputies, Ivan Petrov, told a local agency.'
    )
    assert ("Russia", ("Ivan Petrov",)) in speakers_in(nlp, text, date(2021, 12, 13))


def test_a_vote_that_is_none_of_the_speakers_concern_is_refused(nlp):
    text = CYPRUS_2022 + (
        "Government spokesman Marios Pelekanos said Nicosia was not concerned with the outcome of the elections in "
        "the occupied areas."
    )
    assert "non-recognition" in stances_of(nlp, text, date(2022, 1, 24), "Cyprus")


def test_not_concerned_by_a_vote_is_not_worried_by_it(nlp):
    # the guard: "not concerned by" the outcome says the speaker is not worried, which refuses nothing
    text = CYPRUS_2022 + "Government spokesman Marios Pelekanos said Nicosia was not concerned by the outcome."
    assert "non-recognition" not in stances_of(nlp, text, date(2022, 1, 24), "Cyprus")


def test_what_matters_is_a_return_to_talks_calls_for_them(nlp):
    text = CYPRUS_2022 + (
        "Government spokesman Marios Pelekanos said what matters is a return to the negotiating table on the basis of "
        "UN resolutions."
    )
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2022, 1, 24), "Cyprus")


def test_a_vote_not_free_and_fair_is_not_praised_as_fair(nlp):
    text = OCCUPIED_2024 + "NATO Secretary General Jens Stoltenberg said the election was clearly not free and fair."
    assert stances_of(nlp, text, date(2024, 3, 18), "North Atlantic Treaty Organization") == {"non-recognition"}


def test_an_interviewee_labelled_by_surname_speaks_for_the_post_given_before_his_name(nlp):
    text = (
        "December 2, 2025\n\nMoldova's deputy prime minister for reintegration, Roman Rosca, spoke to us after the "
        "parliamentary election held in the Transnistrian region on November 30.\n\nQ: What does the vote mean?\n\n"
        "Rosca: These so-called elections have no legal effect for us."
    )
    assert ("Moldova", ("Roman Rosca",)) in speakers_in(nlp, text, date(2025, 12, 2))


def test_a_statements_clause_before_its_author_named_in_the_third_person_is_its_own(nlp):
    text = (
        "Statement by the Press Secretary of the Ministry of Foreign Affairs of Japan on the Russian presidential "
        "election in the occupied areas of Ukraine\n\nMarch 18, 2024\n\n"
        "1. Russia held its presidential election in parts of Ukraine's Donetsk, Luhansk, Zaporizhzhia and Kherson "
        "regions on 15-17 March.\n\n"
        "2. The holding of the election there is a violation of international law, and Japan does not recognise it."
    )
    assert "condemnation" in stances_of(nlp, text, date(2024, 3, 18), "Japan")


def test_an_opinion_piece_by_an_officeholder_is_in_their_voice_without_a_we(nlp):
    text = (
        "Putin's show must not be normalised\n\nBy Edgars Rinkevics\n\nMarch 20, 2024\n\n"
        "Last weekend the Kremlin staged a presidential election in the occupied parts of Ukraine, including "
        "Crimea.\n\n"
        "Let us be clear: the so-called vote in the occupied territories is null and void.\n\n"
        "The author is the President of Latvia."
    )
    said = [words for who, words in words_in(nlp, text, date(2024, 3, 20)) if who == "Latvia"]
    assert "the so-called vote in the occupied territories is null and void" in said


def test_a_list_copied_without_its_flags_labels_each_reaction_by_its_long_dash(nlp):
    text = REFERENDUMS_2022 + (
        " Turkey — The Ministry of Foreign Affairs described the referendums as a grave violation of international law."
    )
    assert {who for who, *_ in extract_text(nlp, text, date(2022, 9, 30))} == {"Turkey"}


def test_a_hyphen_between_two_names_labels_nothing(nlp):
    # the guard: a hyphen as written joins words ("Turkey - Ukraine talks"); only a long dash sets off a label
    text = REFERENDUMS_2022 + (
        "Turkey - Ukraine talks were held in Ankara on Friday. The Ministry of Foreign Affairs of Ukraine described "
        "the referendums as a grave violation of international law."
    )
    assert "Turkey" not in {who for who, *_ in extract_text(nlp, text, date(2022, 9, 30))}


def test_a_text_voted_against_for_what_it_fails_to_do_condemns_no_vote(nlp):
    text = (
        "The General Assembly adopted a resolution on the referendum held in Crimea on 16 March 2014.\n\n"
        "Speaking after the vote, the representative of Belarus said his country had voted against the text because "
        "it did not contribute to a settlement of the crisis."
    )
    assert "condemnation" not in stances_of(nlp, text, date(2014, 3, 27), "Belarus")


def test_a_vote_that_does_not_contribute_to_a_settlement_is_reproached(nlp):
    # the guard: the vote itself said not to help a settlement is the diplomats' mild condemnation
    text = KARABAKH_2017 + "France's foreign ministry said the referendum did not contribute to a settlement."
    assert "condemnation" in stances_of(nlp, text, date(2017, 2, 22), "France")


def test_the_vote_after_a_previous_one_named_with_its_year_is_that_one(nlp):
    text = (
        "Abkhazia elected a new parliament on 12 March 2022.\n\n"
        "After the previous parliamentary elections in 2017, the European Union said then that it did not recognise "
        "the legal framework of the vote."
    )
    keys = {key for who, key, *_ in extract_text(nlp, text, date(2022, 3, 28)) if who == "European Union"}
    assert keys == {"abkhazia-2017-03-12-parliamentary"}


def test_a_territory_said_to_be_the_claimants_land_affirms_its_integrity(nlp):
    text = KARABAKH_2017 + (
        "Azerbaijan's President Ilham Aliyev said Nagorno-Karabakh is Azerbaijani land, and it will remain so."
    )
    assert "support-territorial-integrity" in stances_of(nlp, text, date(2017, 2, 22), "Azerbaijan")


def test_a_vote_held_on_the_claimants_territory_affirms_nothing(nlp):
    # the guard: where something happens ("on Azerbaijani territory") is no claim on whose land it is
    text = KARABAKH_2017 + "Azerbaijan's President Ilham Aliyev said the vote took place on Azerbaijani territory."
    assert "support-territorial-integrity" not in stances_of(nlp, text, date(2017, 2, 22), "Azerbaijan")


def test_a_briefing_titled_by_its_office_is_that_offices_voice(nlp):
    text = (
        "Noon briefing by the Spokesperson for the Secretary-General\n\n20 October 2025\n\n"
        "The Secretary-General takes note of the election held in the northern part of Cyprus on 19 October. He looks "
        "forward to working with both leaders towards a settlement of the Cyprus issue."
    )
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2025, 10, 20), "United Nations")


def test_an_actors_decision_to_respect_the_outcome_is_its_reported_recognition(nlp):
    text = DONBAS_2014 + (
        "The U.S. State Department condemned the vote. It added that Russia's decision to respect the outcome was "
        "deeply troubling."
    )
    assert "recognition" in stances_of(nlp, text, date(2014, 11, 3), "Russia")


def test_a_decision_not_to_recognise_the_vote_refuses_it(nlp):
    text = DONBAS_2014 + "Kyiv welcomed Belarus's decision not to recognise the vote."
    assert stances_of(nlp, text, date(2014, 11, 3), "Belarus") == {"non-recognition"}


SOUTH_OSSETIA_2024 = "South Ossetia held parliamentary elections on 9 June 2024.\n\n"


def test_a_states_officials_named_by_its_capital_speak_for_it(nlp):
    text = (
        "Abkhazia held parliamentary elections on 12 March 2022.\n\nOfficials in Moscow said they respected the choice."
    )
    assert "Russia" in {who for who, *_ in extract_text(nlp, text, date(2022, 3, 28))}


def test_officials_with_another_origin_in_a_capital_are_not_its_own(nlp):
    # the guard: "Western officials in Moscow" are not Russia's
    text = (
        "Abkhazia held parliamentary elections on 12 March 2022.\n\nWestern officials in Moscow said the vote was "
        "illegitimate."
    )
    assert "Russia" not in {who for who, *_ in extract_text(nlp, text, date(2022, 3, 28))}


def test_a_year_set_off_by_commas_after_a_vote_dates_it(nlp):
    text = SOUTH_OSSETIA_2024 + (
        "The last parliamentary election, in 2019, had drawn the same responses: Tbilisi called it illegal."
    )
    keys = {key for who, key, *_ in extract_text(nlp, text, date(2024, 6, 12)) if who == "Georgia"}
    assert keys == {"south-ossetia-2019-06-09-parliamentary"}


def test_the_eus_framework_refused_alone_refuses_the_vote(nlp):
    text = SOUTH_OSSETIA_2024 + "The EU said it did not recognise the constitutional and legal framework."
    assert stances_of(nlp, text, date(2024, 6, 12), "European Union") == {"non-recognition"}


def test_the_legal_framework_of_another_thing_is_not_the_vote(nlp):
    # the guard: "the legal framework of the Minsk agreements" is no vote
    text = SOUTH_OSSETIA_2024 + "Moscow said it recognised the legal framework of the Minsk agreements."
    assert "recognition" not in stances_of(nlp, text, date(2024, 6, 12), "Russia")


def test_an_unowned_ministry_in_a_sentence_on_a_states_reaction_is_that_states(nlp):
    text = SOUTH_OSSETIA_2024 + (
        "The reaction in Moscow was more muted than in 2019, when the foreign ministry had praised the organisation "
        "of the vote."
    )
    assert "Russia" in {who for who, *_ in extract_text(nlp, text, date(2024, 6, 12))}


def test_an_internal_matter_of_the_republic_takes_no_side(nlp):
    text = SOUTH_OSSETIA_2024 + (
        'Asked about the election, Kremlin spokesman Dmitry Peskov said only that it was "an internal matter of the '
        'republic".'
    )
    assert ("Russia", "neutral", ("other",)) in {
        (w, p, tuple(s)) for w, _, p, s, _ in extract_text(nlp, text, date(2024, 6, 12))
    }


def test_a_quotation_opening_the_paragraph_after_its_speaker_is_named_is_theirs(nlp):
    text = TRANSNISTRIA_2021 + (
        "Deputy Prime Minister for Reintegration Vladislav Kulminski gave his assessment of the vote at a press "
        'conference on Tuesday.\n\n"Chisinau does not recognise these elections."'
    )
    assert ("Moldova", ("Vladislav Kulminski",)) in speakers_in(nlp, text, date(2021, 12, 14))


def test_a_status_within_the_republic_of_moldova_affirms_its_integrity(nlp):
    text = TRANSNISTRIA_2021 + (
        "Moldova said it remained committed to a settlement, with a special status for the region within the "
        "Republic of Moldova."
    )
    assert "support-territorial-integrity" in stances_of(nlp, text, date(2021, 12, 14), "Moldova")


def test_the_one_referendum_a_place_held_before_is_the_one_meant(nlp):
    text = (
        "Crimeans voted in elections to Russia's State Duma on 18 September 2016.\n\n"
        '"We will never recognise these elections, just as we never recognised the so-called referendum," Ukrainian '
        "Foreign Minister Pavlo Klimkin wrote."
    )
    keys = {key for who, key, *_ in extract_text(nlp, text, date(2016, 9, 19)) if who == "Ukraine"}
    assert "crimea-2014-03-16-referendum" in keys


def test_a_chair_named_again_by_surname_still_speaks_for_the_organisation(nlp):
    text = (
        "Russia held so-called local elections in the occupied parts of Ukraine on 8-10 September 2023.\n\n"
        "The OSCE Chairman-in-Office, North Macedonia's Foreign Minister Bujar Osmani, said the so-called elections "
        'had "no legitimacy whatsoever".\n\n"These sham elections are a further violation of international law," '
        "Osmani said."
    )
    assert "North Macedonia" not in {who for who, *_ in extract_text(nlp, text, date(2023, 9, 11))}


CRIMEA_2018 = "Russia held a presidential election on 18 March 2018, including in Crimea.\n\n"


def test_a_name_set_off_after_the_institution_an_aide_serves_is_the_aides(nlp):
    text = CRIMEA_2018 + (
        "The EU did not recognise the vote in Crimea, a spokeswoman for the bloc's diplomatic service, Maja "
        "Kocijancic, said."
    )
    assert ("European Union", ("Maja Kocijancic",)) in speakers_in(nlp, text, date(2018, 3, 20))


def test_a_name_set_off_after_the_official_an_aide_serves_is_the_principals(nlp):
    # the guard: "a spokesman for the foreign minister, Sergei Lavrov," names the minister, who does not speak
    text = CRIMEA_2018 + "A spokesman for the foreign minister, Sergei Lavrov, said the vote in Crimea was legitimate."
    assert ("Russia", ("Sergei Lavrov",)) not in speakers_in(nlp, text, date(2018, 3, 20))


def test_a_vote_no_substitute_for_a_peaceful_solution_calls_for_one(nlp):
    text = (
        "Abkhazia held a presidential election on 24 August 2014.\n\nNATO said the election was no substitute for a "
        "peaceful and lasting solution to the conflict."
    )
    assert stances_of(nlp, text, date(2014, 8, 25), "North Atlantic Treaty Organization") == {
        "call-for-peaceful-settlement"
    }


SOUTH_OSSETIA_2022 = "Alan Gagloev won the presidential runoff in South Ossetia on 8 May 2022.\n\n"


def test_an_envoy_for_a_state_speaks_for_whoever_sent_them(nlp):
    text = (
        "Transnistria held a presidential runoff on 25 December 2011.\n\nThe European Union made no comment on the "
        "vote itself, though its special representative for Moldova said the bloc remained committed to the "
        "settlement process."
    )
    assert {who for who, *_ in extract_text(nlp, text, date(2011, 12, 26))} == {"European Union"}


def test_a_state_whose_own_representative_speaks_is_still_the_speaker(nlp):
    # the guard: "Moldova's special representative for the talks" is Moldova's
    text = (
        "Transnistria held a presidential runoff on 25 December 2011.\n\nMoldova's special representative for the "
        "talks said Chisinau remained committed to a settlement."
    )
    assert {who for who, *_ in extract_text(nlp, text, date(2011, 12, 26))} == {"Moldova"}


def test_far_from_free_and_fair_refuses_the_vote(nlp):
    text = SOUTH_OSSETIA_2022 + "Lithuania's foreign ministry said the runoff was far from free and fair."
    assert stances_of(nlp, text, date(2022, 5, 10), "Lithuania") == {"non-recognition"}


def test_a_vote_that_could_hardly_be_called_an_election_is_condemned(nlp):
    text = SOUTH_OSSETIA_2022 + "Lithuania's foreign ministry said the runoff could hardly be called an election."
    assert stances_of(nlp, text, date(2022, 5, 10), "Lithuania") == {"condemnation"}


def test_a_lament_tells_what_its_speaker_says(nlp):
    text = SOUTH_OSSETIA_2022 + (
        "Latvian Foreign Minister Edgars Rinkevics lamented that the runoff was yet another farce staged by Russia."
    )
    assert ("Latvia", ("Edgars Rinkevics",)) in speakers_in(nlp, text, date(2022, 5, 10))


CYPRUS_2020 = "Ersin Tatar won the Turkish Cypriot leadership runoff on 18 October 2020.\n\n"


def test_an_invitation_to_meet_the_winner_calls_for_talks(nlp):
    text = CYPRUS_2020 + (
        "Cyprus President Nicos Anastasiades congratulated Tatar and invited him to an informal meeting under UN "
        "auspices."
    )
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2020, 10, 19), "Cyprus")


def test_a_bizonal_bicommunal_federation_called_for_is_a_settlement(nlp):
    text = CYPRUS_2020 + "Greece called for a bizonal, bicommunal federation."
    assert stances_of(nlp, text, date(2020, 10, 19), "Greece") == {"call-for-peaceful-settlement"}
