"""Who speaks in one speech or stance event, in the turns of a story: the subject resolved (`loaders.speakers`), with
what the sentences around it say of it: a transcript's labelled official, a numbered item's heading, the person an
actor "said through", the actor a statement is made "on behalf of", and "he" who is the person of no actor the
sentence before named ("Kocharian, a former official, has led the enclave since 1994. He told supporters ...") or
whose clause holds the words ("Transnistrian leader X said he respected ... and called for dialogue").
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from loaders.discourse import Discourse, Speaker
from loaders.event_subjects import subject_span
from loaders.events import Event
from loaders.gazetteer import Entity, load_gazetteer
from loaders.interviews import answers, interviewee
from loaders.layout import labelled_official, speech_at
from loaders.media import cited, medium
from loaders.persons import ROLE_WORDS, outside_government, persons_in
from loaders.prepared import PreparedArticle
from loaders.presiding import on_behalf_of
from loaders.speakers import resolve_subject
from loaders.speech_verbs import SPEECH_VERBS, STANCE_VERBS
from loaders.text import NUMBERED_ITEM
from loaders.written_answers import answered_by


def speakers_for(a: PreparedArticle, event: Event, discourse: Discourse) -> list[Speaker]:
    """Who speaks in an event: its subject resolved (`loaders.speakers`), or the official a transcript's paragraph is
    labelled with, or a numbered item's heading, or who answers an interview's question ("we"); with the person an
    actor "said through", and the actor a statement is made "on behalf of"; nobody for "he" or "she" who is someone
    of no actor named just before."""
    labelled = labelled_official(a, a.paragraph(event.verb.idx))
    first_person = event.subject.text.lower() in ("we", "i")
    if labelled is None and first_person:
        labelled = speech_at(a, event.verb.idx)  # (a paragraph that goes on with the speech labelled above it)
    if labelled is not None and labelled[0] is not None and first_person:
        return [Speaker(labelled[0], (event.subject.start_char, event.subject.end_char), labelled[1])]
    if labelled is not None and labelled[1] and first_person and labelled[1][0] in discourse.persons:
        # ("MR KENT: The United States ... does not recognize ... we do not recognize": whom his words named before)
        said = discourse.persons[labelled[1][0]]
        return [Speaker(said.actor, (event.subject.start_char, event.subject.end_char), labelled[1])]
    if first_person and any(start <= event.verb.idx < end for start, end in answers(a)):
        answering = interviewee(a, discourse)  # (an interview's answer: "We do not recognise them")
        if answering is not None:
            return [replace(answering, span=(event.subject.start_char, event.subject.end_char))]
    subject = (event.subject.start_char, event.subject.end_char)
    if NUMBERED_ITEM.fullmatch(event.subject.text.strip()):  # "The Verkhovna Rada of Ukraine:\n\n1) declares that"
        # (or the document's letterhead: "Council of Europe"; or the sentence that leads into the items: "... adopted
        # a resolution. In the resolution, the Seimas:")
        heading = discourse.header or discourse.voice or _led_in_by(a, a.paragraph(event.verb.idx))
        return [Speaker(heading, subject)] if heading else []
    if _named_just_before(a, event, discourse) or _reported_by_no_actor(a, event, discourse):
        return []  # "Kocharian ... has led the enclave's government since 1994. He told supporters": not an actor's
    if source := cited(a, event, discourse):  # "Trend agency, citing X, reported that": X speaks
        return source
    if medium(event.subject) or outside_government(event.subject):
        return []  # "The daily Kommersant noted that", "said one Tbilisi-based political scientist": for no actor
    if event.subject.root.lower_ in _SOME and not any(t.lower_ in _NAMING_SOME for t in event.subject):
        return []  # "Some in Moscow say the turnout proves ...": nobody in particular (not "Others, including Poland")
    if labelled is not None and labelled[0] is not None and _OWN_GOVERNMENT.fullmatch(event.subject.text):
        return [Speaker(labelled[0], subject, labelled[1])]  # "Baroness X: My Lords, the Government do not recognise"
    speakers = resolve_subject(a.doc, event.subject, event.subject_head, a.mentions, a.norm, discourse)
    if labelled is None and (answer := answered_by(a, a.paragraph(event.verb.idx))) is not None:
        if answer[0] is not None and event.subject.text.lower() in ("we", "i"):  # "Answered by X (...):" ... "We"
            return [Speaker(answer[0], subject, answer[1])]
        labelled = answer  # "The UK does not recognise ...": the minister who answers speaks
    if labelled and len(speakers) == 1 and _holds_the_floor(a, event, labelled[0], speakers[0]):
        speakers = [replace(speakers[0], persons=labelled[1])]  # "MR PRICE: ... The United States will never"
    elif (
        labelled is None
        and discourse.voice_persons
        and len(speakers) == 1
        and speakers[0].actor == discourse.voice
        and _holds_the_floor(a, event, None, speakers[0])
    ):  # a briefing's "The United Nations remains fully committed to ...": its briefer speaks
        speakers = [replace(speakers[0], persons=discourse.voice_persons)]
    if len(speakers) == 1 and not speakers[0].persons and (voice := _spoken_through(a, event)):
        speakers = [replace(speakers[0], persons=voice)]  # "Russia said through a spokesman, Grigory Karasin, that"
    elif len(speakers) == 1 and not speakers[0].persons and (floor := _speaking_on(a, event, discourse, speakers[0])):
        speakers = [replace(speakers[0], persons=floor.persons, role=floor.role)]
    source = cited(a, event, discourse, from_sentence=True) if len(speakers) == 1 and not speakers[0].persons else []
    if source and source[0].actor == speakers[0].actor:  # "Trend agency, citing the ministry's spokesman X, reported
        speakers = [replace(speakers[0], persons=source[0].persons, role=source[0].role)]  # that Azerbaijan regarded"
    behalf = on_behalf_of(a.norm, event, a.mentions) if len(speakers) <= 1 else []
    if behalf and not speakers:  # "the presidency said in a declaration on behalf of the EU"
        return [Speaker(actor, subject) for actor in behalf]
    if behalf and speakers[0].actor not in behalf and _states(behalf + [speakers[0].actor]):
        behalf = [speakers[0].actor, *behalf]  # "France's envoy, speaking also on behalf of Germany": both states
    return [replace(speakers[0], actor=actor, weak=False) for actor in behalf] or speakers  # "on behalf of the EU"


_SOME = {"some", "many", "few", "most", "others"}  # a subject of no one in particular: "Some in Moscow", "Many in Kyiv"
_NAMING_SOME = {"including", "among", "such", "like", "notably", "especially"}  # unless it names them


def _states(actors: list) -> bool:
    return all(actor is not None and actor.kind == "State" for actor in actors)


# the government a labelled official speaks for, named with no owner: "the Government", "my Government"
_OWN_GOVERNMENT = re.compile(r"(?:(?:the|our|my)\s+)?(?:federal\s+)?government", re.I)  # ("the federal government")


def _holds_the_floor(a: PreparedArticle, event: Event, labelled: Entity | None, speaker: Speaker) -> bool:
    """Whether the official a paragraph is labelled with voices the event: they hold office for its actor, or for
    an actor their label does not name, which the subject of the official's own clause then is ("The Minister for
    Europe (X)": "the United Kingdom will not recognise ...", not "Moldova's Deputy Prime Minister, who told her
    that ...")."""
    if speaker.persons:
        return False
    if labelled is not None:
        return labelled == speaker.actor
    if any(x.lemma_.lower() in SPEECH_VERBS for x in event.verb.ancestors):
        return False  # (what someone the official quotes told them: "X told me that Georgia regards the vote as void")
    head = event.subject.root.idx  # (the actor itself, not one of its officials: "Georgia's foreign minister, X")
    return any(m.start <= head < m.end and m.kind == "actor" for m in a.mentions)


