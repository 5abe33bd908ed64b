"""An interview laid out as questions and answers, with no speech verb in the answers: the story names whom it
questioned ("Azerbaijan's Foreign Ministry spokesman Elman Abdullayev answered APA's questions", "X said in an
interview with Y"), or gives the office alone and labels each answer with the name ("Moldova's deputy prime minister
... talks about ...", then "Roman Roșca: ..."), then gives each question ("- How does Baku assess the so-called
elections?") and the answer after it ("- These elections are illegitimate ..."). Each answer is the interviewee's
own words, and its "we" is the interviewee.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from loaders.discourse import Discourse, Speaker
from loaders.gazetteer import load_gazetteer
from loaders.persons import ROLE_WORDS
from loaders.prepared import PreparedArticle
from loaders.speakers import resolve_subject
from loaders.stance_words import VOTE_NOUNS

# what opens a question or an answer: a dash (the Russian and Azerbaijani agencies' way), or "Q:" / "A:", or the
# initials of who asks or answers ("AK: Minister, ...?", "MJ: These so-called elections ..."), or for an answer the
# name of who answers ("Roman Roșca: The so-called elections ...", a press conference's "ADEBAHR: The ...")
_QUESTION = re.compile(r"\s*(?:[-–—]\s*|Q\s*[:.]\s*|(?i:question)\s*:\s*|[A-Z]{2,3}\s*:\s*)\S")
_ANSWER = re.compile(
    r"\s*(?:[-–—]\s*|A\s*[:.]\s*|(?i:answer)\s*:\s*"
    r"|(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}|[A-Z][A-Z'’-]+)\s*:\s*)(?=\S)"
)
_INITIALS = re.compile(r"[A-Z]{2,3}")


def interviewee(a: PreparedArticle, discourse: Discourse) -> Speaker | None:
    """Who answers the questions: the subject of "answered ... questions", of "said in an interview" or of "spoke to
    our correspondent", resolved like any speaker (in the story's first paragraphs, before any question)."""
    first_question = next((i for i, _ in _questions(a)), len(a.paragraphs))
    limit = a.paragraphs[first_question][0] if first_question < len(a.paragraphs) else len(a.text)
    unnamed = None  # (an office named first, "An interview with Georgia's foreign minister", then its holder's name)
    for t in a.doc:
        if t.idx >= limit:
            break
        lemma = t.lemma_.lower()
        answered = lemma == "answer" and any(c.lemma_.lower() == "question" for c in t.children)
        interviewed = lemma in ("say", "tell", "give") and any(
            g.lemma_.lower() == "interview" for c in t.children if c.dep_ in ("prep", "dobj") for g in c.subtree
        )
        # "X spoke to our correspondent", "X talked with Reuters", "X talks about Sunday's vote" (a story laid out as
        # questions and answers)
        spoke = lemma in ("speak", "talk") and any(
            c.dep_ == "prep" and c.lower_ in ("to", "with", "about") for c in t.children
        )
        # "An interview with Georgia's State Minister for Reintegration, X": a title that names whom it questioned
        titled = lemma == "interview" and t.pos_ == "NOUN" and t.head.lower_ != "in"
        if not (answered or interviewed or spoke or titled):
            continue
        subject = _with_whom(t) if titled else next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        end = subject.right_edge.i + 1
        if titled:  # (the name the parse hung on "interview": "An interview with the Minister for X, [Y Z]")
            end = max([end] + [c.right_edge.i + 1 for c in t.children if c.dep_ == "appos" and c.i > subject.i])
            while end > subject.i + 1 and a.doc[end - 1].is_space:
                end -= 1
        span = a.doc[subject.left_edge.i : end]
        speakers = resolve_subject(a.doc, span, subject.i, a.mentions, a.norm, discourse)
        if len(speakers) == 1:
            name = answering_name(a)
            if not speakers[0].persons and name is not None:  # ("Roman Roșca: ...")
                return replace(speakers[0], persons=(name,))
            if unnamed is not None and unnamed.actor != speakers[0].actor:
                return unnamed  # (another actor's: the one named first answers)
            if speakers[0].persons:
                return speakers[0]
            unnamed = unnamed or speakers[0]
    return unnamed or _introduced_by_role(a, limit, discourse)


