"""Speakers of a meeting's verbatim record, labelled with the delegation they speak for: "Mr. Churkin (Russian
Federation):", "Sir Mark Lyall Grant (United Kingdom):", "Ms. Power (United States of America) (spoke in
English):" (as the United Nations' records give them). The delegation says whose words the speech is; the name is
completed from the bundled list of officials when it gives one of that actor in office that year with that surname
("Churkin": Vitaly Churkin).
"""

from __future__ import annotations

import re

from loaders.gazetteer import Entity, load_gazetteer
from loaders.prepared import PreparedArticle

# a courtesy title, a name, the delegation in brackets, perhaps the language spoken in, and a colon
DELEGATE_LABEL = re.compile(
    r"\s*(?:Mr|Ms|Mrs|Miss|Sir|Dame|Dr)\.?\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s*"
    r"\((?P<delegation>[^()\n]{2,80})\)(?:\s*\([^()\n]{2,40}\))?\s*:\s"
)


def delegate(a: PreparedArticle, paragraph: int) -> tuple[Entity, tuple[str, ...]] | None:
    """The actor and name of the delegate a paragraph's label gives; None when it gives none, or a bracket that
    names no single actor ("Mr. Doughty (Cardiff South and Penarth):", a member's constituency)."""
    start, end = a.paragraphs[paragraph]
    label = DELEGATE_LABEL.match(a.norm, start, end)
    if label is None:
        return None
    first, last = label.span("delegation")
    gaz = load_gazetteer()
    actors = {gaz.actor_of(m.entity) for m in a.mentions if first <= m.start < last and m.kind == "actor" and m.entity}
    if len(actors) != 1:
        return None
    actor = actors.pop()
    name = label["name"]
    year = a.published.year if a.published else a.year
    held = [
        o for o in gaz.offices(name, year) if gaz.entities[o.actor] == actor and (year is None or o.in_office(year))
    ]
    return actor, (held[0].name if held and held[0].name.endswith(name) else name,)
