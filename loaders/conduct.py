"""How a vote went, as words praise its conduct or call it legitimate: "the elections had been calm and well
organised", "observers saw a calm vote", 'described the vote as "well organised"', "the vote was legitimate", "held in
a free and democratic manner", "noted the orderly conduct of the vote"; or say voters were made to vote ("had been
forced to vote"). `loaders.stance` reads the recognition (or the condemnation) these give.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.clauses import ancestors, first_conjunct, is_negated, reported_clause
from loaders.judged import about_vote, small_clause_of_vote, subject_is_vote
from loaders.stance_words import AN_EXERCISE, MANNER, VOTE_NOUNS

_RUN = {"organize", "organise", "organized", "organised", "run", "conduct", "prepare", "prepared", "hold"}
# verbs of having seen a vote as it was: "observers saw a calm vote", "praised the peaceful elections"
_SEEING = {"see", "observe", "witness", "note", "praise", "hail", "commend", "describe"}


# how a vote was run, praised as calm or orderly: "noted the orderly conduct of the vote" (not "called for ...")
_CONDUCT = {"conduct", "holding", "running", "course", "organisation", "organization"}


def _of_the_vote(noun: Token, election_tokens: set[int]) -> bool:
    return any(
        c.lower_ == "of"
        and any(g.dep_ == "pobj" and (g.i in election_tokens or g.lemma_.lower() in VOTE_NOUNS) for g in c.children)
        for c in noun.children
    )


def orderly_vote(adjective: Token, election_tokens: set[int]) -> bool:
    """'the elections had been calm and well organised', 'the vote was peaceful': the vote's conduct praised, as the
    predicate of a clause whose subject is the vote (not negated), or as what a verb that describes it calls it
    ("described the vote as calm and orderly"); or as what was seen of it: "its observers saw an open, well-prepared
    and calm vote" (not "called for a calm vote", which is a wish)."""
    first = first_conjunct(adjective)
    verb = first.head
    if first.dep_ == "amod" and (
        verb.i in election_tokens
        or verb.lemma_.lower() in VOTE_NOUNS
        or verb.lemma_.lower() in _CONDUCT  # "noted the orderly conduct of the vote"
        and _of_the_vote(verb, election_tokens)
    ):
        return verb.dep_ == "dobj" and verb.head.lemma_.lower() in _SEEING and not is_negated(verb.head)
    if _described_as(first, election_tokens):
        return True  # "described the vote as calm and orderly"
    return first.dep_ == "acomp" and not is_negated(verb) and subject_is_vote(verb, election_tokens)


def well_run(well: Token, election_tokens: set[int]) -> bool:
    """'the vote had been "well organized"', 'a well-organised referendum', 'the elections were well run': the vote's
    conduct praised (not negated)."""
    verb = well.head
    if well.lower_ != "well" or well.dep_ != "advmod" or verb.lemma_.lower() not in _RUN and verb.lower_ not in _RUN:
        return False
    if verb.dep_ == "amod" and (verb.head.i in election_tokens or verb.head.lemma_.lower() in VOTE_NOUNS):
        return True  # "a well-organised referendum"
    if _described_as(verb, election_tokens):
        return True  # 'described the vote as "well organised"', 'described it as "open and well organized"'
    called = verb.head
    if verb.dep_ == "oprd" and called.lemma_.lower() in _DESCRIBE and not is_negated(called):
        # 'called the vote "well organised"'
        return any(
            c.dep_ == "dobj" and (c.i in election_tokens or c.lemma_.lower() in VOTE_NOUNS) for c in called.children
        )
    clause = verb.head if verb.dep_ in ("acomp", "xcomp") else verb  # "had been well organized"
    return (
        not is_negated(verb)
        and not is_negated(clause)
        and any(
            c.dep_ in ("nsubj", "nsubjpass")
            and (
                c.i in election_tokens
                or c.lemma_.lower() in VOTE_NOUNS
                or c.lower_ in ("it", "this")
                and reported_clause(v)
            )
            # (and the subject the parse hung on the verb's helper: 'the voting [had been] "well organised"')
            for v in (verb, clause, *(h for h in verb.children if h.dep_ in ("aux", "auxpass")))
            for c in v.children
        )
    )


