"""The quoted word a verb of naming gives its object, when the parse hung it on a verb above: 'adopted a resolution
declaring Saturday's elections in Abkhazia "illegitimate"' ("illegitimate" read as a clause of "adopted", so the
declaring's own words would end at "Abkhazia" and say nothing of the vote); and the "that" clause of a verb's object
hung the same way ("issued a statement expressing regret that the elections had been held": "held" read as a clause of
"issued"). `loaders.event_words` adds these words to the verb's."""

from __future__ import annotations

from spacy.tokens import Token

# verbs that name what their object is, with the name after it: "declaring the elections illegitimate"
NAMING = {"declare", "call", "brand", "term", "label", "dub", "deem", "pronounce", "describe"}
_COMPLEMENT_DEPS = {"ccomp", "oprd", "acomp", "xcomp", "advcl", "dep"}


def quoted_complement(verb: Token) -> list[int]:
    """The tokens of the quoted complement right after a naming verb's object, when the parse hung it on one of the
    verb's ancestors (its own conjuncts left out: "... "illegitimate" and calling on ..." is the verb above's); []
    for any other verb.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("Georgia's parliament on Monday adopted a resolution declaring Saturday's parliamentary "
    ...                  'elections in breakaway Abkhazia "illegitimate" and calling on the world not to recognise '
    ...                  "them.")
    >>> [doc[i].text for i in quoted_complement(doc[8])]
    ['"', 'illegitimate', '"']
    """
    if verb.lemma_.lower() not in NAMING:
        return []
    named = next((c for c in verb.children if c.dep_ == "dobj"), None)
    doc = verb.doc
    opening = named.right_edge.i + 1 if named is not None else None
    if opening is None or opening + 1 >= len(doc) or not doc[opening].is_quote:
        return []
    word = doc[opening + 1]
    if word.dep_ not in _COMPLEMENT_DEPS or word.head not in list(verb.ancestors) or word.pos_ not in ("ADJ", "NOUN"):
        return []
    left_out = {t.i for c in word.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [opening] + [t.i for t in word.subtree if t.i not in left_out and t.i > opening]


def that_complement(verb: Token) -> list[int]:
    """The tokens of the "that" clause right after a verb's object noun when the parse hung it on one of the verb's
    ancestors ("expressing regret [that the elections had been held]"); [] otherwise.

    >>> from loaders.nlp import load_nlp
    >>> doc = load_nlp()("France and Russia issued a joint statement expressing regret that the elections had been "
    ...                  "held.")
    >>> " ".join(doc[i].text for i in that_complement(doc[7]))
    'that the elections had been held'
    """
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i == c.i), None)
    mark = verb.doc[noun.i + 1] if noun is not None and noun.i + 1 < len(verb.doc) else None
    if mark is None or mark.lower_ != "that" or mark.dep_ != "mark" or mark.head.left_edge.i != mark.i:
        return []
    clause = mark.head
    if clause.dep_ not in ("ccomp", "acl") or clause.head not in list(verb.ancestors):
        return []
    return [t.i for t in clause.subtree]
