"""News media that report what others said: "The Russian daily Kommersant noted that ...", "Baku's Trend agency,
citing the foreign ministry's spokesman Hikmat Hajiyev, reported that ...". A newspaper or a broadcaster speaks for
no actor; the one it cites does, and otherwise the words say who they are of ("that Azerbaijan regarded ...").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from loaders.discourse import Discourse, Speaker
from loaders.events import Event
from loaders.prepared import PreparedArticle
from loaders.speakers import resolve_subject

# what a news medium is called ("the daily Kommersant", "the pro-government newspaper", "a news agency"); not "agency"
# alone, which is also what a state names some of its institutions
_MEDIA = {
    "daily",
    "newspaper",
    "paper",
    "tabloid",
    "weekly",
    "broadcaster",
    "outlet",
    "website",
    "portal",
    "magazine",
    "news",
    "media",
}
# "citing X," / "quoting X as saying": whom the medium reports
_CITING = re.compile(r"\b(?:citing|quoting)\s+(?P<who>[^,;:\"“]{3,120}?)(?=\s*,|\s+(?:as\s+saying|that)\b)")


def medium(subject: Span) -> bool:
    """Whether a subject is a news medium ("The Russian daily Kommersant", "Turkey's Anadolu news agency"): its head
    or what qualifies the head says so (not "a statement published on the organisation's website")."""
    head = subject.root
    return any(
        t.lemma_.lower() in _MEDIA  # (also in the plural: "Some Western media outlets")
        for t in (head, *(c for c in head.children if c.dep_ in ("amod", "compound", "appos")))
    )


# what a medium says that is its own guess, not a report: "Some Western media outlets have claimed that China will
# soon recognise the results"
_CONJECTURING = {"claim", "allege", "speculate", "suggest", "predict", "assert"}


def conjecture_of_a_medium(subject: Span, verb: Token) -> bool:
    """Whether the words are a news medium's claim or guess about an actor ("Some Western media outlets have claimed
    that China will soon recognise the results"): its reading of the actor, not the actor's statement (not "Interfax
    reported that the Kremlin welcomed the vote", a report of what the Kremlin said)."""
    return medium(subject) and verb.lemma_.lower() in _CONJECTURING


def cited(a: PreparedArticle, event: Event, discourse: Discourse, from_sentence: bool = False) -> list[Speaker]:
    """Whom the one who reports cites, between its subject (or, `from_sentence`, the start of its sentence) and its
    words ("Interfax reported, citing a source in the foreign ministry, that"; "Baku's Trend agency, citing the
    foreign ministry's spokesman Hikmat Hajiyev, reported that Azerbaijan regarded"), resolved as a subject; [] when
    it cites nobody, or nobody an actor."""
    if "citing" not in a.norm and "quoting" not in a.norm:
        return []  # (most articles: read for each of their events)
    end = event.content[0] if event.content and event.content[0] > event.verb.idx else event.verb.sent.end_char
    start = event.verb.sent.start_char if from_sentence else event.subject.start_char
    found = _CITING.search(a.norm, start, end)
    who = a.doc.char_span(found.start("who"), found.end("who"), alignment_mode="expand") if found else None
    if who is None:
        return []
    speakers = resolve_subject(a.doc, who, who.root.i, a.mentions, a.norm, discourse)
    return speakers if len(speakers) == 1 else []
