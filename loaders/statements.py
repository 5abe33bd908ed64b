"""The extraction pipeline: one article in, the statements it reports about contested votes out.

Stages: normalise the text (same offsets), parse it with spaCy, find actors, bodies, territories, election
mentions, dates and quotations, then walk the article in order. Every speech verb ("said", "tweeted",
"stated", "the statement reads", "according to") and every stance verb ("condemned", "does not recognize")
with a subject is an event; a quotation belongs to the event next to it, and a quotation with no event
belongs to the actor it names as its own subject, to its paragraph's label ("Georgia: ..."), or to whoever
spoke just before. An event becomes a statement when its words name a vote (all the votes they name most), or
take a stance and: their sentence says what they answer ("asked about the votes"), or they continue what the
same actor said about a vote just before, or they (do not) recognise "the results" in an article about one
vote (or votes held together), or they support the integrity of the state the article's vote took place in;
words about anything else (border clashes, peace talks in general, the recognition of a state or of an
annexation) are not a position on a vote. Statements others are said to share are in `loaders.reported`.

>>> from loaders.article import Article
>>> from loaders.nlp import load_nlp
>>> art = Article("x.txt", "Estonia does not recognise the so-called referendum in Crimea on 16 March 2014, "
...               "the Estonian foreign ministry said.")
>>> [(s.actor.name, s.election.key, s.polarity, sorted(s.stances)) for s in extract(art, load_nlp()).statements]
[('Estonia', 'crimea-2014-03-16-referendum', 'reject', ['non-recognition'])]
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from loaders.article import Article
from loaders.clauses import SILENT_WORDS, unsaid
from loaders.credits import credited, credited_at_end, credited_in_passing, named_before_colon, under_heading
from loaders.cue_clauses import scare_quoted
from loaders.discourse import Discourse, Speaker, own_government
from loaders.event_speakers import speakers_for
from loaders.events import ISSUING, Event, asked, find_events
from loaders.extracted import ExtractedStatement, Extraction
from loaders.fact_checks import claims_checked
from loaders.gazetteer import Entity, load_gazetteer
from loaders.greeted import greeted_winner
from loaders.interviews import answers, interviewee, off_topic_answers, question_spans
from loaders.judged import only_scheduled, takes_no_side
from loaders.layout import Header, by_author, headers, named_in_label, speeches
from loaders.merging import deduplicate
from loaders.own_words import principal_then_aide, self_reference, whose_words
from loaders.persons import ROLE_WORDS, outside_government, person_entities, speaks_for_nobody
from loaders.prepared import PreparedArticle, prepare_article
from loaders.quote_events import attach_quotes, joined_sentences, named_before_quote, thanked_for
from loaders.quotes import Quote
from loaders.reported import echoes, shared_statements
from loaders.respectively import respectively
from loaders.speakers import ELECTION_BODY, resolve_subject
from loaders.speech_forms import states_a_stance
from loaders.speech_verbs import SPEECH_VERBS, STANCE_VERBS
from loaders.stance import cue_stances
from loaders.stance_words import DESCRIBING, OTHER, REJECTING, TERRITORIAL_INTEGRITY, polarity
from loaders.statement_votes import but_likened, votes_left_unsaid, votes_of
from loaders.territory_cues import claims_territory
from loaders.text import strip_span
from loaders.turnout import only_the_count
from loaders.voice import briefer, clause_before_own, document_title, signatories, voice
from loaders.vote_context import LABEL, OUTCOME_NOUNS, antecedent_vote, others_words, sentence_of
from loaders.when_said import date_said as said_on


def extract(article: Article, nlp: Language, doc: Doc | None = None) -> Extraction:
    """All statements about contested votes in one article (`doc`: its normalised text already parsed by
    `nlp`, as `nlp.pipe` gives it for a batch)."""
    a = prepare_article(article, nlp, doc)
    result = Extraction(
        article, elections=sorted({r for refs in a.election_at.values() for r in refs}, key=lambda r: r.key)
    )
    claimants = {load_gazetteer().by_iso3(e.territory.claimed_by) for e in a.main_elections}
    claimant = claimants.pop() if len(claimants) == 1 else None
    discourse = Discourse(
        last_state=a.home,
        voice=voice(a),
        voice_persons=briefer(a),
        claimant=claimant,
        government=own_government(a.mentions, a.home, claimant),
        year=a.published.year if a.published else a.year,
    )
    if signed := signatories(a):  # "We, the undersigned, ... endorsed by: Canada, Estonia, ...": all of them
        discourse.joint = [Speaker(actor, (0, 0)) for actor in signed]
    # (the paragraphs where an actor is said to have said nothing: "Ukraine's foreign ministry has not commented.",
    # which keep a story's reactions going)
    last: dict = {"silent": {a.paragraph(a.doc[i].idx) for i in a.with_words(SILENT_WORDS) if unsaid(a.doc[i])}}
    events = find_events(a)
    attach_quotes(a, events)
    attributed = {id(q) for e in events for q in e.quotes}
    units: list[tuple[int, object]] = [
        (e.verb.idx if not e.quotes else min(e.verb.idx, e.quotes[0].start), e) for e in events
    ]
    units += [(q.start, q) for q in a.quotes if id(q) not in attributed]
    units += [(e.start_char, e) for e in (a.doc[start:end] for start, end in person_entities(a.doc))]
    layout = headers(a)
    labels = {a.paragraph(h.start): (h.start, h.actor) for h in layout if h.labelled}
    for _, unit in sorted(units, key=lambda u: u[0]):
        position = (
            unit.verb.idx if isinstance(unit, Event) else (unit.start_char if isinstance(unit, Span) else unit.start)
        )
        header = next((h for h in reversed(layout) if h.start <= position), None)
        if header is not None and header.actor is not discourse.header:
            discourse.enter_section(header.actor, header.also)
        if isinstance(unit, Event):
            _event_statements(a, unit, discourse, last, result)
        elif isinstance(unit, Span):
            _person_mention(a, unit, discourse)
        else:
            _bare_quote_statements(a, unit, discourse, last, result, labels.get(a.paragraph(unit.start)))
    _transcript_statements(a, last, result)
    _labelled_statements(a, layout, last, result)
    _interview_statements(a, discourse, last, result)
    _voiced_statements(a, discourse, signed, events, last, result)
    shared_statements(a, result)
    result.statements = credited_in_passing(a, credited_at_end(a, by_author(a, deduplicate(result.statements))))
    result.statements = greeted_winner(a, result.statements)  # ("Congratulations came quickly. X called him ...")
    # (a press conference's answers on other subjects, and what a fact check says others claimed)
    if left_out := off_topic_answers(a) + claims_checked(a):
        result.statements = [s for s in result.statements if not any(x <= s.words[0] < y for x, y in left_out)]
    return result


def _transcript_statements(a: PreparedArticle, last: dict, out: Extraction) -> None:
    """In a transcript, every sentence of an official's speech (`loaders.layout.speeches`: "MR PRICE: ... These
    referenda were a sham") that no statement covers yet is read as their words; and the words the label's actor
    says there in no one's name (a shot's quoted words: "The Republic of Cyprus does not recognise ...") are theirs."""
    for actor, names, start, end in speeches(a):
        out.statements = [
            replace(s, speaker=replace(s.speaker, persons=names))
            if s.actor == actor and s.mode == "direct" and not s.speaker.persons and start <= s.words[0] < end
            else s
            for s in out.statements
        ]
        _words_of(a, Speaker(actor, (start, start), names), start, end, last, out)


def _labelled_statements(a: PreparedArticle, layout: list[Header], last: dict, out: Extraction) -> None:
    """After a label that names who speaks ("The Georgian Foreign Ministry: The so-called elections ... are
    illegitimate", a channel's posts; "Georgia: ...", a round-up's), the sentences that no statement covers yet are
    that actor's words (each actor's, for a label that names several)."""
    for header in layout:
        paragraph = a.paragraph(header.start)
        if not header.labelled or paragraph == 0 or a.heading(paragraph):
            continue  # (a title's "Georgia: Statement by the Spokesperson on ...", "Russia: Elections in ...": a topic)
        start, end = a.paragraphs[paragraph]
        label = LABEL.match(a.norm, header.start, end)
        mark = a.norm[label.start() : label.end()].rstrip(" ")[-1:] if label else ""
        if mark not in (":", "|", "\t"):
            continue  # (a factbox's "UNITED STATES - " says who, not that the words follow)
        if mark != ":":  # a table row: its next cell is its first cell's reaction ("| Ukraine | A propaganda show |")
            end = next((i for i in range(label.end(), end) if a.norm[i] == mark), end)
        body = next((m for m in a.mentions if header.start <= m.start < label.end() and m.kind == "body"), None)
        persons = named_in_label(a, header.start)
        for actor in (header.actor, *header.also):
            speaker = Speaker(actor, (header.start, label.end()), persons if not header.also else ())
            if body is not None and not header.also:
                speaker = replace(speaker, body=body.text, body_kind=body.body)
            _words_of(a, speaker, label.end(), end, last, out)


def _interview_statements(a: PreparedArticle, discourse: Discourse, last: dict, out: Extraction) -> None:
    """In an interview laid out as questions and answers, the answers are the interviewee's words
    (`loaders.interviews`): those of their sentences that no statement covers yet."""
    spans = list(answers(a))
    speaker = interviewee(a, discourse) if spans else None
    for start, end in spans if speaker is not None else ():
        _words_of(a, speaker, start, end, last, out)


def _words_of(a: PreparedArticle, speaker: Speaker, start: int, end: int, last: dict, out: Extraction) -> None:
    """The sentences between `start` and `end` that no statement covers yet, as the speaker's own words (and those
    where the speaker's quotations alone were read: "Ukraine's Foreign Ministry: the so-called elections are "null
    and void" and "will not have any legal consequences."", whose sentence is all the ministry's)."""
    for sentence in a.doc.char_span(start, end, alignment_mode="expand").sents:
        span = strip_span(a.norm, max(sentence.start_char, start), min(sentence.end_char, end), " \t\n")
        wordless = not any(c.isalnum() for c in a.norm[span[0] : span[1]])  # (a quotation mark made a sentence)
        covering = [s for s in out.statements if s.words[0] < span[1] and span[0] < s.words[1]]
        if not wordless and all(
            s.actor == speaker.actor
            and s.cue is None  # (a bare quotation's, not an event's: "the ministry said it ..." tells its own)
            and span[0] <= s.words[0]
            and s.words[1] <= span[1]
            and s.words != span
            for s in covering
        ):
            _emit(a, speaker, span, "direct", None, None, last, out)


