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
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from loaders.article import Article
from loaders.dates import find_dates, latest_year
from loaders.elections import ElectionRef
from loaders.events import SPEECH_VERBS, STANCE_VERBS, Event, attach_quotes, find_events, token_end, trim
from loaders.gazetteer import Entity, load_gazetteer
from loaders.prepared import PreparedArticle, prepare_article
from loaders.quotes import Quote
from loaders.speakers import Discourse, Speaker, person_entities, resolve_subject
from loaders.stance import NON_RECOGNITION, OTHER, RECOGNITION, TERRITORIAL_INTEGRITY, cue_stances, polarity

# a paragraph's leading label: "Georgia:", "09:40 GMT - Turkish Foreign Ministry:" (up to its first colon
# after any time stamp)
_LABEL = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,4})?\s*[-–]\s*)?[^:\"“]{1,60}:")
# "states that did not recognise the vote, in particular the EU, ...": who the examples are examples of
_GENERIC_ACTORS = {"state", "country", "government", "organisation", "organization", "partner", "nation", "ally"}
_EXAMPLES = re.compile(r"\b(?:in particular|including|such as|notably|namely|among them)\b", re.I)
_TOPIC_PREPOSITIONS = {"about", "on", "of", "to", "regarding", "concerning"}
_TOPIC_VERBS = {"ask", "comment", "respond", "react", "refer", "response", "reaction", "question"}
# "X issued a similar statement", "X echoed the criticism", "X followed suit": X takes the stance just reported
_SIMILAR = re.compile(
    r"\b(?:(?:similar|same|identical)\s+(?:statement|position|stance|view|declaration)s?"
    r"|echo(?:ed|es|ing)?\s+(?:the|this|that|these|those|its|their)\s+"
    r"(?:criticism|condemnation|position|stance|statement|view|call|concern)s?"
    r"|followed\s+suit|did\s+the\s+same)\b",
    re.I,
)


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


def extract(article: Article, nlp: Language, doc: Doc | None = None) -> Extraction:
    """All statements about contested votes in one article (`doc`: its normalised text already parsed by
    `nlp`, as `nlp.pipe` gives it for a batch)."""
    a = prepare_article(article, nlp, doc)
    result = Extraction(
        article, elections=sorted({r for refs in a.election_at.values() for r in refs}, key=lambda r: r.key)
    )
    discourse = Discourse(last_state=a.home)
    last: dict = {}
    events = find_events(a)
    attach_quotes(a, events)
    attributed = {id(q) for e in events for q in e.quotes}
    units: list[tuple[int, object]] = [
        (e.verb.idx if not e.quotes else min(e.verb.idx, e.quotes[0].start), e) for e in events
    ]
    units += [(q.start, q) for q in a.quotes if id(q) not in attributed]
    units += [(e.start_char, e) for e in (a.doc[start:end] for start, end in person_entities(a.doc))]
    headers = _headers(a)
    labels = {a.paragraph(p): (p, h) for p, h, labelled in headers if labelled}
    for _, unit in sorted(units, key=lambda u: u[0]):
        position = (
            unit.verb.idx if isinstance(unit, Event) else (unit.start_char if isinstance(unit, Span) else unit.start)
        )
        header = next((h for p, h, _ in reversed(headers) if p <= position), None)
        if header is not None and header is not discourse.header:
            discourse.enter_section(header)
        if isinstance(unit, Event):
            _event_statements(a, unit, discourse, last, result)
        elif isinstance(unit, Span):
            _person_mention(a, unit, discourse)
        else:
            _bare_quote_statements(a, unit, discourse, last, result, labels.get(a.paragraph(unit.start)))
    _similar_statements(a, result)
    _exemplified(a, result)
    result.statements = _deduplicate(result.statements)
    return result


