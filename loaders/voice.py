"""Whose voice a text speaks in, when it speaks in its own: a ministry's press release in the first person ("We do not
recognize ... Türkiye will continue to support ..."), a document under a body's letterhead in the third person
("Verkhovna Rada of Ukraine" / "Resolution on ..." / "These pseudo-elections are null and void"), a statement's
title ("Comment by the Information and Press Department on ..."), an opinion piece's foot ("The author is Latvia's
foreign minister.") or byline ("By Jeyhun Bayramov, Minister of Foreign Affairs of ..."), the states a joint text
lists as its signatories, and the spokesperson a briefing's title names. `loaders.statements` gives the sentences
such a text says in no one else's name to that voice.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from loaders.bylines import AUTHOR_LINE, BYLINE, OFFICE, STATEMENT_BY, author_lines, foot_line
from loaders.discourse import Discourse
from loaders.events import Event
from loaders.gazetteer import Entity, load_gazetteer
from loaders.interviews import answering_name, answers, asked_for_its_view, in_question, interviewee
from loaders.layout import labelled_official, signature, signatures
from loaders.prepared import PreparedArticle
from loaders.quotes import find_quotes

# the states that put their names to a text: "The statement is endorsed by: Canada, Estonia, Japan, Norway."
_SIGNED = re.compile(
    r"\b(?:endorsed|signed|supported|joined|co-?sponsored)\s+by\s*:?\s*(?P<names>[^\n]{3,600})"
    r"|^[ \t]*Signator(?:y|ies)[^:\n]{0,30}:\s*(?P<listed>[^\n]{3,600})",
    re.I | re.M,
)


def signatories(a: PreparedArticle) -> list[Entity]:
    """Who "we" are in a text in the first person that lists the states putting their names to it ("We, the
    undersigned, condemn ... The statement is endorsed by: Canada, Estonia, Japan, Norway."): those named in the
    list, when it names two or more and the text says "we" outside quotations; and whose a joint text is that
    officials of two actors or more sign at its foot, in either person."""
    gaz = load_gazetteer()
    signers = [actor for _, _, actor in signatures(a) if actor is not None]
    if len(set(signers)) >= 2:
        return list(dict.fromkeys(signers))  # a joint text signed at its foot by officials of several actors
    if not _says_we(a):
        return []
    if named := _we_the_listed(a):
        return named  # "We, the G7 Foreign Ministers of Canada, France, ... and the High Representative of the EU,"
    for found in _SIGNED.finditer(a.norm):
        start, end = found.span("names") if found["names"] else found.span("listed")
        named = [
            gaz.actor_of(m.entity) for m in a.mentions if start <= m.start < end and m.kind == "actor" and m.entity
        ]
        if len(set(named)) >= 2:
            return list(dict.fromkeys(named))
    return []


def _we_the_listed(a: PreparedArticle) -> list[Entity]:
    """The actors a "we" lists in its apposition, when it names two or more: "We, the G7 Foreign Ministers of Canada,
    France, ..., and the High Representative of the European Union, condemn" (the group named too)."""
    gaz = load_gazetteer()
    for i in a.with_dep(("nsubj",)):
        we = a.doc[i]
        for listed in (c for c in we.children if c.dep_ == "appos") if we.lower_ == "we" else ():
            start, end = a.doc[listed.left_edge.i].idx, a.doc[listed.right_edge.i].idx
            named = [gaz.actor_of(m.entity) for m in a.mentions if start <= m.start <= end and m.kind == "actor"]
            if len(set(named)) >= 2:
                return list(dict.fromkeys(named))
    return []


def _says_we(a: PreparedArticle) -> bool:
    """Whether the text says "we" as a subject outside quotations, outside a transcript's labelled speech (whose
    "we" is the speaker's: "Buric: We do not recognise ...") and outside an interview's answers: it speaks in the
    first person (an interview's answers, when the story says who answers or labels them with a name: a briefing's
    "A: We have noted ..." with no one named is the text's own voice; "ADEBAHR: We regret ..." is Adebahr's)."""
    we = [i for i in a.with_dep(("nsubj",)) if a.doc[i].lower_ == "we" and not _newsroom_we(a.doc[i])]
    if we and _NEWSROOM.search(a.norm):
        return False  # (a paper that has "our correspondent" says "we" as a newsroom, not as an actor)
    answered = list(answers(a)) if we else []
    if answered and interviewee(a, Discourse()) is None and answering_name(a) is None:
        answered = []
    return any(
        not _in_any_quotation(a, a.doc[i].idx)
        and labelled_official(a, a.paragraph(a.doc[i].idx)) is None
        and not any(start <= a.doc[i].idx < end for start, end in answered)
        for i in we
    )


# A newsroom's "we": what a paper does to tell the news ("Most residents we spoke to said ...", "We will update this
# page"), and its people ("our correspondent in Tiraspol reports"); a press release's "we" does what its actor does.
_NEWSROOM = re.compile(
    r"\bour\s+(?:own\s+)?(?:correspondents?|reporters?|reporting|journalists?|newsroom|readers)\b", re.I
)
_NEWSROOM_VERBS = {"update", "report", "speak", "talk", "interview", "contact", "reach"}


def _newsroom_we(we: Token) -> bool:
    """Whether a "we" is a newsroom's, by what it does: tell or seek the news ("we spoke to", "we will update")."""
    return we.head.lemma_.lower() in _NEWSROOM_VERBS


def _in_any_quotation(a: PreparedArticle, offset: int) -> bool:
    """Whether an offset lies in a quotation, however short (a heading's 'Nicosia: "We are ready"'), or one that runs
    over paragraphs."""
    if a.quoted(offset):
        return True
    start, end = a.paragraphs[a.paragraph(offset)]
    return any(start + q.start <= offset < start + q.end for q in find_quotes(a.norm[start:end]))


def voice(a: PreparedArticle) -> Entity | None:
    """Who "we" are in a text that speaks in the first person (a ministry's press release: "We do not
    recognize ... Türkiye will continue to support ...", "Moscow remains committed ..."): the one actor it names,
    or names by its capital, as the subject of its own clauses, outside quotations; none when it names several or
    none, or has no "we" outside quotations. A text under a body's letterhead ("Verkhovna Rada of Ukraine" alone on
    its first line) is that body's voice, in the first person or the third ("The Verkhovna Rada of Ukraine strongly
    condemns ... These pseudo-elections are null and void"), and so is a briefing's transcript the spokesperson's
    whose title or lead names a spokesperson the gazetteer knows, and a text whose title says whose statement it is
    ("Statement of the Ministry of Foreign Affairs of Azerbaijan on ..."), in either person; a "we" that lists its
    actors ("We, the G7 Foreign Ministers of Canada, France, ...") is theirs (`signatories`), no single voice."""
    if (letterhead := _letterhead(a)) is not None:
        return letterhead
    if (briefed := _briefers_actor(a)) is not None:
        return briefed  # a briefing's transcript: its words are the spokesperson's, in the first person or the third
    if (signed := _signed_statement(a)) is not None:
        return signed  # a statement signed by an official: "Stéphane Dujarric, Spokesman for the Secretary-General"
    if (titled := _titled_body(a)) is not None:
        return titled  # "Comment by the Information and Press Department on ...": the ministry's own voice
    if _we_the_listed(a):
        return None  # (a "we" that lists its actors is theirs: `signatories`)
    if (author := _authors_office(a)) is not None:
        return author  # "The author is Latvia's foreign minister.", "By X, Minister of ...": an opinion piece's voice
    if not _says_we(a):
        return None
    if (asked := asked_for_its_view(a)) is not None:
        return asked.actor  # a press conference's answers, when no one names who gives them: "What is China's comment?"
    gaz = load_gazetteer()
    subjects = {
        gaz.actor_of(m.entity)
        for i in a.with_dep(("nsubj",))
        if not a.quoted(a.doc[i].idx) and not _told_in_question(a, a.doc[i])
        for m in a.mentions
        if m.start <= a.doc[i].idx < m.end and m.kind in ("actor", "capital") and m.entity is not None
    }
    return subjects.pop() if len(subjects) == 1 else None


def clause_before_own(a: PreparedArticle, sentence: Span, events: list[Event], actor: Entity) -> tuple[int, int] | None:
    """In a text in `actor`'s voice, the clause a sentence opens with before a clause of the voice itself named in the
    third person: "The holding of the election there is a violation of Ukraine's sovereignty ..., and Japan does not
    recognise it" (Japan's statement), "It was held at gunpoint, ..., and its results will never be recognised by
    Latvia" (its president's article): the voice's words too, which the event of "recognise" does not take in."""
    here = [e for e in events if sentence.start <= e.verb.i < sentence.end]
    if not here or not all(_names(a, e.subject, actor) for e in here):
        return None
    before = a.doc[sentence.start : min(min(e.subject.start, e.verb.left_edge.i) for e in here)]
    while len(before) and (before[-1].is_punct or before[-1].dep_ == "cc"):
        before = before[:-1]  # (", and")
    if not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in before):
        return None
    return before.start_char, before.end_char


