"""Groups of states named as one ("the Baltic states", "the Nordic countries", "the Visegrad Four"), whose members
speak together: "The Baltic states issued a joint statement ..., saying they would not recognise the elections" is the
position of Estonia, Latvia and Lithuania. Only groups whose members are fixed and known to all readers; an
organisation with a secretariat of its own (the EU, NATO, the Nordic Council) is an actor in its own right instead.
"""

from __future__ import annotations

import re

from loaders.gazetteer import Entity, load_gazetteer

_GROUPS = (
    (
        re.compile(r"\b(?:three\s+)?Baltic\s+(?:states|countries|nations|republics|foreign\s+ministers)\b"),
        ("Estonia", "Latvia", "Lithuania"),
    ),
    (
        re.compile(r"\bNordic\s+(?:states|countries|nations|foreign\s+ministers)\b"),
        ("Denmark", "Finland", "Iceland", "Norway", "Sweden"),
    ),
    (
        re.compile(r"\b(?:Visegrad\s+(?:Four|Group|countries|states)|V4)\b"),
        ("Czechia", "Hungary", "Poland", "Slovakia"),
    ),
)


def group_members(text: str) -> list[Entity]:
    """The member states of the group of states a subject names as one, if it names one ([] otherwise).

    >>> [e.name for e in group_members("The three Baltic states")]
    ['Estonia', 'Latvia', 'Lithuania']
    """
    gaz = load_gazetteer()
    for pattern, members in _GROUPS:
        if pattern.search(text):
            return [gaz.entity(name) for name in members]
    return []
