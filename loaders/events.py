"""Speech and stance events: the verbs that report what an actor said ("said", "tweeted", "the statement
reads", "according to", "condemned", "does not recognize"), their subjects and the words they report. Which
quotations belong to each is `loaders.quote_events`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from loaders.asked import asked_whether, asks_who
from loaders.clauses import BRUSHING, act_spoken_of, brushes_aside, doc_text, joined_after_relative, unrealised, unsaid
from loaders.cue_clauses import congratulates_a_head_of_state, scare_quoted
from loaders.event_subjects import (
    before_dashes,
    capital_setting,
    credited_with,
    governing_subject,
    position_owner,
    relative_antecedent,
    stray_agent,
    subject_of,
    subject_span,
    unowned_aide,
)
from loaders.event_words import (
    according_words,
    names_the_vote,
    passive_content,
    reported_words,
    token_end,
    trim,
    unnamed_sources_of_a_subject,
)
from loaders.framed_events import (
    FRAMING_NOUNS,
    VERDICTS,
    framed_words,
    framing_word,
    stated_after_colon,
    stated_in,
    verdict_of,
)
from loaders.gazetteer import load_gazetteer
from loaders.misread_subjects import reduced_relative
from loaders.persons import AIDES
from loaders.praise import wishes_success
from loaders.prepared import PreparedArticle
from loaders.quotes import Quote
from loaders.said_alone import aside
from loaders.sent_messages import LODGING, OFFERING, PHONING, sender_of, sends_greetings, sends_protest, with_greetings
from loaders.speech_forms import (
    CLEAR,
    MANNERS,
    aside_of,
    been_clear,
    headline_verb,
    in_protest,
    item_marker,
    named_above,
    opens_item,
    quoting_aside,
    reacting_manner,
    speaks_of,
    stance_as_state,
    verb_read_as_noun,
)
from loaders.speech_verbs import DOCUMENTS, SENDING, SPEECH_VERBS, STANCE_VERBS
from loaders.stance_words import DESCRIBING, STATED_NOUNS, VOTE_NOUNS
from loaders.text import NUMBERED_ITEM


@dataclass
class Event:
    verb: Token
    subject: Span
    subject_head: int
    content: tuple[int, int] | None
    quotes: list[Quote] = field(default_factory=list)


# "issued a statement", "adopted a declaration", "signed a joint statement", "made the following statement"
ISSUING = {"issue", "adopt", "sign", "make"}
# the words an event may be told by (lemmas, and "according" as written): find_events reads no other word
_EVENT_WORDS = frozenset(
    ISSUING
    | OFFERING
    | SPEECH_VERBS
    | STANCE_VERBS
    | STATED_NOUNS
    | DESCRIBING
    | VERDICTS
    | set(BRUSHING)
    | {"according", "wish", "put", "take", "join", "opposed", "committed", "for", "come", *FRAMING_NOUNS}
    | CLEAR
    | LODGING
    | PHONING
    | {"weigh", "chime", "speak"}  # "has weighed in", "chimed in": commented; "spoke of"
    | MANNERS
)


# what one joins in saying: "joined the condemnation of the vote", "joined the chorus of criticism"
_JOINED = {"condemnation", "criticism", "chorus", "protest", "protests", "call", "calls"}


def find_events(a: PreparedArticle) -> list[Event]:
    events = []
    for i in a.with_words(_EVENT_WORDS):
        t = a.doc[i]
        if a.quoted(t.idx) and not _quoted_from_verb(a, t) or asked(t.sent) or t.dep_ == "ccomp" and scare_quoted(t):
            # (a question is asked, not said: "Q: Will China recognize the result of the referendum?"; a verb quoted
            # on its own in a reported clause is told by whoever reports it: 'Posts claim that China "backed" it')
            continue
        lemma = t.lemma_.lower()
        if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
            to = next(c for c in t.children if c.lower_ == "to")
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if objects and not unnamed_sources_of_a_subject(objects[0]):
                subject = a.doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
                events.append(Event(t, subject, objects[0].i, according_words(a, t)))
            continue
        if (framed := framed_words(a, t)) is not None:
            events.append(Event(t, *framed))  # "As X put it, the vote was ...", "In the words of X, the vote ..."
            continue
        if lemma == "put" or framing_word(t) or quoting_aside(t):
            continue  # (and "which said, and I quote, that ...": the words are those of the verb "quote" is joined to)
        if (reacting := reacting_manner(t)) is not None:  # "Greece's Foreign Ministry was more guarded.": who
            events.append(Event(t, subject_span(a, reacting, t.head), reacting.i, None))  # "it" is next
            continue
        if lemma == "congratulate" and congratulates_a_head_of_state(t):
            continue  # "congratulated Putin (Russians) on the election": the country-wide vote, not the territory's
        if (headline := headline_verb(a, t)) is not None:
            events.append(Event(t, *headline))  # "Sargsyan congratulates Sahakyan on re-election", read as nouns
            continue
        if (acting := in_protest(t)) is not None:
            # "The Ukrainian delegation walked out in protest against the votes": the protest is its stance
            if (subject_token := subject_of(acting)) is not None:
                words = trim(a, t.head.idx, token_end(a.doc[t.right_edge.i]))
                events.append(Event(t, subject_span(a, subject_token, acting), subject_token.i, words))
            continue
        if lemma in STATED_NOUNS | DESCRIBING | VERDICTS and t.pos_ == "NOUN":
            if (stated := stated_in(a, t) or verdict_of(a, t) or stated_after_colon(a, t)) is not None:
                events.append(Event(t, *stated))  # "the statement by X that the vote ...": X's words, where they are
            continue
        if lemma in ISSUING and any(c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENTS for c in t.children):
            lemma = "issue"  # "issued a joint statement on the vote": a way of saying
        elif lemma in OFFERING and sends_greetings(t) and not _won_by_a_head_of_state(a):
            lemma = "send"  # "sent a message of congratulations to Sukhum", "offered its congratulations": the stance
        elif lemma in PHONING and with_greetings(t) and not _won_by_a_head_of_state(a):
            lemma = "send"  # "was among the first to phone Sahakyan with congratulations"
        elif lemma in SENDING | LODGING and sends_protest(t):
            lemma = "protest"  # "sent a note of protest to Moscow over the elections", "lodged a protest"
        elif lemma in ("weigh", "chime") and any(c.dep_ == "prt" and c.lower_ == "in" for c in t.children):
            lemma = "comment"  # "Romania's foreign ministry has weighed in. In a post it reaffirmed ...": it spoke
        elif speaks_of(t):
            lemma = "say"  # 'spoke of a vote "contrary to international law"'
        elif brushes_aside(t):
            lemma = "dismiss"  # "brushed the criticism aside"
        elif lemma == "take" and _takes_note_that(t):
            lemma = "note"  # "Japan takes note with concern that ..."
        elif (state := stance_as_state(t)) is not None:
            # "France is firmly opposed to the holding of the election", "remains committed to a settlement, through
            # dialogue": the copula's words, as the verb that says the stance
            t, lemma = t.head, state
        elif (being := been_clear(t)) is not None:
            t, lemma = being, "say"  # "The EU was clear as well: it does not recognise ...", "has been clear that"
        elif lemma == "make" and any(c.lower_ == "clear" for c in t.children):
            lemma = "say"  # "Rome has made clear it does not recognise ...", "made it clear that ..."
        elif lemma == "join" and any(c.dep_ == "dobj" and c.lemma_.lower() in _JOINED for c in t.children):
            lemma = "condemn"  # "Estonia joined the condemnation of the referendum", "joined the criticism"
        elif lemma == "wish" and wishes_success(t) and not _won_by_a_head_of_state(a):
            lemma = "send"  # "the Russian president wished Bzhania success": a greeting sent to the winner
        elif (
            lemma not in SPEECH_VERBS
            and lemma not in STANCE_VERBS
            or not (t.tag_.startswith("VB") or opens_item(a, t) or verb_read_as_noun(t))
        ):
            continue
        if t.dep_ in ("xcomp", "conj") and _asked_before(t.head):
            # "Asked to comment on the statement of X, who called ... and said ...": the question put (joined to it)
            continue
        if asked_whether(t) and _left_open(t):
            continue  # "It was not clear whether Belarus would recognise the votes": nobody's word
        if unsaid(t) or names_the_vote(t) or act_spoken_of(t):
            continue  # "It did not comment on the vote", "declined to comment": nobody speaks; "held what they
            # called a presidential election": nobody judges it
        if t.dep_ == "acl" and _cited_source(t.head) or _published_for_another(t):
            continue  # "..., according to a message read by Vice President X": the source "according to" names
        if unrealised(t):
            continue  # "a draft resolution that would have condemned the vote", "failed to adopt": nobody did
        # (not a "by" the parse hung on a past verb with a subject of its own: "Azerbaijan protested against the
        # election of X by its parliament"; but "votes, each of them denounced by Kyiv")
        agent = next((g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is not None and t.tag_ != "VBN" and any(c.dep_ == "nsubj" for c in t.children):
            agent = None
        if agent is None and (_passive(t) or t.dep_ == "conj" and t.tag_ == "VBN" and _passive(t.head)):
            agent = stray_agent(a, t) or capital_setting(a, t)  # (and "was welcomed in Moscow and condemned in Kyiv")
        if lemma == "quote" and any(c.dep_ == "dobj" for c in t.children):
            subject_token = next(c for c in t.children if c.dep_ == "dobj")
        elif agent is not None and _recognised_other(a, t):
            continue  # "observers recognised by the OSCE", "a government recognised by Moscow": not the vote
        elif agent is not None:  # "the vote was condemned by the United States and the EU" (and "by X, by Y and by Z")
            content = passive_content(a, t)
            others = [g for c in t.children if c.dep_ == "agent" for g in _by_whom(c) if g.i != agent.i]
            for by in [agent, *others]:
                events.append(Event(t, a.doc[by.left_edge.i : by.right_edge.i + 1], by.i, content))
            continue
        else:
            subject_token = subject_of(t)
            if subject_token is None and any(c.dep_ == "nsubj" and asks_who(t, c) for c in t.children):
                continue  # a question a headline names: "Moscow's referendums, and who condemned them"
        # (the main verb, or one joined to a subjectless one: "In Brussels the EU's commissioner, X, urged ... and")
        anchor = t if t.dep_ == "ROOT" else t.head if t.dep_ == "conj" and t.head.dep_ == "ROOT" else None
        if subject_token is None and anchor is not None and (anchor is t or subject_of(anchor) is None):
            # a parse with no subject ("Apart from A, B, ... and C also haven't recognized ..."), or one that cut
            # the sentence before it ("[Minister] [of Foreign Affairs X] [today issued ...]"): the actors or the
            # person named before the verb since the last full stop or line break are its subject
            start = anchor.i
            while start > 0 and a.doc[start - 1].text not in (".", "!", "?", ";") and "\n" not in a.doc[start - 1].text:
                start -= 1
            marker = item_marker(a, start, anchor) or named_above(a, start, anchor)
            if marker is not None:  # "1. Does not recognise ...": the resolution's heading speaks (or the actor
                events.append(Event(t, marker, marker.end - 1, reported_words(a, t, lemma)))  # a line names above)
                continue
            words = reported_words(a, t, lemma)
            if (attribution := _after_reported_clause(a, start, anchor.i)) > start:
                comma = a.doc[attribution - 1].idx  # (the words are the clause before it)
                start, words = attribution, (words[0], comma) if words and words[0] < comma < words[1] else words
            region = a.doc[start : anchor.i]
            named = any(
                m.kind in ("actor", "body") and region.start_char <= m.start < region.end_char for m in a.mentions
            )
            numbered = bool(NUMBERED_ITEM.fullmatch(region.text.strip()))  # "1) declares that": the heading speaks
            if start < anchor.i and (named or numbered or any(e.label_ == "PERSON" for e in region.ents)):
                events.append(Event(t, region, anchor.i - 1, words))
            continue
        if subject_token is None or (
            t.tag_ == "VBN" and _passive(t) and lemma in SPEECH_VERBS and subject_token.dep_ == "nsubjpass"
        ):
            continue  # "was said to have won": no one speaks
        dateline = next(((s, e) for s, e in a.filed if s <= subject_token.idx < e), None)
        if dateline is not None:  # the parse took the dateline for a subject: the subject follows it
            region = a.doc.char_span(dateline[1], t.idx, alignment_mode="expand")
            if region is not None and region.start < t.i:  # (headed by the verb's other subject, if it has one there)
                head = next((c.i for c in t.children if c.dep_ == "nsubj" and region.start <= c.i), t.i - 1)
                events.append(Event(t, a.doc[region.start : t.i], head, reported_words(a, t, lemma)))
            continue
        quote = a.in_quote(subject_token.idx)
        if quote is not None and quote.end <= t.idx:
            # the parse took a subject from inside the quotation before the verb: the attribution is
            # what stands between the quotation and the verb ("“...”, Ministry of Foreign Affairs of X said")
            first = a.doc.char_span(quote.end, t.idx, alignment_mode="expand")
            if first is None or first.start >= t.i:
                continue
            events.append(Event(t, a.doc[first.start : t.i], t.i - 1, reported_words(a, t, lemma)))
            continue
        dashed = before_dashes(a, subject_token, t)
        if dashed is not None:  # "The Minsk Group's co-chairs -- A, B and C -- had said": the group speaks, by them
            events.append(Event(t, *dashed, reported_words(a, t, lemma)))
            continue
        relative = t if t.dep_ == "relcl" else t.head if joined_after_relative(t) else None
        if subject_token.lower_ in ("which", "that", "who") and relative is not None:
            # "a statement issued by the ministry, which described ..." (and "The representative of Brazil, who
            # abstained, called for dialogue": a parse that joined the main verb to the relative clause)
            antecedent = relative_antecedent(relative)
            right = min((c.left_edge.i for c in antecedent.children if c.dep_ == "relcl"), default=antecedent.i + 1)
            # (a name in apposition, with what it is in apposition to: "the Armenian parliament's speaker, Galust
            # Sahakyan, who hailed")
            named = antecedent.head if antecedent.dep_ == "appos" else antecedent
            # ("statements by A and B, which said": both; not a name the parse joined to a verb before it)
            while named.dep_ == "conj" and named.head.i < named.i and named.head.pos_ in ("NOUN", "PROPN"):
                named = named.head
            subject_token = antecedent
            if (
                antecedent.dep_ == "pobj"
                and antecedent.head.lower_ in ("for", "to")
                and antecedent.head.head.lower_ in AIDES
            ):
                # ("a spokesperson for Federica Mogherini, who said": the aide speaks, for her office)
                named = subject_token = antecedent.head.head
            subject = a.doc[named.left_edge.i : max(right, antecedent.i + 1)]
        elif (subject_token.lower_ in ("it", "they") or unowned_aide(subject_token)) and (
            owner := position_owner(t)
        ) is not None:
            # "The EU's position remains unchanged: it does not recognise ...": the position's owner speaks (and "The
            # EU's position is unchanged, a spokesperson said: ...")
            subject, subject_token = a.doc[owner.left_edge.i : owner.i + 1], owner
        else:
            if subject_token.lower_ in ("it", "they") and (governing := governing_subject(t)) is not None:
                subject_token = governing  # "The EU took note of the vote, which it said it did not recognise"
            subject = subject_span(a, subject_token, t)
            if not subject.start <= subject_token.i < subject.end:  # (the words after a semicolon: their last)
                subject_token = a.doc[t.i - 1]
            colon = next((x for x in a.doc[subject.end - 1 : t.i] if x.text == ":"), None)
            if colon is not None and colon.i + 1 < t.i:  # "Germany: Chancellor Merkel's spokesman X said"
                subject, subject_token = a.doc[colon.i + 1 : t.i], a.doc[t.i - 1]
        if (sender := sender_of(t)) is not None:  # "read out a message from President Putin, who ...": his words
            subject, subject_token = a.doc[sender.left_edge.i : sender.i + 1], sender
        told = _quoted_as_saying(t) if lemma == "quote" else aside_of(t)  # "quoted X as saying", "said, and I quote,"
        events.append(Event(t, subject, subject_token.i, reported_words(a, *((told, "say") if told else (t, lemma)))))
    return _outermost(a, events)


def _recognised_other(a: PreparedArticle, verb: Token) -> bool:
    """A participle of recognising said of something that is not the vote: "observers [recognised by the OSCE]"."""
    return (
        verb.dep_ == "acl"
        and verb.lemma_.lower() in ("recognize", "recognise", "accept", "acknowledge")
        and verb.head.lower_ not in VOTE_NOUNS
        and verb.head.i not in a.election_at
    )


def _quoted_from_verb(a: PreparedArticle, verb: Token) -> bool:
    """A quotation that opens at its verb, whose subject stands before it: 'the Government of Nicaragua "congratulates
    the people of Abkhazia ..."' (the subject's own words, quoted from its verb on; not what a speech verb reports:
    'said that Greece "supports a solution"', which is that event's words)."""
    quote = a.in_quote(verb.idx)
    return (
        quote is not None
        and quote.depth == 0
        and verb.dep_ != "ccomp"
        and quote.start == verb.idx
        and any(c.dep_ == "nsubj" and c.idx < quote.start for c in verb.children)
    )


