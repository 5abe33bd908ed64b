"""Layouts and turns of phrase met in round 33's articles: a press release wrapped at a fixed width, a radio
transcript's time codes and "NAME (ROLE, RECORDED EARLIER):" labels, posts from a messaging channel (flags and emoji,
"The Georgian Foreign Ministry:" before the words, a dash crediting a post at its end), an interview whose answers
carry the answerer's name, "Government spokesman X" after the government the sentence before named, a "National
Security Council"; votes kept apart ("plans for another vote on joining Russia" thirty years after a dated one,
"previous votes" with no time); "rejected Baku's description of the referendum as illegal", "it was a legitimate
exercise of the right to ...", "the high turnout showed that ...", and a medium noting that someone had not
commented. Each text is written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, sides, speakers_in, verdicts


def test_a_national_security_council_is_a_states_not_the_uns(nlp):
    text = (
        "The White House said the United States would not recognise the results of the referendum in Donetsk. "
        '"The referendum is illegal under Ukrainian law," a spokesperson for the National Security Council said.'
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2014, 5, 11))} == {"United States"}


def test_a_medium_noting_that_an_actor_did_not_comment_gives_it_no_position(nlp):
    text = (
        "Nagorno-Karabakh's parliament elected a new president on Saturday.\n\n"
        "The daily Aravot noted that Yerevan had not commented on the vote."
    )
    assert extract_text(nlp, text, date(2023, 9, 11)) == []


def test_previous_votes_named_with_no_time_are_not_the_vote_the_story_is_about(nlp):
    text = (
        "Vadim Krasnoselsky was re-elected leader of Transnistria on Sunday.\n\n"
        "Kyiv had condemned previous votes in Transnistria only in passing."
    )
    assert extract_text(nlp, text, date(2021, 12, 14)) == []


_PLANNED = (
    "On January 19, 1992, voters in South Ossetia backed independence in a referendum. Georgia declared the "
    "referendum illegal.\n\nThree decades on, the region's leader has announced plans for another vote on joining "
    'Russia. Georgia\'s Foreign Ministry called any such referendum "unacceptable".'
)


def test_a_vote_planned_years_after_a_vote_the_story_dates_is_not_that_vote(nlp):
    keys = {key for _, key, *_ in extract_text(nlp, _PLANNED, date(2022, 1, 19))}
    assert "south-ossetia-1992-01-19-referendum" in keys
    assert sides(extract_text(nlp, _PLANNED, date(2022, 1, 19))) >= {
        ("Georgia", "south-ossetia-1992-01-19-referendum", "reject")
    }
    unacceptable = [s for s in extract_text(nlp, _PLANNED, date(2022, 1, 19)) if "condemnation" in s[3]]
    assert unacceptable and all(key != "south-ossetia-1992-01-19-referendum" for _, key, *_ in unacceptable)


def test_a_vote_on_joining_a_state_is_a_referendum():
    from loaders.elections import mention_kinds

    assert mention_kinds("They plan another vote on joining Russia.") == {"referendum"}
    assert mention_kinds("They held a vote on Sunday.") == {None}


def test_rejecting_anothers_description_of_the_vote_as_illegal_defends_it(nlp):
    text = (
        "Armenia's Foreign Ministry on Friday rejected Baku's description of the 1991 independence referendum in "
        "Nagorno-Karabakh as illegal."
    )
    assert ("Armenia", "endorse", ("recognition",)) in verdicts(extract_text(nlp, text, date(2021, 12, 10)))
    assert ("Armenia", "reject", ("non-recognition",)) not in verdicts(extract_text(nlp, text, date(2021, 12, 10)))


def test_it_the_vote_was_a_legitimate_exercise_recognises_it(nlp):
    text = (
        '"The referendum of 10 December 1991 in Nagorno-Karabakh was held in full compliance with the law, and it '
        "was a legitimate exercise of the right to self-determination,\" Armenia's Foreign Ministry said."
    )
    assert verdicts(extract_text(nlp, text, date(2021, 12, 10))) == {("Armenia", "endorse", ("recognition",))}


_TRANSCRIPT = (
    "Transcript: Europe This Morning, 18 March 2024\n\n"
    "[00:00:05] HOST (ANNA BERG): Good morning. We start with the reaction from Brussels to the vote in Crimea.\n\n"
    "[00:00:41] JOSEP BORRELL (EU HIGH REPRESENTATIVE, RECORDED EARLIER): The so-called elections organised in "
    "Crimea are null and void.\n\n"
    "[00:01:33] KAJA KALLAS: There is nothing free or fair about an election held at gunpoint in Crimea.\n\n"
    "[00:02:15] HOST: In Moscow, the Kremlin spokesman Dmitry Peskov said the high turnout in Crimea showed that "
    "its residents had made their choice."
)


def test_a_transcripts_time_codes_are_no_words_and_a_role_in_brackets_names_the_speakers_actor(nlp):
    statements = extract_text(nlp, _TRANSCRIPT, date(2024, 3, 18))
    assert ("European Union", "crimea-2024-03-15-presidential", "reject", ["non-recognition"], "direct") in statements
    assert speakers_in(nlp, _TRANSCRIPT, date(2024, 3, 18)) >= {
        ("European Union", ("Josep Borrell",)),
        ("Estonia", ("Kaja Kallas",)),
    }


def test_a_high_turnout_said_to_show_the_residents_choice_recognises_the_vote(nlp):
    assert ("Russia", "crimea-2024-03-15-presidential", "endorse") in sides(
        extract_text(nlp, _TRANSCRIPT, date(2024, 3, 18))
    )


_POSTS = (
    "🇷🇺🇦🇧 Maria Zakharova: We welcome the successful holding of the presidential election in the Republic of "
    "Abkhazia.\n\n👁 2.1K · 2 March 2025, 11:04\n\n"
    "❗️The Georgian Foreign Ministry: The so-called presidential elections held in the Russian-occupied Abkhazia "
    "region are illegitimate and have no legal force.\n\n👁 1.4K · 2 March 2025, 14:20\n\n"
    "🇪🇺 The EU does not recognise the so-called presidential elections in Georgia's breakaway region of Abkhazia. "
    "— EU spokesperson Anitta Hipper"
)


def test_emoji_before_a_posts_label_are_no_words(nlp):
    assert ("Russia", ("Maria Zakharova",)) in speakers_in(nlp, _POSTS, date(2025, 3, 2))


def test_emoji_are_blanked_in_place_but_not_the_dingbats_quotation_marks():
    from loaders.text import normalise

    assert normalise("🇷🇺 Zakharova: ❗️ok") == "   Zakharova:   ok"
    assert normalise("❝ok❞") == "❝ok❞"


def test_a_label_naming_a_body_makes_the_sentences_after_it_the_bodys_words(nlp):
    assert ("Georgia", "abkhazia-2025-02-15-presidential", "reject", ["non-recognition"], "direct") in extract_text(
        nlp, _POSTS, date(2025, 3, 2)
    )


def test_a_titles_topic_label_makes_no_one_speak(nlp):
    text = "Russia: Elections in Occupied Ukraine are a sham\n\nMembers debated the votes held in Crimea this week."
    assert extract_text(nlp, text, date(2023, 9, 12)) == []


def test_a_dash_at_a_paragraphs_end_credits_its_words(nlp):
    assert ("European Union", ("Anitta Hipper",)) in speakers_in(nlp, _POSTS, date(2025, 3, 2))


_WRAPPED = (
    "The Ministry of Foreign Affairs of Georgia declares that the so-called\n"
    "presidential election and the referendum held on 3 October 1999 in\n"
    "Abkhazia, Georgia, are illegitimate and have no legal force. They were\n"
    "conducted in the absence of the refugees expelled from the region.\n\n"
    '"Georgia will never accept the results of this unlawful exercise, which\n'
    'runs counter to the resolutions of the United Nations Security Council,"\n'
    "Foreign Minister Irakli Menagarishvili said.\n"
)


def test_a_text_wrapped_at_a_fixed_width_is_read_a_paragraph_at_a_time(nlp):
    statements = extract_text(nlp, _WRAPPED, date(1999, 10, 4))
    assert {(actor, key, polarity) for actor, key, polarity, *_ in statements} == {
        ("Georgia", "abkhazia-1999-10-03-presidential", "reject"),
        ("Georgia", "abkhazia-1999-10-03-referendum", "reject"),
    }
    assert ("Georgia", ("Irakli Menagarishvili",)) in speakers_in(nlp, _WRAPPED, date(1999, 10, 4))


def test_unwrapping_keeps_the_texts_length_and_leaves_a_paragraph_a_line_alone():
    from loaders.wrapping import unwrap

    assert len(unwrap(_WRAPPED)) == len(_WRAPPED) and unwrap(_WRAPPED).count("\n") == 3
    assert unwrap(_POSTS) == _POSTS


def test_a_spokesman_with_no_article_speaks_for_the_government_named_in_the_sentence_before(nlp):
    text = (
        "Turkey hailed the result of Sunday's parliamentary election in northern Cyprus.\n\n"
        "The Greek Cypriot government played down the result. Government spokesman Kypros Chrysostomides said the "
        'elections were "illegal".'
    )
    assert ("Cyprus", ("Kypros Chrysostomides",)) in speakers_in(nlp, text, date(2005, 2, 21))


def test_answers_labelled_with_a_name_are_the_words_of_the_office_the_story_introduced(nlp):
    text = (
        "Moldova's deputy prime minister for reintegration talks about Sunday's vote in Transnistria.\n\n"
        "Question: How does Chisinau view the elections held in the Transnistrian region on Sunday?\n\n"
        "Roman Roșca: The so-called elections were organised outside our legal framework. We do not recognise them."
    )
    assert speakers_in(nlp, text, date(2025, 12, 2)) == {("Moldova", ("Roman Roșca",))}


_CLAIMED = (
    "Georgian President Mikheil Saakashvili on Monday dismissed Sunday's presidential election in Abkhazia.\n\n"
    "The vote, in which opposition candidate Sergei Bagapsh and the Moscow-backed prime minister Raul Khajimba both "
    'claimed victory, "has nothing in common with democracy," Saakashvili told reporters.'
)


def test_who_backs_a_candidate_is_not_who_speaks(nlp):
    assert {actor for actor, *_ in extract_text(nlp, _CLAIMED, date(2004, 10, 4))} == {"Georgia"}


def test_candidates_claiming_victory_is_no_praise_of_the_vote(nlp):
    assert all(polarity != "endorse" for _, _, polarity, *_ in extract_text(nlp, _CLAIMED, date(2004, 10, 4)))


def test_a_description_of_the_vote_in_the_possessive_is_its_authors_words(nlp):
    text = "Moscow dismissed Kyiv's description of the referendum in Crimea as a sham."
    assert verdicts(extract_text(nlp, text, date(2014, 3, 20))) == {
        ("Russia", "endorse", ("recognition",)),
        ("Ukraine", "reject", ("condemnation",)),
    }
