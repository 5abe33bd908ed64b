"""Labels that name who speaks and the office that says for whom: a round-up's "• Anitta Hipper, EU spokesperson:
the EU ..." before the words, a broadcast transcript's "DMYTRO KULEBA, UKRAINIAN FOREIGN MINISTER (through
translator):" or "JOSEP BORRELL (EU HIGH REPRESENTATIVE, RECORDED EARLIER):", a post's "Dmytro Kuleba
(@DmytroKuleba), Ukraine's foreign minister:" (`loaders.posts`), a monitoring service's "[Saakashvili] ...".
The actor is the one the bundled list of officials has the person hold office for, else the one the role names
("U.S. Ambassador to Ukraine": the United States, not the state the ambassador is sent to).
"""

from __future__ import annotations

import re

from loaders.gazetteer import Entity, load_gazetteer
from loaders.persons import CLAIMANTS_OWN, PORTFOLIO_WORDS, ROLE_WORDS
from loaders.prepared import PreparedArticle

# a name, a comma, a role with a word of office, and a colon: "• Anitta Hipper, EU spokesperson: "
NAME_ROLE_LABEL = re.compile(
    r"[\s•*·–—-]*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*,\s*(?P<role>[^:\n\"“]{2,80}?)\s*:\s"
)
# a name and a role in brackets, and a colon: a broadcast transcript's "JOSEP BORRELL (EU HIGH REPRESENTATIVE):"
NAME_BRACKET_ROLE_LABEL = re.compile(
    r"[\s•*·–—-]*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*\((?P<role>[^()\n:\"“]{2,80})\)\s*:\s"
)
# a surname and the body the person speaks for in brackets, and a colon: a government press conference's transcript,
# "Adebahr (Federal Foreign Office): We have taken note of the result"
_SURNAME_BODY_LABEL = re.compile(r"[\s•*·–—-]*(?P<name>[A-Z][\w'’-]+)\s*\((?P<role>[^()\n:\"“]{2,80})\)\s*:\s")
# a role with a word of office, a name, and a colon, after a mark or a flag: a channel's digest's "🇪🇺 EU
# spokesperson Peter Stano: the EU does not recognise ..." (the role's last word is the office: not "Georgia's
# Foreign Minister said Tuesday:")
ROLE_NAME_LABEL = re.compile(
    r"[^\w\n\"“]*(?P<role>[A-Z][\w'’.]*(?:\s+[\w'’.]+){0,5}?)\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2})\s*:\s"
)
# a monitoring service's transcript, which names who speaks in square brackets, with a note on how they spoke:
# "[Saakashvili] These so-called elections ...", "[Passy, in English] The ...", "[Presenter] Good evening." (the
# name is the first group, as in the transcripts' "Maria Zakharova: ...")
BRACKETED_LABEL = re.compile(r"\s*\[((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)(?:,[^\]\n]{1,40})?\][ \t]+(?=\S)")
# a video's shot list, whose line names who speaks in the shot, the words below it: "4. SOUNDBITE (Turkish) Binali
# Yildirim, Turkish Prime Minister:", "SOUNDBITE: (English) Name, Role"
_SOUNDBITE = re.compile(
    r"\s*(?:\d{1,3}\.\s*)?(?i:SOUNDBITE|SOT|UPSOUND)\s*:?\s*(?:\([^()\n]{1,40}\)\s*)?"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*,\s*(?P<role>[^:\n]{2,80}?)\s*:?[ \t]*"
)
# what comes before the state an official is sent to: "Ambassador to Ukraine", "Embassy in Kyiv"
_HOST = re.compile(r"\b(?:to|in)\s+(?:the\s+)?$")