def _voiced_statements(
    a: PreparedArticle, discourse: Discourse, signed: list[Entity], events: list[Event], last: dict, out: Extraction
) -> None:
    """In a text in its own voice (a ministry's comment: "the voting was well organised ... We hope ..."), the
    sentences that report no one's words and that no statement covers yet are the voice's own words; in a joint
    text, each signatory's."""
    if discourse.voice is not None:
        speakers = [Speaker(discourse.voice, (0, 0), discourse.voice_persons)]
    else:
        speakers = [Speaker(actor, (0, 0)) for actor in signed]
    if not speakers:
        return
    # (someone's words, not the voice's; but "this choice must be respected" is the voice's, what it judges the subject,
    # and so is a stance told as its subject's state, when no statement came of it: "Georgia remains committed to ...")
    spoken = [e for e in events if a.doc[e.subject_head].dep_ != "nsubjpass" and not states_a_stance(e.verb)]
    # (an answer's label, which the parse may make sentences of: "MS." / "PSAKI:")
    labels = [(a.paragraphs[a.paragraph(start)][0], start) for start, _ in answers(a)]
    asked_here = question_spans(a)
    for sentence in a.doc.sents:
        span = (sentence.start_char, sentence.end_char)
        if a.quoted(span[0]) or asked(sentence):
            continue  # (not a question put to the voice: "Q: Will China recognize the result?")
        # (someone's words; but in "X is a violation ..., and Japan does not recognise it", the voice's both)
        own = any(sentence.start <= e.verb.i < sentence.end for e in spoken) and discourse.voice
        if own and not (span := clause_before_own(a, sentence, spoken, own)):
            continue
        if any(start <= span[0] < end for start, end in asked_here) or any(
            start <= span[0] and span[1] <= end for start, end in labels
        ):
            continue  # (nor what the question tells before it asks: "AFP: Voting was also held in Crimea. Does ...?")
        if document_title(a, span[0]):
            continue  # ("Statement attributable to the Spokesperson ... on the election": what the text is)
        if a.heading(a.paragraph(span[0])) and not any(t.pos_ in ("VERB", "AUX") for t in sentence):
            continue  # (a heading with no verb says what the text is on: "Abkhazia: Elections")
        if not any(c.isalpha() for c in a.norm[span[0] : span[1]]):
            continue  # (a numbered paragraph's number: "2.")
        if not any(s.words[0] < span[1] and span[0] < s.words[1] for s in out.statements):
            for speaker in speakers:
                _emit(a, speaker, span, "direct", None, None, last, out, voiced=True)


