"""Which known votes the winners a text names won: "Smirnov won a fourth term" (his fourth), "Tatar narrowly won
Sunday's runoff, beating incumbent Mustafa Akinci" (Tatar's, not Akinci's), "Krasnoselsky has been re-elected" (not
his first). `loaders.vote_year` dates an undated article by them; `loaders.vote_resolution` places a vote by them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.namespaces import spelling_key
from loaders.gazetteer import KnownElection, load_gazetteer

NAME_WORD = re.compile(r"\b[A-Z][^\W\d_]+")  # (a word that may be a name: capitalised)


def won(votes: list[KnownElection], text: str, doc: Doc | None = None) -> list[KnownElection]:
    """Those of `votes` whose winner the text names ("Smirnov won a fourth term"), in any transliteration; and of
    those, when it names several votes' winners and `doc` (its parse) is given, the ones it names as the subject of
    a win ("Tatar, a hard-liner, narrowly won Sunday's runoff, beating incumbent Mustafa Akinci": 2020's, not
    Akinci's of 2015; not "neither Tatar nor Akinci won a majority", "Akinci won 29.8 percent"); all of them when it
    names none."""
    # (not a name the text gives only as a past leader's: "backed by outgoing leader Vladislav Ardzinba")
    names = {
        spelling_key(m.group())
        for m in NAME_WORD.finditer(text)
        if not _PAST_LEADER.search(text, max(0, m.start() - 80), m.start())
    }
    named = [k for k in votes if k.winner and spelling_key(k.winner.split()[-1]) in names]
    if doc is not None and len({k.winner for k in named}) > 1:
        named = won_by_subject(named, doc) or named
    if len({k.winner for k in named}) == 1 and len(named) > 1 and not load_gazetteer().offices(named[0].winner):
        named = [k for k in named if k in _nth_win(named[0], text)]
    return named or votes


# a leader named as a past one: "outgoing leader Vladislav Ardzinba", "former president X" (not "Former KGB officer")
_PAST_LEADER = re.compile(
    r"\b(?:former|outgoing|ex-|previous)\s+(?:[\w-]+\s+){0,2}(?:leader|president|head)\s+(?:[A-Z][\w-]+\s+)?$", re.I
)


# a win that was not the winner's first: "has been re-elected", "won a third term", "his re-election"
_REELECTION = re.compile(r"\bre-?elect(?:ed|ion)\b|\b(?:(second|third|fourth|fifth)|another|new)\s+term\b", re.I)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _nth_win(won: KnownElection, text: str) -> list[KnownElection]:
    """Of the wins of a territory's leader (the winner of `won`), those the text's word of re-election near his surname
    leaves: "won a third term", his third; "has been re-elected", any but his first (all of them when it says
    neither)."""
    wins = sorted((k for k in load_gazetteer().elections if k.winner == won.winner), key=lambda k: k.rounds[0])
    surname = (won.winner or "").split()[-1]
    said = [
        found
        for m in re.finditer(re.escape(surname), text)
        if (found := _REELECTION.search(text, max(0, m.start() - 80), m.end() + 80))
    ]
    nth = next((_ORDINALS[f.group(1).lower()] for f in said if f.group(1)), None)
    if nth is not None:
        return wins[nth - 1 : nth] or wins
    return wins[1:] if said else wins


def won_by_subject(votes: list[KnownElection], doc: Doc | None) -> list[KnownElection]:
    """Those of `votes` whose winner the parse makes the subject of a win ("Bzhania won Sunday's snap election")."""
    if doc is None:
        return []
    winning = {spelling_key(t.text) for t in doc if t.pos_ == "PROPN" and _wins(t)}
    return [k for k in votes if k.winner and spelling_key(k.winner.split()[-1]) in winning]


_WIN_VERBS = {"win", "clinch", "secure"}
_SHARES = {"percent", "%", "majority", "share", "seat", "seats"}  # a part of the vote won, not the vote


def _wins(name: Token) -> bool:
    """Whether a name is the subject of a win of the vote: "X (narrowly) won the runoff", "X was elected", "the
    victory of X" (not a share of it, a negated win, nor a win of someone else's clause)."""
    while name.dep_ in ("compound", "flat") and name.head.i != name.i:
        name = name.head
    verb = name.head
    if name.dep_ == "nsubj" and verb.lemma_.lower() in _WIN_VERBS:
        negated = any(c.dep_ in ("neg", "preconj") for c in verb.children) or any(
            c.dep_ == "preconj" or c.lower_ in ("neither", "nor") for c in name.subtree
        )
        shares = any(c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in _SHARES for c in verb.children)
        return not negated and not shares
    if name.dep_ == "nsubjpass" and verb.lemma_.lower() in ("elect", "re-elect"):
        return not any(c.dep_ == "neg" for c in verb.children)
    return name.dep_ == "pobj" and verb.lower_ in ("of", "for") and verb.head.lemma_.lower() in ("victory", "win")
