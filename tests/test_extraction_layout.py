"""The extraction reading who speaks from how an article is laid out (`loaders.layout`): round-up labels in
capitals and labels naming two actors, and a briefing's transcript labelled with an official's name. Each text is
written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from loaders.article import Article
from loaders.statements import extract

from .conftest import extract_text, positions, speakers_in, speakers_of

VOTES_2018 = ("donetsk-2018-11-11-general", "luhansk-2018-11-11-general")


def test_a_label_in_capitals_names_its_actor(nlp):
    text = (
        "Separatists in Donetsk and Luhansk held leadership votes on 11 November 2018. Reactions:\n\n"
        "UNITED KINGDOM: The foreign office said the so-called elections were illegitimate."
    )
    assert {s[0] for s in extract_text(nlp, text)} == {"United Kingdom"}


def test_a_label_naming_two_actors_gives_both_their_words(nlp):
    text = (
        "Separatists in Donetsk and Luhansk held leadership votes on 11 November 2018. Reactions:\n\n"
        "GERMANY AND FRANCE: The foreign ministries said in a joint statement that the so-called elections were "
        '"illegal and illegitimate".'
    )
    assert positions(extract_text(nlp, text)) == {
        (actor, key, "reject") for actor in ("Germany", "France") for key in VOTES_2018
    }


def test_western_governments_are_nobody_in_particular(nlp):
    text = (
        "LONDON, Nov 12 - Western governments dismissed the so-called elections held in Donetsk and Luhansk on "
        "11 November 2018 as illegitimate."
    )
    assert extract_text(nlp, text) == []


def test_a_transcripts_label_names_the_official_whose_words_follow(nlp):
    text = (
        "Department Press Briefing - September 28, 2022\n\n"
        "MR PRICE: Good afternoon. Let me start with Russia's referenda in Ukraine's Donetsk, Luhansk, Kherson and "
        "Zaporizhzhia regions. The United States will never recognize them. These referenda were a sham.\n\n"
        "QUESTION: Will there be new sanctions?"
    )
    statements = extract(Article("t.txt", text, published=date(2022, 9, 28)), nlp).statements
    assert speakers_of(statements) == {("United States", ("Ned Price",))}
    assert any("sham" in text[s.words[0] : s.words[1]] for s in statements)


def test_a_numbered_statement_speaks_for_the_body_that_heads_it(nlp):
    text = (
        "STATEMENT on the elections to the State Duma held in Crimea on 18 September 2016\n\n"
        "The Verkhovna Rada of Ukraine:\n\n"
        "1) calls on the parliaments of foreign states not to recognise the legitimacy of the State Duma elected "
        "with the participation of the residents of the occupied Crimea;\n\n"
        "2) reaffirms that Crimea is an integral part of Ukraine."
    )
    assert positions(extract_text(nlp, text)) == {("Ukraine", "crimea-2016-09-18-parliamentary", "reject")}


def test_a_parliaments_record_gives_a_ministers_words_to_the_actor_of_the_office(nlp):
    text = (
        "House of Commons, 12 September 2023\n\n"
        "The Minister of State, Foreign, Commonwealth and Development Office (Jane Doe): The so-called elections "
        "that Russia staged in Donetsk, Luhansk, Zaporizhzhia and Kherson on 8 September 2023 were a sham.\n\n"
        "John Roe (Northtown) (Lab): Will the Minister say that the votes were illegitimate?\n\n"
        "Jane Doe: I will. The United Kingdom will never recognise their results."
    )
    statements = extract(Article("t.txt", text, published=date(2023, 9, 12)), nlp).statements
    assert speakers_of(statements) == {("United Kingdom", ("Jane Doe",))}
    assert any("sham" in text[s.words[0] : s.words[1]] for s in statements)
    assert any("never recognise" in text[s.words[0] : s.words[1]] for s in statements)


def test_a_label_naming_a_state_and_its_minister_gives_the_minister_the_quotation(nlp):
    text = (
        "Russia held its presidential election in occupied Crimea on 15 March 2024.\n\n"
        'Estonia – Foreign Minister Jane Doe: "Estonia will never recognise the so-called elections held by Russia '
        'on the occupied territory of Ukraine."'
    )
    assert speakers_in(nlp, text) == {("Estonia", ("Jane Doe",))}


def test_a_label_with_its_speaker_in_brackets_gives_them_the_quotation(nlp):
    text = (
        "Abkhazia held parliamentary elections on 12 March 2022. Reactions:\n\n"
        '- Georgia (foreign ministry): "The so-called elections are yet another futile attempt to legitimise the '
        'occupation."\n\n'
        '- Russia (Foreign Ministry spokeswoman Jane Doe): "The elections took place in accordance with the law."'
    )
    statements = extract(Article("t.txt", text), nlp).statements
    assert {(s.actor.name, s.polarity, s.speaker.persons) for s in statements} == {
        ("Georgia", "reject", ()),
        ("Russia", "endorse", ("Jane Doe",)),
    }


def test_a_bullet_labelled_with_an_official_and_the_body_they_lead_gives_them_its_words(nlp):
    text = (
        "Separatists in Donetsk and Luhansk held leadership votes on 11 November 2018. What was said:\n\n"
        '• Ukraine\'s Foreign Ministry: the sham elections are "legally null and void".\n\n'
        "• The Council of Europe's Secretary General Thorbjorn Jagland: the votes are "
        '"a flagrant violation of the Minsk agreements".'
    )
    assert speakers_in(nlp, text) == {
        ("Ukraine", ()),
        ("Council of Europe", ("Thorbjorn Jagland",)),
    }


def test_a_statement_titled_with_who_made_it_gives_them_its_words(nlp):
    text = (
        "Statement by Press Secretary ONO Hikariko on the so-called referendums\n\n"
        "Japan does not recognise the so-called referendums held in Donetsk on 23 September 2022."
    )
    assert speakers_in(nlp, text) == {("Japan", ("ONO Hikariko",))}


def test_a_statement_titled_with_an_office_alone_names_no_one(nlp):
    text = (
        "Statement by the Spokesperson on the so-called referendums\n\n"
        "Japan does not recognise the so-called referendums held in Donetsk on 23 September 2022."
    )
    assert {s.speaker.persons for s in extract(Article("t.txt", text), nlp).statements} == {()}


def test_a_briefing_labelled_with_an_office_alone_speaks_for_the_office_its_title_names(nlp):
    text = (
        "Daily press briefing by the Office of the Spokesperson for the Secretary-General\n\n"
        "Question: Is there a reaction to the so-called elections held in Abkhazia on 12 March 2022?\n\n"
        "Spokesperson: We do not recognise these so-called elections, and we support the territorial integrity of "
        "Georgia."
    )
    assert speakers_in(nlp, text) == {("United Nations", ())}