def _speaking_on(a: PreparedArticle, event: Event, discourse: Discourse, speaker: Speaker) -> Speaker | None:
    """The person of the speaker's actor who spoke in the sentence right before, in the same paragraph, when the
    event's subject is the actor's name alone: "France's representative, Gérard Araud, said that ... . France would
    never recognize the referendum's results" (a meeting's record, which goes on in his words)."""
    last = discourse.last_person
    sentence = event.verb.sent
    if last is None or last.actor != speaker.actor or sentence.start == 0 or len(event.subject) > 3:
        return None
    before = a.doc[sentence.start - 1].sent
    if (
        not before.start_char <= last.span[0] < before.end_char
        or "\n" in a.norm[before.start_char : sentence.start_char]
    ):
        return None
    head = a.doc[event.subject_head]
    return last if any(m.start <= head.idx < m.end and m.kind == "actor" for m in a.mentions) else None


def _spoken_through(a: PreparedArticle, event: Event) -> tuple[str, ...]:
    """The persons an actor "said through", or spoke in words "by": "Russia said through a Foreign Ministry
    spokesman, Grigory Karasin,", "The European Union, in a statement by its spokesperson Peter Stano, reiterated"."""
    for prep in (c for c in event.verb.children if c.dep_ == "prep"):
        voice = prep if prep.lower_ == "through" else _by_whom(prep) if prep.lower_ == "in" else None
        if voice is None:
            continue
        phrase = a.doc[voice.i + 1 : voice.right_edge.i + 1]
        if any(t.lower_ in ROLE_WORDS for t in phrase):
            return tuple(name for name, _, _ in persons_in(a.doc, phrase, a.mentions)) or _apposed_after(a, phrase)
    return ()


