"""Who speaks, and on which vote, when the story is cut into sections or is a record: a call for talks under a
section's heading ("What next?"), a debate's record with each speaker's name on a line of its own above the speech,
"its" after a clause whose subject is a state ("China abstained on the UN draft; its spokesman said"), "the three
ministers wrote" after the three were named, "was quick to praise", a winner "wished success", "did not wish to
comment", an official labelled by surname in a year they held another office than today's, or labelled by surname
after the text gave their post; what a vote is said to
show: "the consolidation of society", a high turnout "the best answer" to its critics; and one who "stopped short of
recognising" it. Each text is written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions, speakers_in

SOUTH_OSSETIA_2022 = "south-ossetia-2022-04-10-presidential"
GAGLOEV_WON = "Alan Gagloev won the runoff of the presidential election held in South Ossetia on May 8, 2022.\n\n"


def test_a_call_for_talks_under_a_sections_heading_is_on_the_vote_the_section_before_reported(nlp):
    text = GAGLOEV_WON + (
        "What did Tbilisi say?\n"
        "Georgia's foreign ministry said it would not recognise the so-called election.\n\n"
        "What comes next?\n"
        "The OSCE's chairman-in-office called for the resumption of talks in Geneva."
    )
    assert positions(extract_text(nlp, text, date(2022, 5, 9))) == {
        ("Georgia", SOUTH_OSSETIA_2022, "reject"),
        ("Organization for Security and Co-operation in Europe", SOUTH_OSSETIA_2022, "neutral"),
    }


def test_its_spokesman_after_a_clause_whose_subject_is_a_state_speaks_for_that_state(nlp):
    text = GAGLOEV_WON + (
        "India abstained on the United Nations General Assembly's draft on the vote; its foreign ministry's "
        "spokesman, Arindam Bagchi, said India respected the territorial integrity of Georgia."
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2022, 5, 9))} == {"India"}


DEBATE = (
    "Georgia: South Ossetia\n"
    "Volume 713: debated on Tuesday 10 May 2022\n\n"
    "Jane Roe (Bristol North) (LD)\n"
    "To ask the Secretary of State what assessment she has made of the so-called presidential election held in "
    "South Ossetia on 8 May.\n\n"
    "The Minister for Europe (James Cleverly)\n"
    "The United Kingdom does not recognise the so-called presidential election in South Ossetia. We will go on "
    "supporting Georgia's sovereignty.\n\n"
    "Jane Roe\n"
    "Will the Minister speak to the Georgian government?\n\n"
    "James Cleverly\n"
    "I spoke to Georgia's foreign minister, David Zalkaliani, who told me that the United Kingdom's position was "
    "welcome and that Georgia regards the vote as void."
)


def test_a_ministers_name_on_the_line_above_the_speech_is_who_speaks_for_the_state_the_speech_names(nlp):
    assert speakers_in(nlp, DEBATE, date(2022, 5, 11)) == {
        ("United Kingdom", ("James Cleverly",)),
        ("Georgia", ("David Zalkaliani",)),  # (whom the minister quotes keeps his own name)
    }


def test_a_name_alone_on_a_line_a_caption_labels_no_speech(nlp):
    text = GAGLOEV_WON + "Sergei Lavrov\nThe vote was a farce staged at gunpoint."
    assert extract_text(nlp, text, date(2022, 5, 9)) == []


def test_a_states_prompt_praise_is_its_position(nlp):
    text = GAGLOEV_WON + "Moscow, for its part, was quick to praise the conduct of the vote."
    assert positions(extract_text(nlp, text, date(2022, 5, 9))) == {("Russia", SOUTH_OSSETIA_2022, "endorse")}


def test_a_turnout_said_to_show_the_consolidation_of_society_is_praise(nlp):
    text = GAGLOEV_WON + (
        "The Kremlin's spokesman, Dmitry Peskov, said the turnout showed \"the consolidation of the republic's "
        'society".'
    )
    assert positions(extract_text(nlp, text, date(2022, 5, 9))) == {("Russia", SOUTH_OSSETIA_2022, "endorse")}


def test_the_three_ministers_are_the_three_states_just_named(nlp):
    text = GAGLOEV_WON + (
        "The foreign ministers of Estonia, Latvia and Lithuania said on Monday that they would not recognise the "
        'vote. "Holding elections on occupied territory is a violation of international law," the three ministers '
        "wrote."
    )
    found = extract_text(nlp, text, date(2022, 5, 9))
    condemning = {actor for actor, _, _, stances, _ in found if "condemnation" in stances}
    assert condemning == {"Estonia", "Latvia", "Lithuania"}


def test_a_winner_wished_success_is_greeted(nlp):
    text = GAGLOEV_WON + 'President Vladimir Putin wished Gagloev "success in his responsible post".'
    assert positions(extract_text(nlp, text, date(2022, 5, 9))) == {("Russia", SOUTH_OSSETIA_2022, "endorse")}


def test_one_who_did_not_wish_to_comment_takes_no_position(nlp):
    text = GAGLOEV_WON + (
        "Georgia's foreign ministry said the vote was illegitimate. Armenia's foreign ministry did not wish to "
        "comment on the vote."
    )
    assert positions(extract_text(nlp, text, date(2022, 5, 9))) == {("Georgia", SOUTH_OSSETIA_2022, "reject")}


def test_a_high_turnout_called_the_best_answer_to_critics_is_praise(nlp):
    text = GAGLOEV_WON + (
        'Russia\'s ambassador, Marat Kulakhmetov, said the high turnout was "the best answer" to those who doubted '
        "the republic's future."
    )
    assert positions(extract_text(nlp, text, date(2022, 5, 9))) == {("Russia", SOUTH_OSSETIA_2022, "endorse")}


def test_an_official_speaks_for_the_office_held_in_the_year_spoken_of(nlp):
    text = (
        "Transcript: press conference, Tallinn, 30 September 2022\n\n"
        "Russia held so-called referendums in the occupied Donetsk region of Ukraine on September 23-27, 2022.\n\n"
        "KALLAS: Estonia will never recognise these sham referendums."
    )
    assert speakers_in(nlp, text, date(2022, 9, 30)) == {("Estonia", ("Kaja Kallas",))}


def test_one_who_stopped_short_of_recognising_the_vote_takes_no_side(nlp):
    text = GAGLOEV_WON + "Armenia's foreign ministry noted the result but stopped short of recognising the vote."
    assert positions(extract_text(nlp, text, date(2022, 5, 9))) == {("Armenia", SOUTH_OSSETIA_2022, "neutral")}


INTERVIEW = GAGLOEV_WON + (
    "In an interview on Monday, Marija Pejcinovic Buric, the Secretary General of the Council of Europe, spoke about "
    "the vote.\n\n"
    "Interviewer: Will the Council of Europe accept the result?\n\n"
    "Buric: We do not recognise this so-called election, which was held under occupation."
)


def test_a_transcripts_surname_label_speaks_for_the_post_the_text_gave_that_person(nlp):
    assert speakers_in(nlp, INTERVIEW, date(2022, 5, 9)) == {("Council of Europe", ("Marija Pejcinovic Buric",))}


def test_a_transcripts_words_start_after_the_label_and_its_we_is_the_speakers(nlp):
    from loaders.article import Article
    from loaders.statements import extract

    found = extract(Article("t.txt", INTERVIEW, published=date(2022, 5, 9)), nlp).statements
    assert [INTERVIEW[s.words[0] : s.words[1]] for s in found] == [
        "We do not recognise this so-called election, which was held under occupation"
    ]


def test_a_transcripts_unlabelled_paragraph_goes_on_with_the_speech_before_it(nlp):
    from loaders.article import Article
    from loaders.statements import extract

    text = GAGLOEV_WON + (
        "Question: How do you assess the vote?\n\n"
        "Maria Zakharova: The vote was held calmly.\n\n"
        "It was a free expression of the will of the people of South Ossetia.\n\n"
        "Question: Will Russia send observers to the next vote?\n\n"
        "Maria Zakharova: Members of the State Duma have been invited."
    )
    found = extract(Article("t.txt", text, published=date(2022, 5, 9)), nlp).statements
    continued = [s for s in found if text[s.words[0] : s.words[1]].startswith("It was a free expression")]
    assert [(s.actor.name, s.speaker.persons, s.polarity) for s in continued] == [
        ("Russia", ("Maria Zakharova",), "endorse")
    ]
