"""Events told by no verb with its subject: an aside that gives a sentence's main clause to a speaker ("As X put it,
the vote was ...", "In the words of the EU's statement, ..."), a statement named as a noun with its author and its
words ("the statement by X that the vote ...", "Baku's description of the referendum as illegal"), and a quotation
named an answer ('"Illegal," was the one-word verdict of Georgia's foreign minister').
`loaders.events` makes events of them; `loaders.event_words` reads the words of the others.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from loaders.clauses import that_clause
from loaders.event_subjects import subject_of, subject_span
from loaders.event_words import token_end, trim
from loaders.prepared import PreparedArticle
from loaders.speech_verbs import SPEECH_VERBS, STANCE_VERBS
from loaders.stance_words import DESCRIBING

# the nouns that give a sentence to whose they are: "In the words of X", "In Moscow's view", "in the eyes of Tbilisi"
FRAMING_NOUNS = {"words", "view", "opinion", "eyes", "estimation"}


def framing_word(t: Token) -> bool:
    """Whether a word can only frame others' words ("words", "opinion", "for", "came from"), not tell them itself
    ("view" as a noun; the verb "view" tells: "Tbilisi views the vote as ...", and so does a view "that" opens:
    "made no secret of its view that the vote was illegitimate")."""
    if t.lower_ in FRAMING_NOUNS and t.pos_ != "VERB":
        return that_clause(t) is None
    return t.lower_ == "for" or t.lemma_.lower() == "come"


def framed_words(a: PreparedArticle, t: Token) -> tuple[Span, int, tuple[int, int]] | None:
    """An aside that gives the sentence's main clause to a speaker: "As Azerbaijan's spokesman X put it, the vote
    was ...", "as the minister said, ...", "In the words of the EU's statement, the election ...", "In Moscow's view,
    ...", "For Baku, the vote was ..."; the speaker's span, its head's index and the words, for the event told by `t`
    ("put", "said", "words", "view", "for")."""
    if t.lemma_.lower() == "come":
        return _came_from(a, t)
    if t.lower_ == "for":
        whose = next((c for c in t.children if c.dep_ == "pobj"), None)
        # (opening its sentence, a name set off by a comma, or a body the name owns: "For Georgia's foreign ministry,";
        # not "for years", "for the residents", "voted for X")
        owned = whose is not None and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in whose.children)
        if whose is None or t.i != t.sent.start or whose.pos_ != "PROPN" and not owned or t.dep_ != "prep":
            return None
        if whose.right_edge.i + 1 >= len(a.doc) or a.doc[whose.right_edge.i + 1].text != ",":
            return None
        framing, head, subject, apposed = t, t.head, a.doc[whose.left_edge.i : whose.right_edge.i + 1], set()
    elif t.lower_ in FRAMING_NOUNS and t.pos_ == "NOUN":
        of = next((c for c in t.children if c.lower_ == "of"), None)
        whose = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        # (or "in the foreign ministry's words")
        whose = whose or next((c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        framing, head = t.head, t.head.head
        if whose is None or framing.lower_ != "in" or t.dep_ != "pobj":
            return None
        # (a parse that took the clause's subject for the speaker's apposition: "the EU's statement, the election";
        # not the name of the one whose words they are: "the EU's foreign policy chief, Federica Mogherini,")
        apposed = {x.i for c in whose.children if c.dep_ == "appos" and c.ent_type_ != "PERSON" for x in c.subtree}
        subject = _owner(a, whose, min([whose.right_edge.i + 1, *apposed]))
    else:
        # (a speech verb with nothing said of its own, or "put it": not "as Moscow congratulates the winner", "as the
        # Kremlin claims it was lawful", which tell what happened meanwhile)
        subjects = [c for c in t.children if c.dep_ == "nsubj"]
        said = [c for c in t.children if c.dep_ in ("ccomp", "dobj", "xcomp", "attr", "oprd")]
        put_it = t.lemma_.lower() == "put" and [c.lower_ for c in said] == ["it"]
        if (
            t.dep_ != "advcl"
            or not subjects
            or not (put_it or t.lemma_.lower() in SPEECH_VERBS and not said)
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)
        ):
            return None
        framing, head, whose = t, t.head, subjects[0]
        subject = a.doc[whose.left_edge.i : whose.right_edge.i + 1]
        apposed = set()
    while head.pos_ in ("NOUN", "PROPN", "PRON") and head.dep_ != "ROOT":
        head = head.head  # ("The vote, as the ministry said, was illegitimate": the parse hung the aside on the noun)
    if head.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "nsubj" for c in head.children):
        return None  # ("officials said the vote cannot be the basis for anything, as one diplomat put it")
    if subject[0].lower_ in ("one", "a", "an", "some", "many"):
        return None  # ("as one senior diplomat put it": nobody the text names)
    aside = {x.i for x in framing.subtree} - apposed
    clause = [x for x in head.subtree if x.i not in aside and not x.is_punct]
    content = trim(a, clause[0].idx, token_end(clause[-1]), anchor=head.idx) if clause and head.i not in aside else None
    return (subject, whose.i, content) if content is not None else None


# a stance named as a noun, which "came from" its actors
_CAME = {"condemnation", "criticism", "congratulations", "congratulation", "praise", "rejection", "protest", "protests"}


def _came_from(a: PreparedArticle, come: Token) -> tuple[Span, int, tuple[int, int]] | None:
    """A stance named as a noun that "came from" those who took it: "Condemnation came swiftly from Kyiv, Warsaw and
    Vilnius", "The only congratulations came from Moscow"; their span, its head's index and the noun's words."""
    noun = next((c for c in come.children if c.dep_ == "nsubj" and c.lemma_.lower() in _CAME), None)
    source = next(
        (g for c in come.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    if noun is None or source is None:
        return None
    words = trim(a, a.doc[noun.left_edge.i].idx, token_end(a.doc[noun.right_edge.i]), anchor=noun.idx)
    return (a.doc[source.left_edge.i : source.right_edge.i + 1], source.i, words) if words is not None else None


def stated_in(a: PreparedArticle, noun: Token) -> tuple[Span, int, tuple[int, int]] | None:
    """Whose words a statement named as a noun holds, and the words: "Moscow took note of the statement by Moldova's
    Bureau for Reintegration that the vote 'has no legal consequences'", "rejected Kyiv's claim that the vote was
    illegal" (the author by "by" or in the possessive; the clause "that" opens), "rejected Baku's description of the
    referendum as illegal"; the author's span, its head's index and the words."""
    clause = that_clause(noun)
    if clause is None:
        return _described_in(a, noun)
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "of")), None)  # ("of the EU")
    author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    author = author or next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if author is None and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        # ("Chisinau has made no secret of its view that ...": whose view, the subject of the verb it hangs on)
        author = subject_of(next((h for h in noun.ancestors if h.pos_ in ("VERB", "AUX")), noun))
    if author is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _PUTTING_OUT:
        author = subject_of(noun.head)  # "Brussels issued the standard line that ...": the issuer's
    if author is None:
        return None
    mark = next(g for g in clause.children if g.lower_ == "that")
    words = trim(a, token_end(mark), token_end(a.doc[clause.right_edge.i]), anchor=noun.idx)
    if words is None:
        return None
    end = author.right_edge.i + 1 if author.dep_ == "pobj" else author.i + 1
    return a.doc[author.left_edge.i : end], author.i, words


