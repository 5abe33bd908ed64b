"""When words were said, and whether that was long after the votes an article is about: a state's integrity affirmed
years later, or talks called for then, are words on the conflict, not on the vote.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Span, Token

from loaders.dates import find_dates, latest_year
from loaders.event_words import token_end
from loaders.events import Event
from loaders.prepared import PreparedArticle


def years_after(a: PreparedArticle, date_said: date | None) -> bool:
    """Whether words were said more than a year after every vote the article is about: a state's integrity
    affirmed then, or talks called for, are words on the conflict ("Five years on, the EU remains committed to
    Ukraine's territorial integrity"), not on the vote."""
    said = date_said or a.published
    return bool(said and a.main_elections) and all(e.date and (said - e.date).days > 366 for e in a.main_elections)


def told_of_the_past(a: PreparedArticle, tokens: list[int]) -> bool:
    """Whether words tell what an actor did before: "Kyiv has in the past backed Moldova's territorial integrity",
    "had previously called for talks", "once congratulated every new leader" (`once_did`), "had already recognised
    Azerbaijan's territorial integrity", "visited Chisinau in November and urged both sides to make progress" (a month
    before every vote the article is about), the background to a story of the vote, not a reaction to it."""
    doc = a.doc
    if tokens and _month_before_the_votes(a, doc[tokens[0]].sent):
        return True
    if tokens and _said_again_and_again(doc[tokens[0]]):
        return True
    # (or on the verb that tells the words: "Hungary's government has said in the past that it supports ...")
    telling = {doc[i].head.i for i in tokens if doc[i].head.i not in tokens and doc[i].dep_ == "ccomp"}
    marks = [c.i for v in telling for c in doc[v].children if c.dep_ in ("prep", "advmod")]
    marks += [g.i for m in marks for g in doc[m].children if g.dep_ == "pobj"]
    return any(
        doc[i].lower_ == "past"
        and doc[i].dep_ == "pobj"
        and doc[i].head.lower_ == "in"
        and doc[i].head.dep_ == "prep"
        or doc[i].lower_ in ("previously", "formerly")
        and doc[i].dep_ == "advmod"
        or once_did(doc[i])
        or doc[i].lower_ == "already"
        and doc[i].dep_ == "advmod"
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in doc[i].head.children)
        for i in [*tokens, *marks]
        if doc[i].head.pos_ in ("VERB", "AUX", "ADP")
    )


_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"), start=1)}  # fmt: skip


def _month_before_the_votes(a: PreparedArticle, sentence: Span) -> bool:
    """Whether a sentence says its verb's act was "in November" (a month with no day, of the publication's year, or
    the year before when that month is still to come), which ended before every vote the article is about."""
    said = a.published or (date(a.year, 12, 31) if a.year else None)
    if said is None or not a.main_elections or any(e.date is None for e in a.main_elections):
        return False
    for t in sentence:
        month = _MONTHS.get(t.lower_)
        # (a past verb's: "visited Chisinau in November"; not "before Cyprus joins the EU in May", still to come)
        # (nor a relative clause's, which tells of the subject: "Voronin, a communist who came to power in April,")
        if (
            month
            and t.dep_ == "pobj"
            and t.head.lower_ == "in"
            and t.head.head.tag_ in ("VBD", "VBN")
            and t.head.head.dep_ != "relcl"
        ):
            if any(c.dep_ in ("nummod", "npadvmod") or c.like_num for c in t.children):
                continue  # ("in November 2016", "on 3 November": a date the dates' reader places)
            year = said.year if month <= said.month else said.year - 1
            end = date(year, 12, 31) if month == 12 else date(year, month + 1, 1) - timedelta(days=1)
            if all(end < e.date for e in a.main_elections):
                return True
    return False


# how long before the publication a time the verb names was: "said last week", "said yesterday"
_AGO = {"yesterday": 1, "week": 7, "month": 30, "year": 365}


def date_said(a: PreparedArticle, event: Event) -> date | None:
    """The day the event's verb says the words were said on ("said on March 3"), if it says one; "last week",
    "last month" and "yesterday" count back from the publication date (to the earliest day they may mean)."""
    published = a.published
    for child in event.verb.children:
        if published and child.dep_ == "npadvmod" and (days := _ago(child)):
            return published - timedelta(days=days)
        if child.dep_ in ("prep", "npadvmod") and (
            event.content is None or not (event.content[0] <= child.idx < event.content[1])
        ):
            start, end = a.doc[child.left_edge.i].idx, token_end(a.doc[child.right_edge.i])
            found = [d for d in find_dates(a.norm[start:end], published, a.year or latest_year(a.norm)) if d.value]
            if found:
                return found[0].value
    return None


def _ago(time: Token) -> int | None:
    if time.lower_ == "yesterday":
        return _AGO["yesterday"]
    return _AGO.get(time.lemma_.lower()) if any(c.lower_ == "last" for c in time.children) else None


def _said_again_and_again(word: Token) -> bool:
    """Whether the words are what a speaker "has repeatedly said" or "has long said", the verb that tells them: a
    position held before the vote, not a reaction to it ("Pashinyan has repeatedly said that Armenia recognises
    Azerbaijan's territorial integrity")."""
    verb = word.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("ccomp", "xcomp", "advcl"):
            break
        verb = verb.head
    # (the verb that tells the words, before them: not "has repeatedly affirmed Ukraine's territorial integrity", the
    # words' own verb, which may be a reaction to the vote)
    return (
        verb.i < word.i
        and any(c.dep_ == "advmod" and c.lower_ in ("repeatedly", "long") for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    )


def once_did(word: Token) -> bool:
    """Whether a word is the "once" of a thing done in the past, right before its verb: "Yerevan, which once
    congratulated every new Karabakh leader, stayed silent" (not "once the results are known")."""
    return word.lower_ == "once" and word.dep_ == "advmod" and word.head.tag_ == "VBD" and word.i + 1 == word.head.i
