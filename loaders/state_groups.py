"""Groups of states named as one ("the Baltic states", "the Nordic countries", "the Visegrad Four"; "the two
countries" just named), whose members speak together: "The Baltic states issued a joint statement ..., saying they
would not recognise the elections" is the position of Estonia, Latvia and Lithuania. Only groups whose members are
fixed and known to all readers; an organisation with a secretariat of its own (the EU, NATO, the Nordic Council) is
an actor in its own right instead.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from loaders.gazetteer import Entity, load_gazetteer
from loaders.mentions import Mention

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


def listed_group(span: Span) -> list[Entity]:
    """The members of a group of states a subject lists beside others ("Britain, France, Poland and the Baltic states
    said"): the group's noun coordinated with them, not one a clause or an apposition names ("Poland, a neighbour of
    the Baltic states")."""
    for t in span:
        if t.dep_ == "conj" and (members := group_members(span.doc[t.left_edge.i : t.i + 1].text)):
            return members
    return []


# "the foreign ministries of the two countries", "both governments": the states just named
_COUNTED = re.compile(
    r"\b(?:the\s+(?P<count>two|three|four)|both)\s+(?:foreign\s+)?"
    r"(?:countries|states|governments|nations|capitals|ministers|leaders|presidents)\b",
    re.I,
)
_COUNTS = {"two": 2, "three": 3, "four": 4}


def states_counted(span: Span, mentions: list[Mention]) -> list[Entity]:
    """The states a subject counts ("the foreign ministries of the two countries said", "both governments said", "the
    three ministers wrote"):
    the last ones named before it in its sentence, else in the sentence before ("Germany and France - In a joint
    statement, the foreign ministries of the two countries said"); none unless as many are named."""
    said = _COUNTED.search(span.text)
    if said is None:
        return []
    count = _COUNTS[said["count"].lower()] if said["count"] else 2
    sentence = span.sent
    previous = span.doc[sentence.start - 1].sent if sentence.start else None
    for start, end in (
        (sentence.start_char, span.start_char),
        (previous.start_char, previous.end_char) if previous else (0, 0),
    ):
        named = [m.entity for m in mentions if start <= m.start < end and m.kind in ("actor", "capital") and m.entity]
        states = list(dict.fromkeys(load_gazetteer().actor_of(e) for e in named))
        if len(states) >= count:
            return states[-count:]
    return []
