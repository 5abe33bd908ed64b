"""How words on a vote praise it or accept it, read in the parse: "an expression of the will of the population",
"the will of the people expressed in the referendum", "treated with understanding", "an example of democracy",
"the high turnout showed the democratic maturity", "reflected the will of the people". `loaders.stance` reads the
recognition these give.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.asked import asked_whether
from loaders.clauses import ancestors, is_negated
from loaders.cue_clauses import congratulates_a_head_of_state, names_a_states_people, towards
from loaders.gazetteer import load_gazetteer
from loaders.judged import about_vote, is_the_vote, small_clause_of_vote, subject_is_vote
from loaders.stance_words import DEVELOPMENT, HOPEFUL, PLEASED, PRAISE, TREATING, VOICING, VOTE_NOUNS, VOTERS, WILL


def of_the_will(noun: Token) -> bool:
    """'an expression of the will of the population', 'a reflection of the people's choice', 'an exercise of the right
    to self-determination'."""
    return any(
        c.lower_ == "of" and any(g.lemma_.lower() in WILL or _self_determination(g) for g in c.children)
        for c in noun.children
    )


def _self_determination(noun: Token) -> bool:
    """A right to self-determination, also where the parse hung "to self-determination" on the verb whose object the
    right is ("supported the right of the Crimean people to self-determination")."""
    if noun.lemma_.lower() != "right":
        return False
    # (or on whatever word the parse hung the "to" right after the right's own words: "the realisation of the right of
    # peoples to self-determination")
    after = noun.right_edge.i + 1
    to = [noun.doc[after]] if after < len(noun.doc) and noun.doc[after].lower_ == "to" else []
    return any("determination" in x.lower_ for t in [noun, *to] for x in t.subtree)


def manifests_the_will(word: Token, denied: bool = False) -> bool:
    """The vote said to be the people's will or right: 'regarded the referendum as a free expression of the will',
    'the people of Crimea had exercised their right to self-determination'; with `denied`, said not to be: 'this
    exercise cannot be considered an expression of the will'."""
    if of_the_will(word) and predicated(word, denied):
        return True
    return (  # (the verb: "had exercised their right to self-determination")
        not denied
        and word.pos_ == "VERB"
        and not is_negated(word)
        and any(c.dep_ == "dobj" and _self_determination(c) for c in word.children)
    )


def predicated(noun: Token, denied: bool = False) -> bool:
    """The noun says what the vote is: 'was an expression of', 'regarded it as an expression of' (not negated); with
    `denied`, what it is not: 'cannot be considered an expression of'."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _INSTANCES:
        return predicated(noun.head.head, denied)  # "described the vote as another example of the realisation of"
    if noun.dep_ in ("attr", "oprd"):
        return is_negated(noun.head) == denied
    return noun.dep_ == "pobj" and noun.head.lower_ == "as" and is_negated(noun.head.head) == denied


_INSTANCES = {"example", "instance", "case", "embodiment"}


def voiced_in_vote(noun: Token, election_tokens: set[int]) -> bool:
    """'the will of the people expressed in the referendum', 'the choice voters made in the election'."""
    return any(
        c.dep_ in ("acl", "relcl")
        and c.lemma_.lower() in VOICING | {"make"}
        and not is_negated(c)
        and any(p.lower_ in ("in", "at", "through", "by") and _names_vote(p, election_tokens) for p in c.children)
        for c in noun.children
    )


def respects_the_will(verb: Token, election_tokens: set[int]) -> bool:
    """'respects the sovereign decision of the peoples ... expressed in the referendums': the will the voters
    expressed, respected, in a sentence that names the vote (however the parse hung "expressed in"), or the will of a
    territory's people, which is what its vote gave ("respects the decision of the people of Crimea")."""
    wills = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in WILL]
    whose = [g for w in wills for p in w.children if p.lower_ == "of" for g in p.children]
    return (
        verb.lemma_.lower() == "respect"
        and bool(wills)
        and (any(t.i in election_tokens for t in verb.sent) or any(_a_territorys_voters(g) for g in whose))
        # (not "the choice of the Russian people": a state's own vote, whatever else the sentence names)
        and not any(names_a_states_people(g) for g in whose)
    )