def _with_whom(interview: Token) -> Token | None:
    """Whom "an interview with X" questioned."""
    return next(
        (
            g
            for c in interview.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )


def _introduced_by_role(a: PreparedArticle, limit: int, discourse: Discourse) -> Speaker | None:
    """Who answers when each answer is labelled with one name no list knows ("Roman Roșca: ...") and the story's top
    gives the office alone ("Moldova's deputy prime minister for reintegration talks about ..."): the actor of the
    first office named with an actor before the first question, with that name."""
    name = answering_name(a)
    if name is None:
        return None
    for t in a.doc:
        if t.idx >= limit:
            break
        if t.lower_ not in ROLE_WORDS or t.pos_ != "NOUN":
            continue
        span = a.doc[t.left_edge.i : t.i + 1]
        speakers = resolve_subject(a.doc, span, t.i, a.mentions, a.norm, discourse)
        if len(speakers) == 1 and not speakers[0].persons:
            return replace(speakers[0], persons=(name,))
    return None


# a question that asks an actor for its view: "What is China's comment?", "Will China recognise the result?", "How
# does Baku assess ...?"
_ASKING_FOR_VIEW = re.compile(
    r"\b(?i:what\s+is|what's|how\s+does|will|would|does|did)\s+(?:the\s+)?(?P<actor>[A-Z][\w'’. -]{1,40}?)"
    r"(?:'s|’s)?\s+(?:comments?|response|reaction|position|view|assessment|recogni[sz]e|accept|assess)",
)


def asked_for_its_view(a: PreparedArticle) -> Speaker | None:
    """Who answers a press conference's questions when no story names them ("Foreign Ministry Spokesperson's
    Regular Press Conference", answers opening "A:"): the one actor the questions ask for its view ("What is China's
    comment? Will China recognise the result?"), if they ask one alone."""
    asked = {}
    for _, (start, end) in _questions(a):
        for m in _ASKING_FOR_VIEW.finditer(a.norm, start, end):
            at = m.start("actor")
            actor = next((x for x in a.mentions if x.kind == "actor" and x.entity and x.start == at), None)
            if actor is not None:
                asked.setdefault(actor.entity.key, Speaker(actor.entity, (actor.start, actor.end)))
    return next(iter(asked.values())) if len(asked) == 1 and not answering_name(a) else None


def answering_name(a: PreparedArticle) -> str | None:
    """The one name every answer is labelled with ("Roman Roșca: ..."), if they all are."""
    names = {m["name"] for start, end in _answer_spans(a) if (m := _ANSWER.match(a.norm, start, end))}
    name = names.pop() if len(names) == 1 and None not in names else None
    return None if name and _INITIALS.fullmatch(name) else name  # ("MJ": initials, which the story's top spells out)


def answers(a: PreparedArticle) -> Iterator[tuple[int, int]]:
    """The (start, end) of each answer's words (after its label, if any): a paragraph opening like an answer, right
    after a question's paragraph."""
    for start, end in _answer_spans(a):
        yield _ANSWER.match(a.norm, start, end).end(), end


def _answer_spans(a: PreparedArticle) -> Iterator[tuple[int, int]]:
    """The paragraphs that answer a question."""
    for i, _ in _questions(a):
        if i + 1 < len(a.paragraphs):
            start, end = a.paragraphs[i + 1]
            if _ANSWER.match(a.norm, start, end) and not a.norm[start:end].rstrip().endswith("?"):
                yield start, end


def _questions(a: PreparedArticle) -> Iterator[tuple[int, tuple[int, int]]]:
    """The paragraphs that are a question put to the interviewee: opened like one, or with the label of who asks
    where the paragraph after it opens with another (a press conference's "Bloomberg: ... ?" then "Lin Jian: ..."),
    ending with a question mark."""
    for i, (start, end) in enumerate(a.paragraphs):
        if a.norm[start:end].rstrip().endswith("?") and (
            _QUESTION.match(a.norm, start, end) or _asked_by_another(a, i)
        ):
            yield i, (start, end)


# who asks at a press conference, labelled by name or by outlet: "Bloomberg:", "Xinhua News Agency:", "China Daily:"
_ASKER = re.compile(r"\s*(?P<label>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s*:\s+\S")


def _asked_by_another(a: PreparedArticle, paragraph: int) -> bool:
    """Whether a paragraph opens with a label and the next one with another label, as an answer does."""
    if paragraph + 1 >= len(a.paragraphs) or (asker := _ASKER.match(a.norm, *a.paragraphs[paragraph])) is None:
        return False
    answer = _ANSWER.match(a.norm, *a.paragraphs[paragraph + 1])
    return answer is not None and answer["name"] is not None and answer["name"] != asker["label"]


def in_question(a: PreparedArticle, position: int) -> bool:
    """Whether a place in the text is in a question put to the interviewee (not their words)."""
    return any(start <= position < end for start, end in question_spans(a))


def question_spans(a: PreparedArticle) -> list[tuple[int, int]]:
    """The (start, end) of each question put to the interviewee."""
    return [span for _, span in _questions(a)]


def off_topic_answers(a: PreparedArticle) -> list[tuple[int, int]]:
    """At a press conference, where several reporters ask, each labelled with their outlet ("Bloomberg:", "AFP:"),
    the answers (from a question to the next) to questions on other subjects: where neither the question nor its
    answer names a vote ("Reuters: The Philippines said ...? / Lin Jian: The Philippines should stop its
    provocations."), whose words say nothing of the article's votes; and in an interview, the answers to a question
    that names another subject and no vote ("Q: And Varosha?"; not "Q: How did Ankara react?", asked of the same
    subject)."""
    questions = [i for i, _ in _questions(a)]
    if not questions:
        return []
    askers = {
        asker["label"].lower() for i in questions if (asker := _ASKER.match(a.norm, *a.paragraphs[i])) is not None
    }
    votes = sorted(
        {a.doc[i].idx for i in a.with_words(VOTE_NOUNS | {"voting"})} | {a.doc[i].idx for i in a.election_at}
    )
    found = []
    for question, after in zip(questions, [*questions[1:], len(a.paragraphs)], strict=True):
        start, end = a.paragraphs[question][0], a.paragraphs[after - 1][1]
        if not any(start <= offset < end for offset in votes) and (
            len(askers) >= 2 or _names_another_topic(a, question)
        ):
            found.append((start, end))
    return found


def _names_another_topic(a: PreparedArticle, question: int) -> bool:
    """Whether an interviewer's question names something that is none of the story's actors, bodies or places: "And
    Varosha?" (another subject), not "How did Ankara react?" (the vote's reactions, asked of again)."""
    start, end = a.paragraphs[question]
    label = _QUESTION.match(a.norm, start, end) or _ASKER.match(a.norm, start, end)
    named = [(m.start, m.end) for m in a.mentions if start <= m.start < end]
    return any(
        t.pos_ == "PROPN"
        and t.lower_ not in ROLE_WORDS  # (not "Q: Minister, how did Ankara react?")
        and t.ent_type_ not in ("DATE", "TIME")
        and t.lower_ not in _HONORIFICS
        and not _person(t)
        and (label is None or t.idx >= label.end() - 1)
        and not any(s <= t.idx < e for s, e in named)
        for t in (a.doc[i] for i in a.tokens(start, end))
    )


_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."}


def _person(t: Token) -> bool:
    """Whether a name is a person's ("Will you talk to Mr Smirnov now?"): after an honorific, or a surname the bundled
    officials and winners have (a person the interview may ask about is still on its subject)."""
    before = t.doc[t.i - 1].lower_ if t.i > 0 else ""
    return before in _HONORIFICS or t.text in load_gazetteer().surnames or t.text in _winners()


@cache
def _winners() -> frozenset[str]:
    """The surnames of the known votes' winners."""
    return frozenset(e.winner.split()[-1] for e in load_gazetteer().elections if e.winner)
