"""Layouts and turns of phrase met in round 40's articles: a spokesman's second quotation after a first that named no
vote ('"We do not comment on ...," X told reporters. "The so-called elections ... have no legal standing"'), a
surname the model cut at its particles ("René van der Linden"), "a Russian parliamentary observer", concern about
the vote ("takes note with concern that residents ... were given access to the voting"), "The Assembly" of a
resolution after the assembly it named, a pronoun in a clause below what is welcomed, a briefing whose title names
the spokesperson and whose questions tell what others did, and a quotation mark the parse made a sentence of. Each
text is written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions, speakers_in

C09 = "northern-cyprus-2009-04-19-parliamentary"
T10 = "transnistria-2010-12-12-parliamentary"
CRIMEA = "crimea-2014-03-16-referendum"


def test_a_quotation_after_a_speakers_first_words_is_theirs_though_those_named_no_vote(nlp):
    text = (
        'The government dismissed Sunday\'s "parliamentary elections" in the north of Cyprus.\n\n'
        "The National Unity Party won 26 of the 50 seats.\n\n"
        '"We have nothing to say about the internal affairs of an illegal regime," Government Spokesman Stephanos '
        'Stephanou said. "The so-called elections in the occupied areas have no legal standing for us."'
    )
    assert speakers_in(nlp, text, date(2009, 4, 21)) >= {("Cyprus", ("Stephanos Stephanou",))}


def test_a_name_in_quotation_marks_is_not_the_words_of_who_spoke_before_in_its_paragraph(nlp):
    text = (
        'The Foreign Ministry of Azerbaijan issued a statement on the so-called "presidential elections" held in '
        "Nagorno-Karabakh on 19 July 2017."
    )
    assert extract_text(nlp, text, date(2017, 7, 20)) == []


def test_a_surname_the_model_cut_at_its_particles_is_one_name(nlp):
    text = (
        "Nagorno-Karabakh held parliamentary elections on 19 June 2005. Council of Europe Secretary General Rene "
        'van der Linden said the Council of Europe "cannot accept the legitimacy" of the vote.'
    )
    assert speakers_in(nlp, text, date(2005, 6, 20)) == {("Council of Europe", ("Rene van der Linden",))}


def test_a_parliamentary_observer_speaks_for_his_state_and_an_observer_for_nobody(nlp):
    text = (
        "Transdniestria elected a new legislature on Sunday.\n\n"
        'A Russian parliamentary observer, Leonid Slutsky, told Interfax the ballot had been "well organised".\n\n'
        'A Romanian observer, Ion Popescu, told Interfax the ballot had been "a farce".'
    )
    assert positions(extract_text(nlp, text, date(2010, 12, 13))) == {("Russia", T10, "endorse")}


def test_noting_with_concern_that_residents_took_part_in_the_voting_condemns_it(nlp):
    text = (
        "Russia held elections to the State Duma on 17-19 September 2021, including in occupied Crimea.\n\n"
        "Japan also takes note with concern that residents of Crimea were given access to the voting."
    )
    assert [
        (actor, polarity, "condemnation" in stances)
        for actor, _, polarity, stances, _ in extract_text(nlp, text, date(2021, 9, 21))
    ] == [("Japan", "reject", True)]


def test_concern_about_something_else_is_no_condemnation(nlp):
    text = (
        "Russia held elections to the State Duma on 17-19 September 2021, including in occupied Crimea.\n\n"
        "China said it was concerned about the humanitarian situation and took note of the elections."
    )
    assert all("condemnation" not in stances for *_, stances, _ in extract_text(nlp, text, date(2021, 9, 21)))


def test_the_assembly_is_the_assembly_the_resolution_named_before(nlp):
    text = (
        "Resolution of the Parliamentary Assembly of the Council of Europe\n\n"
        "1. The Assembly notes that so-called elections to the Supreme Council of the Transnistrian region were "
        "held on 30 November 2025.\n\n2. The Assembly considers them illegitimate and does not recognise their "
        "results."
    )
    assert positions(extract_text(nlp, text, date(2026, 1, 28))) == {
        ("Council of Europe", "transnistria-2025-11-30-parliamentary", "reject")
    }


def test_a_pronoun_in_a_clause_below_what_is_welcomed_is_not_the_vote(nlp):
    text = (
        "The de facto authorities in Tiraspol held so-called elections to the Supreme Council on 30 November "
        "2025, which the Council of Europe does not recognise.\n\nThe Council of Europe welcomes the efforts of "
        "the Moldovan authorities to reintegrate the region and invites its member states to support them."
    )
    assert all(polarity != "endorse" for _, _, polarity, _, _ in extract_text(nlp, text, date(2026, 1, 28)))


BRIEFING = (
    "Foreign Ministry Spokesperson Li Ming's Regular Press Conference on March 17, 2014\n\n"
    "Q: The referendum in Crimea took place yesterday. Will China recognise its result?\n\n"
    "A: China's position is consistent. We call on all parties to exercise restraint and to seek a political "
    "solution through dialogue.\n\n"
)


def test_the_spokesperson_a_briefings_title_names_speaks_for_its_voice(nlp):
    assert speakers_in(nlp, BRIEFING, date(2014, 3, 17)) == {("China", ("Li Ming",))}


def test_what_a_question_tells_others_did_does_not_hide_who_answers(nlp):
    text = BRIEFING.replace("Will China", "The US has announced sanctions against Moscow. Will China")
    assert ("China", CRIMEA, "neutral") in positions(extract_text(nlp, text, date(2014, 3, 17)))


def test_a_quotation_mark_the_parse_made_a_sentence_of_is_no_statement(nlp):
    text = (
        "LIVE: Reactions to the vote in the north of Cyprus\n\n10:10\nGreek Foreign Minister Giorgos Gerapetritis "
        'on X: "Our position is steadfast. We do not recognise the so-called elections."\n\n07:30\nTufan Erhurman '
        "won Sunday's presidential election in the north with 62.8 percent."
    )
    assert [s[2:4] for s in extract_text(nlp, text, date(2025, 10, 20))] == [("reject", ["non-recognition"])]