def _names(a: PreparedArticle, subject: Span, actor: Entity) -> bool:
    """Whether a subject names `actor` (or one of its bodies)."""
    gaz = load_gazetteer()
    return any(
        subject.start_char <= m.start < subject.end_char and m.entity is not None and gaz.actor_of(m.entity) == actor
        for m in a.mentions
    )


def _letterhead(a: PreparedArticle) -> Entity | None:
    """The actor of the body or organisation a text's first line names and nothing else, over a document's title
    ("Ministry of Foreign Affairs of Japan" / "Statement by the Press Secretary on ...", "Parliamentary Assembly of
    the Council of Europe" / "Resolution 2611"): whose document it is (not a meeting's record under "Security
    Council", which reports what its members said)."""
    if len(a.paragraphs) < 2:
        return None
    start, end = a.paragraphs[0]
    named = [m for m in a.mentions if start <= m.start < end and m.entity is not None and m.kind in ("body", "actor")]
    # ("Statement of the Ministry of Foreign Affairs of Georgia": a title naming whose statement, the letterhead's)
    titled = _STATEMENT_OF.match(a.norm, start, end)
    actors = {load_gazetteer().actor_of(m.entity) for m in named}
    # (or a state's name over its ministry's, a line each: "Republic of Türkiye" / "Ministry of Foreign Affairs")
    lines = [line.strip(" \t.") for line in a.norm[titled.end() if titled else start : end].split("\n")]
    if len(actors) != 1 or lines != [m.text for m in named]:
        return None
    if not titled and not _titled_below(a):
        return None
    return actors.pop()


