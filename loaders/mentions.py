"""Finding where the text names actors, government bodies and territories, by character offsets.

Matching runs over the normalised text (same offsets as the original), longest name first, so that
"OSCE Minsk Group" wins over "OSCE" and "Minsk", and "Georgian" over "Georgia".

>>> ms = find_mentions(normalise("The Turkish Foreign Ministry and the EU condemned the vote in Karabakh."))
>>> [(m.text, m.kind, m.entity.name if m.entity else m.territory.name) for m in ms]  # doctest: +NORMALIZE_WHITESPACE
[('Turkish Foreign Ministry', 'body', 'Turkey'), ('EU', 'actor', 'European Union'),
 ('Karabakh', 'territory', 'Nagorno-Karabakh')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from loaders.gazetteer import Entity, Gazetteer, Territory, load_gazetteer
from loaders.text import normalise

#: Names of government bodies, and the body kind each stands for.
BODY_NAMES: dict[str, str] = {
    "Ministry of Foreign Affairs": "Ministry of Foreign Affairs",
    "Foreign Ministry": "Ministry of Foreign Affairs",
    "Foreign Affairs Ministry": "Ministry of Foreign Affairs",
    "Ministry for Foreign Affairs": "Ministry of Foreign Affairs",
    "Ministry of Foreign and European Affairs": "Ministry of Foreign Affairs",
    "MFA": "Ministry of Foreign Affairs",
    "Federal Ministry of Foreign Affairs": "Ministry of Foreign Affairs",
    "Ministry of External Affairs": "Ministry of Foreign Affairs",
    "Federal Foreign Office": "Ministry of Foreign Affairs",
    "Quai d'Orsay": "Ministry of Foreign Affairs",  # France's, by the street it stands on
    "Farnesina": "Ministry of Foreign Affairs",  # Italy's, by its palace
    "Itamaraty": "Ministry of Foreign Affairs",  # Brazil's
    "Smolenskaya Square": "Ministry of Foreign Affairs",  # Russia's
    "Foggy Bottom": "Department of State",  # the United States', by its neighbourhood
    "Bankova": "Presidency",  # Ukraine's president's office, by its street
    "Matignon": "Government",  # France's prime minister's
    "Palazzo Chigi": "Government",  # Italy's
    "Foreign Office": "Ministry of Foreign Affairs",
    "foreign ministry": "Ministry of Foreign Affairs",
    "foreign office": "Ministry of Foreign Affairs",
    "foreign service": "Ministry of Foreign Affairs",  # ("the EU's foreign service": its External Action Service)
    "diplomatic service": "Ministry of Foreign Affairs",
    "Foreign and Commonwealth Office": "Ministry of Foreign Affairs",
    "Foreign, Commonwealth and Development Office": "Ministry of Foreign Affairs",
    "FCDO": "Ministry of Foreign Affairs",
    "State Department": "Department of State",
    "Department of State": "Department of State",
    "Embassy": "Embassy",
    "embassy": "Embassy",
    # (several states' own, named after their adjectives: "the French and German embassies in Tbilisi said")
    "embassies": "Embassy",
    "Embassies": "Embassy",
    "foreign ministries": "Ministry of Foreign Affairs",
    "Foreign Ministries": "Ministry of Foreign Affairs",
    "Permanent Mission": "Permanent Mission",
    "Mission": "Permanent Mission",
    "Presidential Administration": "Presidency",
    "Presidency": "Presidency",
    "Office of the President": "Presidency",
    # (a head of state's office in lower case: "the presidential press service said"; not "the presidency", which may be
    # the EU's rotating one: "the Finnish presidency of the EU")
    "presidential press service": "Presidency",
    "presidential office": "Presidency",
    "presidential administration": "Presidency",
    "Government": "Government",
    "Federal Government": "Government",  # (capitalised: Germany's, as its own press office writes it)
    "government": "Government",
    "Cabinet of Ministers": "Government",
    "governments": "Government",
    "Governments": "Government",
    "Parliament": "Parliament",
    "parliament": "Parliament",
    # parliaments by their own names
    "Verkhovna Rada": "Parliament",
    "State Duma": "Parliament",
    "Duma": "Parliament",  # ("Duma deputy Andrei Kokoshin": no person's name)
    "Milli Majlis": "Parliament",
    "Grand National Assembly": "Parliament",
    "Seimas": "Parliament",
    "Saeima": "Parliament",
    "Riigikogu": "Parliament",
    "Sejm": "Parliament",
    "Bundestag": "Parliament",
    "Senate": "Parliament",
    "General Secretariat": "General Secretariat",
    "Secretariat": "General Secretariat",
    "Ministry of Defence": "Ministry of Defence",
    "Ministry of Defense": "Ministry of Defence",
    "Information and Press Department": "Ministry of Foreign Affairs",  # Russia's, whose comments it publishes
}
#: An institution no list names, written in capitals: "the Bureau for Reintegration", "Central Election
#: Commission", "Ministry of Reintegration of the Temporarily Occupied Territories".
_INSTITUTION = re.compile(
    r"(?<![\w-])(?P<before>(?:[A-Z][\w-]+[ \t]+){0,3})"  # (on the name's line: not a section's "Politics" above)
    r"(?:Bureau|Office|Agency|Commission|Committee|Ministry|Department|Directorate|Chancellery|Service|Council)"
    r"(?P<after>(?:[ \t]+(?:for|of|on)(?:[ \t]+the)?(?:[ \t]+(?:and[ \t]+)?[A-Z][\w-]+){1,4})?)(?![\w-])"
)
# "according to the Ministry", "the Bureau said": the one named before (a state has one ministry a story quotes, where
# "the Council" may be any of several)
_THE_MINISTRY = re.compile(r"\bthe\s+(?:Ministry|Bureau)$")
# "The Commission" with no owner named, which is the European Commission in a text on the European institutions (a
# parliament's question answered "on behalf of the Commission")
_THE_COMMISSION = re.compile(r"(?:[Tt]he\s+)?Commission")
_EUROPEAN = re.compile(r"\bEuropean\s+(?:Parliament|Union|Commission|Council)\b|\bEU\b")
# "The Assembly" of a resolution's text, which is the assembly it named before ("The Parliamentary Assembly of the
# Council of Europe ... The Assembly considers them illegitimate"); with none named before, it names nobody
_THE_ASSEMBLY = re.compile(r"(?<![\w-])[Tt]he\s+(?:Parliamentary\s+)?Assembly(?![\w-])")
#: Bodies whose owner is implied by the name alone when the text names none.
_DEFAULT_OWNER = {
    "State Department": "United States",
    "Department of State": "United States",
    "Foreign, Commonwealth and Development Office": "United Kingdom",
    "FCDO": "United Kingdom",
    "Foreign and Commonwealth Office": "United Kingdom",
    "Federal Foreign Office": "Germany",
    "Federal Government": "Germany",
    "Quai d'Orsay": "France",
    "Verkhovna Rada": "Ukraine",
    "State Duma": "Russia",
    "Duma": "Russia",
    "Milli Majlis": "Azerbaijan",
    "Grand National Assembly": "Turkey",
    "Seimas": "Lithuania",
    "Saeima": "Latvia",
    "Riigikogu": "Estonia",
    "Sejm": "Poland",
    "Bundestag": "Germany",
    "Farnesina": "Italy",
    "Itamaraty": "Brazil",
    "Smolenskaya Square": "Russia",
    "Foggy Bottom": "United States",
    "Bankova": "Ukraine",
    "Matignon": "France",
    "Palazzo Chigi": "Italy",
    "Information and Press Department": "Russia",
}


@dataclass(frozen=True)
class Mention:
    """A name in the text. kind: actor (named state or organisation), demonym, capital, body, territory."""

    start: int
    end: int
    text: str
    kind: str
    entity: Entity | None = None
    territory: Territory | None = None
    body: str | None = None  # for kind == "body": the kind of body ("Ministry of Foreign Affairs", ...)


def _alternation(forms) -> str:
    """A pattern matching any of `forms`, the longest that fits first, written as a trie: the engine follows
    the text's characters down shared prefixes instead of trying hundreds of names in turn at every position
    (Python's `re` does not factor an alternation). Same matches as the forms longest first, each tried with
    what follows it in the pattern (a longer form is given up for a shorter one when what follows fails).

    >>> _alternation(["Turk", "Turkey", "Turkish", "EU"])
    '(?:EU|Turk(?:ey|ish)?)'
    """
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if "" not in node:
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{'|'.join(branches)})?" if branches else ""


@cache
def _patterns(gaz_id: int) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    gaz = load_gazetteer()
    names = re.compile(rf"(?<![\w-])(?:{_alternation(list(gaz.actor_forms) + list(gaz.territory_forms))})(?![\w])")
    bodies = re.compile(rf"(?<![\w-])(?:{_alternation(BODY_NAMES)})(?![\w])")
    owner_forms = _alternation(f for f, s in gaz.actor_forms.items() if s.form != "demonym")
    owner_after = re.compile(rf"\s+(of|in|to)\s+(?:the\s+)?(?:Republic\s+of\s+)?({owner_forms})(?![\w])")
    return names, bodies, owner_after


def find_mentions(text: str, gaz: Gazetteer | None = None) -> list[Mention]:
    """All actor, body and territory mentions in a normalised text, sorted, not overlapping."""
    gaz = gaz or load_gazetteer()
    names, bodies, owner_after = _patterns(id(gaz))
    found: list[Mention] = []
    parties = [(p.start(), p.end()) for p in _PARTY.finditer(text)]
    for m in names.finditer(text):
        surface = m.group()
        if surface in gaz.territory_forms and (
            surface not in gaz.actor_forms or gaz.territory_forms[surface].form == "name"
        ):
            found.append(
                Mention(
                    m.start(),
                    m.end(),
                    surface,
                    "territory",
                    territory=gaz.territories[gaz.territory_forms[surface].target],
                )
            )
            continue
        form = gaz.actor_forms[surface]
        if _a_states_own(text, m.start(), found, gaz.entities[form.target]):
            continue  # "Russian Security Council deputy chairman Dmitry Medvedev": Russia's council, not the UN's
        kind = {"demonym": "demonym", "capital": "capital"}.get(form.form, "actor")
        if any(start <= m.start() < end for start, end in parties):
            continue  # "the ruling United Russia party": a party, not the state
        if kind == "capital" and _NAMED_AFTER_A_CITY.match(text, m.end()):
            continue  # "the Hague Declaration", "the Minsk agreements": a text named after the city, not its state
        found.append(Mention(m.start(), m.end(), surface, kind, entity=gaz.entities[form.target]))
    found += _capitalised_labels(text, names, gaz, found) + _the_peninsula(text, found, gaz)
    for m in bodies.finditer(text):
        found.append(_body(text, m, found, gaz, owner_after))
    named = list(found)
    for m in _INSTITUTION.finditer(text):
        # an owner's name at its start is the owner's, not the institution's: "[Russian] Central Election Commission"
        # (or after a sentence's capital "The": "The [Moldovan] Bureau for Reintegration")
        before = m.start() + len(m.group("before"))
        owner = next(
            (
                n
                for n in named
                if (n.start <= m.start() < n.end or m.start() < n.start < before) and n.kind in ("actor", "demonym")
            ),
            None,
        )
        if owner is not None:
            m = _INSTITUTION.match(text, owner.end + len(text[owner.end :]) - len(text[owner.end :].lstrip()))
            if m is None:
                continue
        if not (m.group("before") or m.group("after") or _THE_MINISTRY.search(text, max(0, m.start() - 4), m.end())):
            continue  # "the Commission", "the Council": which one, the words before it say
        if not any(n.start < m.end() and m.start() < n.end for n in named):  # "Security Council": the gazetteer's
            found.append(_body(text, m, named, gaz, owner_after, kind=m.group()))
    for m in _THE_ASSEMBLY.finditer(text):
        before = [n for n in named if n.end <= m.start() and n.entity is not None and "Assembly" in n.entity.name]
        entity = before[-1].entity if before else _the_one_parliamentary_assembly(m.group(), named, gaz)
        if entity is not None and not any(n.start < m.end() and m.start() < n.end for n in named):
            found.append(Mention(m.start(), m.end(), m.group(), "actor", entity=entity))
    return _bodies_of_bodies(text, _without_overlaps(found))


# organisations with a parliamentary assembly of their own (the Council of Europe's is in the gazetteer)
_WITH_AN_ASSEMBLY = {
    "Council of Europe",
    "Organization for Security and Co-operation in Europe",
    "North Atlantic Treaty Organization",
    "Commonwealth of Independent States",
    "Organization of the Black Sea Economic Cooperation",
    "Union State",
}


def _the_one_parliamentary_assembly(words: str, named: list[Mention], gaz: Gazetteer) -> Entity | None:
    """The Parliamentary Assembly of the Council of Europe, for "The Parliamentary Assembly" of a resolution's text
    that names no assembly before and names the Council of Europe ("calls on the member States of the Council of
    Europe") and no other organisation with a parliamentary assembly (the OSCE's, NATO's)."""
    owners = {n.entity.name for n in named if n.entity is not None and n.entity.name in _WITH_AN_ASSEMBLY}
    if "Parliamentary" not in words or owners != {"Council of Europe"}:
        return None
    return gaz.entity("Parliamentary Assembly of the Council of Europe")


def _bodies_of_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body of no one's named as another's part: "The Committee on Foreign Affairs of the Seimas of the Republic of
    Lithuania" is one body, Lithuania's (not a committee of nobody's beside the parliament)."""
    merged: list[Mention] = []
    for m in mentions:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.kind == "body"
            and last.entity is None
            and m.kind == "body"
            and m.entity is not None
            and _OF_THE.fullmatch(text, last.end, m.start)
        ):
            merged[-1] = Mention(last.start, m.end, text[last.start : m.end], "body", entity=m.entity, body=last.body)
        else:
            merged.append(m)
    return merged


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def _a_states_own(text: str, start: int, found: list[Mention], entity: Entity) -> bool:
    """Whether an organisation's body named by a bare name that states' bodies share ("Security Council") is, after
    a state's adjective or possessive right before it, that state's ("Russian Security Council", "Ukraine's"), and a
    "National Security Council" is always a state's (the White House's, named by the story around it)."""
    if entity.kind != "GovernmentBody" or entity.part_of is None:
        return False
    if re.search(r"\bNational\s+$", text[max(0, start - 12) : start], re.I):
        return True
    before = found[-1] if found else None
    return (
        before is not None
        and before.entity is not None
        and before.entity.kind == "State"
        and before.kind in ("demonym", "actor")
        and re.fullmatch(r"(?:['’]s)?\s+(?:National\s+)?", text[before.end : start]) is not None
    )


# a peninsula named by its common noun alone, not by a name: "held on the peninsula" (not "the Korean peninsula")
_THE_PENINSULA = re.compile(r"(?<![\w-])the\s+(peninsula)\b(?!\s+of\b)", re.I)


def _the_peninsula(text: str, found: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Where the text names one territory that is a peninsula (Crimea, "the Crimean peninsula"), "the peninsula" is
    that territory, as a vote's place ("Russia's presidential election is again held on the peninsula")."""
    named = {m.territory.name for m in found if m.kind == "territory" and m.territory is not None}
    peninsulas = {f.target for surface, f in gaz.territory_forms.items() if surface.lower().endswith(" peninsula")}
    if len(named & peninsulas) != 1:
        return []
    territory = gaz.territories[(named & peninsulas).pop()]
    return [
        Mention(m.start(1), m.end(1), m.group(1), "territory", territory=territory)
        for m in _THE_PENINSULA.finditer(text)
    ]


# parties named after their state: "United Russia", "A Just Russia", "Our Ukraine"
_PARTY = re.compile(r"\b(?:United\s+Russia|A\s+Just\s+Russia|Our\s+Ukraine)\b")
# what is named after the city where it was signed or met: "the Hague Declaration", "the Minsk (peace) agreements"
_NAMED_AFTER_A_CITY = re.compile(
    r"\s+(?:(?:peace|ceasefire|cease-fire|truce)\s+)?"
    r"(?:declaration|agreements?|protocol|memorandum|accords?|convention|format|process|document|summit|deal)\b",
    re.I,
)


# a round-up's label in capitals at the head of a paragraph: "UNITED STATES: ...", "GERMANY AND FRANCE: ...", a
# factbox's "* JAPAN - ...", or its heading on a line of its own ("EUROPEAN UNION", above the Union's reaction)
_CAPITALISED_LABEL = re.compile(
    r"^[ \t]*(?:[*•·][ \t]*)?(?:[A-Z][A-Z.'&-]*[ \t,]+){0,5}[A-Z][A-Z.'&-]*(?=:|[ \t]+[-–—][ \t]|[ \t]*$)", re.M
)


def _capitalised_labels(text: str, names: re.Pattern[str], gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """The actors a label in capitals names, read with each word as a name is written ("UNITED STATES" as "United
    States", an acronym the gazetteer knows, "OSCE", as it is), and the territory a digest's label names ("SOUTH
    OSSETIA: ...")."""
    mentions = []
    for label in _CAPITALISED_LABEL.finditer(text):
        if any(label.start() <= m.start < label.end() for m in found):
            continue
        written = re.sub(r"[A-Z][A-Z.'&-]*", lambda w: w[0] if w[0] in gaz.actor_forms else w[0].title(), label[0])
        for m in names.finditer(written):
            start, end = label.start() + m.start(), label.start() + m.end()
            place = gaz.territory_forms.get(m.group())
            if place is not None and place.form == "name":  # a digest's "ABKHAZIA: ...", the place its item is about
                territory = gaz.territories[place.target]
                mentions.append(Mention(start, end, text[start:end], "territory", territory=territory))
                continue
            form = gaz.actor_forms.get(m.group())
            if form is not None and form.form not in ("demonym", "capital"):
                mentions.append(Mention(start, end, text[start:end], "actor", entity=gaz.entities[form.target]))
    return mentions


def _owns(name: Mention, gap: str) -> bool:
    """Whether a name before a body's, across `gap`, is its owner's: "Azerbaijan's foreign ministry", "Turkish Foreign
    Ministry", "Russia's federal government", "In Baku the foreign ministry" (other words between only after a
    possessive or an adjective of nationality: not "Ukraine said the State Duma elections ...")."""
    between = _OWNER_GAP.fullmatch(gap)
    return between is not None and (
        set(between["words"].split()) <= {"the"} or bool(between["possessive"]) or name.kind == "demonym"
    )


# (on one line: a heading's name is no owner of the body on the line below it)
_OWNER_GAP = re.compile(r"(?P<possessive>'s|')?[ \t]+(?P<words>(?:(?:Federal|[a-z]+)[ \t]+){0,2})")


def _body(
    text: str,
    match: re.Match[str],
    names: list[Mention],
    gaz: Gazetteer,
    owner_after: re.Pattern[str],
    kind: str | None = None,
) -> Mention:
    """A body mention, stretched over the name of its owner: "Turkish Foreign Ministry",
    "Azerbaijan's foreign ministry", "Ministry of Foreign Affairs of Kazakhstan", "foreign ministry in Ankara".
    `kind`: the body's own name, for an institution `BODY_NAMES` does not list."""
    start, end, name = match.start(), match.end(), match.group()
    owner: Entity | None = None
    before = [n for n in names if n.end <= start and n.entity is not None and _owns(n, text[n.end : start])]
    if before:
        owner, start = before[-1].entity, before[-1].start
    after = owner_after.match(text, end)
    # (the host of an embassy, or of several, never its owner: "British Embassy in Azerbaijan", "Western embassies in
    # Tbilisi", "Moscow sent observers, and its embassy in Chisinau said")
    hosted = after and after.group(1) in ("in", "to") and BODY_NAMES.get(name) in ("Embassy", "Permanent Mission")
    if after and (owner is None or after.group(1) == "of") and not hosted:
        owner = gaz.entities[gaz.actor_forms[after.group(2)].target]
        end = after.end()
    elif after and (owner is not None or hosted):
        end = after.end()  # "British Embassy in Azerbaijan": the host country is part of the name
    if owner is None and name in _DEFAULT_OWNER:
        owner = gaz.entities[_DEFAULT_OWNER[name]]
    if owner is None and _THE_COMMISSION.fullmatch(name) and _EUROPEAN.search(text):
        owner = gaz.entities["European Union"]  # "The Commission", in a text of the European institutions
    return Mention(start, end, text[start:end], "body", entity=owner, body=kind or BODY_NAMES[name])


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (a body swallows the name of its owner)."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and m.start < kept[-1].end:
            if m.end - m.start > kept[-1].end - kept[-1].start:
                kept[-1] = m
            continue
        kept.append(m)
    return kept


__all__ = ["Mention", "find_mentions", "BODY_NAMES", "normalise"]
