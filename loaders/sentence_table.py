"""A doc's sentences kept in a table, which its tokens' and spans' `.sent` read (through spaCy's own hooks) instead of
walking the parse to each sentence's ends anew at every call: the rules ask some sixty times an article, and spaCy's
walk, with its check that the doc has sentence boundaries, takes 4-7 µs a call against about half a microsecond."""

from __future__ import annotations

import weakref

from spacy.tokens import Doc, Span


class SentenceTable:
    """The sentences of one doc, and the number of each word's sentence.

    The doc's hooks hold this table weakly: whoever keeps it (the prepared article) keeps the sentences' spans, which
    hold the doc; held by the doc itself, they would make a cycle that only the garbage collector frees, and a build
    would keep its parsed docs until a full collection. Once the table is gone, the hooks make each sentence's span
    from its bounds, as fast as spaCy's own walk or faster.
    """

    __slots__ = ("spans", "of_token", "__weakref__")

    def __init__(self, doc: Doc) -> None:
        self.spans: list[Span] = list(doc.sents)
        self.of_token: list[int] = [0] * len(doc)
        for number, sentence in enumerate(self.spans):
            self.of_token[sentence.start : sentence.end] = [number] * len(sentence)
        if self.spans:
            self.of_token.append(len(self.spans) - 1)  # (an empty span at the doc's end: the last sentence)


def index_sentences(doc: Doc) -> SentenceTable:
    """Make the table of `doc`'s sentences and let `Token.sent` and `Span.sent` read it (a span's sentence is that of
    its first word, as spaCy's own); the caller keeps the table for as long as it reads the doc."""
    table = SentenceTable(doc)
    held = weakref.ref(table)
    bounds = [(sentence.start, sentence.end) for sentence in table.spans]
    of_token = table.of_token

    def sentence_of(doc: Doc, i: int) -> Span:
        live = held()
        if live is not None:
            return live.spans[of_token[i]]
        start, end = bounds[of_token[i]]
        return doc[start:end]

    doc.user_token_hooks["sent"] = lambda token: sentence_of(token.doc, token.i)
    doc.user_span_hooks["sent"] = lambda span: sentence_of(span.doc, span.start)
    return table