def document_title(a: PreparedArticle, start: int) -> bool:
    """Whether the text at `start`, in the first lines, is a document's title ("Statement attributable to the
    Spokesperson for the Secretary-General – on ..."): what the document is, not its voice's words."""
    return a.paragraph(start) < 5 and _DOCUMENT_TITLE.match(a.norm, start) is not None


def _signed_statement(a: PreparedArticle) -> Entity | None:
    """The actor of the official a document titled as a statement is signed by at its foot, when the gazetteer knows
    them ("Statement attributable to the Spokesperson for the Secretary-General" ... "Stéphane Dujarric, Spokesman
    for the Secretary-General"): whose words it gives, in the third person ("The Secretary-General congratulates")."""
    if not a.paragraphs or not _DOCUMENT_TITLE.match(a.norm, *a.paragraphs[0]) or (signed := signature(a)) is None:
        return None
    if len(signatures(a)) >= 2:
        return None  # (a joint text, signed by several: `signatories`)
    offices = load_gazetteer().offices(signed[0])
    return load_gazetteer().entities[offices[0].actor] if offices else None


def _titled_below(a: PreparedArticle) -> bool:
    """Whether a document's title follows the first line, under at most three more lines of heading (a committee's
    name, its sitting: "Council of Europe" / "Committee of Ministers" / "Ministers' Deputies" / "Decisions")."""
    for start, end in a.paragraphs[1:5]:
        if _DOCUMENT_TITLE.match(a.norm, start, end):
            return True
        if end - start > 80 or any(mark in a.norm[start:end] for mark in ".;:"):
            return False  # (a sentence: the text has begun)
    return False


