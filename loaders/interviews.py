"""An interview laid out as questions and answers, with no speech verb in the answers: the story names whom it
questioned ("Azerbaijan's Foreign Ministry spokesman Elman Abdullayev answered APA's questions", "X said in an
interview with Y"), then gives each question ("- How does Baku assess the so-called elections?") and the answer
after it ("- These elections are illegitimate ..."). Each answer is the interviewee's own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.discourse import Discourse, Speaker
from loaders.prepared import PreparedArticle
from loaders.speakers import resolve_subject

# what opens a question or an answer: a dash (the Russian and Azerbaijani agencies' way), or "Q:" / "A:"
_QUESTION = re.compile(r"\s*(?:[-–—]\s*|Q\s*[:.]\s*|Question\s*:\s*)\S")
_ANSWER = re.compile(r"\s*(?:[-–—]\s*|A\s*[:.]\s*|Answer\s*:\s*)\S")


def interviewee(a: PreparedArticle, discourse: Discourse) -> Speaker | None:
    """Who answers the questions: the subject of "answered ... questions", of "said in an interview" or of "spoke to
    our correspondent", resolved like any speaker (in the story's first paragraphs, before any question)."""
    first_question = next((i for i, _ in _questions(a)), len(a.paragraphs))
    limit = a.paragraphs[first_question][0] if first_question < len(a.paragraphs) else len(a.text)
    for t in a.doc:
        if t.idx >= limit:
            break
        lemma = t.lemma_.lower()
        answered = lemma == "answer" and any(c.lemma_.lower() == "question" for c in t.children)
        interviewed = lemma in ("say", "tell", "give") and any(
            g.lemma_.lower() == "interview" for c in t.children if c.dep_ in ("prep", "dobj") for g in c.subtree
        )
        # "X spoke to our correspondent", "X talked with Reuters" (a story laid out as questions and answers)
        spoke = lemma in ("speak", "talk") and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in t.children)
        if not (answered or interviewed or spoke):
            continue
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        span = a.doc[subject.left_edge.i : subject.right_edge.i + 1]
        speakers = resolve_subject(a.doc, span, subject.i, a.mentions, a.norm, discourse)
        if len(speakers) == 1:
            return speakers[0]
    return None


def answers(a: PreparedArticle) -> Iterator[tuple[int, int]]:
    """The (start, end) of each answer: a paragraph opening like an answer, right after a question's paragraph."""
    for i, _ in _questions(a):
        if i + 1 < len(a.paragraphs):
            start, end = a.paragraphs[i + 1]
            if _ANSWER.match(a.norm, start, end) and not a.norm[start:end].rstrip().endswith("?"):
                yield start, end


def _questions(a: PreparedArticle) -> Iterator[tuple[int, tuple[int, int]]]:
    """The paragraphs that are a question put to the interviewee: opened like one, ending with a question mark."""
    for i, (start, end) in enumerate(a.paragraphs):
        if _QUESTION.match(a.norm, start, end) and a.norm[start:end].rstrip().endswith("?"):
            yield i, (start, end)