def will_ignored(verb: Token) -> bool:
    """'could not support a text that ignored the will of the people of Crimea': blaming another for disregarding the
    will of a territory's people, which defends what their vote gave (not "the will of the Ukrainian people")."""
    wills = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in WILL]
    return (
        verb.lemma_.lower() in ("ignore", "disregard")
        and not is_negated(verb)
        and any(_a_territorys_voters(g) for w in wills for p in w.children if p.lower_ == "of" for g in p.children)
    )


def _a_territorys_voters(noun: Token) -> bool:
    """'the people of Crimea', 'the residents of Abkhazia', 'Crimeans': those who voted in a territory."""
    forms = load_gazetteer().territory_forms
    return (
        _a_territorys_people(noun)
        or noun.lemma_.lower() in VOTERS
        and any(p.lower_ == "of" and any(g.text in forms for g in p.children) for p in noun.children)
    )


_OUTCOME = {"result", "outcome"}


def taken_into_account(verb: Token, election_tokens: set[int]) -> bool:
    """'the result should be taken into account', 'take into account the will of the voters': the vote (its result,
    the voters' will) to be heeded; its negation ("cannot be taken into account") read by the caller."""
    if verb.lemma_.lower() != "take" or not any(
        p.lower_ == "into" and any(g.lower_ == "account" for g in p.children) for p in verb.children
    ):
        return False
    # (and the subject of "had to", "needs to" before it: "the will of the people had to be taken into account")
    obliged = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("have", "need") else None
    heeded = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    heeded += [c for c in obliged.children if c.dep_ == "nsubj"] if obliged is not None else []
    return any(
        c.lemma_.lower() in _OUTCOME or c.lemma_.lower() in WILL or _names_vote(c, election_tokens) for c in heeded
    )


def _names_vote(t: Token, election_tokens: set[int]) -> bool:
    """Whether a word's subtree names a vote."""
    return any(g.i in election_tokens or g.lower_ in VOTE_NOUNS for g in t.subtree)


def met_with_understanding(noun: Token) -> bool:
    """'treated with understanding', 'views the decision with understanding': the diplomats' word for acceptance
    (not 'a better understanding of', nor 'without understanding')."""
    preposition = noun.head
    return (
        preposition.lower_ == "with"
        and preposition.head.lemma_.lower() in TREATING
        and not is_negated(preposition.head)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    )


_DEMOCRATIC = {"democracy", "competition", "pluralism"}
# "an example of democracy", "a clear demonstration of the people's commitment to democracy"
DEMOCRACY_SHOWN = {"example", "model", "festival", "lesson", "exercise", "demonstration", "proof", "testament"}
DEMOCRACY_SHOWN |= {"display", "showcase"}  # ("a display of the democratic maturity of the people")
DEMOCRACY_SHOWN |= {"evidence", "testimony", "sign", "confirmation"}  # ("evidence of the high trust of the people")
# what the voters gave the winner, which a vote held up as evidence of it praises: "the trust the people place in you"
_TRUST = {"trust", "confidence"}
_COMMITMENT = {"commitment", "attachment", "dedication", "devotion", "adherence"}
_STEPS = {"step", "stage", "milestone"}  # "another step in the democratic development of Nagorno-Karabakh"


def of_democracy(noun: Token) -> bool:
    """'an example of democracy', 'a festival of democracy', 'a model of democratic choice', 'a demonstration of the
    commitment of the people to democracy': the vote held up as democracy's, or a step towards it ("another step in
    the democratic development of Nagorno-Karabakh"); or as the voters' trust in whom they chose ("The convincing
    victory is evidence of the high trust that the people of Abkhazia place in you")."""
    lemma = noun.lemma_.lower()
    shown, trust = ({"of"}, _TRUST) if lemma in DEMOCRACY_SHOWN else ({"in", "towards", "toward"}, set())
    shown = shown if lemma in DEMOCRACY_SHOWN | _STEPS else set()
    return any(
        c.lower_ in shown and any(_democratic(g) or g.lemma_.lower() in trust for g in c.children)
        for c in noun.children
    )