def _quoted_as_saying(verb: Token) -> Token | None:
    """The "saying" of "quoted the ministry as saying the vote was void", whose words are the quoted one's."""
    return next(
        (
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children
            if g.dep_ == "pcomp" and g.lemma_.lower() in SPEECH_VERBS
        ),
        None,
    )


def _cited_source(noun: Token) -> bool:
    """Whether a noun is what "according to" cites: "according to a message read by X"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according"


_PUBLISHING = {"publish", "release", "post", "circulate", "distribute", "carry"}


def _published_for_another(verb: Token) -> bool:
    """Whether a verb tells who published the paper someone else speaks in: "the ministers said in a joint statement
    published by the German Foreign Office" (the ministers' words, not the office's)."""
    paper = verb.head
    return (
        verb.dep_ == "acl"
        and verb.lemma_.lower() in _PUBLISHING
        and any(c.dep_ == "agent" for c in verb.children)
        and paper.dep_ == "pobj"
        and paper.head.lower_ == "in"
        and paper.head.head.lemma_.lower() in SPEECH_VERBS
    )


def asked(sentence: Span) -> bool:
    """Whether a sentence is a question: asked, not said (read from the doc's text by offsets: `Span.text` and
    `Doc.text` make an object of every token, and this runs for each verb the rules test)."""
    words = doc_text(sentence.doc)[sentence.start_char : sentence.end_char].strip()
    return words.endswith("?") or words.startswith("To ask ")  # (a written question: "To ask the Secretary, what")


