"""Forms met in rounds 344-357's articles: "in no way" and "by no means" negate, and so does an agent "by no state"; "a
crime, not a vote" condemns what "not" sets against it; a vote hailed "in the words of" a ministry; the words after the
colon of "struck the same tone in a statement:"; a relative clause naming a person who says nothing there; "replied
that"; what a resolution voted on would not do; the UN's "territorial integrity of States"; a vote that "hindered" the
peace efforts; "had no comment"; an agreement a side is asked to implement; a transcript titled with its place and date;
"in full compliance with the law" where the parse hangs "with the law" on the verb; a whether clause no one answers; a
subject said only to be "more guarded", whom "it" then points to; a post copied under its account ("@MFA_Ukraine: ...");
what partners are thanked for; "When X won in March 2020, ... that vote"; "a message of greetings" on the winner's
election; a relative clause without "that" ("in a vote Georgia refused to recognise"); a minister whose country chairs
"the organisation" named before; "co-chairs" split by the parse; a vote joined to the verb by "nor"; the integrity a
violation is "of"; a settlement "expected"; votes "not in line with" a roadmap. Each text is written for these tests;
each test is one behaviour; the guards pass on the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from loaders.dates import stated_date

from .conftest import extract_text, positions, speakers_in, stances_of

OCCUPIED_2023 = (
    "Russia held so-called local elections in the occupied Donetsk, Luhansk, Zaporizhzhia and Kherson regions of "
    "Ukraine on 8-10 September 2023.\n\n"
)
TRANSNISTRIA_2021 = "Transnistria held a presidential election on 12 December 2021.\n\n"
KARABAKH_2020 = "Nagorno-Karabakh held general elections on 31 March 2020.\n\n"
REFERENDUMS_2022 = (
    "Russia held so-called referendums in the occupied Donetsk, Luhansk, Zaporizhzhia and Kherson regions of Ukraine "
    "from 23 to 27 September 2022.\n\n"
)
OSSETIA_2017 = "South Ossetia held a presidential election on 9 April 2017.\n\n"
DONBAS_2018 = "Separatists held elections in the Donetsk region of Ukraine on 11 November 2018.\n\n"
OCCUPIED_2024 = (
    "Russia held its presidential election on 15-17 March 2024 in the occupied Donetsk, Luhansk, Zaporizhzhia and "
    "Kherson regions of Ukraine and in Crimea.\n\n"
)
CYPRUS_2025 = "Tufan Erhurman won the presidential election in northern Cyprus on 19 October 2025.\n\n"
ABKHAZIA_2025 = "Badra Gunba won the presidential election in Abkhazia on 1 March 2025.\n\n"
TRANSNISTRIA_2011 = "Transnistria held the first round of a presidential election on 11 December 2011.\n\n"
CYPRUS_2010 = "Dervis Eroglu won the Turkish Cypriot presidential election on 18 April 2010.\n\n"


def test_in_no_way_legitimate_refuses_the_vote(nlp):
    text = OCCUPIED_2023 + (
        'The Council of Europe\'s Secretary General said the vote could "in no way" be considered legitimate.'
    )
    assert stances_of(nlp, text, date(2023, 9, 13), "Council of Europe") == {"non-recognition"}


def test_by_no_means_negates_what_it_is_regarded_as(nlp):
    text = OCCUPIED_2023 + "The Council of Europe said the vote can by no means be regarded as legitimate."
    assert stances_of(nlp, text, date(2023, 9, 13), "Council of Europe") == {"non-recognition"}


def test_no_before_another_noun_negates_nothing(nlp):
    # the guard: "with no major incidents" says how the vote went, not that it was not legitimate
    text = OCCUPIED_2023 + "Russia said the vote, held with no major incidents, was legitimate."
    assert stances_of(nlp, text, date(2023, 9, 11), "Russia") == {"recognition"}


def test_recognised_by_no_state_is_recognised_by_none(nlp):
    text = (
        "Transnistria held a referendum on 17 September 2006.\n\nThe referendum was recognised by no state, not even "
        "Russia."
    )
    assert "recognition" not in stances_of(nlp, text, date(2025, 12, 5), "Russia")


def test_a_crime_not_a_vote_condemns_it(nlp):
    text = (
        OCCUPIED_2024 + "Lithuania's ambassador said Putin's \"election\" in occupied Ukraine is a crime, not a vote."
    )
    assert "condemnation" in stances_of(nlp, text, date(2024, 3, 18), "Lithuania")


def test_not_an_election_but_a_show_still_condemns(nlp):
    # the guard: "not" before the noun it negates, set against another after it ("not an election, but a show")
    text = TRANSNISTRIA_2021 + 'Moldova\'s president said the ballot "is not an election, but a show".'
    assert "condemnation" in stances_of(nlp, text, date(2021, 12, 13), "Moldova")


def test_a_vote_hailed_in_the_words_of_a_ministry_is_the_ministrys(nlp):
    text = KARABAKH_2020 + (
        'Yerevan hailed the vote as proof of "the commitment of the people to democratic values", in the words of '
        "Armenia's Foreign Ministry."
    )
    assert stances_of(nlp, text, date(2020, 4, 16), "Armenia") == {"recognition"}


def test_in_the_words_of_opening_a_sentence_still_frames_it(nlp):
    # the guard: the aside before the clause, as before
    text = KARABAKH_2020 + "In the words of Baku, the vote was a farce."
    assert "condemnation" in stances_of(nlp, text, date(2020, 4, 16), "Azerbaijan")


def test_the_words_after_a_statements_colon_are_the_subjects(nlp):
    text = TRANSNISTRIA_2021 + (
        'The Bureau for Reintegration Policies struck the same tone in a short statement: the vote "has no legal '
        'effect".'
    )
    assert stances_of(nlp, text, date(2021, 12, 13), "Moldova") == {"non-recognition"}


def test_a_speech_verbs_statement_colon_makes_one_statement(nlp):
    # the guard: "said in a statement:" is the speech verb's own event, not a second one
    text = (
        TRANSNISTRIA_2021 + 'Moldova\'s Bureau for Reintegration said in a statement: the vote "has no legal effect".'
    )
    statements = extract_text(nlp, text, date(2021, 12, 13))
    assert [s for s in statements if s[0] == "Moldova"] == [
        ("Moldova", "transnistria-2021-12-12-presidential", "reject", ["non-recognition"], "direct")
    ]


def test_a_person_in_a_relative_clause_who_says_nothing_does_not_speak(nlp):
    text = TRANSNISTRIA_2021 + (
        "The Bureau for Reintegration Policies, whose head, Deputy Prime Minister Vladislav Kulminski, is Chisinau's "
        'chief negotiator, struck the same tone in a statement: the vote "has no legal effect".'
    )
    assert speakers_in(nlp, text, date(2021, 12, 13)) == {("Moldova", ())}


def test_a_relative_clause_that_says_whose_office_speaks_stays(nlp):
    # the guard: "Germany, which holds the EU presidency, said ... the EU": the clause says whom Germany speaks for
    text = (
        "Abkhazia held parliamentary elections on 4 March 2007.\n\nGermany, which holds the EU presidency, said on "
        'behalf of the Union that the EU "does not recognise the legitimacy" of the elections.'
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2007, 3, 6))} == {"European Union"}


def test_replied_that_tells_what_the_speaker_said(nlp):
    text = TRANSNISTRIA_2021 + (
        'Asked about the vote, President Maia Sandu replied that Moldova "does not recognise any so-called elections" '
        "in the region."
    )
    assert ("Moldova", ("Maia Sandu",)) in speakers_in(nlp, text, date(2021, 12, 13))
    assert stances_of(nlp, text, date(2021, 12, 13), "Moldova") == {"non-recognition"}


def test_answering_questions_says_nothing_itself(nlp):
    # the guard: "answered our questions on the vote" takes the questions, not a position
    text = OSSETIA_2017 + "Georgia's State Minister for Reconciliation answered our questions on the presidential vote."
    assert extract_text(nlp, text, date(2017, 4, 10)) == []


def test_what_a_resolution_would_not_do_is_no_reproach_of_the_vote(nlp):
    text = REFERENDUMS_2022 + (
        "The representative of South Africa said that, whatever one thought of the referendums, the resolution "
        "would not help to bring about a peaceful settlement."
    )
    assert "condemnation" not in stances_of(nlp, text, date(2022, 10, 12), "South Africa")


def test_a_vote_that_would_not_help_a_settlement_is_reproached(nlp):
    # the guard: said of the vote, the same words reproach it
    text = REFERENDUMS_2022 + "South Africa said the referendums would not help to bring about a peaceful settlement."
    assert "condemnation" in stances_of(nlp, text, date(2022, 9, 28), "South Africa")


def test_the_uns_integrity_of_states_is_a_principle(nlp):
    text = REFERENDUMS_2022 + (
        "Indonesia's delegate said respect for the territorial integrity of States was a principle his country would "
        "always uphold, and called for a peaceful resolution through dialogue."
    )
    assert stances_of(nlp, text, date(2022, 10, 12), "Indonesia") == {"other", "call-for-peaceful-settlement"}


def test_the_integrity_of_states_in_lower_case_stays_the_claimants(nlp):
    # the guard: older gold gives Kazakhstan's "the principle of the territorial integrity of states" to Ukraine's side
    text = REFERENDUMS_2022 + (
        "Kazakhstan would not recognise the referendums, as it proceeds from the principle of the territorial "
        "integrity of states, its foreign ministry spokesman said."
    )
    assert "support-territorial-integrity" in stances_of(nlp, text, date(2022, 9, 26), "Kazakhstan")


def test_a_vote_that_hindered_the_peace_efforts_is_condemned(nlp):
    text = OSSETIA_2017 + (
        'NATO\'s Secretary General said the vote hindered "efforts towards a peaceful and lasting settlement".'
    )
    assert "condemnation" in stances_of(nlp, text, date(2017, 4, 10), "North Atlantic Treaty Organization")


def test_had_no_comment_makes_no_statement(nlp):
    text = (
        TRANSNISTRIA_2021 + "The OSCE Mission to Moldova said it had not monitored the vote and had no comment on it."
    )
    assert extract_text(nlp, text, date(2021, 12, 13)) == []


def test_an_agreement_to_implement_is_no_call_for_talks(nlp):
    text = DONBAS_2018 + (
        "France condemned the elections as illegal and urged Moscow to use its influence on the rebels to implement "
        "the Minsk peace accords."
    )
    assert "call-for-peaceful-settlement" not in stances_of(nlp, text, date(2018, 11, 12), "France")


def test_commitments_under_a_ceasefire_agreement_are_still_called_for(nlp):
    # the guard: what is kept is the commitments, "under" the agreement, as the older gold reads it
    text = OSSETIA_2017 + (
        'A State Department spokesperson said: "We call on Russia to fulfil its commitments under the 2008 ceasefire '
        'agreement."'
    )
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2017, 4, 10), "United States")


def test_a_transcripts_title_dates_it(nlp):
    text = (
        "Foreign Minister Sergey Lavrov's remarks and answers to media questions at a news conference, Moscow, "
        "September 12, 2023\n\nQuestion: How would you comment on the elections held last weekend in the DPR, the LPR "
        "and the Zaporozhye and Kherson regions?\n\nSergey Lavrov: The elections to the legislative assemblies of the "
        "new regions were held in full compliance with our legislation."
    )
    assert stated_date(text) == date(2023, 9, 12)
    assert {key for _, key, *_ in extract_text(nlp, text, stated_date(text))} == {
        "donetsk-2023-09-08-local",
        "luhansk-2023-09-08-local",
        "zaporizhzhia-2023-09-08-local",
        "kherson-2023-09-08-local",
    }


def test_held_in_full_compliance_with_the_law_recognises_the_vote(nlp):
    text = OCCUPIED_2023 + "Sergey Lavrov said the elections were held in full compliance with the law."
    assert stances_of(nlp, text, date(2023, 9, 12), "Russia") == {"recognition"}


def test_a_whether_clause_as_a_subject_is_no_ones_word(nlp):
    text = (
        "Remarks by Foreign Minister Sergey Lavrov at a news conference, Moscow, September 12, 2023\n\nQuestion: "
        "Western countries say they will not recognise the elections held last weekend in the new regions. Your "
        "comment?\n\nSergey Lavrov: The elections were held in full compliance with our legislation. Whether "
        "Washington or Brussels recognise them or not is of no interest to us."
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2023, 9, 12))} == {"Russia"}


def test_it_after_a_subject_said_to_be_guarded_is_that_subject(nlp):
    text = CYPRUS_2025 + (
        "Turkey's Foreign Ministry welcomed the result on Monday.\n\nGreece's Foreign Ministry was more guarded. It "
        'called for "a resumption of negotiations on the basis of the UN Security Council resolutions".'
    )
    assert ("Greece", "northern-cyprus-2025-10-19-presidential", "neutral") in positions(
        extract_text(nlp, text, date(2025, 10, 20))
    )


def test_it_after_a_speaker_is_that_speaker(nlp):
    # the guard: "it" points back to who spoke last when nothing came between
    text = CYPRUS_2025 + (
        "Turkey's Foreign Ministry welcomed the result on Monday. It said the vote had shown the \"democratic "
        'tradition" of the Turkish Cypriot people.'
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2025, 10, 20))} == {"Turkey"}


def test_a_post_copied_under_its_account_is_the_accounts_owners(nlp):
    text = OCCUPIED_2024 + (
        "@MFA_Ukraine: The so-called elections held by Russia on the occupied territories of Ukraine are null and void."
    )
    assert stances_of(nlp, text, date(2024, 3, 18), "Ukraine") == {"non-recognition"}


def test_a_persons_account_names_no_actor(nlp):
    # the guard: an account whose name names no state or organisation gives its post to no one
    text = OCCUPIED_2024 + "@JohnSmith42: The so-called elections in the occupied territories are null and void."
    assert extract_text(nlp, text, date(2024, 3, 18)) == []


def test_what_partners_are_thanked_for_is_not_the_thankers_stance(nlp):
    text = (
        "Aslan Bzhania won the presidential election in Abkhazia on 22 March 2020.\n\nGeorgia's Foreign Ministry "
        "condemned the vote. The ministry thanked \"our international partners for their firm support for Georgia's "
        'sovereignty and territorial integrity".'
    )
    assert stances_of(nlp, text, date(2020, 3, 23), "Georgia") == {"condemnation"}


def test_a_vote_won_in_a_year_a_clause_of_time_names_is_that_vote(nlp):
    text = ABKHAZIA_2025 + ('When Bzhania won in March 2020, Tbilisi had denounced that vote as "illegitimate".')
    assert {key for who, key, *_ in extract_text(nlp, text, date(2025, 3, 10)) if who == "Georgia"} == {
        "abkhazia-2020-03-22-presidential"
    }


def test_a_message_of_greetings_on_the_winners_election_recognises_it(nlp):
    text = OSSETIA_2017 + (
        "Vladimir Putin sent a message of greetings to Anatoly Bibilov on his election as President of South Ossetia."
    )
    assert stances_of(nlp, text, date(2017, 4, 10), "Russia") == {"recognition"}


def test_a_vote_a_state_refused_to_recognise_is_refused_by_it(nlp):
    text = (
        "Voters in South Ossetia backed independence in a referendum on 12 November 2006, officials said, in a vote "
        "Georgia and the West refused to recognise."
    )
    assert stances_of(nlp, text, date(2006, 11, 13), "Georgia") == {"non-recognition"}


def test_a_chair_of_the_organisation_named_before_speaks_for_it(nlp):
    text = TRANSNISTRIA_2011 + (
        "In a letter to OSCE members, Lithuania's foreign minister Audronius Azubalis, whose country chairs the "
        'organisation, wrote that the OSCE "does not recognise the legitimacy of these elections".'
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2011, 12, 12))} == {
        "Organization for Security and Co-operation in Europe"
    }


def test_a_relative_clause_on_another_matter_leaves_the_minister_his_states(nlp):
    # the guard: "whose country borders Russia" says nothing of an organisation
    text = TRANSNISTRIA_2011 + (
        "Lithuania's foreign minister Audronius Azubalis, whose country borders Russia, said Lithuania did not "
        "recognise the elections."
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2011, 12, 12))} == {"Lithuania"}


def test_co_chairs_split_by_the_parse_still_speak(nlp):
    text = (
        "Nagorno-Karabakh held parliamentary elections on May 3, 2015. The OSCE Minsk Group co-chairs noted in a "
        'statement that they "do not accept the results of these elections".'
    )
    assert stances_of(nlp, text, date(2015, 5, 4), "OSCE Minsk Group") == {"non-recognition"}


def test_a_vote_joined_to_the_verb_by_nor_is_not_recognised(nlp):
    text = (
        "Russia held State Duma elections on 18 September 2016, including in Crimea.\n\nGermany's Foreign Office said "
        'Germany "does not recognise the annexation of Crimea, nor the elections held there".'
    )
    assert stances_of(nlp, text, date(2016, 9, 19), "Germany") == {"non-recognition"}


def test_the_integrity_a_violation_is_of_affirms_nothing_more(nlp):
    text = OCCUPIED_2024 + (
        'The UN considered the vote in the occupied regions to be "a violation of international law" and "of '
        "Ukraine's sovereignty and territorial integrity\"."
    )
    assert stances_of(nlp, text, date(2024, 3, 18), "United Nations") == {"condemnation"}


def test_integrity_reaffirmed_is_still_affirmed(nlp):
    # the guard: no violation before it
    text = OCCUPIED_2024 + "The UN reaffirmed its commitment to Ukraine's sovereignty and territorial integrity."
    assert "support-territorial-integrity" in stances_of(nlp, text, date(2024, 3, 18), "United Nations")


def test_expecting_a_settlement_calls_for_it(nlp):
    text = CYPRUS_2010 + (
        "Athens said it expected the new Turkish Cypriot leader to respect the UN framework for a bizonal, bicommunal "
        "federation."
    )
    assert stances_of(nlp, text, date(2010, 4, 19), "Greece") == {"call-for-peaceful-settlement"}


def test_votes_not_in_line_with_a_roadmap_are_reproached(nlp):
    text = (
        "Separatists held referendums in Donetsk and Luhansk on May 11, 2014.\n\nThe OSCE's chairperson said the votes "
        'were "not in line with" the roadmap he had presented.'
    )
    assert "condemnation" in stances_of(
        nlp, text, date(2014, 5, 12), "Organization for Security and Co-operation in Europe"
    )
