"""How an article is laid out around its statements: one-line headings and round-up labels that name the actors
whose reactions follow ("European Union" on a line of its own; "Georgia: The foreign ministry said ..."; "GERMANY AND
FRANCE: The foreign ministries said ..."), a transcript's labels naming an official ("Maria Zakharova: We ...",
"MR PRICE: We ..."), and the byline of a signed piece ("By Dmytro Kuleba, Minister of Foreign Affairs of Ukraine").
`loaders.statements` reads who speaks through these; a text's own voice is in `loaders.voice`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from loaders.bylines import signed_by, titled_author
from loaders.delegates import DELEGATE_LABEL, delegate
from loaders.extracted import ExtractedStatement
from loaders.gazetteer import Entity, Official, load_gazetteer
from loaders.mentions import Mention
from loaders.name_labels import (
    BRACKETED_LABEL,
    NAME_BRACKET_ROLE_LABEL,
    NAME_ROLE_LABEL,
    ROLE_NAME_LABEL,
    introduced,
    named_with_role,
    soundbite_above,
)
from loaders.persons import ROLE_WORDS, persons_in
from loaders.posts import ACCOUNT_LABEL, account_owner, post_author
from loaders.prepared import PreparedArticle
from loaders.text import TIME_STAMP
from loaders.vote_context import LABEL

# a peer, named by title and seat: "Lord Ahmad of Wimbledon", "Baroness Kinnock of Holyhead"
_PEER = r"(?:Lord|Baroness|Lady|Earl|Viscount)\s+[A-Z][\w'’-]+\s+of\s+[A-Z][\w'’-]+"
# "Maria Zakharova: ", "MR PRICE: " (a briefing's transcript), "Lord Ahmad of Wimbledon: " (a peer's, in a record),
# "HR/VP Kallas: " (the EU's High Representative, in the EEAS's transcripts)
_NAME_LABEL = rf"\s*(?:(?:MR|MS|MRS|DR|Mr|Ms|Mrs|Dr|HR/VP)\.?\s+)?({_PEER}|(?:[A-Z][\w'’.-]+\s+){{0,3}}[A-Z][\w'’-]+)"
# "The Minister of State, Foreign, Commonwealth and Development Office (Leo Docherty): " (a parliament's record; "The
# Minister of State, Foreign and Commonwealth Office (Baroness Kinnock of Holyhead)" in the Lords)
_OFFICE = (
    r"\s*(?P<office>(?:The\s+)?(?:[A-Z][\w'’.-]*,?\s+)(?:[\w'’.-]+,?\s+){0,14}?)"
    rf"\((?P<name>{_PEER}|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,3}})\)"
)
# a label opens its paragraph, up to a colon; a record of a debate published online gives it on a line of its own,
# above the speech ("The Minister for Europe (Wendy Morton)", then "Wendy Morton")
# (or a channel's post puts it, with its colon, above the paragraphs it says: "Maria Zakharova:")
_SPEAKER_LABEL, SPEAKER_LINE = (
    re.compile(_NAME_LABEL + r"\s*:\s"),
    re.compile(_NAME_LABEL + r"[ \t]*(?P<colon>:)?[ \t]*"),
)
_OFFICE_LABEL, _OFFICE_LINE = re.compile(_OFFICE + r"\s*:\s"), re.compile(_OFFICE + r"[ \t]*")
# (a name's last: the others hold one)
_LABELS = (_OFFICE_LABEL, DELEGATE_LABEL, NAME_ROLE_LABEL, NAME_BRACKET_ROLE_LABEL, ROLE_NAME_LABEL, _SPEAKER_LABEL)
_LABELS += (BRACKETED_LABEL,)
# a label that may say who speaks, with their office and name: longer than a round-up's "Georgia:"
_SPEAKER_PHRASE = re.compile(r"[^:\"“\n]{1,100}:")
# what joins the actors of one label: "GERMANY AND FRANCE:", "Estonia, Latvia and Lithuania:"
_JOINING = re.compile(r"\s*(?:,|and|&)\s*", re.I)


@dataclass(frozen=True)
class Header:
    """A heading or a label: where it starts, the actor it names (and the others a label names with it)."""

    start: int
    actor: Entity
    labelled: bool  # a paragraph's leading label, not a line of its own
    also: tuple[Entity, ...] = ()


def headers(a: PreparedArticle) -> list[Header]:
    """One-line paragraphs that only name an actor ("European Union", "Organization of ... (OIC)") head
    the paragraphs below them, and so does a paragraph's leading label ("Georgia: The foreign ministry
    said ...", as round-ups list reactions; "GERMANY AND FRANCE: The foreign ministries said ..." names two):
    later references ("the organization", "the ministries") point to that actor, or to those actors."""
    found = []
    gaz = load_gazetteer()
    for start, end in a.paragraphs:
        stamp = TIME_STAMP.match(a.norm, start, end)  # (a live blog's entry: "14:05 - EU spokeswoman X: ...")
        start = stamp.end() if stamp else start
        line = a.norm[start:end].strip()
        handled = ACCOUNT_LABEL.match(a.norm, start, end)  # a post copied under its account: "@MFA_Ukraine: The ..."
        if handled and (owner := account_owner(handled["handle"])) is not None:
            found.append(Header(start, owner, True))
            continue
        inside = [
            m for m in a.mentions if start <= m.start < end and m.kind in ("actor", "demonym", "body") and m.entity
        ]
        if not inside:
            continue
        first = inside[0]
        actor = gaz.actor_of(first.entity)
        # (or an entry's name alone as its first sentence, in a live blog after its time or in a round-up of
        # reactions: "16:42 — Japan. Prime Minister Fumio Kishida said ...", "Japan. The Foreign Ministry said ...")
        label = LABEL.match(a.norm[start:end]) or _ENTRY_NAME.match(a.norm[start:end])
        label = label or _long_dash_label(a, start, end)
        named = [m for m in inside if label and m.start < start + label.end()]
        if named and _only_names(a.norm, named, start + label.end()):
            also = tuple(dict.fromkeys(gaz.actor_of(m.entity) for m in named[1:]))
            found.append(Header(start, actor, True, tuple(x for x in also if x != actor)))
            continue
        spoken = _SPEAKER_PHRASE.match(a.norm, start, end)  # ("• The Council of Europe's Secretary General X:")
        if spoken and first.start < spoken.end() and _speaker_label(a, start, first, spoken.end()):
            found.append(Header(start, actor, True))  # "• Ukraine's Foreign Ministry: the vote is null and void"
            continue
        line = line.split("\n", 1)[0].strip()  # (a letterhead's line over the title: its first line)
        if len(_ORGANS.sub("", line).split()) <= 8 and not line.endswith((".", '"')) and first.text in line:
            rest = re.sub(r"\(.*?\)", "", line.replace(first.text, "")).strip()
            # ("The Verkhovna Rada of Ukraine:", a resolution's "The European Parliament,"; a letterhead's organs after
            # dashes: "Council of Europe - Parliamentary Assembly - Standing Committee")
            if not _ORGANS.sub("", re.sub(r"^the\b|[:,]$", "", rest, flags=re.I)).strip():
                found.append(Header(start, actor, False))
    return found


# a name before a dash opening a paragraph: a list of reactions copied without its flags, " Turkey — The Ministry ..."
_DASHED = re.compile(r"\s*[A-Z][\w'’.&, ]{1,58}?\s-\s")


def _long_dash_label(a: PreparedArticle, start: int, end: int) -> re.Match | None:
    """A paragraph's leading name before a long dash (an en or em dash as written: `loaders.text.normalise` makes every
    dash a hyphen; a hyphen alone may join words: "Russia - Ukraine talks")."""
    label = _DASHED.match(a.norm[start:end])
    return label if label is not None and a.text[start + label.end() - 2] in "–—" else None


# a letterhead's organs of the actor it names, after its name or a dash: "NATO Parliamentary Assembly", "Council of
# Europe - Parliamentary Assembly", "- Press Service"
_ORGANS = re.compile(
    r"(?:(?:^|\s*[-–—|]\s*|\s+)(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"(?:Assembly|Committee|Council|Secretariat|Service|Office|Delegation|Mission|Commission|Presidency|Bureau"
    r"|Department|Directorate|Centre|Center)\b)+"
)


def _speaker_label(a: PreparedArticle, start: int, first: Mention, end: int) -> bool:
    """Whether a paragraph's label up to `end` (its colon) is who speaks, the actor named first (after a name, if
    any) and no verb: "• Ukraine's Foreign Ministry:", "The Council of Europe's Secretary General X:", "• Anitta
    Hipper, EU spokesperson:" (not "Ukraine's answer was clear:")."""
    # (or a post's handle with who it is in brackets: "@kelly_degnan (U.S. Ambassador to Georgia Kelly Degnan):")
    if not re.fullmatch(
        r"[\s•*·–—-]*(?:@\w+\s*\(\s*)?(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*,\s*)?(?:[Tt]he\s+)?",
        a.norm[start : first.start],
    ):
        return False
    # (with when or where they spoke after a comma: "• US State Department spokesperson X, asked at the briefing:")
    occasion = _OCCASION.search(a.norm, first.end, end)
    label = a.doc.char_span(start, occasion.start() if occasion else end, alignment_mode="contract")
    if label is not None and _WATCHERS.search(label.text):
        return False  # "Russian observers:": who watched the vote, no one's spokespeople (unless a parliament's)
    return label is not None and not any(t.pos_ in ("VERB", "AUX") and t.is_alpha for t in label)  # (not "•")


