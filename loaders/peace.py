"""Calls for a peaceful settlement: the words of peace ("negotiations", "dialogue", "a political solution", "calm")
and the words that ask for what they govern ("call for", "urge", "support", "should", "was ready to"), and an offer
to meet or work with the vote's winner ("would meet Tatar as soon as possible", "looked forward to working with Mr
Erhurman"). `loaders.stance` reads a call for talks where a peace word hangs on one of these, or in such an offer.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.clauses import ancestors, is_negated
from loaders.stance_words import AVERTING, CALLING, IMPERILLING, PEACE, PEACE_QUALIFIED


def calls(t: Token) -> bool:
    """A word that asks for what it governs: "call for", "urge", "support", "should be settled", "was ready to" (not
    "call" that names: 'called the vote "a new obstacle on the path towards peace"')."""
    return (
        (t.lemma_.lower() in CALLING or t.lower_ in CALLING)
        and not _names(t)
        or any(
            c.dep_ == "aux" and c.lower_ in ("should", "must") or c.dep_ == "acomp" and c.lower_ in CALLING
            for c in t.children
        )
        or t.lemma_.lower() == "look"
        and any(c.lower_ == "forward" for c in t.children)  # "looks forward to talks"
        # "the election is no substitute for a peaceful and lasting solution": what is still wanted
        or t.lemma_.lower() == "substitute"
        and any(c.lower_ == "no" for c in t.children)
        # "remained focused on peaceful reintegration", "is focused on a settlement" (not "the talks focused on")
        or t.lower_ == "focused"
        and (t.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in t.children))
        # "the conflict can only be resolved through negotiations", "reintegration can only happen peacefully"
        or any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in t.children)
        and any(c.lower_ == "only" for c in t.children)
        and not any(c.dep_ == "dobj" for c in t.children)  # (not "the vote can only strengthen the talks")
        # "Only dialogue can bring a lasting settlement": the one way there is
        or any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in t.children)
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in PEACE and _only(c) for c in t.children)
        or _the_only_way_is_peace(t)
        # "Our priority remains a peaceful settlement", "the goal is a negotiated solution", "what matters is a return
        # to the negotiating table": what one seeks
        or t.lemma_ in ("be", "remain")
        and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _AIMS or c.dep_ == "csubj" and c.lemma_ in ("matter", "count")
            for c in t.children
        )
        or _commitment_to(t)
        # "the future of Abkhazia lies in dialogue", "the solution lies in negotiations": where the way forward is
        or t.lemma_ == "lie"
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in _WAYS_FORWARD for c in t.children)
        # "opened (created) a window of opportunity for a settlement", "a chance for peace": a settlement hoped for (an
        # object only of such verbs: not "missed the chance for peace")
        or t.lemma_.lower() in _OPENING
        and not is_negated(t)
        and any(c.dep_ == "dobj" and _an_opening(c) for c in t.children)
        or t.dep_ != "dobj"
        and _an_opening(t)
    )


# what a vote may open for a settlement: "a window of opportunity", "a chance", "new momentum"; and by which verbs
_OPENING = {"open", "create", "offer", "provide", "give"}
_OPENINGS = {"window", "opportunity", "chance", "momentum"}


def _an_opening(noun: Token) -> bool:
    return noun.lemma_.lower() in _OPENINGS and not any(c.lower_ in ("no", "little") for c in noun.children)


_AIMS = {"priority", "goal", "aim", "objective", "focus"}  # ("Our focus remains the peaceful reintegration")
_WAYS_FORWARD = {"future", "solution", "answer", "way", "key", "resolution"}


def _commitment_to(prep: Token) -> bool:
    """A "to" the parser hung on the verb whose object is a commitment, not on the commitment: "reiterates the
    commitment of the Republic of Moldova to a lasting settlement" (what follows is what the commitment is to)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("to", "towards")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _PLEDGES and c.i < prep.i for c in prep.head.children)
    )


_PLEDGES = {"commitment", "attachment", "adherence", "dedication"}


