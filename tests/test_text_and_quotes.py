"""Offset-preserving normalisation and quotation finding, in every quote style."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from loaders.quotes import find_quotes
from loaders.text import datelines, normalise, paragraphs


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_normalise_keeps_every_offset(text):
    assert len(normalise(text)) == len(text)


@given(st.text(alphabet='ab “”"‘’«»„ \n.,', max_size=120))
def test_quotes_are_inside_the_text_and_within_one_paragraph(text):
    spans = paragraphs(text)
    for q in find_quotes(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert any(s <= q.start and q.end <= e for s, e in spans)


def inner(text):
    return [text[q.start : q.end] for q in find_quotes(text) if q.depth == 0]


def test_curly_quotes():
    assert inner("He said: “We will never accept it.” Then he left.") == ["We will never accept it."]


def test_guillemets_and_low_high_quotes():
    assert inner("«Nous ne reconnaissons pas ce vote», a dit X.") == ["Nous ne reconnaissons pas ce vote"]
    assert inner("Er sagte: „Wir erkennen die Wahl nicht an“.") == ["Wir erkennen die Wahl nicht an"]


def test_straight_quotes_with_nested_scare_quotes():
    text = 'She said: "The so-called "referendum" is void," and left.'
    assert inner(text) == ['The so-called "referendum" is void,']


def test_single_quotes_inside_double_quotes_and_apostrophes_ignored():
    text = "“The UK does not recognise the ‘elections’ in the region’s capital,” it said."
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == [
        "The UK does not recognise the ‘elections’ in the region’s capital,",
        "elections",
    ]


def test_unclosed_quote_ends_with_its_paragraph():
    text = "“We reject the vote and its results\n\nNext paragraph."
    assert inner(text) == ["We reject the vote and its results"]


def test_speech_quotes_are_long_enough():
    text = 'They called it a "sham" and said: "we will never recognise this vote."'
    assert [text[q.start : q.end] for q in find_quotes(text) if q.is_speech(text)] == [
        "we will never recognise this vote."
    ]


def test_a_wire_dateline_with_its_year_is_where_the_story_was_filed():
    text = "CHISINAU, Dec 1, 2025 (Example Wire) - Moldova said no.\n\nTIRASPOL, 1 December 2025 - Observers said yes."
    assert [text[s:e] for s, e in datelines(text)] == [
        "CHISINAU, Dec 1, 2025 (Example Wire) - ",
        "TIRASPOL, 1 December 2025 - ",
    ]
