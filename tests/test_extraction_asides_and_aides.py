"""Forms met in rounds 122-123's articles and the 27th set of probes: an aide who tells of their principal's act, then
goes on in words of their own ("Peskov said Putin had sent a telegram of congratulations and that Moscow counted on
..."); a quotation that closes on the sentence's full stop; a relative clause the parse hung on a date ("released a
statement on June 9 which reads that ..."); the body a vote elected, not recognised ("the new Supreme Council"); "and
I quote"; "according to his spokesman"; "in the words of X, Y," and "in X's words"; an apposition that says what a
candidate advocates; an offer to attend a meeting with the winner. Each text is written for these tests; each test is
one behaviour; the guards pass on the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, sides, speakers_in, words_in

ABKHAZIA_2020 = "abkhazia-2020-03-22-presidential"
ABKHAZIA_VOTED = "Abkhazia held a presidential election on Sunday. "
ABKHAZIA_PUBLISHED = date(2020, 3, 23)
OSSETIA_VOTED = "South Ossetia held parliamentary elections on Sunday. "
OSSETIA_PUBLISHED = date(2014, 6, 10)
TRANSNISTRIA_2025 = "transnistria-2025-11-30-parliamentary"
TRANSNISTRIA_VOTED = (
    "Transnistria held parliamentary elections on Sunday. Moldova's government said the vote had no force. "
)
TRANSNISTRIA_PUBLISHED = date(2025, 12, 1)
DONETSK_VOTED = "Separatists in Donetsk held elections on Sunday. "
DONETSK_PUBLISHED = date(2014, 11, 3)
KARABAKH_VOTED = "Nagorno-Karabakh's separatist parliament elected Samvel Shahramanyan as president on Saturday. "
KARABAKH_PUBLISHED = date(2023, 9, 10)
CYPRUS_VOTED = "Ersin Tatar won the Turkish Cypriot presidential runoff on Sunday. "
CYPRUS_PUBLISHED = date(2020, 10, 19)


def test_an_aide_who_tells_an_act_then_goes_on_speaks_the_second_clause(nlp):
    text = (
        ABKHAZIA_VOTED
        + "Kremlin spokesman Dmitry Peskov told reporters that President Vladimir Putin had sent Bzhania "
        'a telegram of congratulations and that Moscow counted on "further strengthening of our allied relations".'
    )
    assert speakers_in(nlp, text, ABKHAZIA_PUBLISHED) == {
        ("Russia", ("Vladimir Putin",)),
        ("Russia", ("Dmitry Peskov",)),
    }
    # (the aide's words go on with the congratulations: the same side, not a neutral word of their own)
    assert sides(extract_text(nlp, text, ABKHAZIA_PUBLISHED)) == {("Russia", ABKHAZIA_2020, "endorse")}


def test_guard_an_aides_second_clause_whose_subject_is_he_is_still_the_principals(nlp):
    text = (
        ABKHAZIA_VOTED
        + "Kremlin spokesman Dmitry Peskov said Putin had congratulated Bzhania and that he wished him success."
    )
    assert speakers_in(nlp, text, ABKHAZIA_PUBLISHED) == {("Russia", ("Vladimir Putin",))}


def test_a_quotation_closing_on_the_full_stop_is_one_statement_with_its_clause(nlp):
    text = (
        OSSETIA_VOTED + "The Ministry of Foreign Affairs of Georgia said that the so-called parliamentary elections "
        '"are illegitimate and represent yet another provocation."'
    )
    assert words_in(nlp, text, OSSETIA_PUBLISHED) == [
        (
            "Georgia",
            'that the so-called parliamentary elections "are illegitimate and represent yet another provocation.',
        )
    ]


def test_a_relative_clause_the_parse_hung_on_a_date_is_the_statements(nlp):
    text = (
        OSSETIA_VOTED
        + "The Ministry of Foreign Affairs of Georgia released a statement on June 9 which reads that the "
        'so-called parliamentary elections "are illegitimate."'
    )
    assert {(actor, polarity) for actor, _, polarity, _, _ in extract_text(nlp, text, OSSETIA_PUBLISHED)} == {
        ("Georgia", "reject")
    }


def test_the_new_body_a_vote_elected_not_recognised_rejects_the_vote(nlp):
    text = TRANSNISTRIA_VOTED + (
        "Deputy Prime Minister Roman Rosca told reporters that Chisinau would not recognize the new Supreme Council."
    )
    assert ("Moldova", ("Roman Rosca",)) in speakers_in(nlp, text, TRANSNISTRIA_PUBLISHED)
    assert sides(extract_text(nlp, text, TRANSNISTRIA_PUBLISHED)) == {("Moldova", TRANSNISTRIA_2025, "reject")}


def test_guard_something_new_that_no_vote_made_is_no_word_on_the_vote(nlp):
    text = (
        "Transnistria held parliamentary elections on Sunday. Moldova said it would not recognize the new checkpoints."
    )
    assert extract_text(nlp, text, TRANSNISTRIA_PUBLISHED) == []


def test_and_i_quote_leaves_the_words_to_the_verb_it_is_joined_to(nlp):
    text = (
        "Crimea held elections for a regional parliament on Sunday.\n\n"
        "MS. PSAKI: I'd point you to the statement from the EU yesterday, which said, and I quote, that the EU "
        '"does not recognise" these elections either.'
    )
    assert [actor for actor, *_ in extract_text(nlp, text, date(2014, 9, 15))] == ["European Union"]


def test_his_spokesman_is_the_aide_of_the_person_just_named_not_the_last_spokesman(nlp):
    text = DONETSK_VOTED + (
        "Germany's spokesman Steffen Seibert said the elections were illegitimate. Secretary-General Ban Ki-moon "
        'deplored the holding of the elections, which he said were "in breach of the constitution", according to his '
        "spokesman."
    )
    assert [actor for actor, *_ in extract_text(nlp, text, DONETSK_PUBLISHED)] == ["Germany", "United Nations"]
    assert ("United Nations", ("Ban Ki-moon",)) in speakers_in(nlp, text, DONETSK_PUBLISHED)


def test_in_the_words_of_a_role_and_its_name_gives_the_name(nlp):
    text = DONETSK_VOTED + (
        "In the words of the EU's new foreign policy chief, Federica Mogherini, the polls were "
        '"a new obstacle on the path towards peace".'
    )
    assert speakers_in(nlp, text, DONETSK_PUBLISHED) == {("European Union", ("Federica Mogherini",))}


def test_guard_in_the_words_of_a_statement_the_clause_after_the_comma_is_the_words(nlp):
    text = DONETSK_VOTED + "In the words of the EU's statement, the election was a new obstacle on the path to peace."
    assert words_in(nlp, text, DONETSK_PUBLISHED) == [
        ("European Union", "the election was a new obstacle on the path to peace")
    ]


def test_in_an_actors_words_is_the_actor_speaking(nlp):
    for text in (
        KARABAKH_VOTED + "The election was, in Baku's words, a gross violation of Azerbaijan's sovereignty.",
        KARABAKH_VOTED + 'The election was, in the foreign ministry\'s words, "a gross violation of sovereignty".',
    ):
        assert {(actor, polarity) for actor, _, polarity, _, _ in extract_text(nlp, text, KARABAKH_PUBLISHED)} == {
            ("Azerbaijan", "reject")
        }, text


def test_what_an_apposition_says_a_candidate_advocates_is_no_call_of_who_backs_them(nlp):
    for text in (
        "Tatar, an advocate of a two-state solution, is backed by Ankara.",
        "Ankara backs Tatar, an advocate of a two-state solution.",
    ):
        assert extract_text(nlp, CYPRUS_VOTED + text, CYPRUS_PUBLISHED) == [], text


def test_guard_a_call_restated_in_an_apposition_is_still_a_call(nlp):
    text = CYPRUS_VOTED + "Turkey called for a solution, a fair and lasting settlement."
    assert [(a, p, s) for a, _, p, s, _ in extract_text(nlp, text, CYPRUS_PUBLISHED)] == [
        ("Turkey", "neutral", ["call-for-peaceful-settlement"])
    ]


def test_an_offer_to_attend_a_meeting_with_the_winner_calls_for_talks(nlp):
    text = CYPRUS_VOTED + (
        "Cyprus President Nicos Anastasiades said he was ready to attend an informal meeting with Tatar "
        "under UN auspices."
    )
    assert [(a, p, s) for a, _, p, s, _ in extract_text(nlp, text, CYPRUS_PUBLISHED)] == [
        ("Cyprus", "neutral", ["call-for-peaceful-settlement"])
    ]


def test_guard_a_meeting_attended_is_no_offer(nlp):
    text = CYPRUS_VOTED + "Cyprus President Nicos Anastasiades attended a meeting with Tatar on Friday."
    assert extract_text(nlp, text, CYPRUS_PUBLISHED) == []


def test_neither_as_a_determiner_and_said_nothing_say_nothing(nlp):
    for text in (
        "Neither Armenia nor Kazakhstan commented on the vote.",
        "Kazakhstan has said nothing about the vote.",
    ):
        assert extract_text(nlp, ABKHAZIA_VOTED + text, ABKHAZIA_PUBLISHED) == [], text


def test_guard_nothing_as_the_subject_of_what_was_said_is_said(nlp):
    text = ABKHAZIA_VOTED + "Kazakhstan said nothing would change its support for Georgia's territorial integrity."
    assert sides(extract_text(nlp, text, ABKHAZIA_PUBLISHED)) == {("Kazakhstan", ABKHAZIA_2020, "reject")}


def test_a_step_toward_democracy_praises_the_vote(nlp):
    text = ABKHAZIA_VOTED + 'Armenian President Robert Kocharian called the vote "another step toward democracy".'
    assert sides(extract_text(nlp, text, ABKHAZIA_PUBLISHED)) == {("Armenia", ABKHAZIA_2020, "endorse")}


def test_guard_a_step_toward_annexation_still_condemns(nlp):
    text = ABKHAZIA_VOTED + "Georgia called the vote another step towards annexation."
    assert [(a, p, s) for a, _, p, s, _ in extract_text(nlp, text, ABKHAZIA_PUBLISHED)] == [
        ("Georgia", "reject", ["condemnation"])
    ]


def test_reports_denied_in_the_passive_are_no_ones_words(nlp):
    text = ABKHAZIA_VOTED + "Reports that Belarus had congratulated Bzhania were denied by Minsk."
    assert extract_text(nlp, text, ABKHAZIA_PUBLISHED) == []


def test_guard_reports_that_say_it_tell_it(nlp):
    text = ABKHAZIA_VOTED + "Reports said Belarus had congratulated Bzhania."
    assert sides(extract_text(nlp, text, ABKHAZIA_PUBLISHED)) == {("Belarus", ABKHAZIA_2020, "endorse")}


def test_calls_for_a_settlement_rejected_are_no_call(nlp):
    text = CYPRUS_VOTED + "Greece said it rejected calls for a negotiated settlement."
    assert all("call-for-peaceful-settlement" not in s for *_, s, _ in extract_text(nlp, text, CYPRUS_PUBLISHED))


def test_guard_a_call_beside_a_rejection_is_a_call(nlp):
    text = CYPRUS_VOTED + "Greece called for dialogue and rejected the vote."
    assert any("call-for-peaceful-settlement" in s for *_, s, _ in extract_text(nlp, text, CYPRUS_PUBLISHED))


def test_a_refusal_to_recognise_is_no_recognition(nlp):
    text = ABKHAZIA_VOTED + "The EU reiterated its refusal to recognise the vote."
    assert sides(extract_text(nlp, text, ABKHAZIA_PUBLISHED)) == {("European Union", ABKHAZIA_2020, "reject")}


def test_a_welcome_of_a_rejection_sides_with_it(nlp):
    for text in (
        "Georgia welcomed the EU's refusal to recognise the vote.",
        "The EU's refusal to recognise the vote was welcomed by Tbilisi.",
        "Georgia welcomed the decision of its partners not to recognise the vote.",
    ):
        assert ("Georgia", ABKHAZIA_2020, "reject") in sides(
            extract_text(nlp, ABKHAZIA_VOTED + text, ABKHAZIA_PUBLISHED)
        )
        assert all(
            s == ["non-recognition"] for *_, s, _ in extract_text(nlp, ABKHAZIA_VOTED + text, ABKHAZIA_PUBLISHED)
        )


def test_guard_a_welcome_of_the_vote_is_still_a_welcome(nlp):
    text = ABKHAZIA_VOTED + "Moscow welcomed the vote and the decision to hold it."
    assert sides(extract_text(nlp, text, ABKHAZIA_PUBLISHED)) == {("Russia", ABKHAZIA_2020, "endorse")}


def test_a_judgement_of_the_vote_named_with_its_author_in_the_possessive_is_the_authors(nlp):
    for text, actor, side in (
        ("Tbilisi's condemnation of the vote was swift.", "Georgia", "reject"),
        ("Moscow's recognition of the results came within hours.", "Russia", "endorse"),
        ("Moscow's congratulations to the winner came within hours.", "Russia", "endorse"),
    ):
        assert sides(extract_text(nlp, ABKHAZIA_VOTED + text, ABKHAZIA_PUBLISHED)) == {(actor, ABKHAZIA_2020, side)}


def test_guard_a_recognition_of_statehood_or_congratulations_to_a_head_of_state_judge_no_vote(nlp):
    assert extract_text(nlp, ABKHAZIA_VOTED + "Russia's recognition of Abkhazia's independence angered Tbilisi.") == []
    text = "Crimea voted in Russia's presidential election on Sunday. China's congratulations to Putin on his "
    assert extract_text(nlp, text + "re-election came on Monday.", date(2024, 3, 18)) == []


def test_a_judgement_echoed_takes_its_stance_for_who_echoes_it(nlp):
    for text in (
        "Tbilisi's condemnation of the vote was echoed by Kyiv.",
        "Kyiv echoed Tbilisi's condemnation of the vote.",
    ):
        assert sides(extract_text(nlp, ABKHAZIA_VOTED + text, ABKHAZIA_PUBLISHED)) == {
            ("Georgia", ABKHAZIA_2020, "reject"),
            ("Ukraine", ABKHAZIA_2020, "reject"),
        }, text


def test_an_unowned_aide_after_a_named_position_speaks_for_its_owner(nlp):
    text = ABKHAZIA_VOTED + (
        "Georgia said the vote was illegal. The European Union's position is unchanged, a spokesperson said: the bloc "
        "does not recognise the constitutional and legal framework within which the election was held."
    )
    assert [actor for actor, *_ in extract_text(nlp, text, ABKHAZIA_PUBLISHED)] == ["Georgia", "European Union"]


def test_occupied_parts_of_the_country_are_every_occupied_territory_of_the_speakers_state(nlp):
    text = (
        "Ukraine's Foreign Ministry on Monday denounced the Russian presidential election held in occupied parts of "
        'the country as "null and void."'
    )
    assert {key for _, key, *_ in extract_text(nlp, text, date(2024, 3, 18))} == {
        f"{t}-2024-03-15-presidential" for t in ("crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson")
    }


def test_who_won_with_what_share_is_the_count_not_a_position(nlp):
    text = (
        "Russia held a presidential election on Sunday, also in occupied Crimea. The vote, which Russian authorities "
        "said was won by President Vladimir Putin with more than 87% nationwide, was held in Crimea too."
    )
    assert extract_text(nlp, text, date(2024, 3, 18)) == []


def test_a_part_held_to_be_a_states_takes_its_side(nlp):
    voted = "Russia held a presidential election on Sunday, also in occupied Crimea. "
    for text, actor, side in (
        ("Peskov said residents consider themselves part of Russia.", "Russia", "endorse"),
        ("The U.S. said Crimea is part of Ukraine.", "United States", "reject"),
    ):
        assert sides(extract_text(nlp, voted + text, date(2024, 3, 18))) == {
            (actor, "crimea-2024-03-15-presidential", side)
        }, text


def test_guard_a_standing_claim_that_is_part_of_a_state_not_its_own_is_no_word_on_the_vote(nlp):
    text = (
        "Russia held a presidential election on Sunday, also in occupied Crimea. Moscow says Crimea is part of Russia."
    )
    assert all(polarity != "endorse" for _, _, polarity, _, _ in extract_text(nlp, text, date(2024, 3, 18)))


def test_guard_anothers_refusal_judged_is_the_speakers_judgement_not_a_refusal(nlp):
    text = (
        ABKHAZIA_VOTED
        + '"The West\'s refusal to recognise the vote was predictable and changes nothing," Zakharova said.'
    )
    assert sides(extract_text(nlp, text, ABKHAZIA_PUBLISHED)) == {("Russia", ABKHAZIA_2020, "endorse")}


def test_a_commitment_to_a_settlement_calls_for_it(nlp):
    text = (
        CYPRUS_VOTED + "The EU took note of the result and reiterated its commitment to a settlement under UN auspices."
    )
    assert [(a, p, s) for a, _, p, s, _ in extract_text(nlp, text, CYPRUS_PUBLISHED)] == [
        ("European Union", "neutral", ["call-for-peaceful-settlement"])
    ]


def test_the_vote_as_a_continuation_or_instrument_of_a_seizure_condemns_it(nlp):
    for text in (
        'For Tbilisi, the vote was "a continuation of the occupation by other means", the foreign ministry said.',
        "Georgia called the vote an instrument of annexation.",
    ):
        assert [(a, p, s) for a, _, p, s, _ in extract_text(nlp, ABKHAZIA_VOTED + text, ABKHAZIA_PUBLISHED)] == [
            ("Georgia", "reject", ["condemnation"])
        ], text


def test_a_high_level_of_organisation_praises_the_vote(nlp):
    text = ABKHAZIA_VOTED + 'The Russian Foreign Ministry noted the "high level of organisation" of the vote.'
    assert sides(extract_text(nlp, text, ABKHAZIA_PUBLISHED)) == {("Russia", ABKHAZIA_2020, "endorse")}


def test_guard_a_low_level_of_organisation_praises_nothing(nlp):
    text = ABKHAZIA_VOTED + "Russia noted a low level of organisation of the vote."
    assert all(polarity != "endorse" for _, _, polarity, _, _ in extract_text(nlp, text, ABKHAZIA_PUBLISHED))


def test_who_stayed_silent_then_said_is_the_one_who_said(nlp):
    text = "Crimea voted in a referendum on Sunday to join Russia. Minsk stayed silent for two days, then said Crimea "
    assert words_in(nlp, text + 'was "a de facto part of Russia".', date(2014, 3, 17)) == [
        ("Belarus", 'Crimea was "a de facto part of Russia"')
    ]
