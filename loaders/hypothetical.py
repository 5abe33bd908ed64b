"""Recognition spoken of as a supposition, not given: "recognising them would contradict Serbia's own policy on Kosovo",
"recognising the vote would be a mistake" (what recognising would do: the speaker refuses it), "recognising the results
could help stability" (a thought, no side). `loaders.stance` reads a recognising word through this before it counts it
as recognition.
"""

from __future__ import annotations

from spacy.tokens import Token

# what recognising is said to do, or to be, that rules it out
_CLASHING = {"contradict", "violate", "breach", "contravene", "undermine", "betray", "reward", "endanger", "harm"}
_FAULTS = {"mistake", "error", "betrayal", "violation", "breach"}
_SUPPOSING = {"would", "could", "might"}


def supposed_recognition(verb: Token) -> str | None:
    """For a recognising gerund that is the subject of a supposition ("recognising them would ..."): "refused" when
    what it would do or be rules it out, "supposed" otherwise; None for any other recognising word."""
    clause = verb.head
    if verb.dep_ not in ("csubj", "nsubj") or verb.tag_ != "VBG" or clause.i == verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _SUPPOSING for c in clause.children):
        return None
    faulted = clause.lemma_ == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in _FAULTS for c in clause.children)
    return "refused" if clause.lemma_.lower() in _CLASHING or faulted else "supposed"