def _event_statements(a: PreparedArticle, event: Event, discourse: Discourse, last: dict, out: Extraction) -> None:
    """The statements of one speech or stance event, and where someone spoke last of the vote or its outcome, with or
    without a side taken (a call for talks after such a paragraph is one more reaction: "The U.N. envoy said he did
    not expect the outcome to change the course of the talks")."""
    _statements_of_event(a, event, discourse, last, out)
    words = a.tokens(*event.content) if event.content else []
    if a.vote_mentions(words) or any(a.doc[i].lemma_.lower() in OUTCOME_NOUNS for i in words):
        last["spoken"] = a.paragraph(event.verb.idx)


def _statements_of_event(a: PreparedArticle, event: Event, discourse: Discourse, last: dict, out: Extraction) -> None:
    speakers = speakers_for(a, event, discourse)
    told = a.doc.char_span(*event.content, alignment_mode="expand") if not speakers and event.content else None
    if told is not None and (unsaid(told.root) or any(scare_quoted(t) for t in told)):
        return  # "The daily Aravot noted that Yerevan had not commented on the vote": no actor reports, and its words
        # say their subject said nothing; 'Posts say that China "backed" the vote': a claim its reporter doubts
    pieces: list[tuple[tuple[int, int], str]] = []
    content = event.content
    # a complement that is a quotation, marks and all, or lies inside one: the quotation is the words
    for q in a.quotes:
        if content and (q.start - 2 <= content[0] and content[1] <= q.end + 2):
            content = None if q in event.quotes else (q.start, q.end)
        elif content and content[0] < q.start < content[1] < q.end and not a.norm[content[1] : q.end].strip(".!?"):
            content = (content[0], q.end)  # 'said the elections "are illegitimate."': the full stop the marks close on
    sentence_end = event.verb.sent.end_char
    quote_outside = any(
        not (content and content[0] <= q.start and q.end <= content[1])
        # (not a quotation that goes on from the clause: 'said that the OSCE did not recognize the election and that
        # its results "cannot in any way prejudge ..."')
        and not (
            content
            and event.verb.idx < content[1] <= q.start < sentence_end
            and "and" in a.norm[content[1] - 4 : q.start].split()
        )
        for q in event.quotes
    )
    if (
        content
        and quote_outside
        and not any(content[0] <= q.start < content[1] for q in a.quotes)
        # (not a clause the quotation goes on from: 'told Interfax that Chisinau does not recognize the elections,
        # "just as it has not recognized any of the previous votes"')
        and not (event.verb.idx < content[0] and all(content[1] <= q.start for q in event.quotes))
        # (nor the clause before the verb when the quotation comes after it: 'The votes are illegal, they say, and
        # "undermine ..."')
        and not (content[1] <= event.verb.idx and all(event.verb.idx < q.start for q in event.quotes))
    ):
        content = None  # "“...,” the ministry said in a statement": the quotation is the words
    if content:
        quoted = any(content[0] <= q.start < content[1] for q in a.quotes)
        pieces.append((content, "direct" if quoted else "indirect"))
    for q in joined_sentences(a, event.quotes):  # ('"We will never recognise," X said, "these elections"': one)
        if not (content and content[0] <= q.start and q.end <= content[1]):
            pieces.append(((q.start, q.end), "direct"))
    words = (event.quotes[0].start, event.quotes[0].end) if event.quotes else None
    if content and (words is None or content[0] <= words[0] and words[1] <= content[1]):
        words = content  # 'said Ukraine would "never recognise ..."': the clause names whose words they are
    # "Peskov said that Putin had sent Gunba his congratulations and that Moscow counted on ...": Putin's act, then
    # the spokesman's own words
    apart = principal_then_aide(a, speakers, words) if words and [p for p, _ in pieces] == [words] else None
    if apart:
        pieces = [(p, "direct" if any(p[0] <= q.start < p[1] for q in a.quotes) else "indirect") for p in apart]
        aide, act = speakers, cue_stances(a.doc, a.tokens(*apart[0]), set(a.election_at))
    if words:
        speakers = whose_words(a, event, speakers, words, discourse, commentator=speaks_for_nobody(event.subject))
    if not speakers:
        if outside_government(event.subject):  # (a quotation after theirs is theirs too, no actor's: '"...," said
            last["paragraph"] = -9  # one Tbilisi-based researcher. "The elections are for domestic consumption."')
        return
    # "issued a joint statement on the vote": its words come later (or after a colon: "issued its usual statement: the
    # vote was illegitimate")
    if event.verb.lemma_.lower() in ISSUING and not (content and a.norm.endswith((":", ": "), 0, content[0])):
        discourse.remember_all(speakers, event.verb)
        if not event.quotes:
            return
        # (or they are the quotations of the paragraphs below: "X made the following statement today:")
        pieces = [((q.start, q.end), "direct") for q in event.quotes]
    date_said = said_on(a, event)
    if paired := respectively(a, event, speakers):  # 'X and Y called it "A" and "B", respectively': one each
        for speaker, span in paired:
            _emit(a, speaker, span, "direct", event.verb.text, date_said, last, out, antecedent_vote(event))
        discourse.remember_all(speakers, event.verb)
        return
    # several actors given one stance verb ("A, B and C condemned ...") are only listed: reported;
    # several actors given a speech verb ("A and B said they ...") spoke together: their own words, as are those of a
    # "we" that lists them ("We, the Foreign Ministers of Lithuania, Poland and Ukraine, do not recognise ...")
    we = a.doc[event.subject_head].lower_ == "we"
    listed = len(speakers) > 1 and event.verb.lemma_.lower() in STANCE_VERBS and not we
    # (another's description inside the words of who rejects it, "rejected Baku's description of the referendum as
    # illegal": its author is not who speaks on after it)
    before = dict(last) if event.verb.lemma_.lower() in DESCRIBING else None
    for span, mode in pieces:
        aides_words = apart is not None and span == apart[1]
        for speaker in aide if aides_words else speakers:
            _emit(
                a,
                speaker,
                span,
                "reported" if listed and mode == "indirect" else mode,
                event.verb.text,
                date_said,
                last,
                out,
                antecedent_vote(event),
                act if aides_words else None,  # (the aide's words go on with the act they told of)
            )
    if before is not None:
        last.clear()
        last.update(before)
        return
    discourse.remember_all(speakers, event.verb)


