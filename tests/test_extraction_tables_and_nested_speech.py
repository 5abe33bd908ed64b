"""Forms met in rounds 114-121's articles and probes: a web page's table of reactions (a row's first cell names the
actor, its second says what it did, at times with no subject: "Lithuania" | "Described the vote as illegal"); a
description the parse cut in two ("condemned the vote as a farce staged under occupation"); words that end on a
dangling "and"; the model's lemma "hop" for every form of "hope", mended in the pipeline; a speech verb nested in a
statement's clause ("a statement ... read, adding that it hoped ..."); a quotation after the subject that is no part of
it; "he" in the clause of a person of no actor; former officials, who speak for no actor (unless they hold an office
now); a subject that "was unambiguous:"; a turnout that "showed that its residents supported the president"; "Some in
Moscow"; the Secretary-General of a statement his spokesman signs; a short retort in quotation marks ('"Null and
void," tweeted X'); "has yet to comment"; "Kyiv echoed that"; a name the parse set beside the vote ("branded the vote
a puppet show"); "Baku's response was blunt: ..."; "recognised neither the vote nor its outcome"; Markdown italics; a
blockquote that cites its speaker; a territory's people named in a story of two votes; "celebrated Tatar's victory"; a
quotation named "the verdict of" an official; an official's two offices in one year; a state's integrity affirmed
while taking no position on the vote; a verb that shares the object of the verb it is joined to. Each text is written
for these tests; each test is one behaviour; the guards pass on the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from loaders.article import Article
from loaders.html import html_to_text
from loaders.readers import read_paths
from loaders.statements import extract
from loaders.text import normalise

from .conftest import extract_text, sides, speakers_in, words_in

ABKHAZIA_2025 = "abkhazia-2025-02-15-presidential"
ABKHAZIA_VOTED = "Abkhazia held a presidential election on Sunday. "
ABKHAZIA_PUBLISHED = date(2025, 3, 4)
CRIMEA_2014 = "crimea-2014-03-16-referendum"
CRIMEA_VOTED = "Crimea voted on Sunday. Germany condemned the vote in Crimea. "
CRIMEA_PUBLISHED = date(2014, 3, 17)
TRANSNISTRIA_VOTED = "Transnistria held a presidential vote on Sunday. "

REACTIONS_TABLE = (
    "<html><head><meta property='article:published_time' content='2025-03-04'></head><body><main>"
    "<h1>Abkhaz presidential election: reactions</h1>"
    "<p>Abkhazia held a presidential election on 15 February 2025.</p>"
    "<table><thead><tr><th>State</th><th>Reaction</th></tr></thead><tbody>"
    "<tr><td>Estonia</td><td>The foreign ministry said it does not recognise the so-called election.</td></tr>"
    '<tr><td>Lithuania</td><td>Described the vote as "illegal" in a post on X.</td></tr>'
    "</tbody></table></main></body></html>"
)


def test_a_tables_header_cells_are_paragraphs_of_their_own():
    _, text, _ = html_to_text(REACTIONS_TABLE)
    assert "\n\nState\n\nReaction\n\n" in text


def test_a_table_row_with_no_subject_is_said_by_the_actor_its_first_cell_names(nlp, tmp_path):
    page = tmp_path / "reactions.html"
    page.write_text(REACTIONS_TABLE, encoding="utf-8")
    article = next(iter(read_paths([page])))
    said = {(s.actor.name, s.election.key, s.polarity) for s in extract(article, nlp).statements}
    assert said == {("Estonia", ABKHAZIA_2025, "reject"), ("Lithuania", ABKHAZIA_2025, "reject")}


def test_a_list_line_naming_an_actor_owns_the_verb_that_opens_the_paragraph_below(nlp):
    text = ABKHAZIA_VOTED + "\n\nLatvia\n\nDenounced the so-called election in Abkhazia as a provocation.\n"
    assert sides(extract_text(nlp, text, ABKHAZIA_PUBLISHED)) == {("Latvia", ABKHAZIA_2025, "reject")}


def test_a_line_that_names_no_actor_owns_no_verb_below(nlp):  # guard
    text = ABKHAZIA_VOTED + "\n\nBackground\n\nDenounced the so-called election in Abkhazia as a provocation.\n"
    assert extract_text(nlp, text, ABKHAZIA_PUBLISHED) == []


def test_what_the_vote_was_condemned_as_is_in_the_words_though_the_parse_made_it_a_clause(nlp):
    text = ABKHAZIA_VOTED + "Ukraine's Foreign Ministry condemned the vote as a farce staged under Russian occupation."
    assert words_in(nlp, text, ABKHAZIA_PUBLISHED) == [
        ("Ukraine", "condemned the vote as a farce staged under Russian occupation")
    ]


def test_a_clause_of_its_own_after_as_stays_out_of_the_words(nlp):  # guard
    text = ABKHAZIA_VOTED + "Ukraine's Foreign Ministry condemned the vote in Abkhazia as the results were announced."
    assert words_in(nlp, text, ABKHAZIA_PUBLISHED) == [("Ukraine", "condemned the vote in Abkhazia")]


def test_words_do_not_end_on_the_and_of_a_clause_left_out(nlp):
    text = ABKHAZIA_VOTED + "Latvia: Condemned the so-called election in Abkhazia and said it would not recognise it."
    assert ("Latvia", "Condemned the so-called election in Abkhazia") in words_in(nlp, text, ABKHAZIA_PUBLISHED)


def test_every_form_of_hope_has_the_lemma_hope(nlp):
    doc = nlp("Paris hoped for talks, hopes for more and is hoping for peace; we hope so. Bob Hope spoke.")
    assert {t.lemma_ for t in doc if t.lower_.startswith("hop") and t.text != "Hope"} == {"hope"}
    assert next(t for t in doc if t.text == "Hope").lemma_ != "hop"


def test_hopes_for_talks_in_the_present_call_for_them(nlp):
    text = TRANSNISTRIA_VOTED + "Russia hopes the vote in Transnistria will help the 5+2 talks."
    assert extract_text(nlp, text, date(2016, 12, 13)) == [
        ("Russia", "transnistria-2016-12-11-presidential", "neutral", ["call-for-peaceful-settlement"], "indirect")
    ]


def test_a_statement_the_parse_made_the_root_of_its_sentence_speaks_for_its_author(nlp):
    text = CRIMEA_VOTED + (
        '"Moscow respects the will of the people of Crimea," a statement issued by the Kremlin press service read, '
        "adding that it hoped the results would be implemented peacefully."
    )
    assert sides(extract_text(nlp, text, CRIMEA_PUBLISHED)) == {
        ("Germany", CRIMEA_2014, "reject"),
        ("Russia", CRIMEA_2014, "endorse"),
    }


def test_a_quotation_after_the_subject_leaves_the_subjects_role_whole(nlp):
    text = CRIMEA_VOTED + (
        'In Beijing, a foreign ministry spokesman, Qin Gang, said only that China "respects the sovereignty of all '
        'countries" and added that "all parties must exercise restraint".'
    )
    article = Article("t.txt", text, published=CRIMEA_PUBLISHED)
    roles = {s.speaker.role for s in extract(article, nlp).statements if s.actor.name == "China"}
    assert roles == {"foreign ministry spokesman"}


def test_he_in_the_clause_of_a_person_of_no_actor_is_no_other_speaker(nlp):
    text = (
        "Moldova held a presidential runoff on Sunday, in which Maia Sandu defeated incumbent Igor Dodon. "
        "Transnistrian leader Vadim Krasnoselsky said he respected the choice of the citizens of Moldova and called "
        "for dialogue with the new president."
    )
    assert extract_text(nlp, text, date(2020, 11, 16)) == []


def test_he_in_the_clause_of_an_official_is_that_official(nlp):  # guard
    text = TRANSNISTRIA_VOTED + (
        "Russian Foreign Minister Sergei Lavrov said he respected the choice of the people of Transnistria and called "
        "for dialogue."
    )
    assert speakers_in(nlp, text, date(2016, 12, 13)) == {("Russia", ("Sergei Lavrov",))}


CRIMEA_2024 = "crimea-2024-03-15-presidential"
CRIMEA_2024_VOTED = "Russia held a presidential election in occupied Crimea this weekend. "
CRIMEA_2024_PUBLISHED = date(2024, 3, 18)


def test_a_former_official_speaks_for_no_actor(nlp):
    text = CRIMEA_2024_VOTED + "Former NATO Secretary General Anders Fogh Rasmussen called the vote in Crimea a sham."
    assert extract_text(nlp, text, CRIMEA_2024_PUBLISHED) == []


def test_what_a_former_official_says_of_an_actor_is_his_reading(nlp):
    text = CRIMEA_2024_VOTED + (
        "John Herbst, a former U.S. ambassador to Ukraine, said Washington would never recognise the vote in Crimea."
    )
    assert extract_text(nlp, text, CRIMEA_2024_PUBLISHED) == []


def test_an_official_who_held_another_post_before_speaks_for_his_actor(nlp):  # guard
    text = CRIMEA_2024_VOTED + (
        "Ukraine's Foreign Minister Dmytro Kuleba, a former ambassador to the Council of Europe, called the vote in "
        "Crimea a farce."
    )
    assert speakers_in(nlp, text, CRIMEA_2024_PUBLISHED) == {("Ukraine", ("Dmytro Kuleba",))}


def test_a_subject_that_was_unambiguous_before_a_colon_speaks_the_words_after_it(nlp):
    text = CRIMEA_2024_VOTED + (
        "Ukraine's foreign ministry called the vote null and void. The European Union, too, was unambiguous: it does "
        "not recognise the holding of the election in Crimea."
    )
    assert sides(extract_text(nlp, text, CRIMEA_2024_PUBLISHED)) == {
        ("Ukraine", CRIMEA_2024, "reject"),
        ("European Union", CRIMEA_2024, "reject"),
    }


def test_a_turnout_that_showed_the_residents_backed_the_president_praises_the_vote(nlp):
    text = CRIMEA_2024_VOTED + (
        "Kremlin spokesman Dmitry Peskov said the turnout in Crimea showed that its residents supported the president."
    )
    assert sides(extract_text(nlp, text, CRIMEA_2024_PUBLISHED)) == {("Russia", CRIMEA_2024, "endorse")}


def test_a_vote_that_showed_the_residents_did_not_back_the_occupier_praises_nothing(nlp):  # guard
    text = CRIMEA_2024_VOTED + "Ukraine said the vote in Crimea showed that residents did not support the occupation."
    assert sides(extract_text(nlp, text, CRIMEA_2024_PUBLISHED)) == {("Ukraine", CRIMEA_2024, "neutral")}


def test_a_former_official_who_holds_another_office_now_speaks_for_his_actor(nlp):  # guard
    text = CRIMEA_2024_VOTED + (
        "Former Russian President Dmitry Medvedev, now deputy chairman of Russia's Security Council, called the vote "
        "in Crimea a triumph of democracy."
    )
    assert sides(extract_text(nlp, text, CRIMEA_2024_PUBLISHED)) == {("Russia", CRIMEA_2024, "endorse")}


def test_some_in_a_capital_are_no_one_in_particular(nlp):
    text = CRIMEA_2024_VOTED + "Some in Moscow called the vote in Crimea a triumph of democracy."
    assert extract_text(nlp, text, CRIMEA_2024_PUBLISHED) == []


def test_others_that_are_named_speak(nlp):  # guard
    text = CRIMEA_2024_VOTED + "Others, including Poland, called the vote in Crimea a farce."
    assert sides(extract_text(nlp, text, CRIMEA_2024_PUBLISHED)) == {("Poland", CRIMEA_2024, "reject")}


UN_STATEMENT = (
    "Statement attributable to the Spokesperson for the Secretary-General - on the election in the north of Cyprus\n\n"
    "New York, 20 October 2025\n\n"
    "The Secretary-General congratulates Tufan Erhürman on his election as the Turkish Cypriot leader.\n\n"
    "Stéphane Dujarric, Spokesman for the Secretary-General\n"
)


def test_the_secretary_general_of_a_statement_his_spokesman_signs_speaks_for_their_organisation(nlp):
    article = Article("t.txt", UN_STATEMENT, published=date(2025, 10, 20))
    said = [(s.actor.name, s.polarity, s.speaker.role) for s in extract(article, nlp).statements]
    assert said == [("United Nations", "endorse", "Secretary-General")]


TRANSNISTRIA_2025 = "transnistria-2025-11-30-parliamentary"
TRANSNISTRIA_2025_VOTED = "Transnistria held a parliamentary vote on Sunday. "
TRANSNISTRIA_2025_PUBLISHED = date(2025, 12, 1)


def test_a_short_retort_in_quotation_marks_is_the_speakers_words(nlp):
    text = CRIMEA_2024_VOTED + (
        'Kyiv\'s response came within hours. "Null and void," tweeted Foreign Minister Dmytro Kuleba.'
    )
    assert speakers_in(nlp, text, CRIMEA_2024_PUBLISHED) == {("Ukraine", ("Dmytro Kuleba",))}


def test_an_actor_that_has_yet_to_comment_takes_no_position(nlp):
    text = TRANSNISTRIA_2025_VOTED + "Romania's foreign ministry has yet to comment on the vote in Transnistria."
    assert extract_text(nlp, text, TRANSNISTRIA_2025_PUBLISHED) == []


def test_an_actor_that_echoed_that_takes_the_stance_just_reported(nlp):
    text = TRANSNISTRIA_2025_VOTED + "Chisinau called the vote in Transnistria a charade; Bucharest echoed that."
    assert sides(extract_text(nlp, text, TRANSNISTRIA_2025_PUBLISHED)) == {
        ("Moldova", TRANSNISTRIA_2025, "reject"),
        ("Romania", TRANSNISTRIA_2025, "reject"),
    }


def test_a_name_the_parse_set_beside_the_vote_a_naming_verb_takes_judges_it(nlp):
    text = TRANSNISTRIA_2025_VOTED + "Kyiv branded the vote in Transnistria a Kremlin puppet show."
    assert extract_text(nlp, text, TRANSNISTRIA_2025_PUBLISHED) == [
        ("Ukraine", TRANSNISTRIA_2025, "reject", ["condemnation"], "indirect")
    ]


def test_an_actors_response_before_a_colon_owns_the_words_after_it(nlp):
    text = TRANSNISTRIA_2025_VOTED + (
        "Chisinau's response was blunt: the so-called election in Transnistria violates Moldova's sovereignty."
    )
    assert sides(extract_text(nlp, text, TRANSNISTRIA_2025_PUBLISHED)) == {("Moldova", TRANSNISTRIA_2025, "reject")}


def test_recognising_neither_the_vote_nor_its_outcome_recognises_neither(nlp):
    text = TRANSNISTRIA_2025_VOTED + "Ukraine said it recognised neither the vote in Transnistria nor its outcome."
    assert sides(extract_text(nlp, text, TRANSNISTRIA_2025_PUBLISHED)) == {("Ukraine", TRANSNISTRIA_2025, "reject")}


def test_a_name_in_markdown_italics_is_a_name(nlp):
    text = TRANSNISTRIA_2025_VOTED + "\n\n* _Ukraine_ called the vote in Transnistria a sham.\n"
    assert sides(extract_text(nlp, text, TRANSNISTRIA_2025_PUBLISHED)) == {("Ukraine", TRANSNISTRIA_2025, "reject")}


def test_an_underscore_inside_a_handle_is_kept():  # guard
    assert normalise("@MFA_Ukraine wrote") == "@MFA_Ukraine wrote"


BLOCKQUOTE_CITED = (
    "<html><body><p>South Ossetia held a parliamentary election on Sunday.</p><blockquote><p>These so-called "
    "elections are null and void.</p><cite>Ilia Darchiashvili, Foreign Minister of Georgia</cite></blockquote>"
    "</body></html>"
)


def test_a_blockquote_that_cites_its_speaker_is_their_quotation(nlp):
    _, text, _ = html_to_text(BLOCKQUOTE_CITED)
    article = Article("t.html", text, published=date(2024, 6, 11))
    said = [(s.actor.name, s.speaker.persons, text[slice(*s.words)]) for s in extract(article, nlp).statements]
    assert said == [("Georgia", ("Ilia Darchiashvili",), "These so-called elections are null and void.")]


def test_words_on_a_territorys_people_in_a_story_of_two_votes_are_on_that_territorys_latest(nlp):
    text = (
        "On Sunday, South Ossetia elected a de facto president and, in a referendum held the same day, voted to rename "
        "itself. Last month, on March 12, Abkhazia chose a new de facto parliament.\n\nThe European Union said it did "
        "not recognise the South Ossetian votes. In March it had said the same of the parliamentary vote in "
        "Abkhazia.\n\nMoscow, by contrast, said it respected the choice of the people of South Ossetia."
    )
    russia = {key for actor, key, _ in sides(extract_text(nlp, text, date(2017, 4, 11))) if actor == "Russia"}
    assert russia == {"south-ossetia-2017-04-09-presidential", "south-ossetia-2017-04-09-referendum"}


NORTH_2020 = "northern-cyprus-2020-10-11-presidential"
NORTH_2020_VOTED = "Ersin Tatar won the Turkish Cypriot leadership runoff on Sunday. "


def test_celebrating_the_winners_victory_welcomes_the_vote(nlp):
    text = NORTH_2020_VOTED + "While Ankara celebrated Tatar's victory, Nicosia said it was ready to resume talks."
    assert sides(extract_text(nlp, text, date(2020, 10, 20))) == {
        ("Turkey", NORTH_2020, "endorse"),
        ("Cyprus", NORTH_2020, "neutral"),
    }


def test_supporters_who_celebrated_in_the_streets_are_no_actor(nlp):  # guard
    text = NORTH_2020_VOTED + "Tatar's supporters celebrated his victory in the streets of northern Nicosia."
    assert extract_text(nlp, text, date(2020, 10, 20)) == []


def test_a_quotation_named_the_verdict_of_an_official_is_their_words(nlp):
    text = NORTH_2020_VOTED + '"Illegal," was the one-word verdict of the Cypriot foreign minister on the election.'
    assert words_in(nlp, text, date(2020, 10, 20)) == [("Cyprus", "Illegal,")]


def test_a_response_that_came_without_a_quotation_says_nothing(nlp):  # guard
    text = NORTH_2020_VOTED + "The response from Nicosia came within hours."
    assert extract_text(nlp, text, date(2020, 10, 20)) == []


CRIMEA_2014_VOTED = "Crimea voted in a referendum on joining Russia on Sunday. "


def test_an_official_of_two_offices_in_one_year_holds_the_one_his_role_names(nlp):
    text = CRIMEA_2014_VOTED + "Speaking in Warsaw, Prime Minister Donald Tusk said the referendum was illegal."
    assert speakers_in(nlp, text, CRIMEA_PUBLISHED) == {("Poland", ("Donald Tusk",))}


def test_an_official_named_by_his_other_office_holds_that_one(nlp):  # guard
    text = "Russia held State Duma elections in Crimea on Sunday. European Council President Donald Tusk said the vote "
    text += "in Crimea was illegal."
    assert speakers_in(nlp, text, date(2016, 9, 20)) == {("European Union", ("Donald Tusk",))}


OCCUPIED_2022_VOTED = "Russia held referendums in four occupied regions of Ukraine last week. "


def test_affirming_a_states_integrity_while_taking_no_position_on_the_vote_takes_no_side(nlp):
    text = OCCUPIED_2022_VOTED + (
        "Serbia said it respected Ukraine's territorial integrity but would not take a position on the referendums."
    )
    assert {polarity for _, _, polarity in sides(extract_text(nlp, text, date(2022, 9, 29)))} == {"neutral"}


def test_affirming_a_states_integrity_and_not_recognising_the_vote_rejects_it(nlp):  # guard
    text = (
        OCCUPIED_2022_VOTED + "Serbia said it respected Ukraine's territorial integrity and would not recognise them."
    )
    assert {polarity for _, _, polarity in sides(extract_text(nlp, text, date(2022, 9, 29)))} == {"reject"}


DONBAS_2018_VOTED = "Separatists in Donetsk and Luhansk held elections on Sunday. "


def test_a_verb_joined_to_another_shares_its_object(nlp):
    text = DONBAS_2018_VOTED + (
        'Moscow said it "understands and respects" the choice of the residents of Donetsk and Luhansk.'
    )
    assert {polarity for _, _, polarity in sides(extract_text(nlp, text, date(2018, 11, 13)))} == {"endorse"}


def test_a_verb_joined_to_another_after_its_object_shares_nothing(nlp):  # guard
    text = DONBAS_2018_VOTED + "Moscow noted the choice of the residents of Donetsk and respects international law."
    assert {polarity for _, _, polarity in sides(extract_text(nlp, text, date(2018, 11, 13)))} <= {"neutral"}
