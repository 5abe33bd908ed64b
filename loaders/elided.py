"""Clauses that only repeat the verb before them for other actors, and actors a speaker is likened to: "and neither do
the European Union and the United States", "Russia recognised the vote, and so did Nicaragua", "Lithuania condemned
the vote, as did Latvia and Estonia", "So did Poland.", "Moldova rejected it; Romania did too.", "Ukraine, like the
EU, does not recognise the vote". Their actors take the stances of the statement on that verb, on the same votes
(reported)."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.clauses import set_off_likeness
from loaders.event_words import trim
from loaders.extracted import ExtractedStatement, Extraction
from loaders.prepared import PreparedArticle
from loaders.sharing import share_with_named

# the verb a clause repeats the one before with, and the words that say it does ("and neither do X", "so did X")
_REPEATING = frozenset({"do", "have", "be", "will", "would", "can"})
_ALSO = {"neither", "nor", "so", "too", "either", "likewise"}
# what else a clause that only repeats a verb holds besides its actors ("as did the Baltic states", "So, too, did X")
_FILLER_TAGS = {"PUNCT", "SPACE", "CCONJ", "DET", "SCONJ", "PART", "AUX"}
_FILLER = _ALSO | {"also", "as", "well", "later", "soon", "swiftly", "quickly"}
_LIKE = frozenset({"like"})


def elided(a: PreparedArticle, out: Extraction) -> None:
    """The actors of each clause that only repeats the verb before it share the statements made on that verb."""
    clauses = set(a.with_dep(("conj", "advcl", "ROOT")))
    for i in (i for i in a.with_words(_REPEATING) if i in clauses):
        verb = a.doc[i]
        if verb.lemma_.lower() not in _REPEATING or a.quoted(verb.idx):
            continue
        said = _repeated(a, verb, out)
        if not said:
            continue
        # (not those a relative clause names: "the United States and our other partners, all of whom have said so")
        clause = [t for t in verb.subtree if not _in_relative_clause(t, verb)]
        start, end = a.doc[clause[0].i].idx, a.doc[clause[-1].i].idx + len(a.doc[clause[-1].i])
        share_with_named(a, out, (start, end), said, trim(a, verb.sent.start_char, verb.sent.end_char))


def likened(a: PreparedArticle, out: Extraction) -> None:
    """ "Ukraine, like the European Union, does not recognise the vote", "Like Moscow, Minsk welcomed it": the actors
    the speaker is likened to share its statements on the verb (reported; not those of "unlike")."""
    for i in a.with_words(_LIKE):
        like = a.doc[i]
        verb = like.head if like.head.pos_ in ("VERB", "AUX") else like.head.head
        if like.dep_ != "prep" or not set_off_likeness(like) or verb.pos_ not in ("VERB", "AUX") or a.quoted(like.idx):
            continue
        said = [t for t in out.statements if t.words[0] <= verb.idx < t.words[1] and t.mode != "reported"]
        likened_to = (like.idx, a.doc[like.right_edge.i].idx + len(a.doc[like.right_edge.i]))
        share_with_named(a, out, likened_to, said, trim(a, verb.sent.start_char, verb.sent.end_char))


def _repeated(a: PreparedArticle, verb: Token, out: Extraction) -> list[ExtractedStatement]:
    """The statements the clause of `verb` repeats ([] when it repeats none): a conjunct marked as repeating ("and so
    did X", "nor does X") the own words on the verb it is joined to; a clause of comparison that holds nothing but its
    actors ("as did X") the statements on the verb it compares to; a sentence that holds nothing but its actors and
    a word of repeating ("So did Poland.", "Romania did too.") the statements of the sentence before it, or of its own
    words before it."""
    if verb.dep_ == "conj":
        marked = any(c.lower_ in _ALSO for c in verb.children) or any(
            c.dep_ == "cc" and c.lower_ == "nor" for c in verb.head.children
        )
        if not marked:
            return []
        return [t for t in out.statements if t.words[0] <= verb.head.idx < t.words[1] and t.mode != "reported"]
    if not _holds_only_actors(a, verb):
        return []
    if verb.dep_ == "advcl":
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            return []
        if verb.i < verb.head.i:  # (set off before the verb: "The EU, as did the United States, said it would not")
            return [t for t in out.statements if verb.head.idx <= t.words[0] < verb.sent.end_char]
        return [t for t in out.statements if t.words[0] <= verb.head.idx < t.words[1]]
    if not any(c.lower_ in _ALSO for c in verb.children):
        return []
    sentence = verb.sent
    start = a.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    return [t for t in out.statements if start <= t.words[0] and t.words[1] <= verb.idx]


def _holds_only_actors(a: PreparedArticle, verb: Token) -> bool:
    """Whether the clause of `verb` says nothing but who repeats it: every word is an actor's name or a filler."""
    named = [(m.start, m.end) for m in a.mentions if m.entity is not None]
    return all(
        t.pos_ in _FILLER_TAGS or t.lower_ in _FILLER or any(s <= t.idx < e for s, e in named)
        for t in verb.subtree
        if t.i != verb.i and not _in_relative_clause(t, verb) and not _said_before(t, verb)
    )


def _said_before(token: Token, verb: Token) -> bool:
    """Whether a word is in the clause the parse hung before the verb ("Moldova rejected it; Romania did too")."""
    return any(
        x.dep_ in ("ccomp", "parataxis") and x.head.i == verb.i and x.i < verb.i for x in (token, *token.ancestors)
    )


def _in_relative_clause(token: Token, verb: Token) -> bool:
    return any(x.dep_ == "relcl" for x in (token, *token.ancestors) if x.i > verb.i)
