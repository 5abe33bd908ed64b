"""What an actor named in the possessive is to the subject it opens: the author of what it states ("Moscow's claim",
"Baku's description", "the EU's position", "Baku's response was blunt: ..."), the owner of an institution ("Moldova's
Bureau for Reintegration"), or the claimant of a territory ("Georgia's breakaway region", which is not Georgia).
`loaders.speakers` reads a subject's possessives through these.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from loaders.gazetteer import Entity, load_gazetteer
from loaders.mentions import Mention
from loaders.role_owners import GOVERNMENTS, INSTITUTIONS
from loaders.stance_words import DESCRIBING, STATED_NOUNS

# what an actor named in the possessive states: "Moscow's claim", "Baku's description", "the EU's position", its
# words, how it answered ("Baku's response was blunt: ..."); and those who speak in its name together: "the EU's 27
# leaders", "NATO's foreign ministers"
AUTHORED = (
    STATED_NOUNS
    | DESCRIBING
    | {"position", "stance", "view", "policy", "response", "reaction", "verdict", "answer", "leader", "minister"}
    | {"word"}  # ("the vote was, in Baku's words, a gross violation")
)


def authored_by(doc: Doc, m: Mention) -> bool:
    """Whether an actor named in the possessive is the author of what it states: "Moscow's claim that ...", "Baku's
    description of the referendum as illegal", "The EU's position remains unchanged: it does not recognise", "The
    EU's 27 leaders said in a joint statement"."""
    name = doc.char_span(m.start, m.end, alignment_mode="expand")
    return name is not None and name.root.dep_ == "poss" and name.root.head.lemma_.lower() in AUTHORED


# what a state's name in the possessive may describe that is not the state: a territory it claims
CLAIMED_PART = re.compile(
    r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:region|province|territory|enclave|republic|peninsula)\b", re.I
)


def owning_state(doc: Doc, span: Span, actors: list[Mention]) -> Entity | None:
    """The one actor a subject names in the possessive before an institution's name ("Moldova's Bureau for
    Reintegration", "Ukraine's Central Election Commission") or its rulers' ("Azerbaijan's leadership"); not
    "Russia's critics"."""
    if len(actors) != 1:
        return None
    after = [t for t in span if t.idx >= actors[0].end and t.text not in ("'s", "’s", "'")][:4]
    return (
        load_gazetteer().actor_of(actors[0].entity)
        if any(t.lemma_.lower() in INSTITUTIONS | GOVERNMENTS for t in after)
        else None
    )


# the document an institution spoke in, before its name: "a statement from (by, of) the EU's foreign policy service"
_ISSUED_IN = re.compile(
    r"^(?:an?|the)\s+(?:statement|declaration|communiqu[eé]|note|press\s+release)\s+(?:by|from|of)\s+", re.I
)


def institution_words(span: Span) -> str:
    """The words that name the institution a subject owned by a state is (`owning_state`), without the document it
    spoke in: "a statement by the EU's foreign policy service" names "the EU's foreign policy service"."""
    return _ISSUED_IN.sub("", span.text)
