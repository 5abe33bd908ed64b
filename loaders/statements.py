"""The extraction pipeline: one article in, the statements it reports about contested votes out.

Stages: normalise the text (same offsets), parse it with spaCy, find actors, bodies, territories, election
mentions, dates and quotations, then walk the article in order. Every speech verb ("said", "tweeted",
"stated", "the statement reads", "according to") and every stance verb ("condemned", "does not recognize")
with a subject is an event; a quotation belongs to the event next to it, and a quotation with no event
belongs to the actor it names as its own subject or to whoever spoke just before. An event becomes a
statement when its words name a vote, or when they take a stance and continue what the same actor said
about a vote just before; words about anything else (border clashes, peace talks in general, the
recognition of a state) are not a position on a vote.

>>> from loaders.article import Article
>>> from loaders.nlp import load_nlp
>>> art = Article("x.txt", "Estonia does not recognise the so-called referendum in Crimea on 16 March 2014, "
...               "the Estonian foreign ministry said.")
>>> [(s.actor.name, s.election.key, s.polarity, sorted(s.stances)) for s in extract(art, load_nlp()).statements]
[('Estonia', 'crimea-2014-03-16-referendum', 'reject', ['non-recognition'])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from loaders.article import Article
from loaders.dates import find_dates, latest_year
from loaders.elections import ElectionRef, find_election_mentions, resolve_elections
from loaders.gazetteer import Entity, load_gazetteer
from loaders.mentions import Mention, find_mentions
from loaders.quotes import Quote, find_quotes
from loaders.speakers import Discourse, Speaker, resolve_subject
from loaders.stance import NON_RECOGNITION, OTHER, RECOGNITION, TERRITORIAL_INTEGRITY, cue_stances, polarity
from loaders.text import datelines, normalise, paragraphs, strip_span

SPEECH_VERBS = {
    "say",
    "state",
    "tell",
    "note",
    "add",
    "stress",
    "emphasize",
    "emphasise",
    "underline",
    "declare",
    "announce",
    "reiterate",
    "write",
    "tweet",
    "post",
    "claim",
    "affirm",
    "reaffirm",
    "insist",
    "comment",
    "remark",
    "warn",
    "urge",
    "call",
    "describe",
    "express",
    "voice",
    "point",
    "read",
    "mention",
    "argue",
    "explain",
    "confirm",
    "respond",
    "react",
    "consider",
    "regard",
    "label",
    "brand",
    "term",
    "dub",
    "deem",
    "view",
    "believe",
    "assert",
    "maintain",
    "recall",
    "accuse",
    "publish",
    "release",
    "quote",
    "characterize",
    "characterise",
    "appeal",
    "demand",
    "hope",
}
STANCE_VERBS = {
    "condemn",
    "denounce",
    "reject",
    "recognize",
    "recognise",
    "welcome",
    "congratulate",
    "criticize",
    "criticise",
    "slam",
    "refuse",
    "decline",
    "deplore",
    "dismiss",
    "accept",
    "acknowledge",
    "endorse",
    "hail",
    "praise",
    "oppose",
    "protest",
    "support",
    "respect",
}
_CONTENT_DEPS = {
    "ccomp",
    "dobj",
    "oprd",
    "prep",
    "xcomp",
    "attr",
    "acomp",
    "dative",
    "advcl",
    "npadvmod",
    "advmod",
    "conj",
    "cc",
    "neg",
    "aux",
    "auxpass",
    "prt",
    "pcomp",
    "obj",
}
_SIMILAR = re.compile(r"\b(similar|same|identical)\s+(statement|position|stance|view|declaration)s?\b", re.I)


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


@dataclass
class _Event:
    verb: Token
    subject: Span
    subject_head: int
    content: tuple[int, int] | None
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class _Article:
    """Everything the walk over one article needs to look up."""

    text: str
    norm: str
    doc: Doc
    mentions: list[Mention]
    election_at: dict[int, tuple[ElectionRef, ...]]  # token index -> the election(s) a vote mention names
    quotes: list[Quote]
    paragraphs: list[tuple[int, int]]
    published: date | None
    main_election: ElectionRef | None = None  # the only vote the article names, if it names just one
    filed: tuple[tuple[int, int], ...] = ()  # wire datelines: where the story was filed, not who spoke

    def in_quote(self, offset: int) -> Quote | None:
        return next((q for q in self.quotes if q.start <= offset < q.end), None)

    def paragraph(self, offset: int) -> int:
        return next((i for i, (s, e) in enumerate(self.paragraphs) if s <= offset <= e), len(self.paragraphs))

    def tokens(self, start: int, end: int) -> list[int]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(range(span.start, span.end)) if span is not None else []


def extract(article: Article, nlp: Language, doc: Doc | None = None) -> Extraction:
    """All statements about contested votes in one article (`doc`: its normalised text already parsed by
    `nlp`, as `nlp.pipe` gives it for a batch)."""
    a = _prepare(article, nlp, doc)
    result = Extraction(
        article, elections=sorted({r for refs in a.election_at.values() for r in refs}, key=lambda r: r.key)
    )
    discourse = Discourse()
    last: dict = {}
    events = _events(a)
    _attach_quotes(a, events)
    attributed = {id(q) for e in events for q in e.quotes}
    units: list[tuple[int, object]] = [
        (e.verb.idx if not e.quotes else min(e.verb.idx, e.quotes[0].start), e) for e in events
    ]
    units += [(q.start, q) for q in a.quotes if id(q) not in attributed]
    units += [(e.start_char, e) for e in a.doc.ents if e.label_ == "PERSON"]
    headers = _headers(a)
    for _, unit in sorted(units, key=lambda u: u[0]):
        position = (
            unit.verb.idx if isinstance(unit, _Event) else (unit.start_char if isinstance(unit, Span) else unit.start)
        )
        header = next((h for p, h in reversed(headers) if p <= position), None)
        if header is not None and header is not discourse.header:
            discourse.enter_section(header)
        if isinstance(unit, _Event):
            _event_statements(a, unit, discourse, last, result)
        elif isinstance(unit, Span):
            _person_mention(a, unit, discourse)
        else:
            _bare_quote_statements(a, unit, discourse, last, result)
    result.statements = _deduplicate(result.statements)
    return result


def parse(articles: list[Article], nlp: Language) -> list[Doc]:
    """The parses of several articles' normalised texts, batched by `nlp.pipe`."""
    return list(nlp.pipe(normalise(a.text) for a in articles))


