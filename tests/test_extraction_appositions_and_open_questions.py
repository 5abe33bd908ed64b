"""Turns of phrase met in round 50's and 51's probes and articles: "the French and German foreign ministers said" (both
states); "Ankara, the only capital that recognises the breakaway state, congratulated" (a name the parse hung apart from
the description it took for the subject); "Russia, a co-chair of the Minsk Group, said" (Russia speaks, not the group);
"called for the conflict to be settled through negotiations"; "It was not clear whether Belarus would recognise the
votes" (nobody's word); "Georgia joined Ukraine in condemning the vote" (both); "hailed a triumph of democracy";
"Diplomats at the UN said" (the states' envoys there, not the UN); "Armenia said it had nothing to do with the vote"
(no judgement of it); "criticism from Azerbaijan's partners" (not Azerbaijan's); a call for talks "said last week",
before the vote; "Russia vetoed a resolution declaring the referendum invalid" (a text never adopted says nothing);
"Erdogan's spokesman Ibrahim Kalin said" (the aide of an official speaks for the official's state); "Neither the EU
nor NATO will recognise the results, officials said" (both); "echoing earlier statements by the United States";
""recalled its ambassador in protest at the votes"; "organised in an exemplary manner"; and from round 52's probes,
"The referendum, which Kyiv considers illegal, ..." (Kyiv speaks), "Congratulations poured in from Ankara and
Baku", "Moscow was the first to welcome the result; Nicaragua and Venezuela followed suit" and "The exercise was
condemned by Kyiv as a sham" in the paragraph after the vote's; and round 53's "had exercised their right to
self-determination in a referendum that was fully in line with international law", "rejected the resolution" (a
text, not the vote), "The representative of Brazil, who abstained, called for dialogue" and "Estonia does not
recognise them. We are not alone. Latvia and Lithuania have said the same" (and "The EU said it does not recognise
..., and Washington said much the same": what the EU said); and round 54's "rejected the criticism as Western
hypocrisy", "refrain from any steps that could legitimise the vote", 'Asked whether Germany would recognise the
results, a spokesman said: "Certainly not."' and '"We do not and will not recognise," the minister said of the
referendums, "these sham votes."'; and round 55's "In Moscow, lawmakers welcomed the result". Each text is written for
these tests; each test is one behaviour; the guards pass on the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from loaders.article import Article
from loaders.statements import extract

from .conftest import extract_text, sides

DONETSK = "donetsk-2018-11-11-general"
VOTE_IN_DONETSK = "Separatists in Donetsk held leadership and legislative elections on 11 November. "
PUBLISHED = date(2018, 11, 13)
TATAR = "northern-cyprus-2020-10-11-presidential"
TATAR_WINS = "Ersin Tatar won the Turkish Cypriot leadership runoff on Sunday. "
RUNOFF = "nagorno-karabakh-2020-03-31-general"
KARABAKH_RUNOFF = "Nagorno-Karabakh held a runoff presidential election on April 14. "


def test_coordinated_adjectives_of_nationality_before_a_role_name_every_state(nlp):
    text = VOTE_IN_DONETSK + "The Estonian, Latvian and Lithuanian foreign ministers said the vote was illegitimate."
    assert sides(extract_text(nlp, text, PUBLISHED)) == {
        ("Estonia", DONETSK, "reject"),
        ("Latvia", DONETSK, "reject"),
        ("Lithuania", DONETSK, "reject"),
    }


def test_a_name_hung_apart_from_the_description_taken_for_the_subject_is_the_speaker(nlp):
    text = (
        TATAR_WINS
        + "Ankara, the only capital that recognises the Turkish Republic of Northern Cyprus, congratulated Tatar."
    )
    assert sides(extract_text(nlp, text, date(2020, 10, 20))) == {("Turkey", TATAR, "endorse")}


def test_a_state_described_as_one_of_a_groups_co_chairs_speaks_for_itself(nlp):
    text = KARABAKH_RUNOFF + (
        "Russia, a co-chair of the Minsk Group, called for a negotiated settlement. "
        "France, one of the co-chairs of the Minsk Group, urged both sides to show restraint."
    )
    assert sides(extract_text(nlp, text, date(2020, 4, 16))) == {
        ("Russia", RUNOFF, "neutral"),
        ("France", RUNOFF, "neutral"),
    }


def test_the_co_chairs_of_a_group_still_speak_for_the_group(nlp):  # guard
    text = KARABAKH_RUNOFF + "The co-chairs of the OSCE Minsk Group called for a negotiated settlement."
    assert sides(extract_text(nlp, text, date(2020, 4, 16))) == {("OSCE Minsk Group", RUNOFF, "neutral")}


def test_an_infinitive_opened_by_for_is_what_a_call_asks(nlp):
    text = KARABAKH_RUNOFF + "Iran called for the conflict to be resolved through dialogue."
    assert extract_text(nlp, text, date(2020, 4, 16)) == [
        ("Iran", RUNOFF, "neutral", ["call-for-peaceful-settlement"], "indirect")
    ]


def test_a_question_the_text_leaves_open_is_nobodys_word(nlp):
    text = VOTE_IN_DONETSK + (
        "It is unclear whether Belarus will recognise the outcome. "
        "It remains to be seen whether Kazakhstan will accept the results."
    )
    assert extract_text(nlp, text, PUBLISHED) == []


def test_one_asked_whether_it_will_recognise_the_vote_who_answers_around_it_takes_no_side(nlp):  # guard
    text = VOTE_IN_DONETSK + (
        "Asked whether Minsk would recognise the outcome, a Belarusian foreign ministry spokesman said "
        "Belarus's position was well known."
    )
    assert sides(extract_text(nlp, text, PUBLISHED)) == {("Belarus", DONETSK, "neutral")}


def test_one_who_joins_another_in_condemning_the_vote_condemns_it_and_so_did_the_other(nlp):
    text = VOTE_IN_DONETSK + "Poland joined Lithuania in denouncing the vote."
    assert {(actor, polarity, mode) for actor, _, polarity, _, mode in extract_text(nlp, text, PUBLISHED)} == {
        ("Poland", "reject", "indirect"),
        ("Lithuania", "reject", "reported"),
    }


def test_a_triumph_of_democracy_hailed_is_the_vote_hailed(nlp):
    text = TATAR_WINS + 'Turkey hailed a "triumph of democracy" in the north of the island.'
    assert sides(extract_text(nlp, text, date(2020, 10, 20))) == {("Turkey", TATAR, "endorse")}


def test_diplomats_at_an_organisation_do_not_speak_for_it(nlp):
    text = VOTE_IN_DONETSK + (
        "Diplomats at the OSCE said the vote was illegal. "
        "Russia's ambassador at the OSCE, Alexander Lukashevich, said the elections were legitimate."
    )
    assert sides(extract_text(nlp, text, PUBLISHED)) == {("Russia", DONETSK, "endorse")}


def test_a_speaker_disowning_any_part_in_the_vote_does_not_judge_it(nlp):
    text = KARABAKH_RUNOFF + (
        "Armenia's government said it had nothing to do with the vote. "
        "Azerbaijan said the vote had nothing to do with a genuine election."
    )
    assert sides(extract_text(nlp, text, date(2020, 4, 16))) == {
        ("Armenia", RUNOFF, "neutral"),
        ("Azerbaijan", RUNOFF, "reject"),
    }


def test_criticism_from_a_states_partners_is_not_that_states(nlp):
    text = "Separatists in Donetsk held leadership and legislative elections on 11 November, drawing criticism from "
    assert extract_text(nlp, text + "Ukraine's Western partners.", PUBLISHED) == []
    assert sides(extract_text(nlp, text + "Kyiv and its partners.", PUBLISHED)) == {("Ukraine", DONETSK, "reject")}


def test_a_call_for_talks_said_last_week_came_before_the_vote(nlp):
    text = VOTE_IN_DONETSK + (
        "Russia said last week that it remained committed to a negotiated settlement. "
        "France on Tuesday urged both sides to resume talks."
    )
    assert sides(extract_text(nlp, text, PUBLISHED)) == {("France", DONETSK, "neutral")}


def test_a_resolution_vetoed_says_nothing_and_its_veto_is_no_judgement(nlp):
    text = "Crimea voted in a referendum on joining Russia on March 16. " + (
        "Russia vetoed a Security Council resolution declaring the referendum invalid. "
        "The General Assembly then adopted a resolution declaring the referendum invalid."
    )
    assert sides(extract_text(nlp, text, date(2014, 3, 28))) == {
        ("United Nations", "crimea-2014-03-16-referendum", "reject")
    }


def test_the_named_aide_of_an_official_speaks_for_the_officials_state(nlp):
    text = KARABAKH_RUNOFF + "Ibrahim Kalin, Erdogan's spokesman, said the vote had no legitimacy."
    statements = extract(Article("t.txt", text, published=date(2020, 4, 16)), nlp).statements
    assert {(s.actor.name, s.speaker.persons) for s in statements} == {("Turkey", ("Ibrahim Kalin",))}


def test_the_actors_of_words_told_by_unnamed_officials_are_all_their_speakers(nlp):
    text = VOTE_IN_DONETSK + "Neither Moldova nor Georgia will recognise the results, officials said."
    assert sides(extract_text(nlp, text, PUBLISHED)) == {("Moldova", DONETSK, "reject"), ("Georgia", DONETSK, "reject")}


def test_the_actors_a_post_claims_took_a_stance_are_not_its_speakers(nlp):  # guard
    text = VOTE_IN_DONETSK + '"Moldova and Georgia recognised the result," a widely shared post says.'
    assert extract_text(nlp, text, PUBLISHED) == []


def test_statements_one_is_said_to_echo_are_their_authors_positions(nlp):
    text = VOTE_IN_DONETSK + "Poland said the vote was a sham, echoing earlier statements by Lithuania."
    assert {(actor, mode) for actor, *_, mode in extract_text(nlp, text, PUBLISHED)} == {
        ("Poland", "indirect"),
        ("Lithuania", "reported"),
    }


def test_an_act_done_in_protest_at_the_vote_condemns_it(nlp):
    text = VOTE_IN_DONETSK + (
        "Latvia recalled its ambassador in protest at the vote. Protesters rallied in Kyiv in protest against it."
    )
    assert sides(extract_text(nlp, text, PUBLISHED)) == {("Latvia", DONETSK, "reject")}


def test_a_vote_organised_in_an_exemplary_manner_is_praised(nlp):
    text = VOTE_IN_DONETSK + "Russia said the vote had been organised in an exemplary manner."
    assert sides(extract_text(nlp, text, PUBLISHED)) == {("Russia", DONETSK, "endorse")}


def test_a_name_after_which_in_a_relative_clause_is_its_subject(nlp):
    text = "Crimea voted in a referendum on joining Russia on Sunday. The referendum, which Kyiv considers illegal, "
    text += "showed 96.8 percent support for joining Russia."
    assert sides(extract_text(nlp, text, date(2014, 3, 18))) == {("Ukraine", "crimea-2014-03-16-referendum", "reject")}


def test_congratulations_that_poured_in_from_capitals_are_theirs(nlp):
    text = TATAR_WINS + "Congratulations poured in from Ankara and Baku."
    assert sides(extract_text(nlp, text, date(2020, 10, 20))) == {
        ("Turkey", TATAR, "endorse"),
        ("Azerbaijan", TATAR, "endorse"),
    }


def test_those_who_followed_suit_after_a_semicolon_take_the_stance_before_it(nlp):
    text = TATAR_WINS + "Turkey was the first to welcome the result; Azerbaijan followed suit."
    assert sides(extract_text(nlp, text, date(2020, 10, 20))) == {
        ("Turkey", TATAR, "endorse"),
        ("Azerbaijan", TATAR, "endorse"),
    }


def test_the_exercise_judged_in_the_paragraph_after_the_vote_is_the_vote(nlp):
    text = "Crimea voted in a referendum on joining Russia on Sunday.\n\nThe exercise was condemned by Kyiv as a sham."
    assert sides(extract_text(nlp, text, date(2014, 3, 18))) == {("Ukraine", "crimea-2014-03-16-referendum", "reject")}


def test_the_move_after_another_act_told_in_its_sentence_is_that_act(nlp):  # guard
    text = "Russia held its presidential election on March 15-17, including in occupied Crimea.\n\nMoldova's foreign "
    text += "ministry summoned the Russian ambassador after polling stations were opened in Transnistria without "
    text += "Chisinau's consent, calling the move a violation of its sovereignty."
    assert extract_text(nlp, text, date(2024, 3, 19)) == []


CRIMEA_VOTED = "Crimea voted in a referendum on joining Russia on March 16. "
REFERENDUM = "crimea-2014-03-16-referendum"


def test_a_right_to_self_determination_exercised_in_a_lawful_referendum_is_recognition(nlp):
    text = CRIMEA_VOTED + "Belarus said the people of Crimea had exercised their right to self-determination. "
    text += "Syria said Crimea had held a referendum that was fully in line with international law."
    assert sides(extract_text(nlp, text, date(2014, 3, 27))) == {
        ("Belarus", REFERENDUM, "endorse"),
        ("Syria", REFERENDUM, "endorse"),
    }


def test_rejecting_a_resolution_is_no_rejection_of_the_vote(nlp):
    text = CRIMEA_VOTED + "Venezuela said it rejected the resolution and respected the will of the people of Crimea."
    assert sides(extract_text(nlp, text, date(2014, 3, 27))) == {("Venezuela", REFERENDUM, "endorse")}


def test_a_main_verb_the_parse_joined_to_a_relative_clause_is_the_subjects(nlp):
    text = CRIMEA_VOTED + "The representative of Brazil, who abstained, called for dialogue among all parties."
    assert sides(extract_text(nlp, text, date(2014, 3, 27))) == {("Brazil", REFERENDUM, "neutral")}


def test_a_sentence_naming_nobody_does_not_part_a_statement_from_those_said_to_share_it(nlp):
    text = CRIMEA_VOTED + "\n\nEstonia does not recognise the referendum. We are not alone. "
    text += "Latvia and Lithuania have said the same."
    assert sides(extract_text(nlp, text, date(2014, 3, 27))) == {
        ("Estonia", REFERENDUM, "reject"),
        ("Latvia", REFERENDUM, "reject"),
        ("Lithuania", REFERENDUM, "reject"),
    }


def test_one_said_to_say_the_same_after_anothers_words_in_its_sentence_shares_those(nlp):
    text = "Russia voted for a new parliament on Sunday, including in Crimea.\n\nUkraine said it would not recognise "
    text += "the vote.\n\nThe EU said it does not recognise the elections in Crimea, and Washington said much the same."
    statements = extract_text(nlp, text, date(2016, 9, 20))
    assert {(actor, mode) for actor, *_, mode in statements} == {
        ("Ukraine", "indirect"),
        ("European Union", "indirect"),
        ("United States", "reported"),
    }


def test_criticism_rejected_as_hypocrisy_is_the_vote_defended(nlp):
    text = CRIMEA_VOTED + "Moscow rejected the criticism as Western hypocrisy."
    assert sides(extract_text(nlp, text, date(2014, 3, 27))) == {("Russia", REFERENDUM, "endorse")}


def test_a_call_to_refrain_from_legitimising_the_vote_rejects_it(nlp):
    text = CRIMEA_VOTED + "Ukraine urged all states to refrain from any steps that could legitimise the referendum."
    assert sides(extract_text(nlp, text, date(2014, 3, 27))) == {("Ukraine", REFERENDUM, "reject")}


def test_steps_that_could_raise_tensions_to_refrain_from_are_a_call_for_restraint(nlp):  # guard
    text = CRIMEA_VOTED + "Turkey urged all sides to refrain from steps that could raise tensions."
    assert extract_text(nlp, text, date(2014, 3, 27)) == [
        ("Turkey", REFERENDUM, "neutral", ["call-for-peaceful-settlement"], "indirect")
    ]


def test_a_bare_answer_to_whether_one_will_recognise_the_vote_takes_its_side(nlp):
    text = CRIMEA_VOTED + (
        'Asked whether Germany would recognise the result, a government spokesman said: "Certainly not." '
        'Asked whether Belarus would recognise the result, Lukashenko said: "Of course."'
    )
    assert sides(extract_text(nlp, text, date(2014, 3, 27))) == {
        ("Germany", REFERENDUM, "reject"),
        ("Belarus", REFERENDUM, "endorse"),
    }


def test_the_short_rest_of_a_quotation_its_attribution_interrupts_is_the_speakers(nlp):
    text = CRIMEA_VOTED + '"We do not recognise," Lithuania\'s foreign minister said of the vote, "this farce."'
    assert sides(extract_text(nlp, text, date(2014, 3, 27))) == {("Lithuania", REFERENDUM, "reject")}


def test_lawmakers_in_a_capital_set_before_them_speak_for_its_state(nlp):
    text = CRIMEA_VOTED + "In Moscow, lawmakers welcomed the result."
    assert sides(extract_text(nlp, text, date(2014, 3, 27))) == {("Russia", REFERENDUM, "endorse")}
