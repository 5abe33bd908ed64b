"""Forms met in rounds 1030 and after: a story dated by a place and a date closed by the agency's name ("Kyiv, 8
September 2024. Ukrinform"), and not by a place and a date before the lead's first sentence; talks kept up with the
vote's winner ("would maintain dialogue with the new leader", "looks forward to continuing his engagement with the two
leaders"), a call for a settlement as an offer to meet is; a vote that "imitated democracy"; a state's ombudsman, who
speaks for it. Each text is written for these tests; each test is one behaviour. The guards pass on the code before
them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from loaders.dates import stated_date

from .conftest import extract_text, sides, stances_of

TRANSNISTRIA_2016 = "Vadim Krasnoselsky won the presidential election in Transnistria on 11 December 2016.\n\n"
NORTHERN_CYPRUS_2025 = "Tufan Erhurman won the presidential election in northern Cyprus on 19 October 2025.\n\n"
KHERSON_2023 = "Russia held local elections in occupied Kherson from 8 to 10 September 2023.\n\n"


def test_a_place_and_date_closed_by_the_agencys_name_date_the_story():
    text = "Kyiv rejects the vote\n\nKyiv, 8 September 2024. Ukrinform\n\nThe ministry said the vote was void."
    assert stated_date(text) == date(2024, 9, 8)
    assert stated_date("Vote rejected\n\nBaku, 19 June 2000. Trend.\n\nThe ministry said no.") == date(2000, 6, 19)


def test_a_place_and_date_before_a_sentence_do_not_date_the_story():  # (guard)
    assert stated_date("Vote rejected\n\nKyiv, 8 September 2024. The ministry said the vote was void.") is None
    assert stated_date("Vote rejected\n\nKyiv, 8 September 2024. Ukraine rejects the vote.") is None


def test_dialogue_kept_up_with_the_new_leader_is_a_call_for_talks(nlp):
    text = TRANSNISTRIA_2016 + "Chisinau said it would maintain dialogue with the new leader in Tiraspol."
    assert stances_of(nlp, text, date(2016, 12, 12), "Moldova") == {"call-for-peaceful-settlement"}


def test_engagement_continued_with_the_two_leaders_is_a_call_for_talks(nlp):
    text = NORTHERN_CYPRUS_2025 + (
        "UN Secretary-General Antonio Guterres looks forward to continuing his engagement with the two leaders, his "
        "spokesperson said."
    )
    assert stances_of(nlp, text, date(2025, 10, 20), "United Nations") == {"call-for-peaceful-settlement"}


def test_dialogue_refused_or_kept_on_another_matter_is_no_call(nlp):  # (guard)
    refused = TRANSNISTRIA_2016 + "Chisinau said it would not maintain dialogue with the new leader in Tiraspol."
    other = TRANSNISTRIA_2016 + "Chisinau said it would maintain its position on the new leader in Tiraspol."
    for text in (refused, other):
        assert "call-for-peaceful-settlement" not in stances_of(nlp, text, date(2016, 12, 12), "Moldova")


def test_a_vote_that_imitated_democracy_is_condemned(nlp):
    text = TRANSNISTRIA_2016 + "Moldova said the vote merely imitated democracy."
    assert stances_of(nlp, text, date(2016, 12, 12), "Moldova") == {"condemnation"}


def test_a_states_ombudsman_speaks_for_it(nlp):
    text = KHERSON_2023 + "Ukraine's ombudsman said people were being forced to vote."
    assert sides(extract_text(nlp, text, date(2023, 9, 9))) == {("Ukraine", "kherson-2023-09-08-local", "reject")}
