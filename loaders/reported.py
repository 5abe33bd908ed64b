"""Statements the text says other actors share: "X has made a similar statement" inside someone's words,
"Lithuania, Latvia and Estonia issued similar statements" or "X echoed the criticism" in the narrative, and
"the states that did not recognise the vote, in particular Canada and Japan". Each such actor takes the stances
of the statement it is said to share, on the same votes, as a reported statement.
"""

from __future__ import annotations

import re

from loaders.elections import ElectionRef
from loaders.events import trim
from loaders.extracted import ExtractedStatement, Extraction
from loaders.gazetteer import load_gazetteer
from loaders.prepared import PreparedArticle
from loaders.speakers import Speaker
from loaders.stance import NON_RECOGNITION, RECOGNITION, cue_stances, polarity

# "X issued a similar statement", "X echoed the criticism", "X followed suit": X takes the stance just reported
_SIMILAR = re.compile(
    r"\b(?:(?:similar|same|identical)\s+(?:statement|position|stance|view|declaration)s?"
    r"|echo(?:ed|es|ing)?\s+(?:the|this|that|these|those|its|their)\s+"
    r"(?:criticism|condemnation|position|stance|statement|view|call|concern)s?"
    r"|followed\s+suit|did\s+the\s+same)\b",
    re.I,
)
# "states that did not recognise the vote, in particular the EU, ...": who the examples are examples of
_GENERIC_ACTORS = {"state", "country", "government", "organisation", "organization", "partner", "nation", "ally"}
_EXAMPLES = re.compile(r"\b(?:in particular|including|such as|notably|namely|among them)\b", re.I)


def echoes(a: PreparedArticle, span: tuple[int, int], election: ElectionRef, speaker: Speaker, out: Extraction) -> None:
    """ "X has made a similar statement" inside someone's words: X takes the stance of the sentence before."""
    sentences = (
        [s for s in a.doc.char_span(*span, alignment_mode="expand").sents]
        if a.doc.char_span(*span, alignment_mode="expand")
        else []
    )
    for previous, sentence in zip(sentences, sentences[1:], strict=False):
        if not _SIMILAR.search(sentence.text):
            continue
        named = [
            m
            for m in a.mentions
            if sentence.start_char <= m.start < sentence.end_char and m.kind == "actor" and m.entity is not None
        ]
        stances = cue_stances(a.doc, range(previous.start, previous.end), set(a.election_at))
        for m in named:
            actor = m.entity
            if actor == speaker.actor or not stances:
                continue
            words = trim(a, max(sentence.start_char, span[0]), min(sentence.end_char, span[1]))
            if words:
                out.statements.append(
                    ExtractedStatement(
                        actor,
                        election,
                        stances,
                        polarity(stances),
                        "reported",
                        words,
                        Speaker(actor, (m.start, m.end)),
                        None,
                        None,
                    )
                )


def similar_statements(a: PreparedArticle, out: Extraction) -> None:
    """ "Lithuania, Latvia and Estonia issued similar statements": the actors named before the phrase, in a
    sentence of the narrative, take the stances of the statement just before, on the same votes (reported)."""
    gaz = load_gazetteer()
    for found in _SIMILAR.finditer(a.norm):
        span = a.doc.char_span(found.start(), found.end(), alignment_mode="expand")
        sentence = span.sent if span is not None else None
        if sentence is None or a.quoted(sentence.start_char):
            continue
        before = [t for t in out.statements if t.words[1] <= sentence.start_char]
        if not before:
            continue
        last = max(before, key=lambda t: t.words[0])
        elections = [t.election for t in before if t.words == last.words and t.actor == last.actor]
        cut = found.start()
        named = {  # "Lithuania's foreign ministry echoed the criticism": the ministry speaks for Lithuania
            gaz.actor_of(m.entity): m
            for m in a.mentions
            if sentence.start_char <= m.start < cut and m.kind in ("actor", "body") and m.entity is not None
        }
        words = trim(a, sentence.start_char, sentence.end_char)
        for actor, m in named.items():
            if actor == last.actor or words is None:
                continue
            for election in elections:
                out.statements.append(
                    ExtractedStatement(
                        actor,
                        election,
                        dict(last.stances),
                        last.polarity,
                        "reported",
                        words,
                        Speaker(actor, (m.start, m.end), body=m.text if m.kind == "body" else None),
                        None,
                        None,
                    )
                )


def exemplified(a: PreparedArticle, out: Extraction) -> None:
    """ "thanked the states that did not recognise the vote, in particular the European Union, the United States
    and Canada": the actors given as examples of those who took a stance take it (reported)."""
    gaz = load_gazetteer()
    for verb in (a.doc[i] for i in a.with_dep(("relcl",))):
        if verb.head.lemma_.lower() not in _GENERIC_ACTORS or a.quoted(verb.idx):
            continue
        marker = _EXAMPLES.search(a.norm, verb.idx, verb.sent.end_char)
        if marker is None:
            continue
        clause = [t.i for t in verb.subtree if t.idx < marker.start()]
        stances = cue_stances(a.doc, clause, set(a.election_at))
        votes = a.vote_mentions(clause)
        elections = votes[0] if votes else (a.main_elections if set(stances) & {RECOGNITION, NON_RECOGNITION} else ())
        if not stances or not elections:
            continue
        start = marker.end()
        named = {
            gaz.actor_of(m.entity): m
            for m in a.mentions
            if start <= m.start < verb.sent.end_char and m.kind in ("actor", "body") and m.entity is not None
        }
        words = trim(a, verb.sent.start_char, verb.sent.end_char)
        for actor, m in named.items():
            for election in elections if words else ():
                out.statements.append(
                    ExtractedStatement(
                        actor,
                        election,
                        dict(stances),
                        polarity(stances),
                        "reported",
                        words,
                        Speaker(actor, (m.start, m.end)),
                        None,
                        None,
                    )
                )
