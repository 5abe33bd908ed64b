"""Tests of a cue word's clause, which say whether the word judges the vote: what a negated verb says the vote is
("was not a legitimate vote"), what else an adjective may judge ("the illegal annexation"), a state's own vote
congratulated, a step "towards annexation", a name given by a participle
("called the vote 'a show staged on occupied land'"), a claim's words. `loaders.stance` reads them for each cue."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from loaders.assembly_votes import counted_vote
from loaders.clauses import ancestors, brushes_aside, doc_text, is_negated, that_clause
from loaders.gazetteer import load_gazetteer
from loaders.stance_words import (
    AVERTING,
    COUNTERMEASURES,
    CRITICISM,
    ILLEGITIMACY,
    ILLEGITIMATE,
    NOT_THE_VOTE,
    RECOGNISE,
    SEIZURE,
    STATED_NOUNS,
    UNFOUNDED,
    VOTE_NOUNS,
)


def congratulates_a_head_of_state(verb: Token) -> bool:
    """Whether the one congratulated holds an office of a state (the bundled officials: "Vladimir Putin"), whose
    re-election is the state's own vote, or is a state's people ("congratulated Russians on a well-organised
    election"); the winners of votes in contested territories hold none."""
    return any(
        child.dep_ == "dobj"
        # (not a name the parse hung on the verb after the quotation ends: '"I congratulate X," - President Y')
        and not any(t.text in _BREAKS for t in verb.doc[verb.i + 1 : child.left_edge.i])
        and (holds_a_states_office(child) or names_a_states_people(child))
        for child in verb.children
    )


def lacked(lack: Token) -> list[Token]:
    """What a verb or noun "lack" says is lacking: "lacks legitimacy", "a lack of any legal basis"."""
    of = [g for p in lack.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return [c for c in lack.children if c.dep_ == "dobj"] + of


def judgement_denied(word: Token) -> bool:
    """Whether a word of judgement is negated, itself or through the verb that predicates it: "did not violate",
    "the referendums were not a violation of any law", "were not in violation of the law", "should not be seen as an
    obstacle"."""
    in_it = word.dep_ == "pobj" and word.head.lower_ in ("in", "as") and word.head.dep_ == "prep"
    return (
        is_negated(word)
        or (word.dep_ in ("attr", "acomp") or in_it)
        and is_negated(word.head.head if in_it else word.head)
    )


def read_as(word: Token, lemma: str) -> str:
    """The cue a word gives, as the word it stands for: "brushed the criticism aside", "shrugged off the objections"
    dismiss them; what is "not acceptable", or "could never be acceptable", is unacceptable (and "not helpful",
    unhelpful); votes "ignored" ("both votes would be ignored", "will ignore the results") are rejected (not "ignoring
    the will of the residents"); and "complies", which the model may tag a noun, is "comply"."""
    if brushes_aside(word):
        return "dismiss"
    if lemma == "acceptable" and judgement_denied(word):
        return "unacceptable"
    if lemma == "helpful" and judgement_denied(word):
        return "unhelpful"  # "neither necessary nor helpful"
    if lemma == "ignore" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in VOTE_NOUNS for c in word.children):
        return "reject"
    if word.lower_ in ("complies", "complied"):
        return "comply"  # (a verb the model may take for a plural noun: 'the referendum "fully complies with" ...')
    return lemma


# what names the subject an answer turns to: "On the congratulatory message, we will ...", "As for congratulations"
_TOPIC_PREPOSITIONS = {"on", "about", "regarding", "concerning"}


def greeting_as_topic(greeting: Token) -> bool:
    """Whether a word of greeting ("congratulations", "a congratulatory message") names what the words are about,
    not a greeting sent: "On the congratulatory message, we will release information in due course"."""
    noun = greeting.head if greeting.dep_ == "amod" else greeting
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and (prep.lower_ in _TOPIC_PREPOSITIONS or prep.lower_ in ("for", "to") and prep.head.lower_ == "as")
    )


def holds_a_states_office(name: Token) -> bool:
    """Whether the person a name's head names holds an office of a state, in the bundled officials ("Putin")."""
    gaz = load_gazetteer()
    offices = [gaz.offices(n) for n in (" ".join(t.text for t in name.subtree), name.text)]
    return any(o and gaz.entities[o[0].actor].kind == "State" for o in offices)


# the nouns a people is named with: "the Russian people", "the people of Georgia", "the Russian voters"
PEOPLE = {"people", "nation", "citizen", "citizens", "voter", "voters", "electorate"}