def _person_mention(a: PreparedArticle, entity: Span, discourse: Discourse) -> None:
    """Remember a person named with the role that says whom they speak for."""
    phrase = a.doc[entity.root.left_edge.i : entity.root.right_edge.i + 1]
    if entity.root.dep_ in ("compound", "appos") or phrase.end - phrase.start > 25:
        phrase = a.doc[max(entity.sent.start, entity.start - 8) : entity.end]
    speakers = resolve_subject(a.doc, phrase, entity.root.i, a.mentions, a.norm, Discourse())
    titled = _title_before(a, entity) if not speakers else None
    if titled is not None and any(t.lower_ in ROLE_WORDS for t in titled):
        # an office that names no actor ("State Minister for Reconciliation X also spoke"): the actor a speaker of
        # that office would have, from the story so far (as `loaders.speakers` gives "President X said")
        story = Discourse(last_speaker=discourse.last_speaker, last_state=discourse.last_state, header=discourse.header)
        found = resolve_subject(a.doc, titled, entity.root.i, a.mentions, a.norm, story)
        speakers = [replace(s, weak=False) for s in found]
    if len(speakers) == 1:
        discourse.remember_person(speakers[0])


def _but_votes_ahead_in_passing(a: PreparedArticle, tokens: list[int]) -> list[int]:
    """The tokens of words, but those of a vote ahead that no list knows when their first clause does not speak of
    it ('said Moscow respects the choice of the people, but declined to comment on the planned referendum': the
    words are on the vote held; 'called any such referendum "unacceptable"' on the one ahead)."""
    inside = set(tokens)
    if not inside & a.planned_at:
        return tokens
    first = next((a.doc[i] for i in tokens if a.doc[i].head.i not in inside or a.doc[i].head.i == i), None)
    clause = set(range(first.left_edge.i, first.right_edge.i + 1)) if first is not None else set()
    # (not the clauses joined to it: "said the vote had no legal force and that any talk of a referendum ...")
    clause -= {t.i for c in (first.children if first is not None else ()) if c.dep_ == "conj" for t in c.subtree}
    return [i for i in tokens if i not in a.planned_at or i in clause]