def _prepare(article: Article, nlp: Language, doc: Doc | None = None) -> _Article:
    text = article.text
    norm = normalise(text)
    doc = doc if doc is not None else nlp(norm)
    filed = datelines(norm)
    mentions = [m for m in find_mentions(norm) if not any(s <= m.start < e for s, e in filed)]
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    emention = find_election_mentions(norm, mentions, sentences, article.published)
    refs = resolve_elections(norm, emention, article.published)
    election_at: dict[int, tuple[ElectionRef, ...]] = {}
    for index, m in enumerate(emention):
        if index in refs:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            for i in range(span.start, span.end) if span is not None else ():
                if refs[index] not in election_at.get(i, ()):
                    election_at[i] = election_at.get(i, ()) + (refs[index],)
    quotes = [q for q in find_quotes(text) if q.is_speech(text)]
    named = {r for refs in election_at.values() for r in refs}
    return _Article(
        text,
        norm,
        doc,
        mentions,
        election_at,
        quotes,
        paragraphs(text),
        article.published,
        next(iter(named)) if len(named) == 1 else None,
        tuple(filed),
    )


def _headers(a: _Article) -> list[tuple[int, Entity]]:
    """One-line paragraphs that only name an actor ("European Union", "Organization of ... (OIC)") head
    the paragraphs below them: later references ("the organization") point to that actor."""
    found = []
    for start, end in a.paragraphs:
        line = a.norm[start:end].strip()
        inside = [m for m in a.mentions if start <= m.start < end and m.kind in ("actor", "demonym")]
        if inside and len(line.split()) <= 8 and not line.endswith((".", '"', ":")):
            rest = re.sub(r"\(.*?\)", "", line.replace(inside[0].text, "")).strip()
            if not rest:
                found.append((start, inside[0].entity))
    return found


