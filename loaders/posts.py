"""Posts on social media that a story quotes under their author's name and handle, on the line above the post
("Dmytro Kuleba (@DmytroKuleba), Ukraine's foreign minister:") or before its words on the same line ("Josep Borrell
(@JosepBorrellF): The EU does not ..."), or as an embedded post credits it, on the line below ("— Dmytro Kuleba
(@DmytroKuleba) September 10, 2023"), or as a page of one post under its author's name (a channel's "Ivan Fedorov |
Head of ... Administration" and the day and time). The post is its author's words, for the actor the bundled list of
officials has them hold office for, else for the one the label's role names ("U.S. Ambassador to Ukraine": the United
States, not the state the ambassador is sent to). A post copied under its account alone ("@MFA_Ukraine: ...") is the
account owner's, whom the account's name names (`account_owner`: `loaders.layout` heads the paragraph with it).
"""

from __future__ import annotations

import re

from loaders.gazetteer import Entity, load_gazetteer
from loaders.name_labels import speaks_for
from loaders.persons import persons_in
from loaders.prepared import PreparedArticle

# a name (perhaps after a role: "Estonian Foreign Minister Margus Tsahkna"; or a body's: "Ukraine's Ministry of
# Foreign Affairs"), a handle in brackets, perhaps a role after a comma, and a colon or the line's end
_POST_LABEL = re.compile(
    r"[ \t]*(?P<name>[A-Z][^\n()@:\"“”]{1,100}?)\s*\(@\w{1,30}\)"
    r"(?:\s*,\s*(?P<role>[^\n:]{2,120}?))?[ \t]*(?::[ \t]*|$)"
)
# a post's handle alone before its words, as a live blog quotes it: '@SecBlinken: "The United States will never ..."'
_HANDLE_LABEL = re.compile(r"[ \t]*@(?P<handle>\w{3,30})[ \t]*:[ \t]*(?=\S)")
# the line under an embedded post: a dash, the name and handle, the day it was posted
_POST_CREDIT = re.compile(
    r"[ \t]*(?:—|–|--|-)[ \t]*(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}?[A-Z][\w'’-]+)\s*\(@\w{1,30}\)(?P<role>)[^\n]*"
)


# a page of one post, headed by its author's name, perhaps their role (on the name's line after a bar, as a channel
# heads its posts: "Ivan Fedorov | Head of ..."), and when it was posted ("Olga Cebotari" / "Deputy Prime Minister for
# Reintegration of the Republic of Moldova" / "29 November 2020 at 19:04 ·", "1 December 2025 · Facebook", or the day
# and the time alone: "September 10, 2023 at 09:12")
_POST_HEADER = re.compile(
    r"\A\s*(?P<name>(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]+)(?:[ \t]*\|[ \t]*(?P<barred>[^\n|·]{3,120}?))?[ \t]*\n"
    r"(?:[ \t]*(?P<role>[^\n·]{3,120}?)[ \t]*\n)?"
    r"\s*(?:[^\n]{0,40}?\b(?:[0-2]?\d:[0-5]\d|(?:19|20)\d\d)[ \t]*·[^\n]*"
    r"|[^\n]{0,30}?\b(?:19|20)\d\d,?[ \t]+at[ \t]+[0-2]?\d[:.][0-5]\d[ \t]*)\n"
)

# or a page of one post headed by its author's line: the name and the platform ("Maria Zakharova, Telegram, 28
# September 2022, 10:14"), the name and handle and the day ("Janis Mazeiks (@EUAmbMD) - 1 Dec 2025"), or a thread's
# author and role ("Thread by Oleg Nikolenko, Spokesperson of the Ministry of Foreign Affairs of Ukraine")
_POST_BYLINE = re.compile(
    r"\A\s*(?:(?P<thread>(?:A[ \t]+)?(?:Thread|Post)[ \t]+by[ \t]+))?(?P<barred>)"
    r"(?P<name>(?:[A-Z][\w'’.-]*[ \t]+){1,3}[A-Z][\w'’-]+)(?:[ \t]*\(@\w{1,30}\))?"
    r"(?:,[ \t]*(?:Telegram|X|Twitter|Facebook|VK|VKontakte|Instagram|Mastodon|Threads|Bluesky)\b[^\n]*"
    r"|[ \t]*[-–—·][ \t]*[^\n]{0,20}?\b(?:19|20)\d\d\b[^\n]*"
    r"|(?(thread),[ \t]*(?P<role>[^\n]{3,120}?)|(?!))"
    r")[ \t]*\n"
)