# what one puts out as one's own: "issued the standard line that ...", "repeated the position that ..."
_PUTTING_OUT = {"issue", "repeat", "restate", "reiterate", "deliver"}


def stated_after_colon(a: PreparedArticle, noun: Token) -> tuple[Span, int, tuple[int, int]] | None:
    """The words after a colon that closes "in a statement", given to the subject of the verb the statement hangs on,
    a verb that says nothing itself: "The Bureau struck the same tone in a short statement: the vote 'has no legal
    effect'", "Baku went further in a statement: ..." (a speech verb's own words are its event's: "said in a
    statement: ..."); the subject's span, its head's index and the words."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or verb.pos_ not in ("VERB", "AUX"):
        return None
    colon = noun.right_edge.i + 1
    if colon + 1 >= len(a.doc) or a.doc[colon].text != ":" or verb.lemma_.lower() in SPEECH_VERBS | STANCE_VERBS:
        return None
    subject = subject_of(verb)
    if subject is None or subject.i > noun.i:
        return None
    after = a.doc[colon + 1]
    words = trim(a, after.idx, token_end(a.doc[after.sent.end - 1]), anchor=noun.idx)
    return (subject_span(a, subject, verb), subject.i, words) if words is not None else None


def _described_in(a: PreparedArticle, noun: Token) -> tuple[Span, int, tuple[int, int]] | None:
    """The author and words of a description named as a noun with its author in the possessive, what it describes
    and what it calls it: "Baku's description of [the 1991 referendum as illegal]" (the "as" may hang on the verb
    whose object the description is)."""
    if noun.lemma_.lower() not in DESCRIBING:
        return None
    author = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    described = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    calling = [c for c in (*noun.children, *noun.head.children) if c.dep_ == "prep" and c.lower_ == "as"]
    calling = [c for c in calling if c.i > noun.i]
    if author is None or described is None or not calling:
        return None
    words = (a.doc[described.i + 1].idx, token_end(a.doc[calling[0].right_edge.i]))
    return a.doc[author.left_edge.i : author.i + 1], author.i, words


# what a quotation that opens a sentence may be named after it: '"Illegal," was the verdict of X'
VERDICTS = {"verdict", "response", "reaction", "answer", "reply", "retort", "assessment"}


def verdict_of(a: PreparedArticle, noun: Token) -> tuple[Span, int, tuple[int, int]] | None:
    """The author and words of a quotation that the sentence names an answer with its author, the quotation opening
    the sentence or following a colon after it: '"Illegal," was the one-word verdict of Georgia's foreign minister',
    '"A farce," came the response from Tbilisi', 'The Azerbaijani foreign ministry's verdict was blunt: "illegal"'; the
    author's span, its head's index and the quotation."""
    if (
        noun.lemma_.lower() not in VERDICTS
        or noun.dep_ not in ("attr", "nsubj")
        or noun.head.lemma_ not in ("be", "come")
    ):
        return None
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
    author = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    author = author or next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    opening, closing = noun.sent.start_char, noun.sent.end_char
    quote = next((q for q in a.quotes if opening <= q.start and q.end < noun.idx and q.depth == 0), None)
    if quote is not None and a.norm[opening : quote.start].strip(" \"“«„‘'"):
        quote = None
    words = (quote.start, quote.end) if quote is not None else None
    if words is None and (after := _AFTER_COLON.match(a.norm, noun.head.idx, closing)) is not None:
        words = after.span("words")  # ("X's verdict was blunt: "illegal"", a word too short to make a quotation)
    if author is None or words is None:
        return None
    return _owner(a, author, author.right_edge.i + 1), author.i, words


def _owner(a: PreparedArticle, head: Token, end: int) -> Span:
    """The words naming whose some words are, up to `end`, without the "'s" of "in Baku's words", "the ministry's
    verdict" or the punctuation after them."""
    while end > head.i + 1 and (a.doc[end - 1].is_punct or a.doc[end - 1].dep_ == "case"):
        end -= 1
    return a.doc[head.left_edge.i : end]


# the words a colon gives after the verdict's verb: "was blunt: "illegal"", "was short: a farce."
_AFTER_COLON = re.compile(r"\w+(?:\s+\w+){0,2}\s*:\s*(?P<words>[^\n]+?)[.!]?\s*$")