def names_a_states_people(noun: Token) -> bool:
    """'Russians', 'the Russian people', 'the people of Georgia': a state's people, named by one bare word, its
    demonym or its name (not "the people of southeast Ukraine", nor "the Turkish Cypriot people", "Turkish Cypriots"
    or "the people of Artsakh", a territory's own)."""
    if noun.lower_ in PEOPLE or noun.lemma_.lower() in PEOPLE:
        named = [c for c in noun.children if c.dep_ in ("amod", "compound")]
        named += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    else:
        named = [noun]  # "Russians", "the choice of Russians"
    if len(named) != 1 or any(c.dep_ in ("amod", "compound") for c in named[0].children if c is not noun):
        return False
    word, gaz = named[0].text, load_gazetteer()
    form = gaz.actor_forms.get(word) or gaz.actor_forms.get(word.rstrip("s"))
    return form is not None and word not in gaz.territory_forms and gaz.entities[form.target].kind == "State"


_BREAKS = {'"', "”", "—", "–", "-", "--"}


VOTING = {"elect", "vote", "hold", "conduct"}  # verbs whose act is the vote itself


def denied_as(adjective: Token) -> bool:
    """'did not regard the vote as a legitimate election', 'as legitimate', 'was not a legitimate vote': the
    adjective qualifies what a negated verb says the vote is."""
    noun = adjective.head
    preposition = noun.head
    if adjective.dep_ == "amod" and noun.dep_ in ("attr", "oprd"):
        return is_negated(noun.head)  # "the election was not a legitimate vote"
    if adjective.dep_ in ("amod", "pobj") and noun.lower_ == "as" and noun.head.i != noun.i:
        return is_negated(noun.head)  # "did not consider the results as legitimate"
    return (
        adjective.dep_ == "amod"
        and noun.dep_ == "pobj"
        and preposition.lower_ == "as"
        and preposition.head.i != preposition.i
        and is_negated(preposition.head)
    )


def judged_nouns(adjective: Token) -> list[Token]:
    """The nouns a word of judgement is said of: "the [annexation] was illegal", "the illegitimate [accusations]",
    'called the [resolution] "counterproductive"', "the criticism was null and [void]", "the illegality of the
    [annexation]"."""
    if adjective.dep_ == "conj" and adjective.head.pos_ == "ADJ":
        adjective = adjective.head  # "null and [void]"
    if adjective.dep_ == "amod":
        return [adjective.head]
    if adjective.lower_ in ILLEGITIMACY:  # "the illegality of the [annexation]"
        return [
            g
            for c in adjective.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    deps = (
        ("nsubj", "nsubjpass") if adjective.dep_ in ("acomp", "attr") else ("dobj",) if adjective.dep_ == "oprd" else ()
    )
    return [c for c in adjective.head.children if c.dep_ in deps]


_ARMED = {"military", "armed"}
# where a noun of illegitimacy judges in its clause: "stressed the [illegality] of the vote", "its [nullity] is clear"
_JUDGING_ROLES = {"dobj", "nsubj", "nsubjpass", "attr", "conj"}


# what a state may say it would be wrong of it to do: "doing so", "recognising them" (the act, not the vote, judged)
_ACTS = {"do", "recognise", "recognize", "accept"}


_SEIZING = {"annex", "occupy", "seize", "incorporate"}
_SEIZED = {"annexed", "occupied", "seized", "incorporated"}  # (as adjectives: "the illegally annexed peninsula")


# what a word may be "contrary to" that is what was said or thought, not a law: "contrary to reports", "to claims"
_SAID = {
    "report",
    "claim",
    "statement",
    "assertion",
    "expectation",
    "rumour",
    "rumor",
    "speculation",
    "belief",
    "media",
}


def qualifies_other(adjective: Token) -> bool:
    """'the illegal annexation', 'the annexation was unacceptable', 'criticised his call for ...', "the criticism was
    unacceptable": the word judges something other than the vote."""
    if adjective.dep_ == "advmod" and (adjective.head.lemma_.lower() in _SEIZING or adjective.head.lower_ in _SEIZED):
        return True  # "the illegally annexed Crimean peninsula": the annexation judged, where the vote was held
    if adjective.lower_ in ILLEGITIMACY and adjective.dep_ not in _JUDGING_ROLES | {"oprd", "ccomp"}:
        return True  # 'statements about the "illegitimacy" of the elections': spoken of (not "the vote a nullity")
    if any(h.lemma_.lower() in AVERTING and h.i < adjective.i for h in ancestors(adjective, 3)) and not any(
        t.lemma_.lower() in VOTE_NOUNS for t in adjective.subtree
    ):
        return True  # "called on Tbilisi to avoid what it called provocations": others' acts warned against
    if adjective.lemma_.lower() in ("crime", "criminal") and not _called_a_crime(adjective):
        return True  # "crimes committed by the de facto authorities would be documented": crimes spoken of
    if adjective.lower_ == "contrary" and any(
        g.lemma_.lower() in _SAID for c in adjective.children if c.lower_ == "to" for g in c.children
    ):
        return True  # "Contrary to reports in Russian media, Belarus has not recognised the election": no judgement
    if adjective.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "csubj") and c.tag_ == "VBG" and c.lemma_.lower() in _ACTS for c in adjective.children
    ):
        return True  # "doing so would contradict its position on Kosovo": an act judged (not "holding the vote")
    if adjective.pos_ == "VERB":  # ("condemned the military activity of Azerbaijan": armed action, not the vote)
        return any(
            c.dep_ == "dobj"
            and (
                c.lemma_.lower() in NOT_THE_VOTE
                or any(m.lower_ in _ARMED for m in c.children)
                # (an assembly's vote: "adopted by 100 votes to 11. Russia criticised the vote")
                or c.lower_ == "vote"
                and counted_vote(doc_text(c.doc), c.idx, c.idx + 4)
            )
            for c in adjective.children
        )
    return any(n.lemma_.lower() in NOT_THE_VOTE | CRITICISM | COUNTERMEASURES for n in judged_nouns(adjective))