def post_author(a: PreparedArticle, paragraph: int) -> tuple[Entity, tuple[str, ...], int, int] | None:
    """The author of the post a paragraph gives: the actor they speak for, their name, and where the post's words
    start (after a label on the same line) and end; None when no label names one."""
    start, end = a.paragraphs[paragraph]
    header = _POST_HEADER.match(a.norm) or _POST_BYLINE.match(a.norm)
    if header is not None and start >= header.end():  # (the whole page is the post under the header)
        role = next((header.span(g) for g in ("barred", "role") if header[g]), (0, 0))
        actor = speaks_for(a, header["name"], *role)
        return (actor, (header["name"],), start, end) if actor is not None else None
    label = _POST_LABEL.match(a.norm, start, end)
    if label is None and (handle := _HANDLE_LABEL.match(a.norm, start, end)) is not None:
        actor, names = _handle_author(a, handle["handle"])  # ('@SecBlinken: "The United States will never ..."')
        if actor is not None:
            return actor, names, handle.end(), end
    words = label.end() if label is not None and label.end() < end else None
    if words is None and paragraph > 0:
        label = _POST_LABEL.fullmatch(a.norm, *a.paragraphs[paragraph - 1])
        words = start if label is not None else None
    if words is None and paragraph + 1 < len(a.paragraphs) and not _POST_CREDIT.fullmatch(a.norm, start, end):
        label = _POST_CREDIT.fullmatch(a.norm, *a.paragraphs[paragraph + 1])
        words = start if label is not None else None
    if label is None or words is None:
        return None
    actor, names = _author(a, label)
    return (actor, names, words, end) if actor is not None else None


def _handle_author(a: PreparedArticle, handle: str) -> tuple[Entity | None, tuple[str, ...]]:
    """Who a handle alone names: the official whose name, or whose surname no other official bears, it spells
    ("@JosepBorrellF", "@SecBlinken", "@ZelenskyyUa"), else the actor whose name it spells ("@MFA_Lithuania"; not a
    capital's, which media take too: "@KyivIndependent")."""
    gaz, key = load_gazetteer(), handle.lower()
    named = {o.name for form, offices in gaz.officials.items() if _letters(form) in key for o in offices}
    named = named or {
        o.name for name, offices in gaz.surnames.items() if len(name) > 4 and name.lower() in key for o in offices
    }
    if len(named) == 1:
        return speaks_for(a, (name := named.pop()), 0, 0), (name,)
    actors = {
        f.target
        for n, f in gaz.actor_forms.items()
        if f.form in ("name", "alias") and len(n) > 3 and _letters(n) in key
    }
    return (gaz.actor_of(gaz.entities[actors.pop()]), ()) if len(actors) == 1 else (None, ())


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def _author(a: PreparedArticle, label: re.Match[str]) -> tuple[Entity | None, tuple[str, ...]]:
    """Who a post's label names, and the actor they speak for: the person its name ends with, under the role
    before it or after a comma; or, when it names no person but an actor or a body ("Ukraine's Ministry of Foreign
    Affairs (@MFA_Ukraine)"), that actor, with no name."""
    start, end = label.span("name")
    span = a.doc.char_span(start, end, alignment_mode="contract")
    person = persons_in(a.doc, span, a.mentions)[-1:] if span is not None else []
    if person:
        name, first, _ = person[0]
        role = label.span("role") if label["role"] else (start, first)
        return speaks_for(a, name, *role), (name,)
    if any(start <= m.start < end and m.kind in ("actor", "body") for m in a.mentions):
        return speaks_for(a, "", start, end), ()
    return speaks_for(a, label["name"], *(label.span("role") if label["role"] else (0, 0))), (label["name"],)


# a social-media account opening a paragraph, its post after the colon: "@MFA_Ukraine: ...", "@PolandMFA: ..."
ACCOUNT_LABEL = re.compile(r"\s*@(?P<handle>\w{2,30})[ \t]*:\s")
_HANDLE_PART = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+")
_GOV_CODE = re.compile(r"gov_?([a-z]{2})$", re.I)


def account_owner(handle: str) -> Entity | None:
    """The one actor an account's name names among its parts ("MFA_Ukraine", "PolandMFA"), or the state whose code
    ends a government's account ("MFAgovge": Georgia), if any (none for a person's, "LinkeviciusL")."""
    gaz = load_gazetteer()
    if code := _GOV_CODE.search(handle):
        return next((e for e in gaz.entities.values() if e.iso2 and e.iso2.lower() == code[1].lower()), None)
    parts = _HANDLE_PART.findall(handle.replace("_", " "))
    named = {gaz.lookup(p) or (gaz.lookup(p.capitalize()) if p.islower() and len(p) > 3 else None) for p in parts}
    named.discard(None)
    return gaz.actor_of(named.pop()) if len(named) == 1 else None
