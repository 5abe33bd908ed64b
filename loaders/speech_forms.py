"""Ways of telling what someone said that are not a speech verb with its subject: a subject that "was clear"
about what follows ("The EU was clear: it does not recognise the vote"), a stance told as the subject's state ("France
is opposed to ...", "The EU remains committed to ...") or as what the subject did in protest ("walked out in protest
against the votes"), and a headline's verb that the parse read as a plural noun ("Sargsyan congratulates Sahakyan on
re-election": "congratulates" a noun, "Sahakyan" the root), or one it read so but still gave a subject and a clause
("The Ministry ... [states] that ..."), and a verb with no subject that opens a resolution's numbered item or a row
under the actor's name. loaders.events reads them as events."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.clauses import is_negated
from loaders.event_words import token_end, trim
from loaders.judged import complements
from loaders.prepared import PreparedArticle
from loaders.text import NUMBERED_ITEM

# what "is clear" without speaking: "It is clear that ...", "This was clear"
_NOT_SPEAKERS = {"it", "this", "that", "what", "everything", "all", "one", "which"}
# how plainly a subject said what follows: "The EU was clear: ...", "Washington was unambiguous: ..." (and "did not
# mince words: ...")
CLEAR = {"clear", "unambiguous", "unequivocal", "explicit", "categorical", "emphatic", "adamant", "blunt", "mince"}


def been_clear(word: Token) -> Token | None:
    """The verb of a subject that "was clear" about what follows, as a speaker is: "The European Union was clear as
    well: it does not recognise the vote", "Washington has been clear that it will not recognise it", "The EU, too, was
    unambiguous: ..." (not "It is clear that ...", nor "was not clear whether"); and one that "did not mince words"
    before them: "Georgia's foreign ministry did not mince words: the so-called elections were ..."."""
    verb = word.head
    if word.lemma_ == "mince":
        words = next((c for c in word.children if c.dep_ == "dobj" and c.lemma_.lower() == "word"), None)
        if words is None or not (is_negated(word) or any(c.lower_ == "no" for c in words.children)):
            return None
        if words.i + 1 < len(word.doc) and word.doc[words.i + 1].text == ":":
            return word  # (what follows the colon, which the parse may hang on "words")
        verb = word
    elif word.lower_ not in CLEAR or word.dep_ != "acomp" or verb.lemma_ != "be" or is_negated(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _NOT_SPEAKERS:
        return None
    told = any(c.dep_ == "ccomp" and c.i > word.i for c in (*verb.children, *word.children))
    after = verb.right_edge.i + 1
    return verb if told or after < len(verb.doc) and verb.doc[after].text == ":" else None


# how a subject reacted, said before what it said: "Greece's Foreign Ministry was more guarded. It said ..."
MANNERS = {"guarded", "cautious", "restrained", "measured", "reserved", "circumspect", "muted", "careful", "wary"}


def reacting_manner(word: Token) -> Token | None:
    """The subject of a sentence that says only how it reacted, for the sentences after it to go on with: "Greece's
    Foreign Ministry was more guarded. It said it had taken note of the result" ("it" is the ministry, not whoever
    spoke before it); none for "It was cautious" or "The mood was cooler"."""
    verb = word.head
    if word.lower_ not in MANNERS or word.dep_ != "acomp" or verb.lemma_ not in ("be", "remain"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None


def headline_verb(a: PreparedArticle, word: Token) -> tuple[Span, int, tuple[int, int] | None] | None:
    """A headline's verb that the parse read as a plural noun, with the name before it for its subject ("Sargsyan
    congratulates Sahakyan on re-election as Nagorno-Karabakh president": "congratulates" the subject of "Sahakyan"):
    the subject's span, its head's index and the words from the verb to the sentence's end."""
    if word.tag_ != "NNS" or not word.lower_.endswith("s"):
        return None
    # the object named right after it, the sentence's root (not "the rejects of the party"), or the root's object
    # where the parse made the "noun" its root
    if not (
        word.dep_ == "nsubj" and word.head.i == word.i + 1 and word.head.dep_ == "ROOT" and word.head.pos_ == "PROPN"
    ) and not (
        word.dep_ == "ROOT" and any(c.dep_ == "dobj" and c.i == word.i + 1 and c.pos_ == "PROPN" for c in word.children)
    ):
        return None
    # (a name the tagger may also have taken for an adjective: "Sargsyan" JJ, the "amod" of "congratulates")
    names = [c for c in word.children if c.i < word.i and c.dep_ in ("amod", "compound") and c.text[:1].isupper()]
    if not names or names[-1].i != word.i - 1:
        return None
    subject = word.doc[names[0].left_edge.i : word.i]
    return subject, word.i - 1, trim(a, word.idx, token_end(word.sent[-1]), anchor=word.idx)