def _headers(a: PreparedArticle) -> list[tuple[int, Entity, bool]]:
    """One-line paragraphs that only name an actor ("European Union", "Organization of ... (OIC)") head
    the paragraphs below them, and so does a paragraph's leading label ("Georgia: The foreign ministry
    said ...", as round-ups list reactions): later references ("the organization") point to that actor."""
    found = []
    for start, end in a.paragraphs:
        line = a.norm[start:end].strip()
        inside = [
            m for m in a.mentions if start <= m.start < end and m.kind in ("actor", "demonym", "body") and m.entity
        ]
        if not inside:
            continue
        first = inside[0]
        label = _LABEL.match(a.norm[start:end])
        if label and first.start < start + label.end() and a.norm[first.end : start + label.end()].strip() == ":":
            found.append((start, load_gazetteer().actor_of(first.entity), True))
        elif len(line.split()) <= 8 and not line.endswith((".", '"', ":")):
            rest = re.sub(r"\(.*?\)", "", line.replace(first.text, "")).strip()
            if not rest:
                found.append((start, first.entity, False))
    return found


def _speakers_for(a: PreparedArticle, event: Event, discourse: Discourse) -> list[Speaker]:
    return resolve_subject(a.doc, event.subject, event.subject_head, a.mentions, a.norm, discourse)


def _self_reference(a: PreparedArticle, start: int, end: int, discourse: Discourse) -> list[Speaker]:
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


def _event_statements(a: PreparedArticle, event: Event, discourse: Discourse, last: dict, out: Extraction) -> None:
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
    words = (event.quotes[0].start, event.quotes[0].end) if event.quotes else None
    if content and (words is None or content[0] <= words[0] and words[1] <= content[1]):
        words = content  # 'said Ukraine would "never recognise ..."': the clause names whose words they are
    if (not speakers or speakers[0].weak) and words:
        own = _self_reference(a, *words, discourse)
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


def _person_mention(a: PreparedArticle, entity: Span, discourse: Discourse) -> None:
    """Remember a person named with the role that says whom they speak for."""
    phrase = a.doc[entity.root.left_edge.i : entity.root.right_edge.i + 1]
    if entity.root.dep_ in ("compound", "appos") or phrase.end - phrase.start > 25:
        phrase = a.doc[max(entity.sent.start, entity.start - 8) : entity.end]
    speakers = resolve_subject(a.doc, phrase, entity.root.i, a.mentions, a.norm, Discourse())
    if len(speakers) == 1:
        discourse.remember_person(speakers[0])


def _bare_quote_statements(
    a: PreparedArticle, q: Quote, discourse: Discourse, last: dict, out: Extraction, label: tuple[int, Entity] | None
) -> None:
    """A quotation no speech verb introduces: the actor its own words name, else its paragraph's label
    ('Turkish Foreign Ministry: "We do not recognise ..."'), else whoever spoke just before."""
    speakers = _self_reference(a, q.start, q.end, discourse)
    if not speakers and label is not None:
        speakers = [Speaker(label[1], (label[0], label[0]))]
    if not speakers and discourse.last_speaker and last.get("paragraph", -9) >= a.paragraph(q.start) - 1:
        speakers = [discourse.last_speaker]
    for speaker in speakers:
        _emit(a, speaker, (q.start, q.end), "direct", None, None, last, out)
        discourse.remember(speaker)


def _date_said(a: PreparedArticle, event: Event) -> date | None:
    published = a.published
    for child in event.verb.children:
        if child.dep_ in ("prep", "npadvmod") and (
            event.content is None or not (event.content[0] <= child.idx < event.content[1])
        ):
            start, end = a.doc[child.left_edge.i].idx, token_end(a.doc[child.right_edge.i])
            found = [d for d in find_dates(a.norm[start:end], published, latest_year(a.norm)) if d.value]
            if found:
                return found[0].value
    return None


def _emit(
    a: PreparedArticle,
    speaker: Speaker,
    span: tuple[int, int],
    mode: str,
    cue: str | None,
    date_said: date | None,
    last: dict,
    out: Extraction,
) -> None:
    tokens = a.tokens(*span)
    mentioned = _vote_mentions(a, tokens)
    stances = cue_stances(a.doc, tokens, set(a.election_at))
    claim = _claims_territory(a, span)
    if claim:
        stances.setdefault(TERRITORIAL_INTEGRITY, claim)
    paragraph = a.paragraph(span[0])
    # the votes the words name most (one statement per territory when it spans several), else those their
    # sentence says the words answer ("China's spokesman, asked about the votes, said ...")
    mentioned = mentioned or (_vote_mentions(a, _topic_tokens(a, span)) if stances else [])
    if mentioned:
        counts = Counter(mentioned)
        most = max(counts.values())
        elections = tuple(dict.fromkeys(r for refs, n in counts.items() if n == most for r in refs))
    elif stances and last.get("actor") == speaker.actor and paragraph - last.get("paragraph", -9) <= 2:
        elections = last["elections"]
    elif set(stances) & {RECOGNITION, NON_RECOGNITION} and a.main_elections:
        # (not) recognising "the results", "the choice of voters": in an article about one vote, that vote
        elections = a.main_elections
    else:
        return
    stances = stances or {OTHER: cue or ""}
    for election in elections:
        out.statements.append(
            ExtractedStatement(speaker.actor, election, stances, polarity(stances), mode, span, speaker, cue, date_said)
        )
        _echoes(a, span, election, speaker, out)
    last.update(actor=speaker.actor, elections=elections, paragraph=paragraph)


def _vote_mentions(a: PreparedArticle, tokens: list[int]) -> list[tuple[ElectionRef, ...]]:
    """The elections each vote mention among `tokens` names, once per mention (not per word of it)."""
    found = []
    for i in tokens:
        refs = a.election_at.get(i)
        if refs and not (i > tokens[0] and a.election_at.get(i - 1) == refs):
            found.append(refs)
    return found


def _topic_tokens(a: PreparedArticle, span: tuple[int, int]) -> list[int]:
    """The words of the sentence that say what the statement answers: the object of "asked about",
    "commenting on", "in response to", "said of" (not a relative clause's "abstained on a resolution on
    the vote", which tells of something else the speaker did)."""
    words = a.doc.char_span(*span, alignment_mode="expand")
    if words is None:
        return []
    found: list[int] = []
    for sentence in words.sents:
        for t in sentence:
            if t.lower_ in _TOPIC_PREPOSITIONS and (
                t.head.lemma_.lower() in _TOPIC_VERBS
                or t.head.lemma_.lower() in SPEECH_VERBS
                and t.head.dep_ not in ("relcl", "acl")
                and not (span[0] <= t.idx < span[1])
            ):
                found.extend(c.i for c in t.subtree)
    return sorted(set(found))


def _claims_territory(a: PreparedArticle, span: tuple[int, int]) -> str | None:
    """Words saying that the territory is (part of) the state it belongs to: "Nagorno-Karabakh is Azerbaijan"."""
    gaz = load_gazetteer()
    for m in a.mentions:
        if m.kind != "territory" or not span[0] <= m.start < span[1] or m.territory is None:
            continue
        state = gaz.by_iso3(m.territory.claimed_by)
        pattern = _belongs_to(state.name) if state else None
        if pattern and pattern.match(a.norm[m.end : span[1]]):
            return a.norm[m.start : m.end]
    return None


@cache
def _belongs_to(state: str) -> re.Pattern | None:
    """What follows a territory's name in words saying it belongs to `state` ("is part of Azerbaijan"), or None if
    the gazetteer has no name for the state."""
    names = [f for f, form in load_gazetteer().actor_forms.items() if form.target == state and form.form != "demonym"]
    alternatives = "|".join(re.escape(n) for n in names)
    pattern = rf"\s+(?:is|remains|was)\s+(?:an?\s+(?:\w+\s+){{0,2}}part\s+of\s+)?(?:the\s+)?(?:{alternatives})\b"
    return re.compile(pattern) if names else None


def _echoes(
    a: PreparedArticle, span: tuple[int, int], election: ElectionRef, speaker: Speaker, out: Extraction
) -> None:
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
            words = trim(a, max(sentence.start_char, span[0]), min(sentence.end_char, span[1]))
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


