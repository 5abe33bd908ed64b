"""The diplomats' milder words of condemnation: what a vote is said to harm or fail to serve ("the votes run counter
to the Minsk agreements", "does not help the Geneva discussions", "such steps do not serve the peace process", "a
blow to the peace process", "such actions undermine the efforts to find a political settlement"). `loaders.stance`
reads a condemnation in them.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.assembly_votes import a_texts_failing
from loaders.clauses import is_negated
from loaders.peace import is_peace_word
from loaders.stance_words import IMPERILLING

# what a vote is said to undermine besides the words of peace: "the efforts", "the process", "implementation"
_PEACE_EFFORTS = {"effort", "process", "format", "mediation", "implementation"}


def reproaches(t: Token) -> bool:
    """The diplomats' milder words of condemnation: "the votes run (or are) counter to the Minsk agreements", "the
    vote does not help the Geneva discussions", "does not serve the peace process", "not conducive to", "a blow to the
    peace process", "such actions undermine the efforts to find a political settlement"."""
    lemma = t.lemma_.lower()
    if lemma in IMPERILLING and t.pos_ == "VERB" and not is_negated(t) and not _not_let(t):
        return _peace_taken(t)
    if lemma == "run":
        return any(c.lower_ == "counter" for c in t.children) and not is_negated(t)
    if lemma == "counter" and t.dep_ == "acomp":  # "the elections were counter to the letter and spirit of ..."
        return any(c.lower_ == "to" for c in t.children) and not is_negated(t.head)
    if lemma in ("help", "contribute") and t.pos_ in ("VERB", "AUX") or lemma == "conducive":
        return is_negated(t) and not a_texts_failing(t)
    if lemma == "serve" and t.pos_ in ("VERB", "AUX") and is_negated(t):  # "such steps do not serve the peace process"
        return _peace_taken(t)
    if lemma == "threat" and t.pos_ == "NOUN":  # (and "a threat to the peace process", not "a threat to voters")
        return any(c.lower_ == "to" and any(is_peace_word(w) for w in c.subtree) for c in t.children)
    return lemma == "blow" and t.pos_ == "NOUN" and any(c.lower_ == "to" for c in t.children)


def _not_let(verb: Token) -> bool:
    """Whether what a verb says is not let happen: "he would not let it derail the peace effort"."""
    return verb.head.lemma_.lower() in ("let", "allow", "permit") and is_negated(verb.head)


def _peace_taken(verb: Token) -> bool:
    """Whether what a verb takes for its object is peace or the efforts toward it ("undermine the efforts to find a
    settlement", "do not serve the peace process")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(w.lemma_.lower() in _PEACE_EFFORTS or is_peace_word(w) for o in objects for w in o.subtree)