def _democratic(noun: Token) -> bool:
    """Democracy, a democratic thing, or a commitment to either."""
    lemma = noun.lemma_.lower()
    return (
        lemma in _DEMOCRATIC
        or any(m.lower_ == "democratic" for m in noun.children)
        or lemma in _COMMITMENT
        and any(
            to.lower_ == "to" and any(_democratic(g) for g in to.children)  # (or "to democratic values")
            for prep in (noun, *(c for c in noun.children if c.dep_ == "prep"))
            for to in prep.children
        )
    )


# what a vote shows of its people: "showed the democratic maturity", "the consolidation of society around the president"
_SHOWN = {"maturity", "strength", "consolidation", "unity", "cohesion", "solidarity"}


def shows_democracy(verb: Token, election_tokens: set[int]) -> bool:
    """'the high turnout showed the democratic maturity', 'the result demonstrated the strength of democracy', 'the
    turnout showed the consolidation of society', 'showed that its residents supported the president': the vote (its
    turnout, its result) shows what is praised; or the voters show their own: 'the people of Artsakh have shown their
    commitment to democracy', 'showed their political maturity' (not "the residents showed their anger": only
    democracy, or maturity, praises)."""
    helpers = [c for c in verb.children if c.dep_ == "aux"]  # (a subject the parse hung on "had" before a quotation)
    subject = next((c for h in (verb, *helpers) for c in h.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    shown = [c for c in verb.children if c.dep_ == "dobj"]
    if subject.lemma_.lower() in VOTERS or subject.tag_ == "NNPS":
        if not _a_territorys_people(subject) and (names_a_states_people(subject) or subject.tag_ == "NNPS"):
            return False  # "the Georgian people have shown their commitment to democracy": a state's own
        return any(_democratic(c) or c.lemma_.lower() == "maturity" for c in shown)
    if not (subject.i in election_tokens or subject.lemma_.lower() in ("turnout", "result", "vote", "election", "it")):
        return False
    # (and a wish the parse made the subject of its own clause: 'proved the residents' wish "to be with Russia"')
    wished = any(
        c.dep_ == "ccomp" and _joins(c) and any(w.dep_ == "nsubj" and w.lemma_.lower() in _WISH for w in c.children)
        for c in verb.children
    )
    return (
        wished
        or any(_voters_backed(c) for c in verb.children)
        or any(
            # (or "the elections showed the commitment of the people of Artsakh to democracy")
            c.lemma_.lower() in PRAISE | _SHOWN or _democratic(c) or _wish_to_join(c)
            for c in shown
        )
    )


def _a_territorys_people(noun: Token) -> bool:
    """'Crimeans', 'Turkish Cypriots': the people of a territory, by a name of it the gazetteer knows."""
    forms = load_gazetteer().territory_forms
    named = noun.doc[noun.left_edge.i : noun.i + 1].text  # ("Turkish Cypriots", not Turkey's people)
    return any(n in forms or n.endswith("s") and n[:-1] in forms for n in (noun.text, named))


# what a vote is said to show its people want: "the residents' support for integration into Russia", "their desire for
# reunification"
_WISH = {"support", "desire", "wish", "aspiration", "will", "striving"}
_BACKING = {"support", "back", "trust", "endorse"}


def _voters_backed(clause: Token) -> bool:
    """'showed that its residents supported the president': the vote shows the voters' backing for whom they chose
    (not "that residents did not support ...")."""
    return (
        clause.dep_ == "ccomp"
        and clause.lemma_.lower() in _BACKING
        and not is_negated(clause)
        and any(w.dep_ == "nsubj" and w.lemma_.lower() in VOTERS for w in clause.children)
    )


_JOINING = {"integration", "reunification", "unification", "accession", "joining", "union", "independence"}


def _wish_to_join(noun: Token) -> bool:
    """'their support for integration', 'the wish "to be with Russia forever"', 'the desire to join Russia'."""
    if noun.lemma_.lower() not in _WISH:
        return False
    return any(
        p.lower_ in ("for", "to") and any(o.lemma_.lower() in _JOINING for o in p.children)
        for p in noun.children
        if p.dep_ == "prep"
    ) or any(v.dep_ in ("acl", "xcomp") and _joins(v) for v in noun.children)


def _joins(verb: Token) -> bool:
    """'to join Russia', 'to be with Russia', 'to return to Russia', 'to reunite with Russia': going over to a state."""
    lemma = verb.lemma_.lower()
    if lemma == "join":
        return any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)
    return lemma in ("be", "return", "reunite") and any(
        p.lower_ in ("with", "to") and any(g.pos_ == "PROPN" for g in p.children) for p in verb.children
    )


def pleased_by_vote(word: Token, election_tokens: set[int]) -> bool:
    """'said it was "encouraged" by the outcome', 'is satisfied with the results of the vote': a welcome (not "pleased
    with the progress of the talks", nor "not satisfied with the result", nor "encouraged the parties to talk")."""
    if word.lower_ not in PLEASED or word.dep_ not in ("ROOT", "acomp", "ccomp", "conj", "xcomp") or is_negated(word):
        return False
    return any(
        g.dep_ == "pobj" and (g.i in election_tokens or g.lower_ in VOTE_NOUNS)
        for p in word.children
        if p.dep_ in ("prep", "agent") and p.lower_ in ("with", "by", "at", "about")
        for g in p.children
    )


def backs_the_vote(verb: Token, election_tokens: set[int]) -> bool:
    """'Venezuela backed the referendum', 'said it supported the holding of the vote', 'says it "understands" the vote'
    (treats it with understanding): the vote itself as the object (not "voters backed joining Russia", "supported
    Ukraine's sovereignty", "supports the Geneva discussions"), or the people's right to self-determination in a
    sentence that names the vote ('supported the right of the Crimean people to self-determination as expressed in the
    vote'), by the speaker, not by another actor whose act a clause reports ("We regret that Russia supported the
    holding of this vote")."""
    if verb.lemma_.lower() not in ("support", "back", "understand") or verb.pos_ != "VERB" or is_negated(verb):
        return False
    if asked_whether(verb):
        return False  # "asked residents whether they supported an early presidential election": a question
    clause = verb.dep_ in ("ccomp", "xcomp", "advcl", "relcl") and verb.head.lemma_.lower() not in _TELLING
    if clause and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children):
        return False
    named = any(t.i in election_tokens for t in verb.sent)
    return any(
        c.dep_ == "dobj"
        and (is_the_vote(c, election_tokens) or named and _self_determination(c) or _call_to_hold(c, election_tokens))
        for c in verb.children
    )


