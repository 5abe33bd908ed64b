"""A parliament's written answer: the minister who gives it, named in the heading above the answer ("Answered by X
(Minister of State, ...)", or "Answered on 3 March 2025" and their name with a colon on the line below), who speaks
for the actor of their office in the answer's paragraphs, until the next question. The question itself is no one's
position; `loaders.event_speakers` reads who speaks through `answered_by`.
"""

from __future__ import annotations

import re

from loaders.bylines import OFFICE
from loaders.gazetteer import Entity
from loaders.layout import SPEAKER_LINE, as_name, office_holder
from loaders.prepared import PreparedArticle

# a parliament's written answer: "Answered by Christopher Pincher (Minister of State, Foreign and Commonwealth
# Office), 16 September 2019:", "Answer given by Mr Borrell on behalf of the European Commission"
# "Answered by: Lord Ahmad of Wimbledon", a line of its own under "Answered on: 8 April 2020": a peer's name keeps its
# title and the place it is "of"
_ANSWERED_BY = re.compile(
    r"[ \t]*Answer(?:ed| given)\s+by:?[ \t]+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>(?:(?:Lord|Baroness)\s+)?"
    r"[A-Z][\w'’.-]+(?:\s+(?:of\s+)?[A-Z][\w'’.-]+){0,3})\s*"
    r"(?:(?P<office>\([^()\n]{3,160}\)|on\s+behalf\s+of\s+[^\n:]{3,80})|(?:on|,)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b|$)",
    re.M,
)
# the heading of a written question that names the office it is put to: "Question for Foreign, Commonwealth and
# Development Office"
_QUESTION_FOR = re.compile(r"\s*Question\s+for\s+(?:the\s+)?(?P<office>[^\n]{3,120})")
_ASKED = re.compile(r"\s*(?:Asked\s+by|Question\b)", re.I)  # a new question: the answer before it is done
_ANSWERED_ON = re.compile(r"\s*Answered\s+on\b")  # "Answered on 3 March 2025", above the answerer's name


def answered_by(a: PreparedArticle, paragraph: int) -> tuple[Entity | None, tuple[str, ...]] | None:
    """Who gives a parliament's written answer that `paragraph` is part of: the minister the paragraph heading it
    names ("Answered by X (Minister of State, Foreign and Commonwealth Office), 16 September 2019:", or "Answered on
    3 March 2025" and their name and a colon on the line below), with the actor of their office, who speak in the
    answer's paragraphs after it, until the next question."""
    if "Answer" not in a.norm:
        return None  # (most articles: read for each of their events)
    for earlier in range(min(paragraph, len(a.paragraphs)) - 1, -1, -1):
        start, end = a.paragraphs[earlier]
        if _ASKED.match(a.norm, start, end):
            return None
        answered_on = _ANSWERED_ON.match(a.norm, start, end)
        if answered_on and earlier + 1 < paragraph:
            line = SPEAKER_LINE.fullmatch(a.norm, *a.paragraphs[earlier + 1])
            if line is not None and line["colon"]:  # then "Lord Collins of Highbury:" on a line above the answer
                name, asked = as_name(line.group(1)), _asked_for(a, earlier)
                return (asked and office_holder(a, *asked, name)) or (None, (name,))
        label = next((m for line in _lines(a.norm, start, end) if (m := _ANSWERED_BY.match(a.norm, *line))), None)
        if label is not None and label["office"]:
            return office_holder(a, label.start("office"), label.end("office"), label["name"])
        if label is not None:  # "Answered by Stephen Doughty on 12 March 2025": the office the question is for
            asked = _asked_for(a, earlier)
            return (asked and office_holder(a, *asked, label["name"])) or (None, (label["name"],))
        if answered_on and (name := _signed_below(a, paragraph)) is not None:  # or the minister at the answer's foot
            asked = _asked_for(a, earlier)
            return (asked and office_holder(a, *asked, name)) or (None, (name,))
    return None


# the foot of a written answer: the minister's name on a line, their office on the next ("James Cleverly" / "Minister
# of State (Europe and North America)")
_SIGNED = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})[ \t]*(?:\n[ \t]*[A-Z][^\n]{2,120})?\s*"
)


def _signed_below(a: PreparedArticle, paragraph: int) -> str | None:
    """The name of the minister who signs the answer `paragraph` is part of, at its foot (the paragraph after its last,
    before the next question), if they sign it."""
    for later in range(paragraph + 1, len(a.paragraphs)):
        start, end = a.paragraphs[later]
        if _ASKED.match(a.norm, start, end):
            return None
        office = a.paragraphs[later + 1][1] if later + 1 < len(a.paragraphs) else end  # (on its line, or the next)
        if (signed := _SIGNED.fullmatch(a.norm, start, end)) is not None and OFFICE.search(a.norm, start, office):
            return signed["name"]
    return None


def _asked_for(a: PreparedArticle, paragraph: int) -> tuple[int, int] | None:
    """Where the heading of a written question before `paragraph` names the office it is for: "Question for Foreign,
    Commonwealth and Development Office"."""
    for earlier in range(paragraph - 1, -1, -1):
        found = _QUESTION_FOR.match(a.norm, *a.paragraphs[earlier])
        if found is not None:
            return found.span("office")
    return None


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of `text[start:end]`, as spans: a written answer's heading may give each detail a line of its own."""
    spans, at = [], start
    for line in text[start:end].split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans
