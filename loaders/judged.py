"""What a judgement in the words is said of: the vote itself, named as its object or its subject, by a relative
pronoun ("the vote, which it did not recognise"), by the EU's formula ("the constitutional and legal framework within
which they have been held") or as "the democratic process"; or something else a vote is not: a state's statehood
("recognise X as an independent state"), the status the talks are to decide (`loaders.stance` reads stances by these).
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.assembly_votes import counted_vote
from loaders.clauses import ancestors, antecedent, doc_text, first_conjunct, is_negated, participle_of, reported_clause
from loaders.cue_clauses import PEOPLE, names_a_states_people
from loaders.misread_subjects import reduced_relative
from loaders.said_alone import closes_a_title
from loaders.stance_words import ELECTION_WORDS, VOTE_NOUNS, WILL

_STATEHOOD = {"state", "country", "republic", "independence", "sovereignty", "statehood"}
_ARGUMENTS = {"dobj", "nsubjpass", "attr", "xcomp", "ccomp", "prep", "oprd", "pobj", "dative"}


def about_vote(token: Token, election_tokens: set[int]) -> bool:
    """Whether a verb's arguments (object, passive subject, clausal complement) name the vote or point to it; a verb
    joined to another with no object of its own shares that one's ('"understands and respects" the choice of the
    residents of Donetsk': the parse gave "choice" to "understands")."""
    children = list(token.children)
    if token.dep_ == "conj" and token.head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in children):
        children += [c for c in token.head.children if c.dep_ == "dobj" and c.i > token.i]
    for child in children:
        if child.dep_ == "nsubjpass" and child.lower_ == "they":
            return True  # ('"They cannot be recognised," the spokesman said': the votes just named)
        # (and a noun the parse joined to the verb: "does not recognise the annexation, nor the elections held there")
        if child.dep_ in _ARGUMENTS or child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
            for t in child.subtree:
                if (
                    t.i in election_tokens
                    or t.lower_ in ELECTION_WORDS
                    and not a_states_people(t)
                    and not (t.lower_ == "vote" and counted_vote(doc_text(t.doc), t.idx, t.idx + 4))  # (an assembly's)
                    and not _pronoun_of_a_clause_below(t, token)
                    or relative_to_vote(t, election_tokens)
                    or held_within(t)
                    or civic_activity(t)
                    or elected_by_it(t)
                ):
                    return True
    if token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # "the vote reflected the will of the people and should be respected": the subject both verbs share
        shared = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(t.i in election_tokens or t.lower_ in VOTE_NOUNS for c in shared for t in c.subtree)
    clause = token.head if token.dep_ == "xcomp" else token  # ("in a vote Georgia refused to recognise": the vote)
    if (subject := reduced_relative(clause)) is not None and subject.head.lower_ in VOTE_NOUNS:
        return True
    noun = antecedent(token) or participle_of(token)  # ("The vote, welcomed by Moscow, ...")
    if noun is not None and (
        (named := first_conjunct(noun)).dep_ in ("oprd", "attr")
        or named.dep_ == "dobj"
        and named.head.lemma_.lower() in _NAMING  # (a second object, as the parse may give it)
    ):
        # "called the vote 'a provocation' that would never be recognised": the vote the predicate is said of
        said_of = [c for c in named.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i < named.i]
        noun = said_of[-1] if said_of else noun
    return noun is not None and (noun.i in election_tokens or noun.lower_ in ELECTION_WORDS)


_NAMING = {"call", "describe", "brand", "label", "term", "dub", "deem", "consider"}  # what a vote is named by them


def _pronoun_of_a_clause_below(t: Token, verb: Token) -> bool:
    """A pronoun a clause below the verb governs: "welcomes the efforts of the authorities ... and invites the
    Committee to support [them]" (the authorities, not the votes "recognise them" names)."""
    if t.pos_ != "PRON":
        return False
    for h in ancestors(t, 12):
        if h.i == verb.i:
            return False
        if h.pos_ in ("VERB", "AUX"):
            return True
    return False


# what officials call a vote they praise: "a triumph of democracy", "a celebration of democracy"; and the turnout
_FEASTS = {"triumph", "victory", "celebration", "festival", "holiday", "feast"}
_CIVIC = {"civic", "electoral", "voter", "voters", "popular"}  # ("voter participation", not "Russia's participation")