_WATCHERS = re.compile(r"(?<!parliamentary )\b(?:observers?|monitors?)\b", re.I)


_OCCASION = re.compile(r",\s+(?:asked|speaking|talking|writing|responding|answering|commenting|interviewed)\b")


def named_in_label(a: PreparedArticle, start: int) -> tuple[str, ...]:
    """The person a paragraph's label starting at `start` names, up to its colon ("• The Council of Europe's
    Secretary General Marija Pejčinović Burić: ..."), if any."""
    label = _SPEAKER_PHRASE.match(a.norm, start)
    span = a.doc.char_span(start, label.end() - 1, alignment_mode="contract") if label else None
    return tuple(name for name, _, _ in persons_in(a.doc, span, a.mentions)[:1]) if span is not None else ()


_ENTRY_NAME = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:of\s+)?[A-Z][\w'’&-]*){0,3}\.\s")


def _only_names(text: str, named: list[Mention], end: int) -> bool:
    """Whether a label up to `end` (its colon) is the names alone, joined by commas or "and", and perhaps followed
    by who spoke for them in brackets ("Georgia (foreign ministry):"), a factbox's dash ("* UNITED STATES - ") or a
    table's cell ("| Moldova |", "Moldova<tab>")."""
    joined = all(_JOINING.fullmatch(text[x.end : y.start]) for x, y in zip(named, named[1:], strict=False))
    return joined and bool(
        re.fullmatch(r"\s*(?:\([^()\n]*\)\s*)?(?::|\s[-–—]\s|\|\s?|\t|\.\s)", text[named[-1].end : end])
    )


def labelled_official(a: PreparedArticle, paragraph: int) -> tuple[Entity | None, tuple[str, ...]] | None:
    """The official a transcript's paragraph is labelled with ("Maria Zakharova: We welcome ..."), who "we" and
    "I" are there: the actor they hold office for and their name. A parliament's record labels a minister with
    their office ("The Minister of State, Foreign, Commonwealth and Development Office (Leo Docherty): ..."), and
    then with the name alone, which speaks for the actor of the office it was first given with; a member's
    label names a constituency, which speaks for nobody ("Stephen Doughty (Cardiff South and Penarth) (Lab):"). A
    briefing's label may give the office alone ("Spokesperson: ..."), whose holder its title names ("Noon briefing by
    the Spokesperson for the Secretary-General"): the actor of that office, and no name."""
    if not 0 <= paragraph < len(a.paragraphs):
        return None
    return _labels(a)[1][paragraph]


def _labels(a: PreparedArticle) -> tuple[list, list]:
    """Each paragraph's post (`loaders.posts.post_author`) and label (`labelled_official`), found once an article:
    every statement asks for its paragraph's, and the transcript's speeches for all of them."""
    if a._labels is None:
        posts = [post_author(a, paragraph) for paragraph in range(len(a.paragraphs))]
        a._labels = (
            posts,
            [
                # (a post under its author's name and handle: loaders.posts)
                (post[0], post[1]) if post is not None else _labelled_by_name(a, paragraph)
                for paragraph, post in enumerate(posts)
            ],
        )
    return a._labels


def _labelled_by_name(a: PreparedArticle, paragraph: int) -> tuple[Entity | None, tuple[str, ...]] | None:
    """The official a paragraph's label names (`labelled_official`, posts aside)."""
    if (
        delegation := delegate(a, paragraph) or named_with_role(a, paragraph) or soundbite_above(a, paragraph)
    ) is not None:
        return delegation  # (a meeting's record: "Mr. Churkin (Russian Federation):"; "X, EU spokesperson:")
    start, end = a.paragraphs[paragraph]
    office = label = None
    if ":" in a.norm[start : start + 160]:
        office, label = _OFFICE_LABEL.match(a.norm, start, end), _SPEAKER_LABEL.match(a.norm, start, end)
    label = label or BRACKETED_LABEL.match(a.norm, start, end)
    on_line = not (office or label) and paragraph > 0
    if on_line:
        start, end = a.paragraphs[paragraph - 1]  # (the line above the speech)
        office, label = _OFFICE_LINE.fullmatch(a.norm, start, end), SPEAKER_LINE.fullmatch(a.norm, start, end)
    if office is not None:
        return office_holder(a, office.start("office"), office.end("office"), office["name"])
    if label is None:
        return None
    gaz = load_gazetteer()
    name = as_name(label.group(1))
    # (a name or an office alone on a line may be a photo's caption or a heading: on a line, only a name that an
    # office's label gave before)
    if not on_line and name.lower() in ROLE_WORDS:
        first = a.paragraphs[0]
        titled = [m.entity for m in a.mentions if first[0] <= m.start < first[1] and m.kind in ("actor", "body")]
        return (gaz.actor_of(titled[0]), ()) if titled and titled[0] is not None else None
    # (but a name with its colon on a line of its own labels the speech below: "Maria Zakharova:")
    captioned = on_line and not label.groupdict().get("colon")
    offices = () if captioned else gaz.offices(name, a.published.year if a.published else a.year)
    if offices:
        return gaz.entities[offices[0].actor], (offices[0].name,)
    for earlier in range(paragraph - 1, -1, -1):  # "Leo Docherty: ...", after his office labelled him
        e_start, e_end = a.paragraphs[earlier]
        office = _OFFICE_LABEL.match(a.norm, e_start, e_end) or _OFFICE_LINE.fullmatch(a.norm, e_start, e_end)
        if office is not None and office["name"] == name:
            return office_holder(a, office.start("office"), office.end("office"), name)
    return None if on_line else introduced(a, name, a.paragraphs[paragraph][0])


def speeches(a: PreparedArticle) -> list[tuple[Entity, tuple[str, ...], int, int]]:
    """The speech of each paragraph a transcript labels with an official (their actor, their name, where the words
    start after the label and where they end). Where two paragraphs or more are so labelled, one without a label of
    its own goes on with the speech before it ("Maria Zakharova: ..." then "As for Tbilisi, ..."), until a label
    ("Question: ..."); a post says no more than its own words. Found once an article."""
    if a._speeches is None:
        a._speeches = list(_speeches(a))
    return a._speeches


def _speeches(a: PreparedArticle) -> Iterator[tuple[Entity, tuple[str, ...], int, int]]:
    posts, labels = _labels(a)
    # (two labelled turns, one of an official's: "Vladimir Putin: ..." and "Aslan Bzhania: ...", a name the text gave
    # before but no list gives an actor)
    turns = sum(1 for paragraph, labelled in enumerate(labels) if labelled or _named_before(a, paragraph))
    transcript = turns >= 2 and any(labelled is not None and labelled[0] is not None for labelled in labels)
    # (a name and a colon on a line of its own says all the paragraphs below it, to the next label)
    transcript = transcript or any(
        (line := SPEAKER_LINE.fullmatch(a.norm, start, end)) is not None and line["colon"]
        for start, end in a.paragraphs
    )
    speaking = None
    for paragraph, (start, end) in enumerate(a.paragraphs):
        if (post := posts[paragraph]) is not None:  # (a post says no more than its own words)
            yield post[0], post[1], post[2], post[3]
            speaking = None
            continue
        labelled = labels[paragraph]
        if labelled is None and transcript and speaking is not None and not _OPENS_WITH_LABEL.match(a.norm, start):
            labelled = speaking
        # (not an office that names no actor: its holder's words say whose they are)
        speaking = labelled if labelled is not None and labelled[0] is not None else None
        if speaking is not None:
            label = next((m for m in (x.match(a.norm, start, end) for x in _LABELS) if m is not None), None)
            yield speaking[0], speaking[1], label.end() if label else start, end
            if soundbite_above(a, paragraph) is not None:
                speaking = None  # (a shot's words are the paragraph below its line alone)


def speech_at(a: PreparedArticle, offset: int) -> tuple[Entity, tuple[str, ...]] | None:
    """Whose speech in a transcript holds `offset` (their actor and name), labelled above it or in its paragraph."""
    return next(((actor, names) for actor, names, start, end in speeches(a) if start <= offset < end), None)


def _named_before(a: PreparedArticle, paragraph: int) -> bool:
    """Whether a paragraph opens with the label of a name the text gave before ("Aslan Bzhania: Thank you")."""
    start, end = a.paragraphs[paragraph]
    label = _SPEAKER_LABEL.match(a.norm, start, end) or BRACKETED_LABEL.match(a.norm, start, end)
    return label is not None and " " in label.group(1).strip() and label.group(1).strip() in a.norm[:start]


# a paragraph that opens with a label of its own ("Question: ...", "Interviewer: ...")
_OPENS_WITH_LABEL = re.compile(r"\s*[A-Z][^:\n\"“]{0,60}:\s|\s*\[[A-Z][^\]\n]{0,60}\]\s")


def office_holder(a: PreparedArticle, start: int, end: int, name: str) -> tuple[Entity | None, tuple[str, ...]] | None:
    """The actor of the office a label names between `start` and `end` (its body or its state), with the name; an
    office that names no actor ("The Minister for Europe and the Americas (Wendy Morton)") gives the name alone,
    whose actor the words must say; a member's constituency ("Stephen Doughty (Cardiff South and Penarth)") gives
    nothing."""
    gaz, name = load_gazetteer(), re.sub(r"^(?:Sir|Dame)\s+", "", name)  # (a knight's honorific: "Sir Alan Duncan")
    named = [m.entity for m in a.mentions if start <= m.start < end and m.kind in ("actor", "body") and m.entity]
    if named:
        return gaz.actor_of(named[0]), (name,)
    return (None, (name,)) if ROLE_WORDS & set(a.norm[start:end].lower().split()) else None


def as_name(label: str) -> str:
    """A label's name as the officials' list writes it: "PRICE" -> "Price"."""
    return label.title() if label.isupper() else label


def by_author(a: PreparedArticle, statements: list[ExtractedStatement]) -> list[ExtractedStatement]:
    """An opinion piece signed "By Dmytro Kuleba, Minister of Foreign Affairs of Ukraine", a letter signed at its
    foot (a name, then "Ambassador of Georgia to the United Kingdom"), or a statement titled "Statement by Press
    Secretary ONO Hikariko on ...": its author speaks the words it gives its author's actor in its own voice
    ("Ukraine will never recognise these referendums"); a joint text signed by several at its foot, each signer
    those of theirs."""
    top = a.norm[: a.paragraphs[min(3, len(a.paragraphs)) - 1][1]] if a.paragraphs else ""
    gaz = load_gazetteer()
    byline = signed_by(a)
    if byline is None and len(signers := signatures(a)) >= 2:
        for name, role, actor in signers:
            statements = _by(a, statements, name, role, actor)
        return statements
    signed = byline or signature(a)
    if signed is not None:
        name, role, (start, end) = signed
        named = [gaz.actor_of(m.entity) for m in a.mentions if start <= m.start < end and m.entity is not None]
    elif (titled := titled_author(top, a.published.year if a.published else None)) is not None:
        name, role = titled
        named = []
    else:
        return statements
    offices = gaz.officials.get(name)
    own = {s.actor for s in statements if s.mode != "reported" and not a.quoted(s.words[0])}
    actor = named[0] if named else (gaz.entities[offices[0].actor] if offices else None)
    if actor is None and byline is None and len(own) == 1:
        actor = own.pop()  # (a titled statement naming no actor: the one whose words it gives)
    return statements if actor is None else _by(a, statements, name, role, actor)


def _by(
    a: PreparedArticle, statements: list[ExtractedStatement], name: str, role: str, actor: Entity | None
) -> list[ExtractedStatement]:
    """The statements an author's actor makes in the text's own voice, with the author as their speaker (and their
    office, where another rule already named them: a written answer's minister at its foot)."""
    return [
        replace(s, speaker=replace(s.speaker, persons=(name,), role=role))
        if s.actor == actor
        and s.speaker.persons in ((), (name,))
        and not s.speaker.role  # (not "The Secretary-General congratulates ...", in a statement his spokesman signs)
        and s.mode != "reported"
        and not a.quoted(s.words[0])
        else s
        for s in statements
    ]


# a name of two to four words, each capitalised in any alphabet ("Žygimantas Pavilionis"): `_capitalised` checks that
_NAME_LINE = re.compile(r"[^\W\d_][\w'’.-]+(?:\s+[^\W\d_][\w'’.-]+){1,3}")
_SIGNED_LINE = re.compile(rf"\s*(?P<name>{_NAME_LINE.pattern}),\s+(?P<office>[A-Z][^\n,.;:]{{3,80}}?)\s*")


def _unpunctuated(a: PreparedArticle, line: tuple[int, int]) -> tuple[int, int]:
    """A signature's line without the comma a letter's may end with ("Sophie Katsarava," / "Ambassador of ...,")."""
    return line[0], line[0] + len(a.norm[line[0] : line[1]].rstrip().rstrip(","))


def _capitalised(name: str) -> bool:
    return all(word[0].isupper() for word in name.split())


def signature(a: PreparedArticle) -> tuple[str, str, tuple[int, int]] | None:
    """The name and office a letter is signed with at its foot: a line that is a name, then one that opens with an
    office and names its actor ("Sophie Katsarava" / "Ambassador of Georgia to the United Kingdom" / "London"), or a
    line of both ("David Lidington, Minister for Europe"), with where the office stands."""
    last = a.paragraphs[-4:]
    for start, end in last:  # (one line: "David Lidington, Minister for Europe", below a written answer)
        signed = _SIGNED_LINE.fullmatch(a.norm, start, end)
        if signed is not None and _capitalised(signed["name"]) and signed["office"].split()[0].lower() in ROLE_WORDS:
            return signed["name"], signed["office"], signed.span("office")
    for name, office in zip(last, last[1:], strict=False):
        if _signed_with(a, name, office):
            name, office = _unpunctuated(a, name), _unpunctuated(a, office)
            return a.norm[name[0] : name[1]], a.norm[office[0] : office[1]], office
    return None


def signatures(a: PreparedArticle) -> list[tuple[str, str, Entity | None]]:
    """Every name a joint text is signed with at its foot, one after another, with the office and actor of each:
    a name and an office on two lines ("Kęstutis Budrys" / "Minister of Foreign Affairs of the Republic of
    Lithuania") or on one after a comma, or a name alone that the gazetteer knows as an official ("Radosław
    Sikorski"); below at most one line of place or date."""
    gaz = load_gazetteer()
    year = a.published.year if a.published else a.year
    found: list[tuple[str, str, Entity | None]] = []
    last = len(a.paragraphs) - 1
    if (
        last >= 1
        and not _signed_with(a, a.paragraphs[last - 1], a.paragraphs[last])
        and not _official(a, last, year)
        and not _signed_on_one_line(a, last)
        and not _officials_listed(a, last, year)
    ):
        last -= 1
    while last >= 0:
        if last >= 1 and _signed_with(a, name := a.paragraphs[last - 1], office := a.paragraphs[last]):
            named = [m.entity for m in a.mentions if office[0] <= m.start < office[1] and m.entity is not None]
            actor = gaz.actor_of(named[0]) if named else None
            name, office = _unpunctuated(a, name), _unpunctuated(a, office)
            found.insert(0, (a.norm[name[0] : name[1]], a.norm[office[0] : office[1]], actor))
            last -= 2
        elif held := _official(a, last, year):
            found.insert(0, (a.norm[slice(*a.paragraphs[last])], held[0].role, gaz.entities[held[0].actor]))
            last -= 1
        elif listed := _officials_listed(a, last, year):  # (or their names in one line: "X, Y, Z")
            found[:0] = listed
            last -= 1
        elif comma := _signed_on_one_line(a, last):  # (or on one line: "Margus Tsahkna, Minister of ... Estonia")
            start, end = a.paragraphs[last]
            named = [m.entity for m in a.mentions if comma < m.start < end and m.entity is not None]
            actor = gaz.actor_of(named[0]) if named else None
            found.insert(0, (a.norm[start:comma], a.norm[comma + 2 : end].strip(), actor))
            last -= 1
        else:
            break
    return found


def _signed_on_one_line(a: PreparedArticle, paragraph: int) -> int:
    """Where the comma is in a line that is a name and an office naming its actor ("Margus Tsahkna, Minister of
    Foreign Affairs of Estonia"); 0 for any other line."""
    start, end = a.paragraphs[paragraph]
    comma = a.norm.find(", ", start, end)
    office = a.norm[comma + 2 : end].strip()
    if comma <= start or not _SIGNED_OFFICE.fullmatch(office):
        return 0  # (not a sentence: "Anatoly Bibilov, the speaker of the regional parliament, won 54 percent.")
    return comma if _signed_with(a, (start, comma), (comma + 2, end)) else 0


# an office signed after a name on its line: capitalised, short, with no clause after it and no full stop
_SIGNED_OFFICE = re.compile(r"[A-Z][^,.;:!?\n]{5,100}")


def _official(a: PreparedArticle, paragraph: int, year: int | None) -> tuple[Official, ...]:
    """The offices the gazetteer gives the name a line is made of (none for a line that is no name)."""
    start, end = a.paragraphs[paragraph]
    if _NAME_LINE.fullmatch(a.norm, start, end) is None or not _capitalised(a.norm[start:end]):
        return ()
    return tuple(load_gazetteer().offices(a.norm[start:end], year))


def _officials_listed(a: PreparedArticle, paragraph: int, year: int | None) -> list[tuple[str, str, Entity | None]]:
    """The names a line lists, when it is two or more names the gazetteer knows as officials ("Margus Tsahkna,
    Krisjanis Karins, Gabrielius Landsbergis"), each with its office and actor; none for any other line."""
    start, end = a.paragraphs[paragraph]
    names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", a.norm[start:end].strip().rstrip("."))]
    offices = [tuple(load_gazetteer().offices(n, year)) if _NAME_LINE.fullmatch(n) else () for n in names]
    if len(names) < 2 or not all(offices):
        return []
    gaz = load_gazetteer()
    return [(name, held[0].role, gaz.entities[held[0].actor]) for name, held in zip(names, offices, strict=True)]


def _signed_with(a: PreparedArticle, name: tuple[int, int], office: tuple[int, int]) -> bool:
    """Whether a line is a name and the next an office that names its actor (not a footer's "Related Stories"), after
    the office's word or before it ("NATO Secretary General")."""
    opening = re.sub(r"^(?:the|a|an)\s+", "", a.norm[office[0] : office[1]].strip(), flags=re.I).split()[:2]
    first = office[0] + len(a.norm[office[0] : office[1]]) - len(a.norm[office[0] : office[1]].lstrip())
    owned = len(opening) == 2 and opening[1].lower() in ROLE_WORDS and any(m.start == first for m in a.mentions)
    return (
        _NAME_LINE.fullmatch(a.norm, *_unpunctuated(a, name)) is not None
        and _capitalised(a.norm[name[0] : name[1]])
        and bool(opening)
        and (opening[0].lower() in ROLE_WORDS or owned)
        and any(office[0] <= m.start < office[1] and m.kind in ("actor", "body") for m in a.mentions)
    )
