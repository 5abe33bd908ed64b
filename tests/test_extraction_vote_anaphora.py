"""The extraction reading which vote "the vote" is: the one its sentence named before it with its year, whatever
vote the article is about, but not one named to compare. Each text is written for these tests; each test is one
behaviour.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions

WON_2020 = "Aslan Bzhania won Sunday's presidential election in Abkhazia.\n\n"


def test_the_vote_after_one_its_sentence_named_with_its_year_is_that_one(nlp):
    text = WON_2020 + (
        "Six years earlier, after Raul Khajimba won the August 2014 election, Nicaragua sent greetings, while "
        'Georgia condemned the vote as "a blatant violation of international law".'
    )
    found = positions(extract_text(nlp, text, date(2020, 3, 24)))
    assert ("Georgia", "abkhazia-2014-08-24-presidential", "reject") in found
    assert ("Georgia", "abkhazia-2020-03-22-presidential", "reject") not in found


def test_the_vote_after_one_named_to_compare_is_the_articles(nlp):
    text = WON_2020 + "Unlike the August 2014 election, the vote was condemned by Georgia as a farce."
    found = positions(extract_text(nlp, text, date(2020, 3, 24)))
    assert found == {("Georgia", "abkhazia-2020-03-22-presidential", "reject")}


def test_a_vote_of_years_before_in_the_background_is_not_where_the_articles_votes_are(nlp):
    text = (
        "Moscow-installed officials in four occupied Ukrainian regions claimed that residents had voted to join "
        "Russia in referendums.\n\n"
        'NATO\'s secretary general said the allies would "never recognise" the referendums.\n\n'
        "In 2014 Russia annexed Crimea after a similar vote."
    )
    found = positions(extract_text(nlp, text, date(2022, 9, 28)))
    assert found == {
        ("North Atlantic Treaty Organization", f"{region}-2022-09-23-referendum", "reject")
        for region in ("donetsk", "luhansk", "zaporizhzhia", "kherson")
    }


def test_votes_a_relative_clause_describes_after_a_vote_named_with_its_month_are_that_vote(nlp):
    text = (
        "Separatists in Donetsk and Luhansk held leadership elections on 2 November 2014.\n\n"
        "The elections followed referendums in May, when the rebels claimed huge majorities in votes that Kiev also "
        "rejected as illegitimate."
    )
    found = positions(extract_text(nlp, text, date(2014, 11, 3)))
    assert found == {
        ("Ukraine", "donetsk-2014-05-11-referendum", "reject"),
        ("Ukraine", "luhansk-2014-05-11-referendum", "reject"),
    }