def _names(verb: Token) -> bool:
    """Whether "call" names what its object is called: "called it a new obstacle", "called the vote a farce" (a
    predicate after the object, or a second object as the parse may give it)."""
    if verb.lemma_.lower() != "call" or any(
        c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") for c in verb.children
    ):
        return (
            False  # ("called for a solution, a fair and lasting settlement": a call, whatever the parse hung after it)
        )
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # (or the name the parse set beside the object: 'called Sunday's votes "a farce at gunpoint"')
    named = any(g.dep_ == "appos" for o in objects for g in o.children)
    return any(c.dep_ == "oprd" for c in verb.children) or len(objects) >= 2 or named


def _only(t: Token) -> bool:
    return any(c.lower_ == "only" for c in t.children)


def _the_only_way_is_peace(copula: Token) -> bool:
    """'dialogue is (remains) the only way to a settlement', 'the only way forward was a return to UN-led talks': a
    copula with "the only way" on one side and a way of peace on the other (not "the only path to peace is the
    de-occupation of Georgian territory": a demand, which no peace word says); or the means it is "through" ("the
    only way to resolve the problem is through negotiations")."""
    if copula.lemma_.lower() not in ("be", "remain"):
        return False
    sides = [
        c for c in copula.children if c.dep_ in ("nsubj", "attr") or c.dep_ == "prep" and c.lower_ in ("through", "via")
    ]
    way = next((c for c in sides if c.lemma_.lower() in ("way", "path", "road") and _only(c)), None)
    return way is not None and any(t.lemma_.lower() in PEACE for c in sides if c is not way for t in c.subtree)


def describes_a_person(t: Token) -> bool:
    """Whether `t` is in an apposition to a name, which says who someone is (and what they advocate), not what the
    clause's subject asks for: "Ankara backs Tatar, an advocate of a two-state solution"."""
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        if t.dep_ == "appos" and t.head.pos_ == "PROPN":
            return True
        t = t.head
    return False


# the ways a means is taken: "by peaceful means", "through political means", "use only peaceful means"
_BY, _USING = {"by", "through", "with"}, {"use", "employ", "pursue", "seek"}


def pledges_peaceful_means(means: Token) -> bool:
    """Whether a means of peace (is_peace_word: "peaceful means", "political means") is the way a side says it will
    go, and so a call for a peaceful settlement: "We will restore our territorial integrity by peaceful means only",
    "would use only peaceful means to restore its control over the region" (not "will never regain the region by
    peaceful means": negated)."""
    if means.lemma_.lower() not in ("mean", "means"):
        return False
    if means.dep_ == "pobj" and means.head.lower_ in _BY:
        verb = means.head.head
    elif means.dep_ == "dobj" and means.head.lemma_.lower() in _USING:
        verb = means.head
    else:
        return False
    return verb.pos_ in ("VERB", "AUX") and not is_negated(verb)


def spared(peace: Token) -> bool:
    """Whether a word of peace is what something is asked not to harm, a call to carry it on: "the outcome should
    not derail the talks", "must not jeopardise the negotiations", "hoped the result would not derail the talks" (not
    "would not derail the talks", a forecast, nor
    "undermines the talks", a reproach); or the efforts towards it ("should not undermine the efforts towards a peace
    agreement": the word of a compound counted from the noun it names)."""
    named = peace.head if peace.dep_ == "compound" else peace
    verb = next((a for a in ancestors(named, 3) if a.pos_ in ("VERB", "AUX")), None)
    return (
        verb is not None
        and verb.lemma_.lower() in IMPERILLING
        and is_negated(verb)
        and (
            any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in verb.children)
            # (or a hope that it would not: "hoped the result would not derail the reunification process")
            or verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() in _HOPING
        )
        and any(c.dep_ == "dobj" for c in verb.children)
    )


_HOPING = {"hope", "trust", "wish"}


# an agreement already made, and what is asked of it: "to implement the Minsk peace accords", "comply with the peace
# agreement" (a demand that a side keep its word, not a call for a settlement still to be found)
_ACCORDS = {"accord", "accords", "agreement", "deal", "protocol", "arrangement", "treaty", "plan"}
_KEEPING = {"implement", "fulfil", "fulfill", "honour", "honor", "comply", "abide", "observe", "adhere", "respect"}


