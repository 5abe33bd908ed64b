"""What the extraction gives for one article: its statements, each with who spoke for which actor about which
vote, with which stances, and where its words stand in the text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from loaders.article import Article
from loaders.discourse import Speaker
from loaders.elections import ElectionRef
from loaders.gazetteer import Entity


@dataclass(frozen=True)
class ExtractedStatement:
    """One statement: who, about which vote, with which stances, where its words and speaker stand."""

    actor: Entity
    election: ElectionRef
    stances: dict[str, str]  # stance key -> the word that cued it
    polarity: str
    mode: str  # direct | indirect | reported
    words: tuple[int, int]
    speaker: Speaker
    cue: str | None
    date_said: date | None


@dataclass
class Extraction:
    article: Article
    statements: list[ExtractedStatement] = field(default_factory=list)
    elections: list[ElectionRef] = field(default_factory=list)