def _described_as(word: Token, election_tokens: set[int]) -> bool:
    """Whether a word is what "as" calls the vote after a verb that describes it (not negated): 'described the vote as
    "well organised"', 'described it as "open and well organized"', however the parse hung the words after "as"
    (on the quotation mark, on the vote, on the verb)."""
    first = first_conjunct(word)
    as_ = next((t for t in reversed(word.doc[max(first.sent.start, first.i - 4) : first.i]) if t.lower_ == "as"), None)
    if as_ is None or any(t.pos_ in ("VERB", "AUX", "NOUN", "PROPN") for t in word.doc[as_.i + 1 : first.i]):
        return False
    verb = next((a for a in (*ancestors(as_, 3), *ancestors(first, 3)) if a.lemma_.lower() in _DESCRIBE), None)
    if verb is None or is_negated(verb):
        return False
    return any(
        c.dep_ == "dobj"
        and (
            c.i in election_tokens
            or c.lemma_.lower() in VOTE_NOUNS
            or c.lower_ in ("it", "this")
            and any(t.i in election_tokens or t.lemma_.lower() in VOTE_NOUNS for t in verb.sent)
        )
        for c in verb.children
    )


# the verbs that say what a vote was: "described the vote as", "regarded it as"
_DESCRIBE = {"describe", "call", "characterise", "characterize", "assess", "regard", "consider", "view", "see", "term"}


def legitimate_vote(word: Token, adjective: Token, election_tokens: set[int]) -> bool:
    """Whether a word of legitimacy (`adjective`: the first of the adjectives it is joined to) is said of the vote, not
    negated: "the vote was legitimate", "considers it valid", "said it was fair", 'called the vote "free and fair"',
    "considers the vote legitimate", "had been held in a free and democratic manner", "it was a legitimate exercise of
    the right to ...", "described the elections (held in ...) as fully legitimate"."""
    head = adjective.head
    if adjective.dep_ in ("acomp", "oprd", "attr") and (
        about_vote(head, election_tokens) or subject_is_vote(head, election_tokens, said_of=True)
    ):
        return True
    if called_so(adjective, election_tokens) or small_clause_of_vote(adjective, election_tokens):
        return True
    if adjective.dep_ == "amod" and head.lemma_.lower() in MANNER and head.head.lower_ == "in":
        verb = head.head.head
        return not is_negated(verb) and subject_is_vote(verb, election_tokens)
    if adjective.dep_ == "amod" and head.lemma_.lower() in AN_EXERCISE:
        return (
            head.dep_ in ("attr", "oprd")
            and subject_is_vote(head.head, election_tokens, said_of=True)
            or small_clause_of_vote(head, election_tokens)
        )
    return word.head.lower_ == "as" and any(
        v.pos_ == "VERB" and not is_negated(v) and (about_vote(v, election_tokens) or v.i in election_tokens)
        for v in ancestors(word.head, 3)
    )


def called_so(adjective: Token, election_tokens: set[int]) -> bool:
    """'called the vote "free and democratic"', 'found the elections "transparent"': what the vote was called, which the
    parse hung on the vote as a modifier after it (not "called for a free vote", nor "did not call the vote fair")."""
    noun, verb = adjective.head, adjective.head.head
    return (
        adjective.dep_ == "amod"
        and adjective.i > noun.i
        and (noun.i in election_tokens or noun.lemma_.lower() in VOTE_NOUNS)
        and noun.dep_ == "dobj"
        # (and what it was found to be: 'observers found the elections "free and transparent"')
        and verb.lemma_.lower() in _DESCRIBE | {"deem", "label", "dub", "declare", "pronounce", "find", "judge"}
        and not is_negated(verb)
    )


# how fully voters were entitled to cast their ballots: "had every right to vote", "the full right to take part"
_FULLY = {"every", "full", "perfect", "legitimate"}
_VOTING = {"vote", "participate", "take", "cast", "elect"}
# wherever they are: "had the right to vote wherever they lived", the right held against where the vote was cast
_WHEREVER = {"wherever", "anywhere", "regardless"}