def kept_accord(peace: Token) -> bool:
    """Whether a word of peace names an agreement a side is asked to keep: "urged Moscow to implement the Minsk peace
    accords" (not "called for a peace agreement", a settlement still to be reached)."""
    accord = peace.head if peace.dep_ in ("compound", "amod", "nmod") else peace
    if accord.lemma_.lower() not in _ACCORDS and accord.lower_ not in _ACCORDS:
        return False
    # (its object, or "comply with the peace agreement"; not "fulfil its commitments under the ceasefire agreement",
    # where the commitments kept are the call's)
    with_ = accord.dep_ == "pobj" and accord.head.lower_ in ("with", "to", "by")
    verb = accord.head.head if with_ else accord.head
    return (accord.dep_ == "dobj" or with_) and verb.lemma_.lower() in _KEEPING


def harmed_effort(caller: Token) -> bool:
    """Whether a call is an effort that something is said to harm: "undermined efforts to reach a peaceful
    settlement" (a reproach; not "should not undermine efforts to reach ...", which `spared` reads)."""
    effort, verb = caller.head, caller.head.head
    return (
        caller.dep_ == "acl"
        and effort.dep_ == "dobj"
        and verb.lemma_.lower() in IMPERILLING
        and not is_negated(verb)
        and not any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in verb.children)
    )


# what turns down a call for a settlement: "rejected calls for a negotiated settlement"
_TURNED_DOWN = {"rejection", "reject", "opposition", "oppose", "dismiss", "dismissal"}


def turned_down(t: Token, caller: Token) -> bool:
    """Whether the call for a word of peace is itself turned down, up to the verb of the call's clause: "rejected
    calls for a negotiated settlement" (not "called for dialogue and rejected the vote")."""
    reached = False
    for above in ancestors(t, 6):
        if above.lemma_.lower() in _TURNED_DOWN:
            return True
        reached = reached or above.i == caller.i
        if reached and above.pos_ in ("VERB", "AUX"):
            return False
    return False


def averted(stoking: Token) -> bool:
    """Whether what would raise tensions is to be kept from: "urged all sides to avoid steps that could raise
    tensions", "urged Tbilisi not to escalate tensions" (a call for restraint, not a charge against the vote)."""
    return any(a.lemma_.lower() in AVERTING for a in ancestors(stoking, 4)) or (
        any(c.dep_ == "neg" for c in stoking.children) and stoking.dep_ == "xcomp" and calls(stoking.head)
    )


_IMPOSING = {"dictate", "impose", "force", "dictated", "imposed", "forced"}


def imposed(noun: Token) -> bool:
    """'a dictated peace', 'an imposed settlement', 'a fait accompli', 'a change of the status quo by force': an
    outcome forced on the claimant."""
    return (
        noun.lower_ in ("accompli", "accomplis")
        or any(c.dep_ == "amod" and (c.lemma_.lower() in _IMPOSING or c.lower_ in _IMPOSING) for c in noun.children)
        or noun.lemma_.lower() == "change"
        # (in "what he called a change of the status quo by force", "by force" hangs on "called")
        and any(
            t.lower_ == "force" and t.head.lower_ == "by" or t.lower_ == "unilateral"
            for t in (noun.head.subtree if noun.dep_ == "oprd" else noun.subtree)
        )
    )


def objects_named(verb: Token) -> list[Token]:
    """A verb's objects, and for "what he called X", X: 'will never accept what he called "a dictated peace"'."""
    found = []
    for c in verb.children:
        if c.dep_ == "dobj":
            found.append(c)
        elif c.dep_ == "ccomp" and c.lemma_.lower() == "call" and any(g.lower_ == "what" for g in c.children):
            found.extend(g for g in c.children if g.dep_ in ("oprd", "dobj", "attr") and g.lower_ != "what")
    return found