def _called_a_crime(word: Token) -> bool:
    """'These pseudo-elections are a crime', 'the vote was "null and void" and "a crime"', 'a criminal act', 'the vote
    is criminal': what is said to be a crime, the vote's predicate."""
    noun = word.head if word.dep_ == "amod" else word
    predicates = ("attr", "acomp", "oprd")
    return (
        word.dep_ == "acomp"
        or noun.dep_ in (*predicates, "appos")
        or noun.dep_ == "conj"
        and noun.head.dep_ in predicates
    )


# what others said or gave, which a welcome may take: "Welcomes the statements of partners who have declared that
# they will not recognise the so-called elections"
# who runs a vote: "those who organised the votes", "their organisers", "everyone involved in organising them"
_ORGANISING = {"organise", "organize", "organiser", "organizer", "involve", "responsible", "conduct", "stage", "run"}


def punishes_the_organisers(word: Token, election_tokens: set[int]) -> bool:
    """'will hold accountable those who organised the votes', "their organisers will be held accountable", "would ask
    its partners to impose personal sanctions on those elected in Crimea": who ran the vote or won a seat in it made to
    answer for it, which condemns it (not "held accountable for war crimes", "sanctions against Russia")."""
    if word.lower_ == "accountable":
        if word.head.lemma_.lower() != "hold" or is_negated(word.head):
            return False
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in word.children):
            return False
        targets = [c for c in word.head.children if c.dep_ in ("dobj", "nsubjpass")]
    elif word.lemma_.lower() == "sanction" and word.pos_ == "NOUN":
        if is_negated(word.head):  # ("would not join sanctions")
            return False
        # (on the noun, or on the verb that imposes them: "to impose personal sanctions [on those elected]")
        holders = [word, word.head] if word.dep_ == "dobj" else [word]
        targets = [
            g
            for h in holders
            for c in h.children
            if c.lower_ in ("on", "against")
            for g in c.children
            if g.dep_ == "pobj"
        ]
    else:
        return False
    return any(
        x.i in election_tokens
        or x.lemma_.lower() == "elect"
        and x.dep_ in ("acl", "relcl", "amod")  # ("those elected in Crimea")
        or x.lemma_.lower() in _ORGANISING
        and (
            x.lemma_.lower() in ("organiser", "organizer")
            or any(g.i in election_tokens or g.lower_ in ("them", "it") for g in x.subtree)
        )
        for c in targets
        for x in c.subtree
    )


_OTHERS_WORDS = {"statement", "declaration", "position", "stance", "remark", "resolution", "support", "solidarity"}


def welcomes_others_words(verb: Token) -> bool:
    """'welcomes the statements of partners who ...', 'welcomed the EU's position': the welcome is of what others
    said about the vote, not of the vote; and so is "it" when what it points back to is such words ("Parliament
    adopts resolution on Abkhazia vote; Tbilisi welcomes it")."""
    return any(
        c.dep_ == "dobj" and (c.lemma_.lower() in _OTHERS_WORDS or c.lower_ == "it" and _others_words_before(c))
        for c in verb.children
    )