def _subject_of(verb: Token) -> Token | None:
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subjects:
            return subjects[0]
        if verb.dep_ in ("advcl", "xcomp", "conj", "relcl") and verb.head is not verb:
            verb = verb.head
        else:
            return None
    return None


def _events(a: _Article) -> list[_Event]:
    events = []
    for t in a.doc:
        if a.in_quote(t.idx):
            continue
        lemma = t.lemma_.lower()
        if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
            to = next(c for c in t.children if c.lower_ == "to")
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if objects:
                subject = a.doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
                root = t.sent.root
                content = _span_without(a, root, exclude={t.i})
                events.append(_Event(t, subject, objects[0].i, content))
            continue
        if lemma not in SPEECH_VERBS and lemma not in STANCE_VERBS or not t.tag_.startswith("VB"):
            continue
        agent = next((g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if lemma == "quote" and any(c.dep_ == "dobj" for c in t.children):
            subject_token = next(c for c in t.children if c.dep_ == "dobj")
        elif agent is not None:  # "the vote was condemned by the United States and the EU"
            events.append(_Event(t, a.doc[agent.left_edge.i : agent.right_edge.i + 1], agent.i, _passive_content(a, t)))
            continue
        else:
            subject_token = _subject_of(t)
        if subject_token is None and t.dep_ == "ROOT" and t.i > t.sent.start:
            # a parse with no subject ("Apart from A, B, ... and C also haven't recognized ..."):
            # the actors named before the verb in its clause are its subject
            region = a.doc[t.sent.start : t.i]
            if any(m.kind in ("actor", "body") and region.start_char <= m.start < region.end_char for m in a.mentions):
                events.append(_Event(t, region, t.i - 1, _content(a, t, lemma)))
            continue
        if subject_token is None or (
            t.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in t.children)
            and lemma in SPEECH_VERBS
            and subject_token.dep_ == "nsubjpass"
        ):
            continue  # "was said to have won": no one speaks
        dateline = next(((s, e) for s, e in a.filed if s <= subject_token.idx < e), None)
        if dateline is not None:  # the parse took the dateline for a subject: the subject follows it
            region = a.doc.char_span(dateline[1], t.idx, alignment_mode="expand")
            if region is not None and region.start < t.i:
                events.append(_Event(t, a.doc[region.start : t.i], t.i - 1, _content(a, t, lemma)))
            continue
        quote = a.in_quote(subject_token.idx)
        if quote is not None and quote.end <= t.idx:
            # the parse took a subject from inside the quotation before the verb: the attribution is
            # what stands between the quotation and the verb ("“...”, Ministry of Foreign Affairs of X said")
            first = a.doc.char_span(quote.end, t.idx, alignment_mode="expand")
            if first is None or first.start >= t.i:
                continue
            events.append(_Event(t, a.doc[first.start : t.i], t.i - 1, _content(a, t, lemma)))
            continue
        if subject_token.lower_ in ("which", "that", "who") and t.dep_ == "relcl":
            antecedent = t.head  # "a statement issued by the ministry, which described ..."
            right = min((c.left_edge.i for c in antecedent.children if c.dep_ == "relcl"), default=antecedent.i + 1)
            subject = a.doc[antecedent.left_edge.i : max(right, antecedent.i + 1)]
            subject_token = antecedent
        else:
            subject = _subject_span(a, subject_token, t)
        events.append(_Event(t, subject, subject_token.i, _content(a, t, lemma)))
    return _outermost(a, events)


_ROLE_GLUE = {"of", "for", "the", "and", "'s", "to", "in", "on"}


def _subject_span(a: _Article, subject: Token, verb: Token) -> Span:
    """The subject's words, never running into a quotation, and taking in the role words a parse may
    leave out before a name ("NATO's Deputy Assistant Secretary General ... James Appathurai wrote")."""
    left, right = subject.left_edge.i, subject.right_edge.i
    if subject.pos_ == "PROPN":
        while left - 1 >= verb.sent.start and (
            a.doc[left - 1].tag_ in ("NNP", "NNPS", "POS") or a.doc[left - 1].lower_ in _ROLE_GLUE
        ):
            left -= 1
        while left < subject.i and a.doc[left].lower_ in _ROLE_GLUE:
            left += 1
    for start, end in a.filed:
        while left < subject.i and start <= a.doc[left].idx < end:
            left += 1
    for q in a.quotes:
        if q.end <= verb.idx and a.doc[left].idx < q.end + 1:
            while left < subject.i and a.doc[left].idx < q.end + 1:
                left += 1
        if q.start > verb.idx and a.doc[right].idx >= q.start - 1:
            while right > subject.i and a.doc[right].idx >= q.start - 1:
                right -= 1
    return a.doc[left : right + 1]


def _outermost(a: _Article, events: list[_Event]) -> list[_Event]:
    """A stance verb inside another event's words is part of those words, not an event of its own."""
    kept = []
    for e in events:
        inside_other = any(f is not e and f.content and f.content[0] <= e.verb.idx < f.content[1] for f in events)
        if e.verb.lemma_.lower() in SPEECH_VERBS or e.verb.lower_ == "according" or not inside_other:
            kept.append(e)
    return kept


def _content(a: _Article, verb: Token, lemma: str) -> tuple[int, int] | None:
    """The reported words of an event: the clausal complement, or what follows the verb."""
    ccomp = [c for c in verb.children if c.dep_ == "ccomp"]
    if ccomp and lemma in SPEECH_VERBS:
        c = ccomp[0]
        return _strip(a, a.doc[c.left_edge.i].idx, _end(a.doc[c.right_edge.i]), anchor=verb.idx)
    return _span_without(a, verb, exclude=set(), from_verb=lemma in STANCE_VERBS or lemma in SPEECH_VERBS)


def _passive_content(a: _Article, verb: Token) -> tuple[int, int] | None:
    """The words of a passive stance: what was done to what ("the referendum ... was condemned")."""
    tokens = [verb.i] + [
        t.i for c in verb.children if c.dep_ in ("nsubjpass", "auxpass", "aux", "neg", "advmod") for t in c.subtree
    ]
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        tokens.append(verb.sent.start)  # a parse that lost the patient: the clause before the verb holds it
    return _strip(a, a.doc[min(tokens)].idx, _end(a.doc[max(tokens)]), anchor=verb.idx)


def _own_event(child: Token) -> bool:
    """A clause with its own subject ("..., while the EU said ...") or a speech participle ("adding: ...")
    is a separate event."""
    if child.dep_ not in ("conj", "advcl", "ccomp", "xcomp"):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children) or (
        child.dep_ in ("advcl", "conj") and child.lemma_.lower() in SPEECH_VERBS
    )