_TITLE_GLUE = {"for", "of", "and", "the"}


def _title_before(a: PreparedArticle, entity: Span) -> Span:
    """A name with the capitalised title right before it: "(Georgia's) State Minister for Reconciliation and Civic
    Equality Tea Akhvlediani"."""
    left = entity.start
    while left > entity.sent.start and (
        a.doc[left - 1].tag_ in ("NNP", "NNPS", "POS") or a.doc[left - 1].lower_ in _TITLE_GLUE
    ):
        left -= 1
    while left < entity.start and a.doc[left].lower_ in _TITLE_GLUE:
        left += 1
    return a.doc[left : entity.end]


def _bare_quote_statements(
    a: PreparedArticle, q: Quote, discourse: Discourse, last: dict, out: Extraction, label: tuple[int, Entity] | None
) -> None:
    """A quotation no speech verb introduces: the actor its own words name, else its paragraph's label
    ('Turkish Foreign Ministry: "We do not recognise ..."'), else whoever spoke just before (none for what partners
    are thanked for)."""
    if thanked_for(a, q):
        return
    credit = credited(a, q) or named_before_colon(a, q, discourse) or under_heading(a, q, discourse)  # ('"..." over
    speakers = [credit] if credit else self_reference(a, q.start, q.end, discourse)  # "— William Hague"; 'X: "..."')
    previous = discourse.last_speaker
    if speakers and previous and previous.persons and not speakers[0].persons and previous.actor == speakers[0].actor:
        # 'Minister X issued the following statement: "Canada strongly condemns ..."': the minister speaks
        speakers = [replace(speakers[0], persons=previous.persons, role=previous.role)]
    if not speakers and label is not None:  # ("• The Council of Europe's Secretary General X: ...": X speaks)
        speakers = [Speaker(label[1], (label[0], label[0]), named_in_label(a, label[0]))]
    elif label is not None and speakers[0].actor == label[1] and not speakers[0].persons:
        # ('14:05 - EU spokeswoman Maja Kocijancic: "The European Union does not recognise ..."': she speaks)
        speakers = [replace(speakers[0], persons=named_in_label(a, label[0]))]
    named = discourse.last_person
    if (
        speakers
        and named
        and not speakers[0].persons
        and named.actor == speakers[0].actor
        and named_before_quote(a, q, named.span)
    ):  # 'Lithuania – Foreign Minister X: "Lithuania will never ..."', 'Russia (spokeswoman X): "..."': the label's
        speakers = [replace(speakers[0], persons=named.persons, role=named.role)]
    if (
        not speakers
        and discourse.last_speaker
        and (
            last.get("paragraph", -9) >= a.paragraph(q.start) - 1
            or a.paragraph(discourse.last_speaker.span[0]) == a.paragraph(q.start)
            and a.opens_sentence(q)
        )
    ):  # (or who spoke in its paragraph without naming the vote yet: '"We do not comment ...," X told reporters.
        # "The so-called elections ... have no legal standing"'; not a name in quotation marks)
        # (all of them when several spoke together: 'the ministers of Canada, France and Japan said. "We will ..."')
        speakers = list(discourse.joint) or [discourse.last_speaker]
    for speaker in speakers:
        _emit(a, speaker, (q.start, q.end), "direct", None, None, last, out)
    discourse.remember_all(speakers)


