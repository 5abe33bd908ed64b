"""Persons a subject names, with the actors they speak for, from the bundled list of officials: "The foreign
ministers of France and Germany, Jean-Yves Le Drian and Heiko Maas" (each with their own state), "Foreign Ministry
spokeswoman Maria Zakharova" (Russia's). `loaders.speakers` asks it of every subject that names a person.
"""

from __future__ import annotations

from loaders.gazetteer import Entity, load_gazetteer
from loaders.mentions import Mention


def paired_with_actors(
    persons: list[tuple[str, int, int]], actors: list[Mention]
) -> list[tuple[Entity, tuple[str, int, int]]]:
    """Each person of a subject with the actor they speak for, when it names as many actors as persons: "The
    foreign ministers of France and Germany, Jean-Yves Le Drian and Heiko Maas" (by the list of officials where it
    knows them all, else in the order named; or fewer actors, when it knows each person's own: "Heiko Maas and his
    French counterpart Jean-Yves Le Drian"); [] otherwise."""
    named = list(dict.fromkeys(load_gazetteer().actor_of(m.entity) for m in actors if m.entity is not None))
    if len(persons) < 2 or len(named) > len(persons):
        return []
    gaz = load_gazetteer()
    held = [{gaz.entities[o.actor] for o in gaz.offices(name)} for name, _, _ in persons]
    if all(held):
        pairs = [
            (next(iter(h & set(named)), None) or (next(iter(h)) if len(h) == 1 else None), p)
            for h, p in zip(held, persons, strict=True)
        ]
        if all(actor is not None for actor, _ in pairs) and len({a.key for a, _ in pairs}) == len(pairs):
            return pairs  # type: ignore[return-value]
    return list(zip(named, persons, strict=True)) if len(named) == len(persons) else []


def office_of(
    persons: list[tuple[str, int, int]], year: int | None = None, role: str | None = None
) -> tuple[Entity, str] | None:
    """The actor a person named in the subject holds office for (in the `year` spoken of, in the `role` the text
    gives), and the person's full name, from the bundled list of officials."""
    gaz = load_gazetteer()
    for name, _, _ in persons:
        offices = gaz.offices(name, year, role)
        if offices:  # the name as the text spells it ("Tayyip Erdogan"), or in full for a surname ("Lavrov")
            return gaz.entities[offices[0].actor], name if name in gaz.officials else offices[0].name
    return None