def _span_without(a: _Article, verb: Token, exclude: set[int], from_verb: bool = True) -> tuple[int, int] | None:
    tokens = [verb.i] if from_verb else []
    for child in verb.children:
        if child.i in exclude or child.dep_ in ("nsubj", "nsubjpass", "csubj", "punct", "mark") or _own_event(child):
            continue
        if child.dep_ not in _CONTENT_DEPS:
            continue
        if child.i < verb.i and child.dep_ not in ("neg", "aux", "auxpass", "advmod"):
            continue
        sub = [
            t.i
            for t in child.subtree
            if not any(
                t.i in range(x.left_edge.i, x.right_edge.i + 1)
                for x in child.subtree
                if x is not child and _own_event(x)
            )
        ]
        tokens.extend(i for i in sub if i not in exclude)
    tokens = [i for i in tokens if i not in exclude]
    if not tokens or tokens == [verb.i]:
        return None
    first, last = a.doc[min(tokens)], a.doc[max(tokens)]
    return _strip(a, first.idx, _end(last), anchor=verb.idx)


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _strip(a: _Article, start: int, end: int, anchor: int | None = None) -> tuple[int, int] | None:
    """Trim punctuation and white space, and keep the span inside one paragraph (the anchor's, else its start's)."""
    p_start, p_end = next(
        ((s, e) for s, e in a.paragraphs if s <= (anchor if anchor is not None else start) <= e), (start, end)
    )
    start, end = strip_span(a.text, max(start, p_start), min(end, p_end), " \t\n,;:.")
    return (start, end) if end > start else None