_STATEMENT_OF = re.compile(
    r"\s*(?:Joint\s+|Press\s+)?(?:Statement|Declaration|Comment)\s+(?:of|by)\s+(?:the\s+)?", re.I
)


_DOCUMENT_TITLE = re.compile(
    # (after its number and date, as a ministry numbers its releases: "No: 134, 4 May 2015, Press Release Regarding")
    r"\s*(?:No\s*:\s*[\w/-]+,\s*(?:[\w ]{6,20},\s*)?)?"
    r"(?:Joint\s+)?(?:Statement|Resolution|Declaration|Appeal|Comment|Communiqu[eé]|Press\s+release|Decisions?"
    r"|Conclusions)\b",
    re.I,
)


# a briefing's title naming who gives it: "Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on ..."
_BRIEFER = re.compile(
    r"\b(?:Spokesperson|Spokesman|Spokeswoman)\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})['’]s\s+"
    r"(?:Regular\s+|Daily\s+)?(?:Press\s+Conference|Press\s+Briefing|Briefing)"
    # "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, December 15, 2016"
    r"|^[ \t]*(?:Press\s+)?Briefing\s+by\s+[^\n,]{0,60}?(?:Spokesperson|Spokesman|Spokeswoman)\s+"
    r"(?P<by>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})(?=,|[ \t]*$)"
    # "The following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, Spokesman for ..."
    r"|\btranscript\s+of\s+[^\n.]{0,60}?\bbriefing\s+by\s+(?P<named>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2}),\s+"
    r"(?:the\s+)?(?:Spokesperson|Spokesman|Spokeswoman)\b"
    # a press statement's heading, the official under it: "Press Statement" / "Ned Price, Department Spokesperson"
    r"|^[ \t]*Press\s+Statement[ \t]*\n[ \t]*(?P<stated>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}),[ \t]+[^\n]{0,60}?"
    r"\b(?:Spokesperson|Spokesman|Spokeswoman|Secretary|Minister)\b",
    re.M,
)


# a spokesperson's commentary titled by their office and name: "No:145/15, Commentary of the Spokesperson of the
# Ministry of Foreign Affairs, Hikmet Hajiyev, regarding ...", "Comment by the Official Representative ... on ..."
_COMMENTARY_BY = re.compile(
    # (after the ministry's name, if given: "Answer of the MFA Spokesperson X", "Comment by the Foreign Ministry ...")
    r"\b(?:Comment(?:ary)?|Statement|Answer|Remarks)\s+(?:of|by)\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+){0,4}?"
    r"(?:Spokesperson|Spokesman|Spokeswoman"
    r"|Official\s+Representative|Press\s+Secretary)\b[^\n]*"
)


def briefer(a: PreparedArticle) -> tuple[str, ...]:
    """Who gives the briefing a transcript's title (or its lead: "a transcript of today's noon briefing by X,
    Spokesman for ...") names, or the spokesperson a commentary's title names, when the gazetteer knows them: who
    speaks for its voice ("We always respect ...")."""
    top = a.paragraphs[min(2, len(a.paragraphs) - 1)][1] if a.paragraphs else len(a.norm)  # (its title, date, lead)
    title = _BRIEFER.search(a.norm, 0, top)
    if title:
        return (title["name"] or title["by"] or title["named"] or title["stated"],)
    commentary = _COMMENTARY_BY.search(a.norm, 0, top)
    words = [w.strip(",;:") for w in commentary.group().split()] if commentary else []
    names = (  # runs of capitalised words ("Hikmet Hajiyev", "M.V. Zakharova")
        " ".join(words[i : i + n])
        for i in range(len(words))
        for n in (3, 2, 1)
        if all(w[:1].isupper() for w in words[i : i + n]) and i + n <= len(words)
    )
    offices = next((found for name in names if (found := load_gazetteer().offices(name))), ())
    return (offices[0].name,) if offices else ()  # (the name the officials' table writes)


