"""The extraction pipeline on short texts written for these tests, about many contested votes.

Each test is one behaviour: an attribution pattern, a negation, a list, a coreference, a date, or a
sentence that takes no position on a vote.
"""

from __future__ import annotations

from datetime import date

from loaders.article import Article
from loaders.statements import extract

from .conftest import extract_text

CRIMEA = "crimea-2014-03-16-referendum"


def test_the_recorded_model_is_the_one_that_extracts(nlp):
    from loaders.model import model_description

    meta = nlp.meta
    assert model_description().startswith(f"{meta['lang']}_{meta['name']} {meta['version']} (spaCy ")


def test_direct_quote_after_the_speech_verb(nlp):
    text = (
        "Lithuania's foreign minister said: \"We will never recognise the so-called referendum held in "
        'Crimea on 16 March 2014."'
    )
    assert extract_text(nlp, text) == [("Lithuania", CRIMEA, "reject", ["non-recognition"], "direct")]


def test_direct_quote_before_the_speech_verb_in_guillemets(nlp):
    text = "«The referendum in Crimea on 16 March 2014 is null and void», the Polish Foreign Ministry stated."
    [(actor, key, polarity, stances, mode)] = extract_text(nlp, text)
    assert (actor, key, polarity, mode) == ("Poland", CRIMEA, "reject", "direct")
    assert "non-recognition" in stances


def test_indirect_speech_with_said_that(nlp):
    text = "Canada said that it does not accept the results of the referendum held in Crimea on 16 March 2014."
    assert extract_text(nlp, text) == [("Canada", CRIMEA, "reject", ["non-recognition"], "indirect")]


def test_stance_verb_with_actor_subject(nlp):
    text = "Japan strongly condemned the illegal referendum in Crimea on 16 March 2014."
    [(actor, key, polarity, stances, _)] = extract_text(nlp, text)
    assert (actor, key, polarity) == ("Japan", CRIMEA, "reject")
    assert {"condemnation", "non-recognition"} <= set(stances)


def test_endorsement_by_congratulation(nlp):
    text = (
        "Russia congratulated Alan Gagloev on his victory in the presidential election held in "
        "South Ossetia on 10 April 2022, the Kremlin said."
    )
    statements = extract_text(nlp, text)
    assert statements and all(s[0] == "Russia" and s[2] == "endorse" and "recognition" in s[3] for s in statements)
    assert statements[0][1] == "south-ossetia-2022-04-10-presidential"


def test_list_of_actors_gives_one_reported_statement_each(nlp):
    text = (
        "France, Germany, Italy and the United Kingdom have rejected the so-called referendum held "
        "in Crimea on 16 March 2014."
    )
    statements = extract_text(nlp, text)
    assert [s[0] for s in statements] == ["France", "Germany", "Italy", "United Kingdom"]
    assert {s[4] for s in statements} == {"reported"}


def test_countries_including_list(nlp):
    text = (
        "Several countries, including Estonia, Latvia and Lithuania, condemned the referendums held in "
        "Donetsk and Luhansk on 11 May 2014."
    )
    assert {s[0] for s in extract_text(nlp, text)} == {"Estonia", "Latvia", "Lithuania"}


def test_coreference_of_the_ministry_and_continuation(nlp):
    text = (
        "The Moldovan Ministry of Foreign Affairs said it does not recognise the presidential election "
        "held in Transnistria on 12 December 2021.\n\n"
        '"Moldova supports a peaceful settlement of the conflict through negotiations," the ministry added.'
    )
    statements = extract_text(nlp, text)
    assert {s[0] for s in statements} == {"Moldova"}
    assert {st for s in statements for st in s[3]} == {"non-recognition", "call-for-peaceful-settlement"}
    assert {s[1] for s in statements} == {"transnistria-2021-12-12-presidential"}


def test_person_with_role_speaks_for_the_role_s_actor(nlp):
    text = (
        "Ned Price, the spokesperson for the State Department, said the United States does not recognise "
        "the sham referendums held in Kherson and Zaporizhzhia on 23 September 2022."
    )
    statements = extract(Article("t.txt", text), nlp).statements
    assert [s.election.key for s in statements] == [
        "kherson-2022-09-23-referendum",
        "zaporizhzhia-2022-09-23-referendum",
    ]
    for statement in statements:
        assert statement.actor.name == "United States"
        assert statement.speaker.persons == ("Ned Price",)
        assert statement.polarity == "reject"


def test_pronoun_refers_to_the_last_person(nlp):
    text = (
        "Swedish Foreign Minister Ann Linde spoke to reporters on Monday.\n\n"
        "She said Sweden will not recognise the results of the referendum held in Crimea on 16 March 2014."
    )
    article = Article("t.txt", text)
    [statement] = extract(article, nlp).statements
    assert (statement.actor.name, statement.speaker.persons) == ("Sweden", ("Ann Linde",))