def civic_activity(t: Token) -> bool:
    """'the high civic activity of the people', 'electoral activity', 'voter participation': what officials call the
    turnout; 'a triumph of democracy', 'a victory for democracy': what they call the vote."""
    lemma = t.lemma_.lower()
    if lemma in _FEASTS:
        return any(c.lower_ in ("of", "for") and any(g.lower_ == "democracy" for g in c.children) for c in t.children)
    return lemma in ("activity", "participation") and any(c.lower_ in _CIVIC for c in t.children)


def a_states_people(t: Token) -> bool:
    """The will or choice of a state's people ("respects the choice of the Russian people", "the Russian people's
    choice"): its own country-wide vote, not a territory's, which is its people's ("the choice of the Abkhaz
    people", "the will of the people of Crimea")."""
    if t.lower_ not in WILL:
        return False
    peoples = [c for c in t.children if c.dep_ == "poss" and c.lower_ in PEOPLE]
    peoples += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(names_a_states_people(people) for people in peoples)


def as_a_state(verb: Token) -> bool:
    """'recognise X as an independent state', 'recognise its independence': statehood, not a vote."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(g.lemma_.lower() in _STATEHOOD for g in c.subtree)
        or c.dep_ == "dobj"
        and c.lemma_.lower() in _STATEHOOD
        for c in verb.children
    )


def relative_to_vote(t: Token, election_tokens: set[int]) -> bool:
    """A relative pronoun standing for a vote: "the vote, which it said it did not recognise"."""
    if t.lower_ not in ("which", "that"):
        return False
    clause = next((a for a in ancestors(t, 4) if a.dep_ == "relcl"), None) if t.dep_ != "relcl" else t
    return clause is not None and (clause.head.i in election_tokens or clause.head.lower_ in VOTE_NOUNS)


# the offices and bodies a vote fills: "the new parliament", "the newly elected Supreme Council"
_ELECTED = {"parliament", "legislature", "council", "assembly", "duma", "president", "leader", "leadership", "deputies"}


def elected_by_it(t: Token) -> bool:
    """What a vote made, named as new: "would not recognize the new Supreme Council", "the newly elected parliament"
    (not "the new talks", "the president")."""
    return t.lemma_.lower() in _ELECTED and any(
        c.dep_ == "amod" and (c.lower_ == "new" or c.lower_ == "elected" and "newly" in {g.lower_ for g in c.children})
        for c in t.children
    )


def held_within(t: Token) -> bool:
    """Words for the vote itself: the EU's formula "the constitutional and legal framework within which they have
    been held" (or that framework alone: "does not recognise the constitutional and legal framework"); "the democratic
    process" (that a vote was) in "respects the democratic process"."""
    if t.lemma_.lower() == "process":
        return any(c.lower_ in ("democratic", "electoral") for c in t.children)
    held = ("hold", "take", "conduct", "organise", "organize")
    if t.lemma_.lower() != "framework":
        return False
    alone = not any(c.dep_ == "prep" for c in t.children)  # (not "the legal framework of the Minsk agreements")
    return any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in held
        or alone
        and c.i < t.i
        and c.lower_ in ("constitutional", "legal")
        for c in t.subtree
    )


def subject_is_vote(verb: Token, election_tokens: set[int], said_of: bool = False) -> bool:
    """'the referendum was ...': the clause is about the vote itself; with `said_of`, also "it" or "this" in
    words reported of the vote ("Rehn said it was a positive signal")."""
    reported = said_of and reported_clause(verb)
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        verb = verb.head  # "the elections were an important event and had been held in accordance with ...": shared
    elif verb.dep_ == "conj" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        return subject_is_vote(verb.head, election_tokens)  # "the referendum was held ..., and it was a legitimate"
    elif verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children):
        return is_the_vote(verb.head, election_tokens)  # "a referendum that was fully in line with international law"
    return any(
        # (and the gerund the parse took for a clause, the voting itself: "voting there had been calm")
        c.dep_ == "csubj"
        and c.lower_ == "voting"
        or c.dep_ in ("nsubj", "nsubjpass")
        and any(
            t.i in election_tokens or t.lower_ in VOTE_NOUNS or reported and t.lower_ in ("it", "this")
            for t in c.subtree
        )
        for c in verb.children
    )


def small_clause_of_vote(word: Token, election_tokens: set[int]) -> bool:
    """'considers [the vote legitimate]', 'considers [the vote a legitimate expression of the will]': a word the parse
    made a clause of its own, whose subject is the vote."""
    return (
        word.dep_ == "ccomp" and word.pos_ in ("ADJ", "NOUN") and subject_is_vote(word, election_tokens, said_of=True)
    )


def about_status(verb: Token) -> bool:
    """'prejudge the (final / future / legal) status' or 'the outcome of the negotiations', also 'the determination
    of the future status'."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in ("determination", "settlement"):
            c = next((g for p in c.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), c)
        if c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in ("status", "outcome", "result"):
            return True
        if (
            c.dep_ in ("dobj", "pobj")
            and c.lemma_.lower() in ("negotiation", "talk")
            and any(p.lower_ in ("on", "over") and about_status(p) for p in c.children)
        ):
            return True  # "no bearing on the negotiations on the status of the region"
    return False


# Verbs and nouns of a vote leaving a status as it was: "does not prejudge the status", "has no bearing on the status"
LEAVES_STATUS_VERBS = frozenset({"prejudge", "prejudice", "change", "alter", "affect", "exist"})
LEAVES_STATUS_NOUNS = frozenset({"bearing", "effect", "impact", "consequence"})


def leaves_status_open(t: Token) -> bool:
    """The mediators' formula of non-recognition: a vote that "does not prejudge the future status of the region" or
    "the outcome of the negotiations", "does not change the status of the occupied areas", "has no bearing on the final
    status"; and a claimant's: "the elections do not exist from the legal point of view". Changing or affecting an
    outcome is not in it: "the violations did not affect the outcome" upholds one."""
    lemma = t.lemma_.lower()
    if lemma == "exist":
        return is_negated(t) and any(c.dep_ == "nsubj" and c.lower_ in VOTE_NOUNS for c in t.children)
    if lemma in LEAVES_STATUS_VERBS:
        # (or "do not consider the results as affecting the future status": the negated verb says it)
        denied = (
            is_negated(t)
            or t.dep_ == "pcomp"
            and t.head.lower_ == "as"
            and _negated_verb_above(t.head)
            or _thought_not_to(t)
        )
        if lemma in ("prejudge", "prejudice"):
            return denied and about_status(t)
        return denied and any(c.dep_ == "dobj" and c.lemma_.lower() == "status" for c in t.children)
    if lemma in LEAVES_STATUS_NOUNS and t.pos_ == "NOUN":
        denied = any(c.lower_ == "no" for c in t.children) or t.dep_ == "dobj" and is_negated(t.head)
        return denied and any(p.lower_ == "on" and about_status(p) for p in t.children)
    return False


# verbs of opinion whose "not" belongs to what they govern: "did not consider the outcome to prejudge ..."
_OPINION = frozenset({"consider", "believe", "think", "regard", "deem", "see", "view"})


def _thought_not_to(t: Token) -> bool:
    """Whether a verb is what a negated verb of opinion governs: "they did not consider the outcome to prejudge the
    final status", "Paris does not believe the referendum prejudges the status" (that it does not)."""
    opinion = t.head if t.dep_ in ("ccomp", "xcomp") else t.head.head if t.dep_ == "acl" else None
    return opinion is not None and opinion.lemma_.lower() in _OPINION and is_negated(opinion)


def _negated_verb_above(t: Token) -> bool:
    """Whether the first verb above a word is negated ("did not consider [the results] as ...")."""
    verb = next((x for x in t.ancestors if x.pos_ in ("VERB", "AUX")), None)
    return verb is not None and is_negated(verb)


_THE_PEOPLES_VOTE = {"democracy", "election", "vote", "referendum", "choice"}


def nothing_to_do_with_the_vote(nothing: Token) -> bool:
    """ "The vote had nothing to do with the will of the population", "has nothing to do with democracy", "nothing
    to do with a real election": what "nothing" has to do with is the voters' will or a true vote (not "Armenia said
    it had nothing to do with the vote": a speaker's part in the vote disowned)."""
    if nothing.head.lemma_.lower() != "have":
        return False
    return any(
        g.lemma_.lower() in WILL | _THE_PEOPLES_VOTE
        and (g.lemma_.lower() not in VOTE_NOUNS or any(c.dep_ == "amod" for c in g.children))
        for do in nothing.children
        if do.lemma_ == "do"
        for with_ in do.children
        if with_.lower_ == "with"
        for g in with_.children
        if g.dep_ == "pobj"
    )


def recognition_disclaimed(t: Token) -> bool:
    """A dealing said to carry no recognition: "dealt with the north without any implication of recognition",
    "without implying recognition" (an actor's words on the vote's authorities, in an article about the vote)."""
    if t.lower_ not in ("recognition", "acceptance"):
        return False
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() == "implication":
        implication = t.head.head
        return implication.head.lower_ == "without" or any(c.lower_ == "no" for c in implication.children)
    return t.dep_ == "dobj" and t.head.lemma_.lower() == "imply" and t.head.head.lower_ == "without"


