"""What a naming noun is said of: the verb that names the vote with it ("described it as a show", 'called the vote
"a show staged on occupied land"', "branded the vote a puppet show") or the copula it follows ("was nothing but a
propaganda show"). `loaders.stance` reads a noun of judgement ("show", "farce") as said of the vote through it.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.clauses import is_negated
from loaders.judged import about_vote, subject_is_vote
from loaders.stance_words import SHAMS, SHOW

_NAMING = {"call", "brand", "label", "dub", "term", "deem", "pronounce"}


def _named_in_apposition(noun: Token) -> bool:
    """'branded the vote in Transnistria a Kremlin puppet show': the parse made the name an apposition of the vote
    that a verb of naming takes (not one set off by a comma: "condemned the vote, a show of force", the narrator's)."""
    named = noun.head
    return (
        noun.dep_ == "appos"
        and named.dep_ == "dobj"
        and named.head.lemma_.lower() in _NAMING
        and noun.doc[noun.left_edge.i - 1].text != ","
    )


def _named_by_participle(noun: Token) -> bool:
    """'called the vote "a show staged on occupied land"': the parse made the name the subject of its participle
    (or of a past verb with no object of its own), which hangs on the verb that names the vote."""
    participle = noun.head
    return (
        noun.dep_ == "nsubj"
        and participle.tag_ in ("VBN", "VBD")
        and participle.dep_ in ("oprd", "ccomp")
        and not any(c.dep_ == "dobj" for c in participle.children)
        and any(c.dep_ == "dobj" for c in participle.head.children)
    )


def judged_by(noun: Token) -> Token:
    """The word a naming noun is said of, through the verb that names: "described it as a show" (the verb),
    'called the vote "a show staged on ..."' (parsed as the participle's subject), "was nothing but a propaganda
    show" (the copula); else its head."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" or _named_by_participle(noun) or _named_in_apposition(noun):
        return noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "but" and noun.head.head.lower_ == "nothing":
        return noun.head.head.head
    if noun.dep_ == "npadvmod" and noun.head.lower_ == "forward":
        return noun.head.head  # 'the elections were "a step forward"' (parsed as the measure of the adverb)
    return noun.head


def names_a_sham(noun: Token) -> bool:
    """Whether a verb's object names the vote a sham as a whole: 'would never recognise "a farce organised under the
    conditions of occupation"', "will not accept this charade" (what is refused is the vote so named)."""
    return noun.lemma_.lower() in SHAMS


def called_a_show(noun: Token, judged: Token, election_tokens: set[int]) -> bool:
    """Whether a noun calls the vote a show, a stunt or a propaganda exercise, said of it through `judged` (the word
    `judged_by` gives): "called the referendum an absurd show", "the vote was a propaganda exercise"."""
    return (
        (
            noun.lemma_.lower() in SHOW
            or noun.lemma_.lower() == "stunt"
            or any(c.lower_ == "propaganda" for c in noun.children if c.dep_ == "compound")
        )
        and noun.pos_ == "NOUN"
        and (noun.dep_ in ("oprd", "attr") or judged.i != noun.head.i)
        and not is_negated(judged)
        and (about_vote(judged, election_tokens) or subject_is_vote(judged, election_tokens, said_of=True))
    )