def _attach_quotes(a: _Article, events: list[_Event]) -> None:
    """Give each quotation to the speech event right after it ("...,” X said) or right before it (X said: “...”)."""
    speech = [e for e in events if e.verb.lemma_.lower() in SPEECH_VERBS or e.verb.lower_ == "according"]
    for q in a.quotes:
        last_sentence = a.doc.char_span(q.end - 1, q.end, alignment_mode="expand")
        first_sentence = a.doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        if last_sentence is None or first_sentence is None:
            continue
        s_end = last_sentence.sent
        s_start = first_sentence.sent
        p_start, p_end = next(((s, e) for s, e in a.paragraphs if s <= q.start <= e), (0, len(a.text)))
        following = [
            e
            for e in speech
            if q.end <= e.verb.idx < min(s_end.end_char, p_end)
            and not any(q.end < o.start < e.verb.idx for o in a.quotes)
        ]
        preceding = [
            e
            for e in speech
            if max(s_start.start_char, p_start) <= e.verb.idx < q.start
            and not any(e.verb.idx < o.start < q.start for o in a.quotes if o is not q)
        ]
        if following:
            following[0].quotes.append(q)
        elif preceding:
            preceding[-1].quotes.append(q)


def _speakers_for(a: _Article, event: _Event, discourse: Discourse) -> list[Speaker]:
    return resolve_subject(a.doc, event.subject, event.subject_head, a.mentions, a.norm, discourse)


def _self_reference(a: _Article, start: int, end: int, discourse: Discourse) -> list[Speaker]:
    """The actor some words name as the subject of their own first clause ("Ukraine once again expresses",
    "that Türkiye does not recognize"); nobody when that subject is a pronoun or names no actor."""
    for t in a.doc.char_span(start, end, alignment_mode="expand") or ():
        if t.dep_ in ("nsubj", "nsubjpass"):
            if t.pos_ == "PRON" or t.lower_ in ("this", "that", "which", "who"):
                return []
            subject = a.doc[t.left_edge.i : t.right_edge.i + 1]
            speakers = resolve_subject(a.doc, subject, t.i, a.mentions, a.norm, discourse)
            return speakers if speakers and not speakers[0].weak and len(speakers) == 1 else []
    return []


