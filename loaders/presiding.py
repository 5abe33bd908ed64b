"""Whom a speaker speaks for when they chair an organisation or speak on another's behalf.

A state's minister who chairs an international organisation speaks for it, not for the state ("Karel De Gucht, the
Belgian foreign minister who holds the rotating chairmanship of the OSCE, said"; "OSCE Chairperson-in-Office Ian Borg");
so does a state holding the EU's rotating presidency ("Finland, which holds the EU presidency, said"); and a delegate
"speaking on behalf of the European Union" speaks for the Union, not for their own state (so does a headline's
"Portugal, for EU, says"); so does an assembly's rapporteur ("the rapporteur, Lithuanian MP Emanuelis Zingeris", after
the assembly). Only an international organisation is presided over in this sense: a state holding the Security Council's
monthly presidency still speaks for itself. Named again by name alone ("Osmani said"), the chair still speaks for it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from loaders.discourse import Speaker
from loaders.events import Event
from loaders.gazetteer import Entity, load_gazetteer
from loaders.mentions import Mention

# "holds the rotating EU presidency", "holding the chairmanship of the OSCE", "chairs the OSCE", "chairing the OSCE"
_HOLDS = re.compile(
    r"\b(?:holds?|holding|held|assumed|took\s+over)\s+(?:the\s+)?(?:(?:rotating|six-month|current|annual)\s+)*"
    r"(?:[\w.'-]+\s+){0,3}?(?:presidency|chairmanship|chair)\b(?:\s+of\s+(?:the\s+)?[^,;.]{1,80})?"
    r"|(?<![\w-])chair(?:s|ing)?\s+the\s+[^,;.]{1,80}",  # (not "co-chairs the talks": a co-chairing state speaks)
    re.I,
)
# an organisation's chair named by the title: "the OSCE chairman", "chairwoman of the OSCE", "the EU presidency"
# ("the OSCE's Swiss chairmanship": a word for the state that holds it may come between)
_TITLE_AFTER = re.compile(
    r"\s*(?:['’]s\s+)?(?:(?:rotating|current)\s+)?(?:[\w-]+\s+)?(?:chair(?:man|person|woman)?|chairmanship|presidency)\b",
    re.I,
)
_TITLE_BEFORE = re.compile(
    r"(?<!co-)(?<!co )\b(?:chair(?:man|person|woman)?|chairmanship|presidency)\s+of\s+(?:the\s+)?$", re.I
)
# the OSCE's own title for the minister who chairs it
_IN_OFFICE = re.compile(r"\bchair(?:man|person|woman)?\s*-\s*in\s*-\s*office\b", re.I)
# (the noun: not "Russia, which co-chairs the talks"; nor one of them: "Russia, a co-chair of the Minsk Group, said",
# "France, one of the co-chairs, said")
_CO_CHAIRS = re.compile(
    r"(?<!which )(?<!who )(?<!that )(?<!\ba )(?<!\bone of the )\bco\s*-\s*chair(?:s|men|man|persons|woman|women)?\b",
    re.I,
)
# an apposition the parse left after the subject, which may name the office the speaker holds: "Bulgarian Foreign
# Minister Solomon Passy, then the OSCE Chairman-in-Office, urged"
_APPOSITION_AFTER = re.compile(r",\s*(?:(?:then|now|currently|also|at\s+the\s+time)\s+)?the\s+[^,;.\n\"“]{1,60},")
_TOPIC = re.compile(r"\b(?:on|for)\s", re.I)
_AS_WELL_AS = re.compile(r",?\s*(?:as\s+well\s+as|along\s+with|together\s+with)\s", re.I)
# an aside after a state that says whom it speaks for: "Portugal, for EU, says", "Finland, for the EU, said"
_FOR_AN_ORGANISATION = re.compile(r",\s*for\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s*,")
# "speaking on behalf of the European Union", "a statement on behalf of the bloc"
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+", re.I)
# the nouns for a grouping of states: "chairs the organisation", "GUAM, the regional grouping of Georgia, ..."
BLOCS = {"bloc", "union", "organisation", "organization", "alliance", "group"}
_BLOC_WORDS = re.compile(rf"(?:{'|'.join(sorted(BLOCS))})\b", re.I)


def presided(text: str, start: int, end: int, mentions: list[Mention]) -> Entity | None:
    """The international organisation that the subject in text[start:end] (or an apposition right after it) chairs
    or presides, if it says so."""
    apposition = _APPOSITION_AFTER.match(text, end)
    end = apposition.end() if apposition else end
    words = text[start : end + 12].lower()
    if "rapporteur" in words:  # "the rapporteur, Lithuanian MP X": the assembly's, named in the subject or before
        owners = [m.entity for m in mentions if start <= m.start < end and m.entity and m.entity.kind != "State"]
        return load_gazetteer().actor_of(owners[0]) if owners else _organisation_before(start, mentions)
    if (aside := _FOR_AN_ORGANISATION.search(text, start, min(end + 40, len(text)))) and aside.start() <= end:
        # "Portugal, for EU, says vote has no bearing": a headline's short word for the presidency's statement
        org = _organisation(mentions, aside.start(), aside.end())
        if org is not None:
            return org
    if "chair" not in words and "presiden" not in words:
        return None  # (most subjects: no title to read)
    if _IN_OFFICE.search(text, start, end):
        return load_gazetteer().lookup("OSCE")
    if _CO_CHAIRS.search(text, start, min(end + 12, len(text))):
        # "the co-chairs - X of Russia, Y of France and Z of the United States - said"
        return _co_chaired(start, end, mentions)
    for found in _HOLDS.finditer(text, start, end):
        # (what a committee is "on" or "for" is its subject: "chairs the State Duma's committee on CIS affairs")
        topic = _TOPIC.search(text, found.start(), found.end())
        org = _organisation(mentions, found.start(), topic.start() if topic else found.end())
        if org is None and _BLOC_WORDS.search(text, found.start(), found.end()):
            org = _organisation_before(start, mentions)  # ("In a letter to OSCE members, X, whose country chairs
            # the organisation, wrote": the one named before)
        if org is not None:
            return org
    for m in mentions:
        org = _organisation([m], m.start, m.end) if start <= m.start < end else None
        if org and (
            _TITLE_AFTER.match(text, m.end, end) or _TITLE_BEFORE.search(text[max(start, m.start - 30) : m.start])
        ):
            return org
    return None


def _organisation_before(start: int, mentions: list[Mention]) -> Entity | None:
    """The international organisation named last before `start`."""
    gaz = load_gazetteer()
    return next(
        (
            gaz.actor_of(m.entity)
            for m in reversed(mentions)
            if m.start < start and m.entity and gaz.actor_of(m.entity).kind == "InternationalOrganization"
        ),
        None,
    )


# the capacity several states speak in: "The United States, Russia and France, as co-chairs of the OSCE Minsk Group,"
_CO_CHAIRS_BEFORE = re.compile(_CO_CHAIRS.pattern + r"\s+$", re.I)  # right before the names, with nothing between
_AS_CO_CHAIRS = re.compile(r",?\s*as\s+(?:the\s+)?(?:three\s+)?co\s*-\s*chair(?:s|men|persons)\s+of\s+", re.I)


def chaired_together(text: str, start: int, end: int, mentions: list[Mention]) -> Entity | None:
    """The organisation several states named as a subject (text[start:end]) speak for when its words, or those right
    after it, say they speak as its co-chairs ("The United States, Russia and France, as co-chairs of the OSCE Minsk
    Group, had said"): one statement of the group, as "The co-chairs of the OSCE Minsk Group said" is."""
    found = _AS_CO_CHAIRS.search(text, start, min(end + 40, len(text)))
    if found:
        return _organisation(mentions, found.start(), found.end() + 40)
    # "the Minsk Group co-chairmen, France, Russia and the United States, who said" (the parse may cut "co-" off),
    # "The OSCE Minsk Group co-chairs Robert Bradtke of the United States, ... said" (a parse of "co-chairs" as a verb)
    co_chairs = _CO_CHAIRS.search(text, max(0, start - 4), end)
    co_chairs = co_chairs or _CO_CHAIRS_BEFORE.search(text, max(0, start - 16), start)
    return _co_chaired(start, end, mentions) if co_chairs and not _AS_WELL_AS.match(text, co_chairs.end()) else None


def beside_the_co_chairs(span: Span) -> bool:
    """Whether a subject joins other actors to "the co-chairs" with "and" ("Turkey and the OSCE Minsk Group
    co-chairs said"): each speaks, the states not as co-chairs (not "France, Russia and the US, as co-chairs of
    ...", nor "The U.S., French, and Russian co-chairs", which the parse may join so, with no "the" of their own)."""
    return any(
        t.lower_.startswith("co-chair") and t.dep_ == "conj" and any(c.dep_ == "det" for c in t.children) for t in span
    )


def _co_chaired(start: int, end: int, mentions: list[Mention]) -> Entity | None:
    """The group co-chairs named in text[start:end] chair: named in their words, just after them (a parse that cut
    "The co-[chairmen of the OSCE Minsk Group]") or last before them ("the Minsk Group co-chairmen")."""
    return _organisation(mentions, start, end + 60) or next(
        (org for m in reversed(mentions) if m.start < start and (org := _organisation([m], m.start, m.end))), None
    )


def on_behalf_of(text: str, event: Event, mentions: list[Mention]) -> list[Entity]:
    """The actors named after "on behalf of" in the event's sentence before its words ("on behalf of France and
    Germany": both); for "on behalf of the bloc", the organisation the subject names ("Finland, which holds the EU
    presidency, said on behalf of the bloc")."""
    if "behalf" not in text:
        return []
    subject = (event.subject.start_char, event.subject.end_char)
    # (words quoted before the verb end nothing: '"...," the presidency said on behalf of the EU')
    end = event.content[0] if event.content and event.content[0] > event.verb.idx else event.verb.sent.end_char
    gaz = load_gazetteer()
    for found in _ON_BEHALF.finditer(text, event.verb.sent.start_char, end):
        named = next(
            (m for m in mentions if m.kind == "actor" and m.entity and _first_after(text, found.end(), m.start)), None
        )
        if named is not None:
            # (and those the parse joins to it: "on behalf of Germany, Poland and the Netherlands")
            name = event.verb.doc.char_span(named.start, named.end, alignment_mode="expand")
            joined = {t.idx for t in name.root.conjuncts} if name is not None else set()
            listed = [named] + [m for m in mentions if m.kind == "actor" and m.entity and m.start in joined]
            return list(dict.fromkeys(gaz.actor_of(m.entity) for m in listed))
        if _BLOC_WORDS.match(text, found.end() + 4 if text.startswith("the ", found.end()) else found.end()):
            org = _organisation(mentions, *subject)
            return [org] if org else []
    return []


def _first_after(text: str, end: int, start: int) -> bool:
    """Whether a mention at `start` is the first thing after `end` ("the" aside)."""
    return end <= start <= end + 4 and text[end:start].strip().lower() in ("", "the")


# the bodies whose presidency is the organisation's: the EU's rotating presidency is the Council of the EU's
_PRESIDENCY_OF_ITS_ORGANISATION = {"Council of the European Union"}


def _organisation(mentions: list[Mention], start: int, end: int) -> Entity | None:
    """The first international organisation named in text[start:end] ("the presidency of the EU Council": the EU)."""
    for m in mentions:
        if start <= m.start < end and m.kind == "actor" and m.entity and m.entity.kind == "InternationalOrganization":
            return m.entity  # the organisation itself, not one of its bodies ("the Security Council")
        if start <= m.start < end and m.entity and m.entity.name in _PRESIDENCY_OF_ITS_ORGANISATION:
            return load_gazetteer().actor_of(m.entity)
    return None


def chairs(known: Speaker | None, role_tokens: list[Token]) -> bool:
    """Whether a person named again by name alone ("Osmani said") was introduced as speaking for an organisation they
    chair ("The OSCE Chairman-in-Office, North Macedonia's Foreign Minister Bujar Osmani, said"): they go on speaking
    for it, not for the state the list of officials gives them."""
    return known is not None and not role_tokens and known.actor is not None and known.actor.kind != "State"
