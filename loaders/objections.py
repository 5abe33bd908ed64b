"""Objections to a vote, and the words that defend the vote by judging or dismissing them: "rejected the criticism",
"dismissed the accusations as groundless", "Western criticism of the elections was unacceptable", 'said the
criticism "changes nothing"'. `loaders.stance` reads them for each cue: who dismisses what was said against a vote
stands for the vote."""

from __future__ import annotations

from spacy.tokens import Span, Token

from loaders.clauses import brushes_aside, is_negated
from loaders.cue_clauses import judged_nouns, shifted_objects
from loaders.stance_words import CRITICISM, OBJECTIONS, VOTE_NOUNS


def judges_objections(adjective: Token) -> bool:
    """'the criticism was null and void', 'dismissed the illegitimate accusations': the word judges what was said
    against the vote."""
    return any(n.lemma_.lower() in OBJECTIONS for n in judged_nouns(adjective))


def criticism_judged(word: Token) -> bool:
    """'Western criticism of the elections was unacceptable', 'called the accusations groundless', "politically
    motivated criticism": a reproach of what was said against the vote, which defends it (not of "Russia's
    statement", which may be for it)."""
    if word.lower_ == "motivated" and not any(c.lower_ == "politically" for c in word.children):
        return False
    return any(n.lemma_.lower() in CRITICISM for n in judged_nouns(word))


def _taken(verb: Token) -> list[Token]:
    """What a verb takes: its object, or what a phrasal verb's particle takes ("brushed off [the criticism]"), or in a
    headline the parse cut up, the objection named right after it ("Moscow shrugs off Western [criticism]")."""
    taken = (
        [c for c in verb.children if c.dep_ == "nsubjpass"]
        + shifted_objects(verb)
        + [
            g
            for c in verb.children
            if c.dep_ in ("prt", "prep") and c.lower_ in ("off", "aside", "away")
            for g in c.children
            if g.dep_ == "pobj"
        ]
    )
    if not taken and brushes_aside(verb):
        taken = [t for t in verb.doc[verb.i + 1 : verb.i + 5] if t.lemma_.lower() in OBJECTIONS][:1]
    # (not across a quotation's end: '"The United States rejects the Crimean 'referendum'" - White House statement'
    # hangs the source's "statement" on the quoted verb)
    return [c for c in taken if not _closes_a_quotation(verb.doc[verb.i + 1 : c.i])]


def _closes_a_quotation(between: Span) -> bool:
    """Whether a quotation that ends a sentence closes in `between`: a closing double quotation mark (by the tagger's
    '') then a dash or a comma ('..." - White House statement'; not 'Moscow "does not understand" the criticism')."""
    doc = between.doc
    return any(
        t.text in ('"', "“", "”") and t.tag_ == "''" and t.i + 1 < len(doc) and doc[t.i + 1].text in _AFTER_A_CLOSE
        for t in between
    )


_AFTER_A_CLOSE = ("-", "–", "—", ",")  # (the source after a quoted sentence: '..." - White House statement')


def rejects_objections(verb: Token) -> bool:
    """'rejected the criticism', 'dismissed the accusations as groundless', 'brushed off the criticism': the speaker
    defends the vote."""
    return any(c.lemma_.lower() in OBJECTIONS for c in _taken(verb))


def objections_to_vote(verb: Token, election_tokens: set[int]) -> bool:
    """'dismissed Western criticism of the voting', 'rejected the accusations against the referendum': what is
    objected to is the vote, which the speaker defends."""
    return any(
        c.lemma_.lower() in OBJECTIONS
        and (
            any(
                g.i in election_tokens or g.lower_ in VOTE_NOUNS or g.lower_ == "voting"
                for g in c.subtree
                if g.i != c.i
            )
            # "The Kremlin dismissed the criticism", "Western criticism": the criticism just reported, of the vote
            # (not "of its record"; "rejected the criticism as Western hypocrisy" says what it is, not what of)
            or not any(g.dep_ == "prep" and g.lower_ != "as" for g in c.children)
            and any(
                g.dep_ == "det"
                and g.lower_ in ("the", "such", "this", "these", "that", "those")
                or g.dep_ == "amod"
                and g.lower_ in ("western", "international", "foreign")
                for g in c.children
            )
        )
        for c in _taken(verb)
    )


def objected_words(verb: Token) -> set[int]:
    """The words of the objections a verb rejects, which judge the vote in another's name ("rejected [Baku's
    description of the referendum as illegal]"), and what the verb calls them ("dismissed the accusations [as
    groundless]", where the parse also hangs a description's "as illegal")."""
    taken = [c for c in _taken(verb) if c.lemma_.lower() in OBJECTIONS]
    described = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "oprd"]
    return {x.i for c in taken + described for x in c.subtree}


# what an objection is said to change or mean when it is shrugged off: "changes nothing", "does not matter"
EFFECT = {"change", "mean", "matter", "alter", "affect"}
_NO_EFFECT = {"nothing", "little", "anything"}  # ("will not change anything": with the negation)


def criticism_shrugged_off(verb: Token) -> bool:
    """'said the criticism from Kyiv and Brussels "changes nothing"', "Western objections do not matter", "the
    protests will not change anything": what was said against the vote, said to have no effect, which defends it (not
    "the vote changes nothing", said of the vote itself)."""
    if verb.lemma_.lower() not in EFFECT or not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in CRITICISM | {"protest"} for c in verb.children
    ):
        return False
    objects = [c.lower_ for c in verb.children if c.dep_ == "dobj"]
    if is_negated(verb):
        return verb.lemma_.lower() == "matter" or any(o in _NO_EFFECT for o in objects)
    return any(o in ("nothing", "little") for o in objects)
