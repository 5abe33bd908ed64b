"""Posts on social media that a story quotes under their author's name and handle, on the line above the post
("Dmytro Kuleba (@DmytroKuleba), Ukraine's foreign minister:") or before its words on the same line ("Josep Borrell
(@JosepBorrellF): The EU does not ..."), or as an embedded post credits it, on the line below ("— Dmytro Kuleba
(@DmytroKuleba) September 10, 2023"). The post is its author's words, for the actor the bundled list of officials
has them hold office for, else for the one the label's role names ("U.S. Ambassador to Ukraine": the United States,
not the state the ambassador is sent to).
"""

from __future__ import annotations

import re

from loaders.gazetteer import Entity
from loaders.name_labels import speaks_for
from loaders.prepared import PreparedArticle

# a name, a handle in brackets, perhaps a role after a comma, and a colon or the line's end
_POST_LABEL = re.compile(
    r"[ \t]*(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}?[A-Z][\w'’-]+)\s*\(@\w{1,30}\)"
    r"(?:\s*,\s*(?P<role>[^\n:]{2,120}?))?[ \t]*(?::[ \t]*|$)"
)
# the line under an embedded post: a dash, the name and handle, the day it was posted
_POST_CREDIT = re.compile(
    r"[ \t]*(?:—|–|--|-)[ \t]*(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}?[A-Z][\w'’-]+)\s*\(@\w{1,30}\)(?P<role>)[^\n]*"
)


def post_author(a: PreparedArticle, paragraph: int) -> tuple[Entity, tuple[str, ...], int, int] | None:
    """The author of the post a paragraph gives: the actor they speak for, their name, and where the post's words
    start (after a label on the same line) and end; None when no label names one."""
    start, end = a.paragraphs[paragraph]
    label = _POST_LABEL.match(a.norm, start, end)
    words = label.end() if label is not None and label.end() < end else None
    if words is None and paragraph > 0:
        label = _POST_LABEL.fullmatch(a.norm, *a.paragraphs[paragraph - 1])
        words = start if label is not None else None
    if words is None and paragraph + 1 < len(a.paragraphs) and not _POST_CREDIT.fullmatch(a.norm, start, end):
        label = _POST_CREDIT.fullmatch(a.norm, *a.paragraphs[paragraph + 1])
        words = start if label is not None else None
    if label is None or words is None:
        return None
    actor = speaks_for(a, label["name"], *(label.span("role") if label["role"] else (0, 0)))
    return (actor, (label["name"],), words, end) if actor is not None else None