# what was decided, or seen to be needed, about holding a vote: "understood the need to hold the votes", "backed the
# decision to stage the referendum"
_CALLS = {"need", "necessity", "decision", "reason"}
_STAGING = {"hold", "stage", "organise", "organize", "conduct", "call"}


def _call_to_hold(noun: Token, election_tokens: set[int]) -> bool:
    """'the need to hold the votes', 'the decision to stage the referendum', 'the reasons for the vote': backing it
    backs the vote."""
    if noun.lemma_.lower() not in _CALLS:
        return False
    return any(
        c.dep_ == "acl"
        and c.lemma_.lower() in _STAGING
        and any(o.dep_ == "dobj" and is_the_vote(o, election_tokens) for o in c.children)
        or c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.dep_ == "pobj" and is_the_vote(o, election_tokens) for o in c.children)
        for c in noun.children
    )


_TELLING = {"say", "state", "declare", "announce", "tell", "add", "confirm", "reiterate", "stress", "insist"}


def none_found(irregularity: Token) -> bool:
    """'registered no serious violations', 'passed without serious violations', 'did not see any violations'."""
    return (
        any(c.dep_ == "det" and c.lower_ == "no" for c in irregularity.children)
        or irregularity.dep_ == "pobj"
        and irregularity.head.lower_ == "without"
        or irregularity.dep_ == "dobj"
        and any(c.dep_ == "det" and c.lower_ == "any" for c in irregularity.children)
        and is_negated(irregularity.head)
    )