def _others_words_before(pronoun: Token) -> bool:
    """Whether the last thing named as a clause's subject or object before "it" (in its sentence or the one
    before), other than its own clause's subject, is what others said: the resolution, not the vote it is on."""
    doc, sentence = pronoun.doc, pronoun.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    named = [
        t
        for t in doc[start : pronoun.i]
        if t.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and t.pos_ in ("NOUN", "PROPN") and t.head != pronoun.head
    ]
    return bool(named) and named[-1].lemma_.lower() in _OTHERS_WORDS


# what rejects a vote, named as a noun one may welcome: "welcomed the EU's refusal to recognise the vote"
_REJECTIONS = {"refusal", "rejection", "condemnation", "non-recognition", "nonrecognition"}


def welcomes_a_rejection(verb: Token) -> bool:
    """'welcomed the EU's refusal to recognise the vote', 'the rejection of the vote by its partners was welcomed by
    Tbilisi', 'welcomed the decision of its partners not to recognise the vote': a welcome that sides with those who
    reject the vote."""
    welcomed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        w.lemma_.lower() in _REJECTIONS
        or any(c.dep_ in ("acl", "xcomp") and any(g.dep_ == "neg" for g in c.children) for c in w.children)
        for w in welcomed
    )


def not_a_vote(noun: Token) -> bool:
    """'These are not elections', 'the votes were not real elections': a vote said not to be one (not "not the
    only elections that year")."""
    return (
        is_negated(noun.head)
        and said_of_a_vote(noun.head)
        and all(
            c.dep_ == "det"
            and c.lower_ in ("a", "an")
            or c.dep_ == "amod"
            and c.lower_ in ("real", "genuine", "true", "proper", "free", "fair", "democratic")
            or c.dep_ in ("prep", "punct", "cc", "conj")
            for c in noun.children
        )
    )


def said_of_a_vote(copula: Token) -> bool:
    """Whether the copula's subject is a vote or points to one ("These", "they")."""
    return any(
        c.dep_ == "nsubj"
        and (c.lemma_.lower() in VOTE_NOUNS or c.lower_ in VOTE_NOUNS or c.lower_ in ("these", "this", "they", "it"))
        for c in copula.children
    )


def so_called_other(called: Token) -> bool:
    """'recognition of the so-called state is out of the question': the entity, not its vote, is so called; 'the
    so-called "non-recognition" by the collective West': another's stance, which the speaker belittles."""
    if called.dep_ != "amod":
        return False
    # what is so called: the word the phrase hangs on, past a "non-" the parse made its head
    word = next((x for x in called.ancestors if x.lower_ not in ("non", "-")), called.head)
    return word.lemma_.lower() in NOT_THE_VOTE | _ENTITIES | _STANCES_CALLED


_ENTITIES = {"state", "republic", "country"}
_STANCES_CALLED = {"recognition", "nonrecognition", "criticism", "condemnation", "concern", "protest"}


def stopped_short(t: Token) -> bool:
    """'stopped short of recognising the vote' (or of saying it would), 'fell short of condemning it', 'would only
    recognise elections held under Ukrainian law': the actor withheld the stance (or kept it for other votes) without
    taking the other side."""
    if t.lemma_.lower() in RECOGNISE and t.i > 0 and t.doc[t.i - 1].lower_ == "only":
        return True  # (not "said only that Moscow respects the choice": what the saying was limited to)
    if t.dep_ == "ccomp" and t.head.lemma_.lower() in ("say", "announce", "declare"):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in t.children):
            return False  # ("stopped short of saying whether Moscow would recognise": a question left open)
        t = t.head  # ("stopped short of saying that Minsk would recognise the vote")
    held = t.head.head  # ("short of", or "stopped [short] [of]", as the parse may hang "of" on the verb)
    short = held.lower_ == "short" or any(c.lower_ == "short" for c in held.children)
    return t.dep_ == "pcomp" and t.head.lower_ == "of" and short


def shifted_objects(verb: Token) -> list[Token]:
    """A verb's objects, or, when it has none, what follows the "as" its judgement was moved before, which the parse
    took for the object of "as": 'rejected as "absurd" [Western statements] that refuse to recognise ...'."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return objects
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    return [
        g
        for g in (as_.children if as_ is not None else ())
        if g.dep_ == "pobj"
        and g.pos_ == "NOUN"
        # (the judgement before it: 'as "absurd" Western statements', "as baseless the criticism")
        and any(m.pos_ == "ADJ" and m.i < g.i for m in (*g.children, *as_.children))
    ]


# texts put to a vote, whose rejection says nothing of the contested vote itself: "rejected the resolution"
_TEXTS_VOTED = {"resolution", "draft", "motion", "amendment", "proposal", "bill"}
# an idea for the settlement one may reject: "rejects any notion of a two-state solution", "rejected the plan"
_IDEAS = {"solution", "plan", "idea", "notion", "concept", "formula", "option", "model", "scenario"}


def rejects_a_text(verb: Token) -> bool:
    """'Venezuela rejected the resolution': a text put to a vote (which may condemn the vote or call it), not the
    vote; nor an idea for the settlement ('Athens "rejects any notion of a two-state solution"')."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _TEXTS_VOTED | _IDEAS for c in verb.children)