def _won_by_a_head_of_state(a: PreparedArticle) -> bool:
    """Whether the article's votes were won by one who holds an office of a state ("Putin"), whom greetings sent
    congratulate on the state's own vote, not on its holding in an occupied territory."""
    gaz = load_gazetteer()
    return any(
        e.winner and any(gaz.entities[o.actor].kind == "State" for o in gaz.offices(e.winner)) for e in a.main_elections
    )


def _asked_before(verb: Token) -> bool:
    """'Asked' opening a clause with no subject of its own: the question put to the speaker of the main clause
    (not "Azerbaijan has asked the United Nations to condemn ...")."""
    return (
        verb.lemma_.lower() == "ask"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _takes_note_that(verb: Token) -> bool:
    """ "takes note (with concern) that ...": a way of saying "notes" (not "took note of the vote", which only
    says the vote was seen)."""
    note = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "note"), None)
    return note is not None and not any(c.dep_ == "prep" and c.lower_ == "of" for c in (*verb.children, *note.children))


def _left_open(verb: Token) -> bool:
    """Whether the question a clause asks ("whether Belarus would recognise") is one the text says is open ("It was
    not clear whether", "It remains to be seen whether"), not one put to a speaker ("Asked whether Beijing would
    recognise ..., the spokesman said"); or the subject of its sentence ("Whether Washington recognises it or not
    is of no interest to us", "Whether Minsk would follow remained unclear")."""
    head = verb.head
    opening = any(c.dep_ == "mark" and c.i == c.sent.start for c in verb.children)  # (however the parse took it)
    return (
        verb.dep_ == "csubj"
        or opening
        or head.pos_ == "ADJ"
        or any(
            c.lower_ == "it" and c.dep_ in ("expl", "nsubj", "nsubjpass") for h in (head, head.head) for c in h.children
        )
    )


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _outermost(a: PreparedArticle, events: list[Event]) -> list[Event]:
    """A stance verb inside another event's words is part of those words, not an event of its own."""
    kept = []
    for e in events:
        inside_other = any(
            f.verb.i != e.verb.i  # (not another agent's of the same verb: "by X, by Y and by Z")
            and f.content
            and f.content[0] <= e.verb.idx < f.content[1]
            and f.verb.lemma_.lower()
            not in ISSUING  # "issued a statement recognising ...": the recognising is the event
            # ("were denounced by Kyiv as a farce and rejected by the West": the second's words hold the first)
            and not (f.verb.dep_ == "conj" and f.verb.head.i == e.verb.i)
            # (nor a relative clause without "that" the parse joined to it: "backed independence in a vote Georgia
            # refused to recognise", "officials said, in a vote Georgia refused to recognise")
            and not (e.verb.head.i == f.verb.i and reduced_relative(e.verb) is not None)
            # ("According to the readout, Blinken condemned the referenda": the source of a clause with its own subject;
            # "X telephoned Y to congratulate him, according to the agency")
            and not (f.verb.lower_ == "according" and _in_clause_of(e.verb, f.verb.head))
            # (nor two asides on one clause that frame the same words, each in the other's: 'For Moscow, the vote was
            # "...," as the Russian foreign ministry put it')
            and not (
                e.content
                and e.content[0] <= f.verb.idx < e.content[1]
                and e.verb.head.i == f.verb.head.i not in (e.verb.i, f.verb.i)
                and e.verb.dep_ != "conj"
            )
            for f in events
        )
        if (
            e.verb.lemma_.lower() in SPEECH_VERBS | STATED_NOUNS | DESCRIBING | VERDICTS
            or e.verb.lower_ in ("according", *FRAMING_NOUNS)  # ("X hailed the vote, in the words of Y": Y's words)
            or not inside_other
            or aside(e.verb)
            or credited_with(e.verb) is not None  # ("criticised Minsk for hailing the vote": Minsk hailed it)
        ):
            kept.append(e)
    return kept


