"""The sentence table (`loaders.sentence_table`) that a prepared article's doc reads its `.sent` from: the same
sentence as spaCy's own walk of the parse, for every word and for spans within and across sentences, with the table
kept or gone, and no cycle that would keep a doc alive."""

from __future__ import annotations

import gc
import weakref

import pytest

from loaders.article import Article
from loaders.prepared import prepare_article

TEXT = (
    "Vote in the breakaway region draws criticism\n"
    "The foreign ministry said on Monday that it would not recognise the so-called elections. "
    "It called them a violation of international law.\n"
    "“We regret that the vote took place,” a spokesperson said. Talks should resume.\n"
    "Germany\tWill not recognise the result\tForeign Office, 12 May"
)


@pytest.fixture(scope="module")
def prepared(nlp):
    return prepare_article(Article(source="memory", text=TEXT), nlp)


def _spacys_own(doc, thing) -> tuple[int, int]:
    """`thing.sent` as spaCy computes it, the table set aside."""
    token_hook, span_hook = doc.user_token_hooks.pop("sent"), doc.user_span_hooks.pop("sent")
    try:
        sentence = thing.sent
    finally:
        doc.user_token_hooks["sent"], doc.user_span_hooks["sent"] = token_hook, span_hook
    return sentence.start, sentence.end


def _spans(doc):
    sentences = list(doc.sents)
    for first, second in zip(sentences, sentences[1:], strict=False):
        yield from (first, doc[first.start + 1 : first.end], doc[first.end - 2 : second.start + 2], doc[len(doc) :])


def test_every_word_and_span_has_spacys_sentence(prepared):
    doc = prepared.doc
    assert "sent" in doc.user_token_hooks  # (the table is in use, or this test compares spaCy with itself)
    assert len(list(doc.sents)) >= 6
    for token in doc:
        assert (token.sent.start, token.sent.end) == _spacys_own(doc, token), token.text
    for span in _spans(doc):  # (within a sentence, across two: the first, as spaCy gives)
        assert (span.sent.start, span.sent.end) == _spacys_own(doc, span), span.text
    assert doc[3].sent is prepared.sentences.spans[0]  # (read from the table, not made anew)


def test_without_the_table_the_sentences_are_made_from_its_bounds(nlp):
    doc = prepare_article(Article(source="memory", text=TEXT), nlp).doc  # (the prepared article and its table gone)
    gc.collect()
    assert "sent" in doc.user_token_hooks
    for token in doc:
        assert (token.sent.start, token.sent.end) == _spacys_own(doc, token), token.text
    for span in _spans(doc):
        assert (span.sent.start, span.sent.end) == _spacys_own(doc, span), span.text


def test_a_doc_is_freed_once_unused_without_the_garbage_collector(nlp):
    gc.disable()
    try:
        prepared = prepare_article(Article(source="memory", text=TEXT), nlp)
        assert prepared.doc[3].sent.doc is prepared.doc
        freed = weakref.ref(prepared.doc)
        del prepared
        assert freed() is None  # (no cycle through the doc's hooks)
    finally:
        gc.enable()
