"""Labels that name who speaks and the office that says for whom: a round-up's "• Anitta Hipper, EU spokesperson:
the EU ..." before the words, a broadcast transcript's "DMYTRO KULEBA, UKRAINIAN FOREIGN MINISTER (through
translator):" or "JOSEP BORRELL (EU HIGH REPRESENTATIVE, RECORDED EARLIER):", a post's "Dmytro Kuleba
(@DmytroKuleba), Ukraine's foreign minister:" (`loaders.posts`).
The actor is the one the bundled list of officials has the person hold office for, else the one the role names
("U.S. Ambassador to Ukraine": the United States, not the state the ambassador is sent to).
"""

from __future__ import annotations

import re

from loaders.gazetteer import Entity, load_gazetteer
from loaders.persons import ROLE_WORDS
from loaders.prepared import PreparedArticle

# a name, a comma, a role with a word of office, and a colon: "• Anitta Hipper, EU spokesperson: "
NAME_ROLE_LABEL = re.compile(
    r"[\s•*·–—-]*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*,\s*(?P<role>[^:\n\"“]{2,80}?)\s*:\s"
)
# a name and a role in brackets, and a colon: a broadcast transcript's "JOSEP BORRELL (EU HIGH REPRESENTATIVE):"
NAME_BRACKET_ROLE_LABEL = re.compile(
    r"[\s•*·–—-]*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*\((?P<role>[^()\n:\"“]{2,80})\)\s*:\s"
)
# what comes before the state an official is sent to: "Ambassador to Ukraine", "Embassy in Kyiv"
_HOST = re.compile(r"\b(?:to|in)\s+(?:the\s+)?$")


def named_with_role(a: PreparedArticle, paragraph: int) -> tuple[Entity, tuple[str, ...]] | None:
    """The actor and name of the person a paragraph's "Name, role:" or "NAME (ROLE):" label gives; None when it has
    no such label, or its role has no word of office ("Erhürman, the winner:", "HOST (ANNA BERG):")."""
    start, end = a.paragraphs[paragraph]
    label = NAME_ROLE_LABEL.match(a.norm, start, end) or NAME_BRACKET_ROLE_LABEL.match(a.norm, start, end)
    if label is None or not set(re.findall(r"[\w'’-]+", label["role"].lower())) & ROLE_WORDS:
        return None
    name = label["name"].title() if label["name"].isupper() else label["name"]  # ("DMYTRO KULEBA, ...", a transcript)
    actor = speaks_for(a, name, *label.span("role"))
    return (actor, (name,)) if actor is not None else None


def speaks_for(a: PreparedArticle, name: str, role_start: int, role_end: int) -> Entity | None:
    """The actor a person named with a role speaks for: the one the officials' list has them hold office for
    then, else the first actor their role names that is not where they are sent."""
    gaz = load_gazetteer()
    offices = gaz.offices(name, a.published.year if a.published else a.year)
    if offices:
        return gaz.entities[offices[0].actor]
    named = [
        m.entity
        for m in a.mentions
        if role_start <= m.start < role_end
        and m.kind in ("actor", "body")
        and m.entity is not None
        and not _HOST.search(a.norm, max(role_start, m.start - 12), m.start)
    ]
    return gaz.actor_of(named[0]) if named else None