def _event_statements(a: _Article, event: _Event, discourse: Discourse, last: dict, out: Extraction) -> None:
    speakers = _speakers_for(a, event, discourse)
    pieces: list[tuple[tuple[int, int], str]] = []
    content = event.content
    for (
        q
    ) in a.quotes:  # a complement that is a quotation, marks and all, or lies inside one: the quotation is the words
        if content and (q.start - 2 <= content[0] and content[1] <= q.end + 2):
            content = None if q in event.quotes else (q.start, q.end)
    quote_outside = any(not (content and content[0] <= q.start and q.end <= content[1]) for q in event.quotes)
    if content and quote_outside and not any(content[0] <= q.start < content[1] for q in a.quotes):
        content = None  # "“...,” the ministry said in a statement": the quotation is the words
    if content:
        quoted = any(content[0] <= q.start < content[1] for q in a.quotes)
        pieces.append((content, "direct" if quoted else "indirect"))
    for q in event.quotes:
        if not (content and content[0] <= q.start and q.end <= content[1]):
            pieces.append(((q.start, q.end), "direct"))
    words = event.quotes[0] if event.quotes else None
    if (not speakers or speakers[0].weak) and (words or content):
        own = _self_reference(a, *((words.start, words.end) if words else content), discourse)
        if own and speakers:
            speakers = [
                Speaker(
                    own[0].actor,
                    speakers[0].span,
                    speakers[0].persons,
                    speakers[0].role,
                    speakers[0].body or own[0].body,
                    speakers[0].body_kind or own[0].body_kind,
                )
            ]
        elif own:  # "Turkey congratulated ..., its foreign ministry said": the words name whose body it is
            subject = (event.subject.start_char, event.subject.end_char)
            body = next((m for m in a.mentions if m.kind == "body" and subject[0] <= m.start < subject[1]), None)
            speakers = [
                Speaker(own[0].actor, subject, body=body.text if body else None, body_kind=body.body if body else None)
            ]
    if not speakers:
        return
    date_said = _date_said(a, event)
    # several actors given one stance verb ("A, B and C condemned ...") are only listed: reported;
    # several actors given a speech verb ("A and B said they ...") spoke together: their own words
    listed = len(speakers) > 1 and event.verb.lemma_.lower() in STANCE_VERBS
    for span, mode in pieces:
        for speaker in speakers:
            _emit(
                a,
                speaker,
                span,
                "reported" if listed and mode == "indirect" else mode,
                event.verb.text,
                date_said,
                last,
                out,
            )
    for speaker in speakers:
        discourse.remember(speaker)


def _person_mention(a: _Article, entity: Span, discourse: Discourse) -> None:
    """Remember a person named with the role that says whom they speak for."""
    phrase = a.doc[entity.root.left_edge.i : entity.root.right_edge.i + 1]
    if entity.root.dep_ in ("compound", "appos") or phrase.end - phrase.start > 25:
        phrase = a.doc[max(entity.sent.start, entity.start - 8) : entity.end]
    speakers = resolve_subject(a.doc, phrase, entity.root.i, a.mentions, a.norm, Discourse())
    if len(speakers) == 1:
        discourse.remember_person(speakers[0])


def _bare_quote_statements(a: _Article, q: Quote, discourse: Discourse, last: dict, out: Extraction) -> None:
    speakers = _self_reference(a, q.start, q.end, discourse)
    if not speakers and discourse.last_speaker and last.get("paragraph", -9) >= a.paragraph(q.start) - 1:
        speakers = [discourse.last_speaker]
    for speaker in speakers:
        _emit(a, speaker, (q.start, q.end), "direct", None, None, last, out)
        discourse.remember(speaker)


def _date_said(a: _Article, event: _Event) -> date | None:
    published = a.published
    for child in event.verb.children:
        if child.dep_ in ("prep", "npadvmod") and (
            event.content is None or not (event.content[0] <= child.idx < event.content[1])
        ):
            start, end = a.doc[child.left_edge.i].idx, _end(a.doc[child.right_edge.i])
            found = [d for d in find_dates(a.norm[start:end], published, latest_year(a.norm)) if d.value]
            if found:
                return found[0].value
    return None


