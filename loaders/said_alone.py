"""Stance verbs whose words are the verb alone: a narrator's aside on the vote a relative clause hangs on ("a
referendum that neither Moldova nor any other country recognised"), and the last word of a title that names the vote
before it ("Gagloev wins South Ossetia runoff; Putin congratulates, Tbilisi condemns")."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.clauses import antecedent, participle_of
from loaders.stance_words import VOTE_NOUNS


def said_alone(verb: Token) -> bool:
    """Whether a stance verb with no words after it says its stance alone: an aside, or a title's last verb ("...;
    Moscow welcomes, Tbilisi condemns": what is welcomed and condemned is the vote the title names)."""
    return aside(verb) or closes_a_title(verb)


def aside(verb: Token) -> bool:
    """A relative clause with a subject of its own on the vote it hangs on, inside another's words: the
    narrator's aside, not the speaker's ("Krasnoselsky said he will pursue independence, backed in a 2006
    referendum that neither Moldova nor any other country recognised"); or a passive one with an agent ("The vote,
    welcomed by Moscow, was condemned by Kyiv", "the vote, which was denounced by Kyiv as a sham")."""
    by_agent = verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    noun = antecedent(verb) or participle_of(verb)
    return (
        noun is not None
        and (noun.lower_ in VOTE_NOUNS or noun.lemma_.lower() in VOTE_NOUNS)  # ("in votes that Kiev rejected")
        and (by_agent or any(c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who") for c in verb.children))
    )


def closes_a_title(verb: Token) -> bool:
    """Whether a verb of the doc's first line has no words after it before a comma, a semicolon or the line's end, and
    a subject of its own right before it (not one the parse ran into the clause before: 'Moscow "understands", Kiev and
    West reject')."""
    doc = verb.doc
    subject = max((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), key=lambda c: c.i, default=None)
    return (
        "\n" not in doc.text[: verb.idx]
        and subject is not None
        and not any(t.is_punct for t in doc[subject.left_edge.i : verb.i])
        and all(t.is_space or t.is_punct for t in doc[verb.i + 1 : verb.right_edge.i + 1])
        and (verb.i + 1 == len(doc) or doc[verb.i + 1].is_space or doc[verb.i + 1].text in (",", ";", "\n"))
    )