def named_with_role(a: PreparedArticle, paragraph: int) -> tuple[Entity, tuple[str, ...]] | None:
    """The actor and name of the person a paragraph's "Name, role:", "NAME (ROLE):" or "Role Name:" label gives; None
    when it has no such label, or its role has no word of office ("Erhürman, the winner:", "HOST (ANNA BERG):")."""
    start, end = a.paragraphs[paragraph]
    label = NAME_ROLE_LABEL.match(a.norm, start, end) or NAME_BRACKET_ROLE_LABEL.match(a.norm, start, end)
    if label is None and (label := ROLE_NAME_LABEL.match(a.norm, start, end)) is not None:
        label = label if label["role"].split()[-1].lower() in ROLE_WORDS else None
    if label is None and (label := _SURNAME_BODY_LABEL.match(a.norm, start, end)) is not None:
        return _surname_of_body(a, label)
    if label is None or not _has_office(label["role"]):
        return None
    name = label["name"].title() if label["name"].isupper() else label["name"]  # ("DMYTRO KULEBA, ...", a transcript)
    actor = speaks_for(a, name, *label.span("role")) or _briefing_home(a)
    return (actor, (name,)) if actor is not None else None


def _briefing_home(a: PreparedArticle) -> Entity | None:
    """Whose briefing a transcript is, for a label whose role names no actor ("Spokesperson Daniel Voda:"): the
    body its title names, else the actor or capital its title or dateline opens on ("Transcript: Ministry of
    Foreign Affairs ..., weekly briefing", then "Chisinau, 14 December 2021": Moldova's; not a title's "Briefing on
    Georgia")."""
    for paragraph, (start, end) in enumerate(a.paragraphs[:2]):
        named = [
            m.entity
            for m in a.mentions
            if start <= m.start < end
            and m.entity is not None
            and (m.kind == "body" and paragraph == 0 or m.kind in ("actor", "capital") and m.start == start)
        ]
        if named:
            return load_gazetteer().actor_of(named[0])
    return None


def _surname_of_body(a: PreparedArticle, label: re.Match) -> tuple[Entity, tuple[str, ...]] | None:
    """The actor of the body a "Surname (Body):" label names, and the surname: "Adebahr (Federal Foreign Office):"
    speaks for Germany (not "Georgia (foreign ministry):", a round-up's label whose first word is the actor)."""
    if any(m.start == label.start("name") for m in a.mentions):
        return None
    bodies = [m.entity for m in a.mentions if label.start("role") <= m.start < label.end("role") and m.kind == "body"]
    actor = load_gazetteer().actor_of(bodies[0]) if bodies and bodies[0] is not None else None
    return (actor, (label["name"],)) if actor is not None else None


def soundbite_above(a: PreparedArticle, paragraph: int) -> tuple[Entity, tuple[str, ...]] | None:
    """The actor and name of the person a shot list's line above the paragraph says speaks in it ("4. SOUNDBITE
    (Turkish) Binali Yildirim, Turkish Prime Minister:", then the words)."""
    if paragraph < 1 or "SOUNDBITE" not in a.norm.upper() and "SOT" not in a.norm:
        return None
    label = _SOUNDBITE.fullmatch(a.norm, *a.paragraphs[paragraph - 1])
    if label is None or not _has_office(label["role"]):
        return None
    actor = speaks_for(a, label["name"], *label.span("role"))
    return (actor, (label["name"],)) if actor is not None else None


def _has_office(role: str) -> bool:
    """Whether a role has a word of office ("EU spokesperson"; not "the winner", "ANNA BERG")."""
    return bool(set(re.findall(r"[\w'’-]+", role.lower())) & ROLE_WORDS)


def speaks_for(a: PreparedArticle, name: str, role_start: int, role_end: int) -> Entity | None:
    """The actor a person named with a role speaks for: the one the officials' list has them hold office for
    then, else the first actor their role names that is not where they are sent."""
    gaz = load_gazetteer()
    offices = gaz.offices(name, a.published.year if a.published else a.year)
    if offices:
        return gaz.entities[offices[0].actor]
    if (named := _post_actor(a, role_start, role_end)) is None and CLAIMANTS_OWN.search(a.norm, role_start, role_end):
        # ("Head of Zaporizhzhia Regional Military Administration": the state claiming the territory that voted)
        claimants = {gaz.by_iso3(e.territory.claimed_by) for e in a.main_elections}
        return claimants.pop() if len(claimants) == 1 else None
    return named