_FREE = {"free", "freely", "democratic", "democratically", "conscious", "consciously"}


def people_chose(verb: Token) -> bool:
    """'the people of South Ossetia have made their choice freely', 'made a conscious and free choice', 'made their
    choice in a free and democratic election': the voters chose freely, which praises the vote (their choice alone,
    "the people on the left bank have made their choice", is a fact a claimant may state too)."""
    choice = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "choice"), None)
    return (
        verb.lemma_.lower() == "make"
        and choice is not None
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in VOTERS for c in verb.children)
        and any(t.lower_ in _FREE for t in verb.subtree)
    )


def voices_will(verb: Token) -> bool:
    """'reflected the will of the people', 'expressed their choice', 'the will of millions has been expressed': the
    voters' will is the verb's object or passive subject (or the subject of a clause right after it: 'showed [the will
    of the people to continue ...]')."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in WILL for c in verb.children) or any(
        g.dep_ == "nsubj" and g.lemma_.lower() in WILL and g.left_edge.i == verb.i + 1
        for c in verb.children
        if c.dep_ == "ccomp"
        for g in c.children
    )


# what a vote is hoped to further: "hoped the vote would strengthen stability", "will contribute to the development"
_FURTHERING = {"strengthen", "contribute", "promote", "consolidate", "foster", "ensure", "boost"}
_GOOD = {"stability", "development", "prosperity", "democracy", "security", "peace", "progress", "well-being", "unity"}


def hopes_it_furthers(verb: Token, election_tokens: set[int]) -> bool:
    """'hoped the vote would strengthen stability in the republic', 'we hope the elections will contribute to the
    development of the republic': the good a vote is hoped to bring, a welcome of it (not "hope the vote will not
    hamper the talks", nor "hoped the result would help restart negotiations", a call for talks)."""
    if verb.lemma_.lower() not in ("hope", "expect", "trust") or is_negated(verb):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.lemma_.lower() in _FURTHERING
        and not is_negated(c)
        and subject_is_vote(c, election_tokens)
        and any(_furthered(w, c) for w in c.subtree)
        for c in verb.children
    )


def _furthered(good: Token, verb: Token) -> bool:
    """Whether a verb's object (or the object of its "to") is a good a vote is hoped to bring: "strengthen stability",
    "contribute to the development" (not "help restart negotiations for a solution": a call for talks)."""
    return good.lemma_.lower() in _GOOD and (
        good.dep_ == "dobj" and good.head == verb or good.dep_ == "pobj" and good.head.head == verb
    )


def wishes_success(verb: Token) -> bool:
    """'wished him success', 'wishing the new leader every success', 'wished Gunba "every success"' (which the parse
    may read as a clause, or as the object's apposition), 'wished him well': the greeting sent to a winner."""
    if verb.lemma_.lower() != "wish" or is_negated(verb):
        return False
    wished = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "oprd")]
    wished += [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "appos"]
    return any(c.lemma_.lower() in ("success", "luck") for c in wished) or any(
        c.dep_ == "advmod" and c.lower_ == "well" and c.i > verb.i + 1 for c in verb.children
    )


_TO_THE_POLLS = {"come", "go", "turn", "flock"}


# whom voters choose: "choose their leader freely", "elect their representatives"
_CHOSEN = {"leader", "president", "representative", "government", "parliament", "deputy", "authority", "leadership"}
# what keeps the voters from choosing freely: "were deprived of their right to choose", "prevented from voting"
_KEPT_FROM = {"deprive", "deny", "prevent", "unable", "rob", "stop", "bar"}