def test_runoff_is_mapped_to_its_election(nlp):
    text = " ".join(
        [
            "Turkey congratulated Ersin Tatar after the runoff of the presidential election held in Northern",
            "Cyprus on 18 October 2020, the Turkish foreign ministry said.",
        ]
    )
    statements = extract_text(nlp, text)
    assert statements and {s[1] for s in statements} == {"northern-cyprus-2020-10-11-presidential"}


def test_relative_date_resolved_against_publication(nlp):
    text = "Ukraine condemned the so-called referendum held in Crimea on Sunday."
    statements = extract_text(nlp, text, published=date(2014, 3, 17))
    assert {s[1] for s in statements} == {CRIMEA}


def test_vote_unknown_to_the_bundled_data_is_dated_from_the_text(nlp):
    text = "Georgia condemned the so-called local elections held in Abkhazia on 3 March 2030."
    assert {s[1] for s in extract_text(nlp, text)} == {"abkhazia-2030-03-03-local"}


def test_no_position_on_a_vote_gives_no_statement(nlp):
    texts = [
        "Azerbaijan and Armenia traded accusations of border clashes, the defence ministry said.",
        "Yerevan said it was committed to peace talks with Baku.",
        "Armenia said it is ready to recognise the territorial integrity of Azerbaijan.",
        "The separatist region held a vote on Sunday, local media reported.",
        "Voters in Sukhumi queued for hours on Sunday.",
    ]
    for text in texts:
        assert extract_text(nlp, text) == [], text


def test_offsets_point_into_the_original_text(nlp):
    text = " ".join(
        [
            "Estonia´s Foreign Ministry said: “Estonia does not recognise the so‑called ‘elections’",
            "held in Abkhazia on 24 August 2014.”",
        ]
    )
    article = Article("t.txt", text)
    [statement] = extract(article, nlp).statements
    start, end = statement.words
    assert text[start:end] == "Estonia does not recognise the so‑called ‘elections’ held in Abkhazia on 24 August 2014."
    s_start, s_end = statement.speaker.span
    assert text[s_start:s_end] == "Estonia´s Foreign Ministry"


def test_passive_with_agent(nlp):
    text = "The referendum held in Crimea on 16 March 2014 was condemned by the United States and the European Union."
    assert [(s[0], s[1], s[2]) for s in extract_text(nlp, text)] == [
        ("United States", CRIMEA, "reject"),
        ("European Union", CRIMEA, "reject"),
    ]


def test_negated_passive(nlp):
    text = "The vote in Abkhazia on 24 August 2014 was not recognised by Georgia."
    assert extract_text(nlp, text) == [
        ("Georgia", "abkhazia-2014-08-24-presidential", "reject", ["non-recognition"], "indirect")
    ]


def test_one_vote_in_several_regions_gives_one_statement_per_region(nlp):
    text = (
        "Ukraine's foreign ministry said the sham referendums held in Donetsk, Luhansk, Zaporizhzhia and Kherson "
        "on 23 September 2022 will not have any legal consequences."
    )
    statements = extract_text(nlp, text)
    assert [s[1] for s in statements] == [
        f"{r}-2022-09-23-referendum" for r in ("donetsk", "luhansk", "zaporizhzhia", "kherson")
    ]
    assert all(s[0] == "Ukraine" and "non-recognition" in s[3] for s in statements)


def test_a_region_spanning_territories_is_expanded(nlp):
    text = "Germany and France said they would not recognise the elections held in the Donbas on 2 November 2014."
    statements = extract_text(nlp, text)
    assert {(s[0], s[1]) for s in statements} == {
        (a, f"{t}-2014-11-02-general") for a in ("Germany", "France") for t in ("donetsk", "luhansk")
    }
    assert {s[4] for s in statements} == {"indirect"}  # a joint statement, not a mere listing


def test_respecting_the_voters_choice_is_recognition(nlp):
    text = "Moscow respects the choice of the people of Abkhazia in the presidential election held on 24 August 2014."
    assert extract_text(nlp, text) == [
        ("Russia", "abkhazia-2014-08-24-presidential", "endorse", ["recognition"], "indirect")
    ]


def test_the_words_of_an_article_are_found_by_lemma_or_by_form(nlp):
    from loaders.prepared import prepare_article

    a = prepare_article(Article("t.txt", "Georgia condemned the vote, according to the ministry."), nlp)
    found = [a.doc[i].text for i in a.with_words(frozenset({"condemn", "according"}))]
    assert found == ["condemned", "according"]
    assert a.with_words(frozenset({"recognise"})) == []
