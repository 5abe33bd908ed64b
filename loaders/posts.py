"""Posts on social media that a story quotes under their author's name and handle, on the line above the post
("Dmytro Kuleba (@DmytroKuleba), Ukraine's foreign minister:") or before its words on the same line ("Josep Borrell
(@JosepBorrellF): The EU does not ..."). The post is its author's words, for the actor the bundled list of officials
has them hold office for, else for the one the label's role names ("U.S. Ambassador to Ukraine": the United States,
not the state the ambassador is sent to).
"""

from __future__ import annotations

import re

from loaders.gazetteer import Entity, load_gazetteer
from loaders.prepared import PreparedArticle

# a name, a handle in brackets, perhaps a role after a comma, and a colon or the line's end
_POST_LABEL = re.compile(
    r"[ \t]*(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}?[A-Z][\w'’-]+)\s*\(@\w{1,30}\)"
    r"(?:\s*,\s*(?P<role>[^\n:]{2,120}?))?[ \t]*(?::[ \t]*|$)"
)
# what comes before the state an official is sent to: "Ambassador to Ukraine", "Embassy in Kyiv"
_HOST = re.compile(r"\b(?:to|in)\s+(?:the\s+)?$")


def post_author(a: PreparedArticle, paragraph: int) -> tuple[Entity, tuple[str, ...], int] | None:
    """The author of the post a paragraph gives: the actor they speak for, their name, and where the post's words
    start (after a label on the same line); None when no label names one."""
    start, end = a.paragraphs[paragraph]
    label = _POST_LABEL.match(a.norm, start, end)
    words = label.end() if label is not None and label.end() < end else None
    if words is None and paragraph > 0:
        label = _POST_LABEL.fullmatch(a.norm, *a.paragraphs[paragraph - 1])
        words = start if label is not None else None
    if label is None or words is None:
        return None
    gaz = load_gazetteer()
    name = label["name"]
    offices = gaz.offices(name, a.published.year if a.published else a.year)
    if offices:
        return gaz.entities[offices[0].actor], (name,), words
    if label["role"] is None:
        return None
    role_start, role_end = label.span("role")
    named = [
        m.entity
        for m in a.mentions
        if role_start <= m.start < role_end
        and m.kind in ("actor", "body")
        and m.entity is not None
        and not _HOST.search(a.norm, max(role_start, m.start - 12), m.start)
    ]
    return (gaz.actor_of(named[0]), (name,), words) if named else None