def is_peace_word(t: Token) -> bool:
    """A word of peace: "negotiations", "dialogue", "the Geneva International Discussions", "a political solution"
    (a word that needs its qualifier), "calm" called for (not "a calm vote")."""
    lemma = t.lemma_.lower()
    if lemma == "peacefully":  # a way called for ("to resolve it peacefully"), not one gone ("has been resolved ...")
        return t.head.tag_ != "VBD" and not any(c.lower_ in ("has", "have", "had") for c in t.head.children)
    if lemma in PEACE or t.pos_ == "PROPN" and t.lower_.rstrip("s") in PEACE:  # "the Geneva International Discussions"
        # ("called for calm", not "a calm vote"; not "will never accept a dictated peace": refused, not called for)
        return (lemma != "calm" or t.pos_ == "NOUN" or t.dep_ in ("pobj", "dobj")) and not imposed(t)
    qualifiers = PEACE_QUALIFIED.get(lemma) or PEACE_QUALIFIED.get(t.lower_)
    # (and a qualifier the tokenizer split off, "the [UN]-[led] process", or one after "on": "a deal on reunification")
    named = (
        [
            c
            for c in t.children
            if c.lower_ in qualifiers
            or c.lower_ == "led"
            and _led_by(c, qualifiers)
            or c.dep_ == "prep"
            and c.lower_ == "on"
            and any(g.lower_ in qualifiers for g in c.children)
        ]
        if qualifiers
        else []
    )
    return bool(named) and not imposed(t)


def _led_by(led: Token, qualifiers: set[str]) -> bool:
    return any(g.lower_ + "-led" in qualifiers for g in led.children)


# whom one offers to meet or work with after a vote: its winner by name, or by what the vote made them
_NEW_LEADER = {"winner", "leader-elect", "president-elect", "counterpart"}
_LED_BY = {"leader", "president", "leadership"}  # with "new": "the new leader", "the new leadership"
_READY = {"ready", "willing", "prepared", "hope", "plan", "want", "expect", "intend", "look"}
ATTENDING = {"attend", "hold"}  # a meeting one attends with the winner: "ready to attend a meeting with Tatar"
# talks one keeps up with the winner: "would maintain dialogue with the new leader", "looks forward to continuing his
# engagement with the two leaders"
KEEPING = {"maintain", "continue", "keep"}
_TALKING = {"dialogue", "engagement", "contact", "contacts", "talk", "talks"}


def offers_to_meet(verb: Token) -> bool:
    """An offer to meet or work with the vote's winner, which is how a claimant or a mediator calls for talks with a
    new leader: "would meet Tatar as soon as possible under U.N. auspices", "was ready to meet the new leader" (or
    "him", or "the two leaders"), "looked forward to working with Mr Erhurman", "ready to attend a meeting with Tatar"
    (not a meeting held); "invited him to an informal meeting" (an invitation to meet); talks kept up with the winner,
    "would maintain dialogue with the new leader", "looks forward to continuing his engagement with the two leaders"."""
    lemma = verb.lemma_.lower()
    if lemma == "invite":
        to = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        return (
            not is_negated(verb)
            and any(g.lemma_.lower() in ("meeting", "talk", "negotiation") for g in to)
            and any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lower_ in ("him", "her")) for c in verb.children)
        )
    meeting = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "meeting"), None)
    attends = (
        lemma in ATTENDING and meeting is not None
    )  # "ready to attend an informal meeting with Tatar": to meet him
    talking = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _TALKING), None)
    keeps = lemma in KEEPING and talking is not None  # "would maintain dialogue with the new leader"
    if not (lemma in ("meet", "work") or attends or keeps) or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    ahead = (
        any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "could") for c in verb.children)
        or verb.dep_ == "xcomp"
        and (verb.head.lemma_.lower() in _READY or verb.head.lower_ in _READY)
        or verb.dep_ == "pcomp"  # "looked forward to working with"
        and verb.head.lower_ == "to"
        and verb.head.head.lemma_.lower() in ("look", "forward")
    )
    if lemma == "meet":
        whom = [c for c in verb.children if c.dep_ == "dobj"]
    else:  # (the meeting "with" Tatar, working "with" him, the dialogue kept up "with" him or kept up with him)
        with_whom = [meeting] if attends else [verb, talking] if keeps else [verb]
        whom = [g for w in with_whom for c in w.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    return ahead and any(
        w.pos_ == "PROPN"
        or w.lower_ in _NEW_LEADER | {"him", "her"}  # ("telephoned Tatar ... and said he was ready to meet him")
        or w.lemma_.lower() in _LED_BY
        and any(c.lower_ in ("new", "two", "both") for c in w.children)  # ("meeting the two leaders")
        for w in whom
    )