def towards(stage: Token, goals: Collection[str] = SEIZURE) -> bool:
    """Whether a step (a move, a prelude) is one "towards" or "to" one of the goals, by default a seizure: "a step
    towards annexation", "a new step in the creeping annexation"; with the words of peace, "a step toward a
    settlement"."""
    return any(
        prep.dep_ == "prep"
        and (prep.lower_ in ("towards", "toward", "to") or prep.lower_ == "in" and goals is SEIZURE)
        and any(x.dep_ == "pobj" and x.lemma_.lower() in goals for x in prep.children)
        for prep in stage.children
    )


def carries_on_a_seizure(noun: Token) -> bool:
    """'a continuation of the occupation by other means', 'an instrument of annexation': the vote as a seizure's
    means; or an aggression's ("an act of aggression", "another manifestation of Russia's aggressive policy")."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(_seizing(x) for x in prep.children)
        for prep in noun.children
    )


def _seizing(x: Token) -> bool:
    lemma = x.lemma_.lower()
    return (
        lemma in SEIZURE
        or lemma == "aggression"
        or lemma == "policy"
        and any(c.lower_ in ("aggressive", "expansionist", "annexationist") for c in x.children)
    )


def claim_of(verb: Token) -> list[int]:
    """The words of a statement the verb's object names with what it says: "rejected [Moscow's claim] that [the vote
    was legal]" (the clause "that" opens)."""
    for noun in shifted_objects(verb):
        if noun.lemma_.lower() in STATED_NOUNS and (clause := that_clause(noun)) is not None:
            return [x.i for x in clause.subtree]
    return []


def scare_quoted(verb: Token) -> bool:
    """A verb between quotation marks of its own: the word of whoever is reported, which a report by no actor
    holds at a distance ('posts say that China "backed" the vote'); an actor's spokesman's 'said Berlin "condemns"
    the votes' is Berlin's word."""
    doc, i = verb.doc, verb.i
    return verb.pos_ == "VERB" and 0 < i < len(doc) - 1 and doc[i - 1].text + doc[i + 1].text in ('""', "“”")


# what dismisses others' attempt to deny the vote: "The attempts by Western countries to declare these elections
# illegitimate are null and void"
NULLITY = {"null", "void", "futile", "pointless", "meaningless", "doomed"} | UNFOUNDED
_ATTEMPTS = {"attempt", "effort", "bid"} | CRITICISM
_DECLARING = {"declare", "call", "brand", "label", "pronounce", "deem", "portray", "present"}


def dismissed_denial(word: Token, election_tokens: set[int]) -> set[int]:
    """The words of others' attempt to declare the vote illegitimate that `word` dismisses as void ("The attempts by
    Western countries to [declare these elections illegitimate] are null and void": a defence of the vote, not a
    judgement of it); empty when it dismisses nothing of the kind ("Russia's attempts to legitimise the annexation are
    null and void", which rejects the vote)."""
    first = word.head if word.dep_ == "conj" and word.head.pos_ == "ADJ" else word
    if first.dep_ not in ("acomp", "attr") or is_negated(first.head):
        return set()
    for noun in (c for c in first.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in _ATTEMPTS):
        for verb in (c for c in noun.children if c.dep_ in ("acl", "xcomp") and c.lemma_.lower() in _DECLARING):
            words = list(verb.subtree)
            named = any(t.i in election_tokens or t.lower_ in VOTE_NOUNS for t in words)
            if named and any(t.lower_ in ILLEGITIMATE or t.lemma_.lower() in ILLEGITIMATE for t in words):
                return {t.i for t in words}
    return set()


_RECOGNISING = {"recognize", "recognise", "legitimize", "legitimise", "endorse"}


def owns_the_vote(verb: Token) -> bool:
    """Whether a verb of recognition takes the vote's side, unless negated (which `loaders.stance` reads first):
    "recognised the results", "endorsed the vote", "will accept the outcome" (not "accepted the invitation")."""
    lemma = verb.lemma_.lower()
    return (
        lemma in _RECOGNISING
        or lemma == "accept"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in ("result", "outcome") for c in verb.children)
    )