def _emit(
    a: _Article,
    speaker: Speaker,
    span: tuple[int, int],
    mode: str,
    cue: str | None,
    date_said: date | None,
    last: dict,
    out: Extraction,
) -> None:
    tokens = a.tokens(*span)
    mentioned = [a.election_at[i] for i in tokens if i in a.election_at]
    stances = cue_stances(a.doc, tokens, set(a.election_at))
    claim = _claims_territory(a, span)
    if claim:
        stances.setdefault(TERRITORIAL_INTEGRITY, claim)
    paragraph = a.paragraph(span[0])
    if mentioned:  # the vote the words name most; one statement per territory when it spans several
        elections = max(set(mentioned), key=mentioned.count)
    elif stances and last.get("actor") == speaker.actor and paragraph - last.get("paragraph", -9) <= 2:
        elections = last["elections"]
    elif set(stances) & {RECOGNITION, NON_RECOGNITION} and a.main_election is not None:
        # (not) recognising "the results", "the choice of voters": in an article about one vote, that vote
        elections = (a.main_election,)
    else:
        return
    stances = stances or {OTHER: cue or ""}
    for election in elections:
        out.statements.append(
            ExtractedStatement(speaker.actor, election, stances, polarity(stances), mode, span, speaker, cue, date_said)
        )
        _echoes(a, span, election, speaker, out)
    last.update(actor=speaker.actor, elections=elections, paragraph=paragraph)


def _claims_territory(a: _Article, span: tuple[int, int]) -> str | None:
    """Words saying that the territory is (part of) the state it belongs to: "Nagorno-Karabakh is Azerbaijan"."""
    gaz = load_gazetteer()
    for m in a.mentions:
        if m.kind != "territory" or not span[0] <= m.start < span[1] or m.territory is None:
            continue
        state = gaz.by_iso3(m.territory.claimed_by)
        names = [
            f for f, form in gaz.actor_forms.items() if state and form.target == state.name and form.form != "demonym"
        ]
        alternatives = "|".join(re.escape(n) for n in names)
        pattern = rf"\s+(?:is|remains|was)\s+(?:an?\s+(?:\w+\s+){{0,2}}part\s+of\s+)?(?:the\s+)?(?:{alternatives})\b"
        if names and re.match(pattern, a.norm[m.end : span[1]]):
            return a.norm[m.start : m.end]
    return None


def _echoes(a: _Article, span: tuple[int, int], election: ElectionRef, speaker: Speaker, out: Extraction) -> None:
    """ "X has made a similar statement" inside someone's words: X takes the stance of the sentence before."""
    sentences = (
        [s for s in a.doc.char_span(*span, alignment_mode="expand").sents]
        if a.doc.char_span(*span, alignment_mode="expand")
        else []
    )
    for previous, sentence in zip(sentences, sentences[1:], strict=False):
        if not _SIMILAR.search(sentence.text):
            continue
        named = [
            m
            for m in a.mentions
            if sentence.start_char <= m.start < sentence.end_char and m.kind == "actor" and m.entity is not None
        ]
        stances = cue_stances(a.doc, range(previous.start, previous.end), set(a.election_at))
        for m in named:
            actor = m.entity
            if actor == speaker.actor or not stances:
                continue
            words = _strip(a, max(sentence.start_char, span[0]), min(sentence.end_char, span[1]))
            if words:
                out.statements.append(
                    ExtractedStatement(
                        actor,
                        election,
                        stances,
                        polarity(stances),
                        "reported",
                        words,
                        Speaker(actor, (m.start, m.end)),
                        None,
                        None,
                    )
                )


def _deduplicate(statements: list[ExtractedStatement]) -> list[ExtractedStatement]:
    """The same words reached twice (as an event's complement and as a quotation) count once: a statement
    whose words lie inside another's of the same actor and vote, adding no stance, is dropped."""
    unique = list({(s.actor.key, s.election.key, s.words): s for s in reversed(statements)}.values())[::-1]

    def covered(s: ExtractedStatement) -> bool:
        return any(
            t is not s
            and t.actor == s.actor
            and t.election == s.election
            and t.words[0] <= s.words[0]
            and s.words[1] <= t.words[1]
            and t.words != s.words
            and set(s.stances) <= set(t.stances)
            for t in unique
        )

    return [s for s in unique if not covered(s)]
