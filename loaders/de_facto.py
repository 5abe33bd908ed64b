"""The territory's own authorities: a subject that holds office in the entity that held the vote ("the
separatist authorities", "Abkhaz leader Aslan Bzhania", "the region's Moscow-installed governor", "the
President of the Republic of Abkhazia") speaks for no actor, whatever state the dateline or the last speaker
names. Without this, "TBILISI - The de facto authorities said the vote was fair" was Georgia endorsing the vote.

The words that say so must qualify the subject itself (its modifiers, a possessive, an "of" phrase or an
apposition), not a phrase hung on it by another preposition: "Georgia's minister for the breakaway regions" and
"Ukraine's envoy in Crimea" speak for their states. A territory's name says so for every territory but the
regions of Ukraine that Russia occupied since 2014 and 2022, whose governors in office under Kyiv are named the
same way ("Zaporizhzhia regional governor"), unless it is the name of the entity itself ("the Donetsk People's
Republic"); those of the entities are marked as such ("separatist leader", "Russian-installed").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from loaders.mentions import Mention

# words that mark an office as the entity's: "de facto", "separatist", "self-proclaimed", "Moscow-installed", "the
# occupation authorities" ...
_MARKED = re.compile(
    r"\b(?:de\s+facto|separatists?|rebels?|self-(?:proclaimed|styled)|breakaway|secessionist|puppet|proxy|"
    r"unrecogni[sz]ed|so-called|pro-(?:russian|moscow|kremlin)|occupation|occupying|occupiers?|"
    r"(?:russian|russia|moscow|kremlin)\s*-\s*(?:installed|backed|appointed|controlled))\b",
    re.I,
)
# "the local authorities say", in a story of a territory's vote: the territory's own
_LOCAL = re.compile(r"\blocal\s+(?:authorities|leadership|administration)\b", re.I)
# regions of Ukraine whose name alone also names Kyiv's own officials there ("Kherson regional governor")
_NAMED_BY_BOTH = {"Donetsk", "Luhansk", "Zaporizhzhia", "Kherson", "Donbas"}
_ENTITY_NAME = re.compile(r"People's Republic|\b[DL][PN]R\b")
# dependencies by which a word qualifies the subject; any preposition but "of" hangs something else on it
_QUALIFYING = {"amod", "compound", "poss", "nmod", "det", "case", "punct", "nummod", "advmod", "npadvmod", "appos"}


def territory_held(span: Span, head: Token, mentions: list[Mention], outside: list[tuple[int, int]]) -> bool:
    """Whether the subject `span` (whose head is `head`) is an office of the entity that held a vote: marked as
    such, or qualified by a territory's name. Words within the character ranges `outside` (a relative clause, an
    indefinite apposition) say something else about the subject and do not count."""
    named = [m for m in mentions if m.kind == "territory" and span.start_char <= m.start < span.end_char]
    if not named and not _MARKED.search(span.text) and not _LOCAL.search(span.text):
        return False  # (most subjects: nothing to read)
    if head.is_punct or not span.start <= head.i < span.end or head.i != span.root.i:
        # a subject cut from the text before its verb ("TBILISI - [Aslan Bzhania, ...,] said"), or a head the parse
        # placed in a phrase of it ("Russian-installed officials in the occupied [region]")
        head = span.root
    qualifying = [
        t for t in span if t.i != head.i and _qualifies(t, head) and not any(s <= t.idx < e for s, e in outside)
    ]
    if not qualifying:
        return False
    if _MARKED.search(" ".join(t.text for t in qualifying)) or _LOCAL.search(f"{qualifying[-1].text} {head.text}"):
        return True
    starts = {t.idx for t in qualifying}
    return any(
        m.start in starts and (m.territory.name not in _NAMED_BY_BOTH or _ENTITY_NAME.search(m.text)) for m in named
    )


def _qualifies(token: Token, head: Token) -> bool:
    """Whether the token hangs on the head by modifiers, possessives, appositions and "of" phrases alone."""
    while token.i != head.i:
        if token.dep_ == "prep" and token.lower_ != "of":
            return False
        if token.dep_ not in _QUALIFYING and token.dep_ not in ("prep", "pobj"):
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return True