def entitled_to_vote(noun: Token) -> bool:
    """'the residents holding Russian citizenship had every right to vote', 'Russian citizens had the right to
    vote wherever they lived', 'people had exercised their right to elect their leaders': the vote's voters defended
    as fully entitled to it (not "were denied the right to vote", nor "had no right to vote", nor "people must have
    the right to vote freely")."""
    voting = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _VOTING]
    return (
        noun.lemma_.lower() == "right"
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in ("have", "exercise")
        and not is_negated(noun.head)
        and not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in noun.head.children)  # (asked for)
        and bool(voting)
        and (
            noun.head.lemma_.lower() == "exercise"  # "had exercised their right to elect their leaders": used it
            or any(c.lower_ in _FULLY for c in noun.children if c.dep_ in ("det", "amod"))
            or any(t.lower_ in _WHEREVER for c in (voting[0], *_clauses_of(noun.head)) for t in c.subtree)
        )
    )


def _clauses_of(verb: Token) -> list[Token]:
    """The adverbial clauses of a verb: where the parse hangs "wherever they lived" of "had the right to vote"."""
    return [c for c in verb.children if c.dep_ == "advcl"]


# what voters are said to have been made to do: "had been forced to vote", "were coerced into voting"
_COERCED = {"force", "coerce", "compel"}
_ARMS = {"gun", "rifle", "kalashnikov", "tank", "machine", "automatic"}


def coerced(verb: Token) -> bool:
    """Whether a word says voters were made to vote ("Crimean Tatars had been forced to vote under threat", "people
    were coerced into voting"), or a vote held under arms ("at gunpoint", "under the barrel of a Kalashnikov"): its
    conduct condemned (not "no one was forced to vote")."""
    if verb.lower_ == "gunpoint":
        return verb.head.lower_ == "at"
    if verb.lemma_.lower() == "barrel" and verb.head.lower_ in ("at", "under"):  # ("under the barrels of tanks")
        return any(x.lemma_.lower() in _ARMS for x in verb.subtree)
    if verb.lemma_.lower() not in _COERCED or verb.pos_ != "VERB" or is_negated(verb):
        return False
    made = [c for c in verb.children if c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "into"]
    return any(x.lemma_.lower() in ("vote", "voting") for c in made for x in (c, *c.children))


# what a vote's outcome is said to be when it is welcomed: "the result was encouraging"
_HOPEFUL_OUTCOME = {"encouraging", "positive", "promising", "welcome", "heartening"}


def hailed(adjective: Token, election_tokens: set[int]) -> bool:
    """Whether an adjective says the vote or its result is welcome: 'the result was "encouraging"', "the outcome is
    positive" (not "was not encouraging")."""
    return (
        adjective.lower_ in _HOPEFUL_OUTCOME
        and adjective.dep_ == "acomp"
        and not is_negated(adjective.head)
        and subject_is_vote(adjective.head, election_tokens, said_of=True)
    )


# what a vote is praised for going without: "held without any violations", "voted openly and without coercion"
_FAULTS = {"coercion", "pressure", "violation", "incident", "irregularity", "fraud", "interference", "intimidation"}
_FAULTS |= {"falsification", "violence"}


def without_fault(without: Token, election_tokens: set[int]) -> bool:
    """Whether "without" names a fault the vote went without: "the vote was held without any violations", "people
    voted for their future, openly and without coercion" (not "held without international observers")."""
    if without.lower_ != "without" or not any(
        c.dep_ == "pobj" and c.lemma_.lower() in _FAULTS for c in without.children
    ):
        return False
    verb = without.head
    while verb.dep_ in ("conj", "advmod") and verb.head.i != verb.i:  # ("openly and without coercion": the verb's)
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or is_negated(verb):
        return False
    return verb.lemma_.lower() == "vote" or subject_is_vote(verb, election_tokens) or about_vote(verb, election_tokens)
