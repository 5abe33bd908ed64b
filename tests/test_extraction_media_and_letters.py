"""Who speaks when the story is a press review, a letter or a bulletin: a newspaper "noted" (for no actor), an agency
"citing" a spokesman, "quoted its country's foreign ministry as saying", a letter signed at its foot, "X went
further: he told", "a message from the parliament's speaker, X, who hailed"; who shares a stance by an elided
clause ("and neither do the EU and the United States", "and so did X"); and what a vote is said to be or not to be:
"did not consider the results as legitimate", "as affecting the future status", "the high civic activity", and
"the military activity" that is not the vote. Each text is written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions, speakers_in

KARABAKH_2017 = "nagorno-karabakh-2017-02-20-referendum"
REFERENDUM_HELD = "Nagorno-Karabakh held a constitutional referendum on February 20, 2017.\n\n"
ON = date(2017, 2, 22)


def test_a_newspaper_that_notes_something_speaks_for_no_actor_and_one_who_kept_silent_takes_no_position(nlp):
    text = REFERENDUM_HELD + "The Russian daily Vedomosti noted that Moscow had kept silent on the vote."
    assert extract_text(nlp, text, ON) == []


def test_whom_an_agency_cites_speaks(nlp):
    text = REFERENDUM_HELD + (
        "The APA agency, citing the foreign ministry's spokesman Hikmet Hajiyev, reported on Tuesday that Azerbaijan "
        "considered the referendum illegal."
    )
    assert speakers_in(nlp, text, ON) == {("Azerbaijan", ("Hikmet Hajiyev",))}


def test_a_ministry_quoted_as_saying_is_its_countrys(nlp):
    text = REFERENDUM_HELD + (
        "Georgia's Imedi television quoted its country's foreign ministry as saying the referendum was illegitimate."
    )
    assert positions(extract_text(nlp, text, ON)) == {("Georgia", KARABAKH_2017, "reject")}


def test_a_letter_signed_at_its_foot_is_its_signatorys(nlp):
    text = REFERENDUM_HELD + (
        "Sir, your report of February 21 called the vote a routine affair. Azerbaijan does not recognise it.\n\n"
        "Tahir Taghizadeh\n"
        "Ambassador of Azerbaijan to the United Kingdom\n"
        "London"
    )
    assert speakers_in(nlp, text, ON) == {("Azerbaijan", ("Tahir Taghizadeh",))}


def test_he_after_a_colon_is_the_one_named_before_it(nlp):
    text = REFERENDUM_HELD + (
        "President Ilham Aliyev went further: he told a meeting of his security council that Azerbaijan would never "
        "recognise the referendum."
    )
    assert speakers_in(nlp, text, ON) == {("Azerbaijan", ("Ilham Aliyev",))}


def test_one_in_apposition_who_hails_the_vote_speaks_for_the_actor_of_the_post(nlp):
    text = REFERENDUM_HELD + (
        "The agency carried a message from the Armenian parliament's speaker, Ara Babloyan, who hailed \"the high "
        'civic activity of the people".'
    )
    assert speakers_in(nlp, text, ON) == {("Armenia", ("Ara Babloyan",))}
    assert positions(extract_text(nlp, text, ON)) == {("Armenia", KARABAKH_2017, "endorse")}


def test_actors_of_an_elided_clause_share_the_stance_before_it(nlp):
    text = REFERENDUM_HELD + (
        "Azerbaijan does not recognise the vote, and neither do Turkey and Georgia. Armenia welcomed it, and so "
        "did Russia."
    )
    assert positions(extract_text(nlp, text, ON)) == {
        ("Azerbaijan", KARABAKH_2017, "reject"),
        ("Turkey", KARABAKH_2017, "reject"),
        ("Georgia", KARABAKH_2017, "reject"),
        ("Armenia", KARABAKH_2017, "endorse"),
        ("Russia", KARABAKH_2017, "endorse"),
    }


def test_results_not_considered_legitimate_are_not_recognised(nlp):
    text = REFERENDUM_HELD + "Ukraine said it did not consider the results of the referendum as legitimate."
    assert positions(extract_text(nlp, text, ON)) == {("Ukraine", KARABAKH_2017, "reject")}


def test_results_not_considered_as_affecting_the_status_are_not_recognised(nlp):
    text = REFERENDUM_HELD + (
        "The OSCE said it did not consider the results of the referendum as affecting the future status of the region."
    )
    assert positions(extract_text(nlp, text, ON)) == {
        ("Organization for Security and Co-operation in Europe", KARABAKH_2017, "reject")
    }


def test_military_activity_condemned_is_not_the_vote(nlp):
    text = REFERENDUM_HELD.strip() + " Russia condemned the military activity of Azerbaijan the same week."
    assert extract_text(nlp, text, ON) == []


def test_a_footers_headline_signs_nothing(nlp):
    text = REFERENDUM_HELD + (
        "Azerbaijan does not recognise the referendum.\n\n"
        "Editor's Picks\n"
        "Armenia's foreign minister says the vote in Karabakh was fair"
    )  # (a footer "Related Stories" is blanked with its headlines: loaders.text)
    assert speakers_in(nlp, text, ON) == {("Azerbaijan", ()), ("Armenia", ())}