def _by_whom(agent: Token) -> list[Token]:
    """The nouns a passive's further "by" names, and those of the "by" joined to it ("..., by the European Union and by
    dozens of states")."""
    return [
        g
        for by in (agent, *agent.conjuncts)
        for g in by.children
        if g.dep_ == "pobj"
        and not any(d.dep_ == "det" and d.lower_ in _ANYONE for d in g.children)
        # (one name the parse cut into several: "by the OSCE Minsk Group [co] [-] [chairs]")
        and not (g.i > 0 and g.doc[g.i - 1].dep_ == "pobj" and g.doc[g.i - 1].head.i == by.i)
    ]


_ANYONE = {"any", "no", "every", "each", "some"}  # ("by Moldova or by any member of the UN": nobody in particular)


def _in_clause_of(verb: Token, head: Token) -> bool:
    """Whether `verb` is `head`, or a verb its clause goes on with ("telephoned Y to congratulate him")."""
    while verb.i != head.i and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        verb = verb.head
    return verb.i == head.i


def _after_reported_clause(a: PreparedArticle, start: int, verb: int) -> int:
    """Where the words before a speech verb with no subject start, after the clause they close when a comma sets them
    off from it: "The EU does not recognise the elections in Crimea, [a statement by the EU's foreign policy chief]
    said" (not "Apart from A, B and C also haven't recognised", nor "X, asked about the vote, said": no clause with
    a subject of its own before the comma)."""
    comma = next((i for i in range(verb - 1, start, -1) if a.doc[i].text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") for t in a.doc[comma + 1 : verb]):
        return start
    attribution = a.doc[comma + 1 : verb]
    clause = any(  # (a clause with a subject of its own: not "X, asked about the vote, said")
        t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for t in a.doc[start:comma]
    )
    return comma + 1 if clause and any(t.pos_ in ("NOUN", "PROPN") for t in attribution) else start
