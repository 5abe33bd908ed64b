"""Whose words some words are, read from the words themselves: the actor their own clause names as its subject
("Ukraine once again expresses ...", "that Türkiye does not recognize ..."), when who reports them leaves it open (a
pronoun, "its foreign ministry", a quotation with no speech verb). `loaders.statements` asks it.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.discourse import Discourse, Speaker
from loaders.event_words import SPEECH_VERBS, STANCE_VERBS
from loaders.persons import ROLE_WORDS
from loaders.prepared import PreparedArticle
from loaders.speakers import resolve_subject


def self_reference(
    a: PreparedArticle, start: int, end: int, discourse: Discourse, last_clause: bool = False, several: bool = False
) -> list[Speaker]:
    """The actor some words name as the subject of their own first clause ("Ukraine once again expresses",
    "that Türkiye does not recognize"), or with `last_clause` of the last of the clauses they join, nearest the one who
    reports them ("..., but President Erdogan congratulated Erhurman, his office said"); nobody when that subject is a
    pronoun or names no actor (nor, unless `several`, when it names several: "Macron and Zelensky agreed")."""
    words = a.doc.char_span(start, end, alignment_mode="expand")
    joined = [t for t in words or () if t.dep_ == "conj" and any(c.dep_ == "nsubj" for c in t.children)]
    if last_clause and joined and words is not None:
        words = a.doc[max(words.start, joined[-1].left_edge.i) : words.end]
    for t in words or ():
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("relcl", "acl") and t.head.head.idx >= start:
            # "the elections to the State Duma, which Russia held in Crimea": not the words' own clause (but a
            # quotation the parse hung on the label before it is: 'Lithuania – Minister X: "Lithuania will ..."')
            continue
        if t.dep_ in ("nsubj", "nsubjpass"):
            if t.pos_ == "PRON" or t.lower_ in ("this", "that", "which", "who") or _silent(t.head):
                return []  # (nor "that Moscow had kept silent": the words say the actor said nothing)
            if t.head.tag_ == "VBD" and a.quoted(t.idx) and t.head.lemma_.lower() not in SPEECH_VERBS | STANCE_VERBS:
                # '"Russia held a sham vote," he said': in a quotation, which tells the past in the past, what the
                # actor did, not the actor speaking (reported words shift their tense: "said Nicosia was ready")
                return []
            if (
                (t.pos_ == "NOUN" or t.tag_ == "VBG")  # (a gerund: "voting in a referendum on joining Russia")
                and t.lower_ not in ROLE_WORDS
                and not any(m.start <= t.idx < m.end for m in a.mentions if m.kind in ("actor", "capital", "body"))
            ):
                return []  # "Russia's actions are dangerous": the words are about Russia, not Russia's own
            subject = a.doc[t.left_edge.i : t.right_edge.i + 1]
            speakers = resolve_subject(a.doc, subject, t.i, a.mentions, a.norm, discourse)
            strong = speakers and not any(s.weak for s in speakers)
            return speakers if strong and (len(speakers) == 1 or several) else []
    return []


def _silent(verb: Token) -> bool:
    """'kept silent', 'has remained quiet': saying nothing."""
    return verb.lemma_.lower() in ("keep", "remain", "stay") and any(
        c.dep_ == "acomp" and c.lower_ in ("silent", "quiet", "mum") for c in verb.children
    )
