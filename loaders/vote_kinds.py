"""What kind of vote a mention names: a referendum, a presidential, parliamentary, general or local election, an
election of no kind said ("the elections"), or none ("the vote", "the polls"). `loaders.elections` asks it of each
mention's words.
"""

from __future__ import annotations

import re

from loaders.known_votes import ELECTION

# an election named by what it elects, beside which "a plebiscite" is only another word for it
_NAMED_ELECTION = re.compile(
    r"\b(?:parliamentary|presidential|legislative|local|municipal)\s+(?:elections?|votes?|ballot|polls?)\b", re.I
)


# what a vote fills: a presidency ("elected a new president", "the region's new leader") or a legislature
_PRESIDENCY = r"president|leader|head"
_LEGISLATURE = r"parliament|legislature|assembly|supreme (?:council|soviet)"
# ... named right after "elected": "elected a new parliament"
_ELECTED_WHAT = re.compile(
    rf"\belected\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:new\s+)?(?:regional\s+)?({_LEGISLATURE}|{_PRESIDENCY})\b",
    re.I,
)


def kind_of(words: str, noun: str, sentence: str) -> str | None:
    """The kind of vote a mention's noun and the words before it name, read with its sentence: "referendum",
    "presidential", "parliamentary", "general", "local", ELECTION for "the elections" alone, else None ("the vote")."""
    words, noun = words.lower(), noun.lower()
    if noun.startswith("plebiscite") and _NAMED_ELECTION.search(sentence):
        return None  # ('Abkhazia's parliamentary ballot: "an illegal plebiscite"': a word for that vote, no referendum)
    if noun.startswith(("referend", "plebiscite")) or "constitutional" in words:
        return "referendum"
    if noun == "elected" and (chose := _ELECTED_WHAT.search(sentence)):
        # what it elected, right after it: "elected a new parliament" (not "... loyal to the region's leader X")
        return "presidential" if re.fullmatch(_PRESIDENCY, chose.group(1), re.I) else "parliamentary"
    # "elected a new president", "the parliament elected X as the region's new leader"
    presidential = (
        "presidential" in words
        or noun.endswith("presidency")
        or (noun == "elected" and re.search(rf"\b({_PRESIDENCY})\b", sentence, re.I))
    )
    parliamentary = any(w in words for w in ("parliament", "legislative")) or (
        noun == "elected"  # "elected a new Supreme Council" (not "the assembly elected a president")
        and not presidential
        and re.search(rf"\b({_LEGISLATURE})\b", sentence, re.I)
    )
    if presidential and parliamentary or "general" in words:
        return "general"
    if presidential:
        return "presidential"
    if parliamentary:
        return "parliamentary"
    if any(w in words for w in ("local", "municipal", "regional")):
        return "local"
    # ("X is re-elected unopposed; a referendum the same day ...": someone elected, in a vote that is no referendum)
    return ELECTION if noun.startswith(("election", "electoral")) or noun == "elected" else None