# what is said of a vote that only gives its time or place: "would be held from September 23 to 27", "will take place"
_SCHEDULED = frozenset({"hold", "schedule", "take", "set", "begin", "start", "last", "run", "postpone", "delay"})


def only_scheduled(tokens: list[Token], election_tokens: set[int]) -> bool:
    """Whether words only say when or where the vote is held ("referendums on joining Russia would be held from
    September 23 to 27"): a notice of the vote, which takes no side on it."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    votes = [r for r in roots if r.i in election_tokens or r.lower_ in VOTE_NOUNS]  # (a parse may make one a verb)
    verbs = [r for r in roots if r.pos_ in ("VERB", "AUX") and r not in votes]
    return (
        bool(verbs)
        and len(votes) + len(verbs) == len(roots)
        and all(_schedules(v, tokens, election_tokens) for v in verbs)
    )


def _schedules(verb: Token, tokens: list[Token], election_tokens: set[int]) -> bool:
    """Whether a verb says when or where a vote will be held, the vote its subject (or, where the parse lost the
    subject, named before it)."""
    lemma = verb.lemma_.lower()
    if lemma not in _SCHEDULED or lemma == "take" and not any(c.lower_ == "place" for c in verb.children):
        return False
    ahead = lemma in ("schedule", "set", "postpone", "delay") or any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "to") for c in verb.children
    )
    if not ahead:
        return False  # (a vote said to have been held: "We have noted the referendum held in Crimea" takes note of it)
    if subject_is_vote(verb, election_tokens):
        return True
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(
        t.i < verb.i and (t.i in election_tokens or t.lower_ in VOTE_NOUNS) for t in tokens
    )


# what stands for the vote in a noun's complement: the vote itself, its holding ("regret over the holding of ..."), the
# participation in it ("protested against the participation in the vote of residents of ...")
_HOLDING = frozenset({"holding", "conduct", "organization", "organisation", "staging", "participation"})


def noun_on_vote(noun: Token, election_tokens: set[int], prepositions: tuple[str, ...]) -> bool:
    """Whether a noun's (or a verb's) complement is the vote: "regret over the holding of the so-called elections",
    "opposition to the referendum", "support for the vote" (not "support for Georgia's territorial integrity")."""
    return any(
        is_the_vote(g, election_tokens)
        for prep in complements(noun)
        if prep.lower_ in prepositions
        for g in prep.children
        if g.dep_ in ("pobj", "pcomp")
    )


def complements(word: Token) -> list[Token]:
    """The prepositions hung on a word, and the one right after it that the parse hung elsewhere ("recalled its
    ambassador in protest [at] the votes": "at" on the verb)."""
    found = [c for c in word.children if c.dep_ == "prep"]
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is not None and after.dep_ == "prep" and after.head.i != word.i:
        found.append(after)
    return found


def disapproves_of_vote(verb: Token, election_tokens: set[int]) -> bool:
    """Whether a verb of disapproval takes the vote for its object: "regrets the holding of the elections", "protested
    against the vote", "regrets that the vote took place" (not "regretted that Kiev had hastened to declare it would not
    recognise the vote": what others did), or ends a title that names it ("Sahakyan re-elected; Baku objects")."""
    return (
        any(c.dep_ == "dobj" and is_the_vote(c, election_tokens) for c in verb.children)
        or noun_on_vote(verb, election_tokens, ("against", "over", "to", "at", "about"))
        or _held(verb, election_tokens)
        or closes_a_title(verb)
        and any(i < verb.i for i in election_tokens)
    )


def disapproval_of_vote(noun: Token, election_tokens: set[int]) -> bool:
    """Whether a noun of disapproval is of the vote: "expressed regret over the vote", "its opposition to the
    referendum", "a note of protest over the elections", "expressed regret that the vote took place", 'expressed
    "regret" at the vote' (the vote hung on the verb that voices the noun)."""
    on = ("over", "at", "about", "to", "against", "with")
    voiced = (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in ("express", "voice")
        and noun_on_vote(noun.head, election_tokens, on[:3])
    )
    return noun_on_vote(noun, election_tokens, on) or voiced or _held(noun, election_tokens)


def rejection_of_vote(noun: Token, election_tokens: set[int]) -> bool:
    """ "voiced its rejection of the vote" (not "its rejection of the criticism")."""
    return noun.lemma_.lower() == "rejection" and noun_on_vote(noun, election_tokens, ("of",))


# what a clause of regret says happened to the vote: "that the vote took place", "that the elections were held"
_HAPPENED = {"take", "hold", "go", "proceed", "happen", "occur"}


def _held(word: Token, election_tokens: set[int]) -> bool:
    """A clause after the word that tells the vote was held ("regrets that the vote took place"; "does not recognise
    the elections and regrets that they were held": the vote its sentence named before); the clause right after it
    that the parse hung higher ("issued a statement expressing regret that the elections had been held")."""
    before = any(word.sent.start <= i < word.i for i in election_tokens)
    clauses = [*word.children, *(c for a in ancestors(word, 3) for c in a.children if c.left_edge.i == word.i + 1)]
    return any(
        c.dep_ in ("ccomp", "acl")
        and c.lemma_.lower() in _HAPPENED
        and any(
            s.dep_ in ("nsubj", "nsubjpass")
            and (is_the_vote(s, election_tokens) or before and s.lower_ in ("it", "they"))
            for s in c.children
        )
        for c in clauses
    )


def is_the_vote(t: Token, election_tokens: set[int]) -> bool:
    return (
        t.i in election_tokens
        or t.lower_ in VOTE_NOUNS
        or t.lemma_.lower() in _HOLDING
        and any(x.i in election_tokens for x in t.subtree)
    )


def not_called_a_vote(noun: Token) -> bool:
    """'could not (hardly) be called an election': a vote said not to deserve its name."""
    verb = noun.head
    naming = verb.lemma_.lower() in ("call", "describe", "consider", "term")
    return noun.dep_ == "oprd" and naming and any(c.dep_ == "auxpass" for c in verb.children) and is_negated(verb)


def worth_nothing(worth: Token) -> bool:
    """'"not worth the paper they are written on"', "worth nothing": a vote or its results said to have no value."""
    if worth.lower_ != "worth":
        return False
    if any(c.lower_ in ("nothing", "zero") for c in worth.children):
        return True
    return is_negated(worth) and any(c.lemma_.lower() == "paper" for c in worth.children)


_FRUITS = {"result", "results", "outcome", "consequence", "consequences", "fruit", "fruits"}


def legitimised(verb: Token) -> list[Token]:
    """What a verb such as "legitimise" takes for its object: "legitimise the occupation and the annexation", and what
    a clause of "what" says it is: "an attempt to legitimize what was an illegal annexation", "to legitimise what Kyiv
    calls the occupation"."""
    objects = [x for c in verb.children if c.dep_ == "dobj" for x in (c, *c.conjuncts)]
    # ("to legitimize the results of ethnic cleansing": what the results are of)
    objects += [
        g for o in objects if o.lemma_.lower() in _FRUITS for p in o.children if p.lower_ == "of" for g in p.children
    ]
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if any(c.lower_ == "what" and c.dep_ in ("nsubj", "dobj") for c in clause.children):
            objects += [c for c in clause.children if c.dep_ in ("attr", "oprd")]
    return objects


# what a speaker calls another's act: "an attempt to legitimise the vote", "a bid to recognise"
_ATTEMPTS = {"attempt", "effort", "bid", "ploy", "try", "operation", "scheme", "plot", "stunt", "manoeuvre", "maneuver"}


def not_an_act(verb: Token) -> bool:
    """Whether a verb is what an attempt, so named, is to do: "condemned Russia's attempt to legitimize the elections",
    "an illegal act aimed at legitimizing the results of the occupation", or a topic: "the question of recognising the
    votes is not on the agenda" (not the speaker's own recognition)."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("at", "of") and verb.head.head.lemma_.lower() in _AIMED_OR_ASKED:
        return True
    # (an infinitive the parse may make a relative clause: "a special operation to legitimise the occupation")
    return verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in _ATTEMPTS


_AIMED_OR_ASKED = {"aim", "question", "issue", "matter", "topic"}  # ("aimed at", "the question of")


# what one declines to take when one takes no side: "would not take a position", "declined to take sides"
_SIDES = {"position", "side", "sides", "stance"}


def takes_no_side(tokens: list[Token]) -> bool:
    """'said it respected Ukraine's territorial integrity but would not take a position on the referendums', 'took no
    position', 'declined to take sides': the words say their speaker takes no side on the vote, whatever principle
    they also affirm."""
    for t in tokens:
        if t.lemma_.lower() != "take":
            continue
        taken = [c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in _SIDES]
        if taken and (is_negated(t) or any(c.lower_ == "no" for o in taken for c in o.children)):
            return True
    return False
