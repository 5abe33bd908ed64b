"""Turns of phrase met in rounds 74-77's probes and articles: a spokesman who, "asked whether Beijing would recognise
the result", "said he had nothing to add" (no word on the vote); "a near-verbatim transcript of today's noon briefing
by Stéphane Dujarric, Spokesman for the Secretary-General" (its unlabelled words are the spokesman's, in the third
person too); a ministry that "has issued a statement on the voting ...: "These so-called elections are null and
void"" (the quotation is the statement's); "congratulated Russians on a well-organised election" (the country-wide
vote, but not "the Turkish Cypriot people"); a channel's post under "Maria Zakharova:" on a line of its own; "the
so-called "non-recognition" by the collective West" (another's stance, belittled); "an important stage"; and "the
high turnout speaks for itself". Each text is written for these tests; each test is one behaviour; the guards pass on
the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from .conftest import OCCUPIED_2022, extract_text, sides, speakers_in

CRIMEA_2014 = "crimea-2014-03-16-referendum"
CRIMEA_VOTED = "Crimea voted in a referendum on joining Russia on March 16, 2014. "


def test_a_question_on_recognition_answered_with_nothing_to_add_is_no_position(nlp):
    text = CRIMEA_VOTED + (
        "Asked whether Beijing would recognise the result, the Chinese spokesman said he had nothing to add."
    )
    assert extract_text(nlp, text, date(2014, 3, 18)) == []


def test_a_question_on_recognition_answered_no_is_non_recognition(nlp):  # guard
    text = CRIMEA_VOTED + 'Asked whether Tokyo would recognise the result, the Japanese spokesman said: "No."'
    assert sides(extract_text(nlp, text, date(2014, 3, 18))) == {("Japan", CRIMEA_2014, "reject")}


OCCUPIED_2022_BRIEFED = (
    "As you will have seen, the referenda held from 23 to 27 September 2022 in the occupied Donetsk, Luhansk, Kherson "
    "and Zaporizhzhia regions of Ukraine have ended. The United Nations remains fully committed to the territorial "
    "integrity of Ukraine."
)


def test_a_briefings_transcript_named_in_its_lead_speaks_in_the_spokespersons_voice(nlp):
    text = (
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, Spokesman for the "
        "Secretary-General.\n\n" + OCCUPIED_2022_BRIEFED
    )
    assert sides(extract_text(nlp, text, date(2022, 9, 28))) == {
        ("United Nations", key, "reject") for key in OCCUPIED_2022
    }


def test_a_story_on_a_briefing_by_a_spokesman_is_in_no_ones_voice(nlp):  # guard
    # ("we", whom only a voice would make the UN: "The United Nations remains committed ..." is the UN's in any story,
    # as "The United Nations supports ..." is)
    text = (
        "Voting ends in occupied regions\n\n"
        "Reporters pressed for answers at a briefing by Stéphane Dujarric, Spokesman for the Secretary-General.\n\n"
        + OCCUPIED_2022_BRIEFED.replace("The United Nations remains", "We remain")
    )
    assert extract_text(nlp, text, date(2022, 9, 28)) == []


OCCUPIED_2024 = {
    f"{region}-2024-03-15-presidential" for region in ("donetsk", "luhansk", "zaporizhzhia", "kherson", "crimea")
}
RUSSIA_VOTED_2024 = (
    "Russia held a presidential election from March 15 to 17, 2024, including in the occupied parts of Donetsk, "
    "Luhansk, Zaporizhzhia and Kherson regions and in Crimea.\n\n"
)


def test_a_quotation_after_a_colon_that_follows_a_statements_issuing_is_the_statement(nlp):
    text = RUSSIA_VOTED_2024 + (
        "Ukraine's foreign ministry has issued a statement on the voting: "
        '"These so-called elections are null and void."'
    )
    assert sides(extract_text(nlp, text, date(2024, 3, 18))) == {("Ukraine", key, "reject") for key in OCCUPIED_2024}


def test_a_quotation_in_the_next_sentence_after_an_issuing_is_not_the_statement(nlp):  # guard
    text = RUSSIA_VOTED_2024 + (
        "Ukraine's foreign ministry issued a statement on Monday. Local officials were told: "
        '"These so-called elections are null and void."'
    )
    assert ("Ukraine", "crimea-2024-03-15-presidential", "reject") not in sides(
        extract_text(nlp, text, date(2024, 3, 18))
    )


def test_congratulating_a_states_people_on_its_election_is_no_word_on_the_territorys_vote(nlp):
    text = (
        RUSSIA_VOTED_2024
        + "Belarusian President Alexander Lukashenko congratulated Russians on a well-organised election."
    )
    assert extract_text(nlp, text, date(2024, 3, 18)) == []


def test_congratulating_a_territorys_people_on_its_vote_recognises_it(nlp):  # guard
    text = (
        "Abkhazia held a presidential election on August 25, 2019. Nicaragua congratulated Abkhazians on the election."
    )
    assert sides(extract_text(nlp, text, date(2019, 8, 27))) == {
        ("Nicaragua", "abkhazia-2019-08-25-presidential", "endorse")
    }


def test_congratulating_a_peoples_whole_demonym_that_names_no_state_recognises_its_vote(nlp):  # guard
    text = "Turkish Cypriots voted in parliamentary elections on January 7, 2018. Turkey congratulated the Turkish "
    text += "Cypriot people on the elections, and Ankara congratulated Turkish Cypriots again on Monday."
    assert sides(extract_text(nlp, text, date(2018, 1, 8))) == {
        ("Turkey", "northern-cyprus-2018-01-07-parliamentary", "endorse")
    }


LOCAL_2023 = {f"{region}-2023-09-08-local" for region in ("donetsk", "luhansk", "zaporizhzhia", "kherson")}
CHANNEL_POST = (
    "MFA Russia\n\nMaria Zakharova:\n\n"
    "The elections held on September 8-10, 2023 in the Donetsk and Lugansk People's Republics, the Zaporozhye and "
    "Kherson regions were an important stage in the integration of the new regions.\n\n"
    'The so-called "non-recognition" by the collective West of the free expression of the will of the residents '
    "changes nothing. The high turnout speaks for itself."
)


def test_a_post_under_a_name_and_a_colon_on_a_line_of_its_own_is_that_persons(nlp):
    found = extract_text(nlp, CHANNEL_POST, date(2023, 9, 11))
    assert sides(found) == {("Russia", key, "endorse") for key in LOCAL_2023}
    assert speakers_in(nlp, CHANNEL_POST, date(2023, 9, 11)) == {("Russia", ("Maria Zakharova",))}


def test_another_actors_so_called_non_recognition_is_no_rejection(nlp):
    text = "Russia held local elections in the occupied parts of Ukraine from September 8 to 10, 2023. The Russian "
    text += 'foreign ministry said the so-called "non-recognition" of the elections by the collective West changed '
    text += "nothing."
    assert sides(extract_text(nlp, text, date(2023, 9, 11))) == {("Russia", key, "neutral") for key in LOCAL_2023}


def test_so_called_elections_are_still_not_recognised(nlp):  # guard
    text = "Russia held local elections in occupied Ukraine from September 8 to 10, 2023. Ukraine called the so-called "
    text += "elections a farce."
    assert sides(extract_text(nlp, text, date(2023, 9, 11))) == {("Ukraine", key, "reject") for key in LOCAL_2023}


def test_a_high_turnout_that_speaks_for_itself_praises_the_vote(nlp):
    text = "Transnistria held elections to its Supreme Council on November 29, 2020. Russia said the high turnout "
    text += "spoke for itself."
    assert sides(extract_text(nlp, text, date(2020, 12, 1))) == {
        ("Russia", "transnistria-2020-11-29-parliamentary", "endorse")
    }