def _apposed_after(a: PreparedArticle, phrase: Span) -> tuple[str, ...]:
    """The person named between commas right after an office, when the parse hung the name elsewhere: "said through
    its chairman-in-office, Danish Foreign Minister Niels Helveg Petersen, that ..."."""
    doc, start = a.doc, phrase.end
    if start + 1 >= len(doc) or doc[start].text != ",":
        return ()
    end = next((t.i for t in doc[start + 1 : min(start + 10, phrase.sent.end)] if t.text == ","), None)
    if end is None:
        return ()
    return tuple(name for name, _, _ in persons_in(doc, doc[start + 1 : end], a.mentions))


# the words an actor speaks "in", made "by" someone: "in a statement by its spokesperson"
_VOICED_IN = {"statement", "declaration", "comment", "remark", "interview", "message", "post", "briefing"}


def _by_whom(prep: Token) -> Token | None:
    """The "by" of "in a statement by ...", when `prep` is its "in"."""
    words = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _VOICED_IN), None)
    return next((c for c in words.children if c.dep_ == "prep" and c.lower_ == "by"), None) if words else None


def _named_just_before(a: PreparedArticle, event: Event, discourse: Discourse) -> bool:
    """Whether "he" or "she" who speaks is the subject of the sentence before, a name met nowhere before and no actor
    the text names ("Kocharian, a former official, has led the enclave since 1994. He told supporters ..."): someone
    who speaks for no actor, not the last speaker."""
    if event.subject.text.lower() not in ("he", "she") or event.verb.sent.start == 0:
        return False
    before = a.doc[event.verb.sent.start - 1].sent
    if before.root.lemma_.lower() in SPEECH_VERBS | STANCE_VERBS:
        return False  # (a speaker's words, then "she said": the same speaker)
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subject is not None
        and subject.lower_ not in ROLE_WORDS
        and subject.pos_ == "PROPN"
        and subject.ent_type_ not in ("ORG", "NORP", "FAC", "LOC")
        and not any(m.start <= subject.idx < m.end for m in a.mentions)
        and not discourse.met(subject.text)
    )


def _reported_by_no_actor(a: PreparedArticle, event: Event, discourse: Discourse) -> bool:
    """Whether "he" or "she" who speaks is the subject of the speech verb whose clause holds the event, a person of
    no actor ("Transnistrian leader Vadim Krasnoselsky said he respected ... and called for dialogue"): not the
    last speaker."""
    if event.subject.text.lower() not in ("he", "she"):
        return False
    clause = event.subject.root.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.lemma_.lower() not in SPEECH_VERBS:
        return False
    teller = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if teller is None or teller.pos_ != "PROPN":
        return False
    span = subject_span(a, teller, saying)
    return not resolve_subject(a.doc, span, teller.i, a.mentions, a.norm, discourse)


def _led_in_by(a: PreparedArticle, paragraph: int) -> Entity | None:
    """The one actor the sentence that leads into a list of numbered items names, where it closes the paragraph above
    them with a colon ("The Seimas on Thursday adopted a resolution ... In the resolution, the Seimas:")."""
    above = paragraph - 1
    while above >= 0 and NUMBERED_ITEM.match(a.norm[a.paragraphs[above][0] : a.paragraphs[above][1]].strip()):
        above -= 1
    if above < 0:
        return None
    start, end = a.paragraphs[above]
    line = a.norm[start:end].rstrip()
    if not line.endswith(":"):
        return None
    lead = start + max(line.rfind(". "), line.rfind("? "), -1) + 1  # (its last sentence)
    gaz = load_gazetteer()
    named = {
        gaz.actor_of(m.entity) for m in a.mentions if lead <= m.start < end and m.kind in ("actor", "body") and m.entity
    }
    return named.pop() if len(named) == 1 else None