def _briefers_actor(a: PreparedArticle) -> Entity | None:
    """The actor the spokesperson a briefing's title names speaks for, when the gazetteer knows them ("Briefing by
    Foreign Ministry Spokesperson Maria Zakharova": Russia, whose "we" the briefing says)."""
    names = briefer(a)
    offices = load_gazetteer().offices(names[0]) if names else ()
    return load_gazetteer().entities[offices[0].actor] if offices else None


def _told_in_question(a: PreparedArticle, subject: Token) -> bool:
    """A subject of what a question tells before it asks ("Q: The US and the EU have announced sanctions. Does China
    support them?"): what others did, not who answers ("Will China recognize the result?" asks who does)."""
    return in_question(a, subject.idx) and not subject.sent.text.rstrip().endswith("?")


_HOSTED = re.compile(r"\b(?:to|in)\s+(?:the\s+)?$")  # the state an envoy is posted to: "ambassador to the UK"


def _authors_office(a: PreparedArticle) -> Entity | None:
    """The actor of the office a line at the text's foot or under its byline says its author holds ("The writer is
    Latvia's foreign minister.", "X is the Minister of Foreign Affairs of Ukraine."), or the byline under its title
    ("By Jeyhun Bayramov, Minister of Foreign Affairs of the Republic of Azerbaijan"), when it names one and an
    office (not "By Jane Doe, Ukraine correspondent")."""
    top = a.paragraphs[: min(3, len(a.paragraphs))]
    lines = [*author_lines(a), *(BYLINE.fullmatch(a.norm, start, end) for start, end in top), foot_line(a)]
    for line in lines:
        if line is not None and (line.re is AUTHOR_LINE or OFFICE.search(line["role"])):
            first, last = line.span("role")
            named = {
                load_gazetteer().actor_of(m.entity)
                for m in a.mentions
                if first <= m.start < last
                and m.kind in ("actor", "body", "demonym")
                and m.entity is not None
                and not _HOSTED.search(a.norm, max(first, m.start - 20), m.start)  # (not "ambassador to the UK")
            }
            return named.pop() if len(named) == 1 else None
    return None


# a briefing's title naming the office that gives it: "Noon briefing by the Spokesperson for the Secretary-General"
_BRIEFING_BY = re.compile(
    r"[ \t]*(?:(?:Daily|Noon|Regular|Weekly)\s+)?(?:Press\s+)?Briefing\s+(?:by|of)\s+(?:the\s+)?(?P<by>[^\n]{3,120})$",
    re.I | re.M,
)


def _titled_body(a: PreparedArticle) -> Entity | None:
    """The actor of the body a text's title says it is by ("Comment by the Information and Press Department on
    the elections ...", "Statement by the Ministry of Foreign Affairs of Ukraine on ...", "Noon briefing by the
    Spokesperson for the Secretary-General"), when the body's owner is known."""
    first = a.norm[: a.paragraphs[0][1]] if a.paragraphs else ""
    title = STATEMENT_BY.search(first) or _BRIEFING_BY.match(first)
    if title is None:
        return None
    start, end = title.span("by" if title["by"] else "headed")
    owners = {
        load_gazetteer().actor_of(m.entity)
        for m in a.mentions
        if start <= m.start < end and m.kind in ("body", "actor") and m.entity is not None
    }
    return owners.pop() if len(owners) == 1 else None