def speaks_of(verb: Token) -> bool:
    """'Merkel spoke of a vote "contrary to international law"', 'Lavrov spoke of respecting the choice of the
    residents': what one "speaks of" is said (not "spoke to reporters", "spoke about the vote", which tell only that
    someone spoke; nor what one "has for years spoken of", a habit told as background)."""
    return (
        verb.lemma_.lower() == "speak"
        and verb.pos_ == "VERB"
        and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
            for c in verb.children
        )
        and not any(c.dep_ == "advmod" and c.lower_ in ("long", "repeatedly", "often") for c in verb.children)
        and not any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ in ("years", "decades") for g in c.children)
            for c in verb.children
        )
    )


def verb_read_as_noun(word: Token) -> bool:
    """A verb the tagger took for a plural noun, which the parse still gives a subject and a clause: "The Ministry
    ... [states] that these elections are illegitimate"."""
    children = {c.dep_ for c in word.children}
    return word.tag_ == "NNS" and "nsubj" in children and "ccomp" in children


def quoting_aside(verb: Token) -> bool:
    """'and I quote' in "the statement, which said, and I quote, that the EU ...": the one who reports it marking
    the words as verbatim, not someone speaking (the words are the verb's it is joined to)."""
    return (
        verb.lemma_.lower() == "quote"
        and verb.dep_ == "conj"
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)
    )


def aside_of(verb: Token) -> Token | None:
    """The quoting aside a speech verb goes on with, which the parse gave the verb's words ("said, and I quote,
    that ...")."""
    return next((c for c in verb.children if quoting_aside(c)), None)


def stance_as_state(word: Token) -> str | None:
    """ "France is firmly opposed to the holding of the election" (opposes it), "The EU remains committed to a peaceful
    resolution" (supports it): a stance told as the subject's state, read as the verb that says it."""
    if word.dep_ != "acomp" or word.head.lemma_ not in ("be", "remain", "stay"):
        return None
    return {"opposed": "oppose", "committed": "support"}.get(word.lower_)


def in_protest(noun: Token) -> Token | None:
    """The verb of an act done "in protest against / at / over" something ("walked out in protest against the
    votes"), for the word "protest"."""
    preposition = noun.head
    if noun.lower_ != "protest" or noun.dep_ != "pobj" or preposition.lower_ != "in":
        return None
    if not any(c.lower_ in ("against", "at", "over") for c in complements(noun)):
        return None
    # (the parse may hang "in protest" on the verb's object: "recalled its ambassador in protest")
    return next((h for h in preposition.ancestors if h.pos_ in ("VERB", "AUX")), None)


def states_a_stance(verb: Token) -> bool:
    """Whether a copula tells its subject's stance as a state: "remains committed to", "is opposed to"."""
    return any(c.dep_ == "acomp" and stance_as_state(c) is not None for c in verb.children)


def opens_item(a: PreparedArticle, t: Token) -> bool:
    """A resolution's paragraph opened by a verb the parse took for a plural noun: "3. Calls on the international
    community not to recognise ..."."""
    return t.dep_ == "ROOT" and t.tag_ == "NNS" and t.text[:1].isupper() and item_marker(a, t.i, t) is not None


def item_marker(a: PreparedArticle, start: int, verb: Token) -> Span | None:
    """The marker of the numbered item a verb with no subject opens, with only its helpers between them ("1. Does
    not recognise the so-called election ...", "2. Strongly condemns ...": a resolution's paragraphs, whose
    heading names who speaks); `start` is where the walk back from the verb stopped (after the marker's period)."""
    doc = a.doc
    if start >= 2 and doc[start - 1].text == "." and doc[start - 2].like_num:
        start -= 2  # ("1" and "." are two tokens, and the walk stopped at the period)
    if start > 0 and "\n" not in doc[start - 1].text_with_ws:
        return None  # (a marker opens its paragraph)
    end = start
    while end < verb.i and doc[end].dep_ not in _HELPERS:
        end += 1
    marker = doc[start:end]
    if not marker or not NUMBERED_ITEM.fullmatch(marker.text.strip()):
        return None
    return marker if all(x.dep_ in _HELPERS for x in doc[end : verb.i]) else None


def named_above(a: PreparedArticle, start: int, verb: Token) -> Span | None:
    """The actor a line of its own names above a paragraph that opens with a verb and no subject: a table's or a
    list's row of reactions ("Lithuania", then "Described the vote as illegal in a post on X"), where the name is
    the subject."""
    doc = a.doc
    if (
        start > 0
        and "\n" not in doc[start - 1].text_with_ws
        or any(x.dep_ not in _HELPERS for x in doc[start : verb.i])
    ):
        return None
    above = a.paragraph(doc[start].idx) - 1
    if above < 0:
        return None
    line_start, line_end = a.paragraphs[above]
    named = [m for m in a.mentions if line_start <= m.start < line_end and m.kind in ("actor", "body") and m.entity]
    if len(named) != 1 or a.norm[line_start:line_end].strip(" \t\n:") != named[0].text:
        return None
    return doc.char_span(named[0].start, named[0].end, alignment_mode="expand")


_HELPERS = ("aux", "neg", "advmod")  # what may stand between an item's number and its verb: "1. Strongly condemns"
