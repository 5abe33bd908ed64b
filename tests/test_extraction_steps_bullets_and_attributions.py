"""Forms met in rounds 214-225's articles: a vote called "a step forward" (which the parse may make the measure of
"forward") or "a contribution to stability"; talks a vote "should not derail" (a call to carry them on); a list's bullet
leading a line, which threw the parse of the line's sentence; "a statement by the EU's foreign policy service" (the
institution, not the document, is the body); "<words>, a statement by X said", a subjectless verb whose words were the
whole sentence; "According to X, the so-called elections are ..." (the clause's subject is part of what X said); a
headline's verb the parse made the root noun of its line; a line's label of names before who spoke ("Armenia: Prime
Minister ... congratulated"), or a dashed one the parse took for the subject; an interview's question on another subject
("Q: And Varosha?"); a quotation the attribution broke in two ('"We will never recognise," X said, "these elections"');
a piece signed "By <name>" over "The author is <office>"; and "Contrary to reports, ..." (no judgement of the vote).
Each text is written for these tests; each test is one behaviour; the guards pass on the code before them (some keep
what the parse without bullets would lose) and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from loaders.article import Article
from loaders.prepared import prepare_article
from loaders.statements import extract

from .conftest import speakers_in, stances_of, words_in

KARABAKH_2005 = "Nagorno-Karabakh held parliamentary elections on 19 June 2005.\n"
TRANSNISTRIA_2016 = "Vadim Krasnoselsky won Transnistria's presidential election on 11 December 2016.\n"
CYPRUS_2009 = "Turkish Cypriots voted in parliamentary elections in the north of Cyprus on 19 April 2009.\n"
DONBAS_2018 = "Separatists in Donetsk and Luhansk held elections on 11 November 2018.\n"
CRIMEA_2014 = "Crimea voted in a referendum on joining Russia on 16 March 2014.\n"
ABKHAZIA_2022 = "Abkhazia held parliamentary elections on 12 March 2022.\n"
NK_2020 = "Arayik Harutyunyan won the runoff in Nagorno-Karabakh on 14 April 2020.\n"


def test_a_step_forward_praises_the_vote(nlp):
    text = KARABAKH_2005 + 'Armenia\'s foreign ministry said the elections were "a step forward" for the region.'
    assert "recognition" in stances_of(nlp, text, date(2005, 6, 21), "Armenia")


def test_a_step_not_taken_forward_praises_nothing(nlp):
    # the guard: negated, the step is no praise
    text = KARABAKH_2005 + "Armenia's foreign ministry said the elections were not a step forward for the region."
    assert "recognition" not in stances_of(nlp, text, date(2005, 6, 21), "Armenia")


def test_a_contribution_to_peace_praises_the_vote(nlp):
    text = TRANSNISTRIA_2016 + "Belarus's foreign ministry described the election as a contribution to peace."
    assert "recognition" in stances_of(nlp, text, date(2016, 12, 12), "Belarus")


def test_a_contribution_to_tensions_praises_nothing(nlp):
    # the guard: a contribution praises the vote only when what it adds to is a good
    text = TRANSNISTRIA_2016 + "Ukraine's foreign ministry described the election as a contribution to tensions."
    assert "recognition" not in stances_of(nlp, text, date(2016, 12, 12), "Ukraine")


def test_talks_a_vote_must_not_jeopardise_are_called_for(nlp):
    text = CYPRUS_2009 + "Greece said the result must not jeopardise the negotiations on reunification."
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, date(2009, 4, 21), "Greece")


def test_talks_a_vote_will_not_derail_are_a_forecast_not_a_call(nlp):
    # the guard: what one expects is no call
    text = CYPRUS_2009 + "Greece said the result would not derail the negotiations on reunification."
    assert "call-for-peaceful-settlement" not in stances_of(nlp, text, date(2009, 4, 21), "Greece")


def test_a_bullet_leading_a_line_leaves_its_sentence_parsed_as_without_it(nlp):
    line = (
        "Germany and France: In a joint statement, the ministers said the votes were illegal and violated the accords."
    )
    bulleted = prepare_article(Article("b.txt", "Reactions:\n\n- " + line, published=date(2018, 11, 12)), nlp)
    plain = prepare_article(Article("p.txt", "Reactions:\n\n  " + line, published=date(2018, 11, 12)), nlp)
    assert bulleted.norm.endswith("- " + line)  # (the rules still read the bullet)
    assert [(t.text, t.dep_, t.head.text) for t in bulleted.doc] == [(t.text, t.dep_, t.head.text) for t in plain.doc]


def test_a_bullet_is_still_read_where_a_list_is(nlp):
    # the guard: the rules still read the bullet (the statement's words start after it)
    text = DONBAS_2018 + "\nReactions:\n\n- Poland said the elections were illegal.\n"
    assert words_in(nlp, text, date(2018, 11, 12))[0] == ("Poland", "the elections were illegal")


def test_the_document_an_institution_spoke_in_is_not_its_name(nlp):
    text = CRIMEA_2014 + "A statement by Lithuania's foreign policy service said Vilnius did not recognise the vote."
    [statement] = extract(Article("t.txt", text, published=date(2014, 3, 17)), nlp).statements
    assert (statement.actor.name, statement.speaker.body) == ("Lithuania", "Lithuania's foreign policy service")


def test_words_before_a_comma_and_a_subjectless_attribution_are_the_clause(nlp):
    text = (
        CRIMEA_2014 + "Canada does not recognise the referendum in Crimea, a statement by the Canadian government said."
    )
    assert words_in(nlp, text, date(2014, 3, 17)) == [("Canada", "Canada does not recognise the referendum in Crimea")]


def test_a_speaker_set_off_by_an_aside_still_speaks(nlp):
    # the guard: "X, asked about the vote, said": no clause before the comma, the speaker is X
    text = KARABAKH_2005 + (
        "Iran's spokesman Hamid Reza Asefi, asked about the vote, said Tehran supported Azerbaijan's territorial "
        "integrity."
    )
    assert speakers_in(nlp, text, date(2005, 6, 21)) == {("Iran", ("Hamid Reza Asefi",))}


def test_the_subject_of_what_according_to_reports_is_read(nlp):
    text = ABKHAZIA_2022 + "According to Georgia's foreign ministry, the so-called elections are a provocation."
    assert "non-recognition" in stances_of(nlp, text, date(2022, 3, 13), "Georgia")


def test_a_subject_that_is_not_the_vote_is_not_read_into_it(nlp):
    # the guard: what the clause judges is not the vote, and its owner does not speak
    text = CRIMEA_2014 + "According to the Rada's appeal, Russia's parliament is illegitimate after the vote in Crimea."
    assert {actor for actor, _ in words_in(nlp, text, date(2014, 3, 20))} <= {"Ukraine"}


def test_a_headline_verb_the_parse_made_the_root_noun_of_its_line_is_read(nlp):
    # the guard: with its bullet blanked, the parse makes the headline's verb the root noun of its line
    text = (
        "Caucasus headlines, 15 April 2020\n\nTop stories, with the outlet in brackets.\n\n"
        "- Pashinyan congratulates Harutyunyan on victory in Karabakh presidential runoff (Armenpress)\n"
    )
    assert "recognition" in stances_of(nlp, NK_2020 + text, date(2020, 4, 15), "Armenia")


def test_a_line_label_of_names_is_no_part_of_the_speaker_role(nlp):
    text = (
        "Reactions:\n\nArmenia: Prime Minister Nikol Pashinyan congratulated Harutyunyan, saying the vote had been "
        'held "in a free and competitive atmosphere".\n'
    )
    statements = extract(Article("t.txt", text, published=date(2020, 4, 15)), nlp).statements
    assert {(s.speaker.persons, s.speaker.role) for s in statements} == {(("Nikol Pashinyan",), "Prime Minister")}


def test_who_follows_a_line_label_speaks(nlp):
    # the guard: cutting the label keeps who spoke after it, whichever word the parse took for the subject
    text = CRIMEA_2014 + (
        '\nPoland: Prime Minister Donald Tusk\'s spokesman Pawel Gras said the referendum was "illegal" and that '
        "Warsaw would not recognise it.\n"
    )
    assert speakers_in(nlp, text, date(2014, 3, 17)) == {("Poland", ("Pawel Gras",))}


def test_an_answer_to_a_question_on_another_subject_is_not_on_the_vote(nlp):
    text = (
        "Athens, 20 October 2020\n\nIn an interview with To Vima, Greek Foreign Minister Nikos Dendias spoke about "
        "the election of Ersin Tatar as Turkish Cypriot leader on 18 October 2020.\n\n"
        "Q: How does Athens see the election?\n\nA: We want the negotiations to resume as soon as possible.\n\n"
        "Q: And Famagusta?\n\nA: Its reopening is a clear violation of Security Council resolutions.\n"
    )
    assert stances_of(nlp, text, date(2020, 10, 20), "Greece") == {"call-for-peaceful-settlement"}


def test_an_answer_to_a_question_on_the_same_subject_is_on_the_vote(nlp):
    # the guard: a question that names no other subject ("How did Ankara react?") is still on the vote
    text = (
        "Athens, 20 October 2020\n\nIn an interview with To Vima, Greek Foreign Minister Nikos Dendias spoke about "
        "the election of Ersin Tatar as Turkish Cypriot leader on 18 October 2020.\n\n"
        "Q: How does Athens see the election?\n\nA: We want the negotiations to resume as soon as possible.\n\n"
        "Q: Minister, what does it mean for Athens?\n\nA: For us the result has no legal effect.\n"
    )
    assert "non-recognition" in stances_of(nlp, text, date(2020, 10, 20), "Greece")


def test_a_quotation_the_attribution_broke_in_two_is_one_sentence(nlp):
    text = (
        TRANSNISTRIA_2016
        + '"We do not recognise," Moldova\'s deputy prime minister Gheorghe Balan said, "the so-called'
        ' elections held in the region."'
    )
    [(actor, words)] = set(words_in(nlp, text, date(2016, 12, 12)))
    assert actor == "Moldova" and words.startswith("We do not recognise") and words.endswith("held in the region.")


def test_a_dashed_label_the_parse_took_for_the_subject_leaves_who_spoke_after_it(nlp):
    # the guard: with its bullet blanked, the line's label is what the parse takes for the subject
    text = CRIMEA_2014 + (
        "\n* EUROPEAN UNION - European Council President Herman Van Rompuy and Commission President Jose Manuel "
        'Barroso said in a joint statement that the referendum was "illegal and illegitimate".\n'
    )
    assert speakers_in(nlp, text, date(2014, 3, 17)) == {
        ("European Union", ("Herman Van Rompuy", "Jose Manuel Barroso"))
    }


def test_a_byline_of_the_name_alone_and_a_line_on_the_author_sign_a_piece(nlp):
    text = (
        "Estonia will never accept this farce\n\nBy Margus Tsahkna\n\nThe author is Estonia's Minister of Foreign "
        "Affairs.\n\n" + CRIMEA_2014 + "\nEstonia will never recognise the results of this referendum.\n"
    )
    assert speakers_in(nlp, text, date(2014, 3, 20)) == {("Estonia", ("Margus Tsahkna",))}


def test_a_byline_of_the_name_alone_signs_nothing_without_a_line_on_the_author(nlp):
    # the guard: a reporter's byline names no speaker
    text = (
        "Crimea votes\n\nBy Jane Doe\n\n" + CRIMEA_2014 + "\nEstonia will never recognise the results of this vote.\n"
    )
    assert speakers_in(nlp, text, date(2014, 3, 20)) == {("Estonia", ())}


def test_contrary_to_reports_judges_nothing(nlp):
    text = (
        TRANSNISTRIA_2016 + "Contrary to media reports, Kazakhstan has not recognised the election, its ministry said."
    )
    assert stances_of(nlp, text, date(2016, 12, 13), "Kazakhstan") == {"non-recognition"}


def test_contrary_to_an_agreement_still_condemns(nlp):
    # the guard: what a vote is contrary to that is a law or an accord judges it
    text = DONBAS_2018 + "Kazakhstan said the elections were contrary to the Minsk agreements."
    assert "condemnation" in stances_of(nlp, text, date(2018, 11, 12), "Kazakhstan")