def _similar_statements(a: PreparedArticle, out: Extraction) -> None:
    """ "Lithuania, Latvia and Estonia issued similar statements": the actors named before the phrase, in a
    sentence of the narrative, take the stances of the statement just before, on the same votes (reported)."""
    gaz = load_gazetteer()
    for found in _SIMILAR.finditer(a.norm):
        span = a.doc.char_span(found.start(), found.end(), alignment_mode="expand")
        sentence = span.sent if span is not None else None
        if sentence is None or a.quoted(sentence.start_char):
            continue
        before = [t for t in out.statements if t.words[1] <= sentence.start_char]
        if not before:
            continue
        last = max(before, key=lambda t: t.words[0])
        elections = [t.election for t in before if t.words == last.words and t.actor == last.actor]
        cut = found.start()
        named = {  # "Lithuania's foreign ministry echoed the criticism": the ministry speaks for Lithuania
            gaz.actor_of(m.entity): m
            for m in a.mentions
            if sentence.start_char <= m.start < cut and m.kind in ("actor", "body") and m.entity is not None
        }
        words = trim(a, sentence.start_char, sentence.end_char)
        for actor, m in named.items():
            if actor == last.actor or words is None:
                continue
            for election in elections:
                out.statements.append(
                    ExtractedStatement(
                        actor,
                        election,
                        dict(last.stances),
                        last.polarity,
                        "reported",
                        words,
                        Speaker(actor, (m.start, m.end), body=m.text if m.kind == "body" else None),
                        None,
                        None,
                    )
                )


def _exemplified(a: PreparedArticle, out: Extraction) -> None:
    """ "thanked the states that did not recognise the vote, in particular the European Union, the United States
    and Canada": the actors given as examples of those who took a stance take it (reported)."""
    gaz = load_gazetteer()
    for verb in (a.doc[i] for i in a.with_dep(("relcl",))):
        if verb.head.lemma_.lower() not in _GENERIC_ACTORS or a.quoted(verb.idx):
            continue
        marker = _EXAMPLES.search(a.norm, verb.idx, verb.sent.end_char)
        if marker is None:
            continue
        clause = [t.i for t in verb.subtree if t.idx < marker.start()]
        stances = cue_stances(a.doc, clause, set(a.election_at))
        votes = _vote_mentions(a, clause)
        elections = votes[0] if votes else (a.main_elections if set(stances) & {RECOGNITION, NON_RECOGNITION} else ())
        if not stances or not elections:
            continue
        start = marker.end()
        named = {
            gaz.actor_of(m.entity): m
            for m in a.mentions
            if start <= m.start < verb.sent.end_char and m.kind in ("actor", "body") and m.entity is not None
        }
        words = trim(a, verb.sent.start_char, verb.sent.end_char)
        for actor, m in named.items():
            for election in elections if words else ():
                out.statements.append(
                    ExtractedStatement(
                        actor,
                        election,
                        dict(stances),
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
    whose words lie inside another's of the same actor and vote, adding no stance, is dropped. When it names
    the person who spoke and the other does not ("Obama told Putin that ..., the White House said"), that
    person becomes the other's speaker."""
    unique = list({(s.actor.key, s.election.key, s.words): s for s in reversed(statements)}.values())[::-1]

    def cover(s: ExtractedStatement) -> ExtractedStatement | None:
        return next(
            (
                t
                for t in unique
                if t is not s
                and t.actor == s.actor
                and t.election == s.election
                and t.words[0] <= s.words[0]
                and s.words[1] <= t.words[1]
                and t.words != s.words
                and set(s.stances) <= set(t.stances)
            ),
            None,
        )

    voiced: dict[int, Speaker] = {}
    kept = []
    for s in unique:
        t = cover(s)
        if t is None:
            kept.append(s)
        elif s.speaker.persons and not t.speaker.persons:
            voiced.setdefault(id(t), s.speaker)
    return [
        replace(s, speaker=replace(voiced[id(s)], body=s.speaker.body or voiced[id(s)].body)) if id(s) in voiced else s
        for s in kept
    ]
