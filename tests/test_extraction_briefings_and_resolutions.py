"""Layouts and turns of phrase met in round 40's articles: a spokesman's second quotation after a first that named no
vote ('"We do not comment on ...," X told reporters. "The so-called elections ... have no legal standing"'), a
surname the model cut at its particles ("René van der Linden"), "a Russian parliamentary observer", concern about
the vote ("takes note with concern that residents ... were given access to the voting"), "The Assembly" of a
resolution after the assembly it named, a pronoun in a clause below what is welcomed, a briefing whose title names
the spokesperson and whose questions tell what others did, and a quotation mark the parse made a sentence of. Each
text is written for these tests; each test is one behaviour. And round 41's: "At the State Department, acting
spokesman X" (the house a role speaks in, when it is a state's), a title's "Yerevan welcomes vote, Baku calls it a
sham", a document under a body's letterhead in the third person, "the Baltic states said the same", "held what they
called a presidential election", "Iran, which borders both countries, called on Baku and Yerevan to ..." (a parse
that hung the verb on the name) and an opinion piece by "Georgia's ambassador to the United Kingdom". And round
42's: "the presidential election of 2022, when X unseated Y in a runoff. At the time, Tbilisi denounced that vote"
(a round of the vote named before it) and "received messages of congratulations from the leaders of Russia, Syria,
Venezuela and Nicaragua". And round 43's: "voted for a new parliament on Sunday".
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


K20 = "nagorno-karabakh-2020-03-31-general"
S22 = "south-ossetia-2022-04-10-presidential"


def test_a_role_at_a_states_own_house_speaks_for_that_state(nlp):
    text = (
        "Nagorno-Karabakh held a constitutional referendum on 20 February 2017.\n\nAt the State Department, acting "
        'spokesman Mark Toner was more cautious. "We do not accept the results of this referendum," he told reporters.'
    )
    assert speakers_in(nlp, text, date(2017, 2, 22)) == {("United States", ("Mark Toner",))}


def test_a_venue_of_an_organisation_does_not_own_the_states_envoys_who_speak_there(nlp):
    text = (
        "Russia held referendums in four occupied regions of Ukraine from September 23 to 27, 2022.\n\nAt the UN "
        "Security Council, Brazil's ambassador Ronaldo Costa Filho said the referendums were regrettable and urged "
        "negotiations."
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2022, 9, 30))} == {"Brazil"}


def test_a_titles_two_clauses_joined_by_a_comma_are_two_statements(nlp):
    text = "Yerevan welcomes Artsakh vote, Baku calls it a sham\n\nMarch 31, 2020\n\nNagorno-Karabakh held elections."
    assert positions(extract_text(nlp, text, date(2020, 4, 1))) == {
        ("Armenia", K20, "endorse"),
        ("Azerbaijan", K20, "reject"),
    }


def test_a_document_under_a_bodys_letterhead_speaks_in_its_voice_in_the_third_person(nlp):
    text = (
        "Verkhovna Rada of Ukraine\n\nResolution on the so-called elections held by Russia in occupied Crimea\n\n"
        "The Verkhovna Rada of Ukraine condemns the so-called elections held in Crimea on 18-20 September 2026.\n\n"
        "These pseudo-elections are null and void."
    )
    words = [(actor, stances) for actor, _, _, stances, mode in extract_text(nlp, text, date(2026, 9, 22))]
    assert ("Ukraine", ["non-recognition"]) in words


def test_a_meetings_record_under_an_organs_name_is_not_the_organs_voice(nlp):
    text = (
        "Security Council\n\n7180th Meeting (AM)\n\nSpeakers Call Polls in Donetsk and Luhansk Illegitimate\n\n"
        "The representative of France said the referendums held on 11 May 2014 were null and void."
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2014, 5, 13))} == {"France"}


def test_a_group_of_states_that_said_the_same_shares_the_stance_before(nlp):
    text = (
        "South Ossetia held a presidential election on 10 April 2022. The European Union said that it does not "
        "recognise the constitutional and legal framework in which the vote took place. The Baltic states said the "
        "same."
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2022, 4, 14))} == {
        "European Union",
        "Estonia",
        "Latvia",
        "Lithuania",
    }


def test_what_they_called_an_election_is_no_statement_but_what_kyiv_called_a_sham_is(nlp):
    named = (
        "The Russian-installed authorities in Tskhinvali, which Moscow calls South Ossetia, held what they called a "
        "presidential election on 10 April 2022."
    )
    judged = "The authorities in Tskhinvali held what Tbilisi called a sham election on 10 April 2022."
    assert extract_text(nlp, named, date(2022, 4, 14)) == []
    assert positions(extract_text(nlp, judged, date(2022, 4, 14))) == {("Georgia", S22, "reject")}


def test_a_call_on_both_sides_the_parse_hung_on_the_callers_name_is_the_callers(nlp):
    text = (
        "Nagorno-Karabakh held general elections on March 31, 2020, which Azerbaijan called illegal.\n\nIran, which "
        "borders both countries, called on Baku and Yerevan to resolve the conflict through dialogue."
    )
    assert ("Iran", K20, "neutral") in positions(extract_text(nlp, text, date(2020, 4, 1)))


def test_an_envoys_opinion_piece_is_the_voice_of_the_state_they_serve_not_of_their_host(nlp):
    text = (
        "On Sunday the occupation regime in Tskhinvali held so-called elections. We do not recognise them.\n\nSuch a "
        "vote is a blatant violation of international law.\n\nThe author is Georgia's ambassador to the United "
        "Kingdom."
    )
    assert {actor for actor, *_ in extract_text(nlp, text, date(2022, 4, 14))} == {"Georgia"}


def test_a_runoff_is_a_round_of_the_vote_its_sentence_named_and_that_vote_is_it(nlp):
    text = (
        "Residents of South Ossetia voted on Sunday for a new parliament. Georgia called the vote illegitimate.\n\n"
        "It was the first vote since the presidential election of 2022, when Alan Gagloev unseated Anatoly Bibilov in "
        "a runoff. At the time, the European Union denounced that vote."
    )
    assert positions(extract_text(nlp, text, date(2024, 6, 10))) == {
        ("Georgia", "south-ossetia-2024-06-09-parliamentary", "reject"),
        ("European Union", S22, "reject"),
    }


def test_congratulations_from_the_leaders_of_states_are_theirs(nlp):
    text = (
        "Aslan Bzhania, who won the presidential election in Abkhazia on 22 March 2020, has received messages of "
        "congratulations from the leaders of Syria, Venezuela and Nicaragua."
    )
    assert positions(extract_text(nlp, text, date(2020, 3, 24))) == {
        (actor, "abkhazia-2020-03-22-presidential", "endorse") for actor in ("Syria", "Venezuela", "Nicaragua")
    }


def test_voting_for_a_new_parliament_on_a_day_is_a_vote_and_voting_for_a_resolution_is_not(nlp):
    voted = "Residents of Abkhazia voted for a new parliament on Sunday. Georgia called the vote illegitimate."
    resolution = "Britain voted for the resolution on Tuesday. Georgia called the vote illegitimate."
    # (the vote of 2 March 2002, which the list of known votes holds since session 65: "on Sunday" falls beside it)
    assert positions(extract_text(nlp, voted, date(2002, 3, 4))) == {
        ("Georgia", "abkhazia-2002-03-02-parliamentary", "reject")
    }
    assert extract_text(nlp, resolution, date(2002, 3, 4)) == []