def _post_actor(a: PreparedArticle, start: int, end: int) -> Entity | None:
    """The first actor a post between `start` and `end` names, by its name, a body's or its adjective ("Czech Foreign
    Minister"), that is not where they are sent ("the Cypriot ambassador to the United Kingdom": Cyprus)."""
    named = next(
        (
            m.entity
            for m in a.mentions
            if start <= m.start < end
            and m.kind in ("actor", "body", "demonym")
            and m.entity is not None
            and not _HOST.search(a.norm, max(start, m.start - 12), m.start)
        ),
        None,
    )
    return load_gazetteer().actor_of(named) if named is not None else None


def _untitled(a: PreparedArticle, start: int, name: str) -> str:
    """A name without the title the text gave it before it ("Bulgarian Foreign Minister Solomon Passy", in
    apposition to the post he spoke in: "Solomon Passy"), its last two words at least."""
    words = name.split()
    at = start
    while len(words) > 2 and (
        words[0].lower() in ROLE_WORDS | PORTFOLIO_WORDS | {"state"}
        or any(m.start == at and m.kind in ("actor", "demonym") for m in a.mentions)
    ):
        at = a.norm.index(words[1], at + len(words[0]))
        words = words[1:]
    return " ".join(words)


def introduced(a: PreparedArticle, surname: str, before: int) -> tuple[Entity | None, tuple[str, ...]] | None:
    """The actor of someone a transcript labels by surname ("Kox: ...") whom the text introduced before with their
    post in apposition ("Tiny Kox, the President of the Parliamentary Assembly of the Council of Europe"), with
    their full name; their name alone for a post that names no actor ("Tom Casey, Deputy Spokesman", atop a
    briefing's transcript: whose words say whom he speaks for), or with their post before the name ("Moldova's deputy
    prime minister for reintegration, Roman Rosca, spoke to us"); None when the text did not introduce them."""
    if len(surname.split()) != 1:
        return None
    unplaced = None
    for found in re.finditer(rf"\b((?:[A-Z][\w'’.-]+[ \t]+){{1,3}}{re.escape(surname)}),\s+", a.norm[:before]):
        post = re.match(r"(?:the\s+)?[^,;:()\n]{0,120}", a.norm[found.end() : before])
        words = set(post.group().lower().split()) if post else set()
        if not ROLE_WORDS & words:
            continue
        if (named := _post_actor(a, found.end(), found.end() + post.end())) is not None:
            return named, (found.group(1),)
        unplaced = unplaced or (None, (found.group(1),))
    for found in re.finditer(
        rf"([^\n.;:,]{{3,120}}),[ \t]+((?:[A-Z][\w'’.-]+[ \t]+){{1,5}}{re.escape(surname)}),", a.norm[:before]
    ):
        # (the post, then the name in apposition; "the OSCE chairman-in-office, X")
        titled = ROLE_WORDS & set(re.split(r"[\s-]+", found.group(1).lower()))
        if titled and (named := _post_actor(a, found.start(), found.end(1))) is not None:
            return named, (_untitled(a, found.start(2), found.group(2)),)
    # (or a line of its own that gives the office, then the name: "Deputy Assistant Secretary of State George Kent",
    # under a briefing's title)
    for found in re.finditer(
        rf"^([^\n]*?)\b((?:[A-Z][\w'’.-]+[ \t]+){{1,3}}{re.escape(surname)})[ \t]*$", a.norm[:before], re.M
    ):
        words = found.group(2).split()
        while words and words[0].lower() in ROLE_WORDS | PORTFOLIO_WORDS | {"state"}:
            words = words[1:]  # ("Secretary of State George Kent": the office's last words are no part of the name)
        if ROLE_WORDS & set(found.group(1).lower().split()) and len(words) >= 2:
            named = [m.entity for m in a.mentions if found.start() <= m.start < found.start(2) and m.entity is not None]
            return (load_gazetteer().actor_of(named[0]) if named else None), (" ".join(words),)
    return unplaced