def _emit(
    a: PreparedArticle,
    speaker: Speaker,
    span: tuple[int, int],
    mode: str,
    cue: str | None,
    date_said: date | None,
    last: dict,
    out: Extraction,
    antecedent: list[int] | None = None,
    carried: dict[str, str] | None = None,
    voiced: bool = False,
) -> None:
    """Emit the statements some words make (one per vote they are on), with the stances their cues give, or
    `carried`, those of the words they go on from, when they have none of their own; a text's own sentence
    (`voiced`) that takes no side makes none, but is what the words after it may point back to."""
    tokens = a.tokens(*span)
    mentioned = a.vote_mentions(but_likened(a, _but_votes_ahead_in_passing(a, tokens)))
    mentioned_in_words = bool(mentioned) or not antecedent
    mentioned = mentioned or a.vote_mentions(antecedent or [])
    others = others_words(a, tokens, speaker.actor)
    stances = cue_stances(a.doc, [i for i in tokens if i not in others], set(a.election_at)) or dict(carried or {})
    if others and not stances and not antecedent and not a.vote_mentions([i for i in tokens if i not in others]):
        return  # "Moscow noted the statement by Kyiv that the vote had no legal force": the vote only in Kyiv's words
    claim = claims_territory(a, span)
    if claim:
        stances.setdefault(TERRITORIAL_INTEGRITY, claim)
    paragraph = a.paragraph(span[0])
    elections = votes_of(a, speaker, span, tokens, stances, mentioned, mode, cue, date_said, last, out, antecedent)
    if elections is None:
        return
    if not stances and a.main_elections and not set(elections) & set(a.main_elections):
        return  # a past vote named in passing, without a word on it ("part of Russia after referendums")
    if not stances and speaker.body and ELECTION_BODY.search(speaker.body):
        return  # "according to Russia's Central Election Commission": the count, not a position on the vote
    if not stances and only_scheduled([a.doc[i] for i in tokens], set(a.election_at)):
        return  # "Russia announced that referendums would be held from September 23 to 27": a notice, no side
    if not stances and only_the_count([a.doc[i] for i in tokens], SPEECH_VERBS):
        return  # "which Russian authorities said was won by Putin with 87%": the count, no side
    if not stances and votes_left_unsaid(a, tokens):
        return  # "respected the choice of the Russian people and did not comment on the vote in Crimea"
    silent = voiced and not stances  # ("The vote was held on Sunday. It has no legal force.")
    stances = stances or {OTHER: cue or ""}
    side = polarity(stances)
    if (
        side == "reject"
        and set(stances) & REJECTING == {TERRITORIAL_INTEGRITY}
        and takes_no_side([a.doc[i] for i in tokens])
    ):
        side = "neutral"  # "respected Ukraine's territorial integrity but would not take a position on the referendums"
    for election in () if silent else elections:
        out.statements.append(
            ExtractedStatement(speaker.actor, election, stances, side, mode, span, speaker, cue, date_said)
        )
        echoes(a, span, election, speaker, out)
    if mentioned_in_words:  # not an aside on the vote a relative clause names ("a referendum that Baku rejected")
        last.update(
            actor=speaker.actor,
            persons=speaker.persons,
            elections=elections,
            paragraph=paragraph,
            sentence=sentence_of(a, span[0]),
        )