def casts_a_vote(verb: Token) -> bool:
    """'voted', 'came (went) to the polls', 'cast their ballots', 'chose their leader', 'the vote was held': the
    voters' act, which "freely" may qualify."""
    lemma = verb.lemma_.lower()
    if lemma == "vote":
        return True
    if lemma == "cast":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ("ballot", "vote") for c in verb.children)
    if lemma in ("choose", "elect"):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _CHOSEN for c in verb.children)
    if lemma == "hold":  # "the votes had been held freely"
        return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in VOTE_NOUNS for c in verb.children)
    return lemma in _TO_THE_POLLS and any(
        p.lower_ == "to" and any(g.lower_ in ("polls", "polling") for g in p.subtree) for p in verb.children
    )


def plainly_democratic(noun: Token) -> bool:
    """Whether a noun is called democratic outright: "a democratic process", not "a pseudo-democratic process" or
    "a quasi-democratic exercise" (the prefix, a word of its own after a hyphen, says it only looks so)."""
    return any(c.lower_ == "democratic" and noun.doc[c.i - 1].text != "-" for c in noun.children)


def kept_from(verb: Token) -> bool:
    """Whether the voters' act is denied them: 'could not vote freely', 'were deprived of their right to choose their
    leader freely', 'were prevented from voting freely'."""
    return is_negated(verb) or any(
        a.lemma_.lower() in _KEPT_FROM and not is_negated(a) for a in ancestors(verb, 4) if a.i < verb.i
    )


# what a vote praised is a step toward or a contribution to: "a step toward democracy", "a contribution to stability"
_GOALS = {"democracy", "democratisation", "democratization", "stability", "peace", "security", "prosperity"}


def praised_as(noun: Token, lemma: str, judged: Token, election_tokens: set[int]) -> bool:
    """Whether a noun of praise is what the vote is called, not negated: "calling the result a great success",
    "described it as a positive step", "a step toward democracy", "a step forward", "a contribution to stability", "an
    example of democracy", "a democratic exercise", "considered the elections an important step in strengthening
    democratic institutions" (a clause the parse made of it); `judged` is the word it is said of through
    (`loaders.naming.judged_by`)."""
    return (
        (
            lemma in PRAISE
            or lemma in DEVELOPMENT
            and (any(c.lower_ in HOPEFUL for c in noun.children) or towards(noun, _GOALS) or _forward(noun))
            or of_democracy(noun)
            or lemma in ("process", "exercise", "procedure")
            and plainly_democratic(noun)
        )
        and (noun.dep_ in ("oprd", "attr") or judged.i != noun.head.i or small_clause_of_vote(noun, election_tokens))
        and not is_negated(judged)
        and (
            about_vote(judged, election_tokens)
            or subject_is_vote(judged, election_tokens, said_of=True)
            or _won_with_trust(judged, noun)
        )
        # "congratulated Putin on a landslide victory": his country-wide re-election (as for congratulate)
        and not any(v.lemma_.lower() == "congratulate" and congratulates_a_head_of_state(v) for v in ancestors(noun, 4))
    )


def _won_with_trust(judged: Token, noun: Token) -> bool:
    """'The convincing victory is evidence of the high trust that the people place in you': the winner's victory
    held up as the voters' trust (the vote's outcome, though no word names the vote)."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in ("victory", "win") for c in judged.children) and any(
        g.lemma_.lower() in _TRUST for c in noun.children if c.lower_ == "of" for g in c.children
    )


def _forward(step: Token) -> bool:
    """'a step forward', whether the parse hung "forward" on the step or the step on "forward" (as its measure)."""
    return step.lemma_.lower() == "step" and (
        any(c.lower_ == "forward" for c in step.children) or step.dep_ == "npadvmod" and step.head.lower_ == "forward"
    )
