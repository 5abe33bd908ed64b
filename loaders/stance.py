"""Stances of a statement's words, read from the dependency parse with negation and scope.

- non-recognition: a negated recognise/accept/consider-legitimate whose arguments are the vote or its
  results ("does not recognize", "will never recognize", "does not accept the results", "does not regard it as
  legitimate"), refusing to recognise, rejecting (not "rejected the criticism"), calling the vote illegitimate,
  illegal, so-called, pseudo-, without legal basis or value, "does not prejudge the status", and recognising only
  the claimant state ("the EU recognises only the Republic of Cyprus");
- condemnation: condemn, denounce, violation, contravention, provocation, sham, reprehensible, "dismissed as a farce";
- support-territorial-integrity: sovereignty or territorial integrity affirmed, not as the thing violated nor
  as everyone's ("the territorial integrity of all countries" is a principle, not the claimant's side), and
  standing with the claimant ("stands with Georgia");
- call-for-peaceful-settlement: negotiation, dialogue, settlement, restraint or calm governed by a call or
  support made by the speaker (not by a relative clause about someone else);
- recognition: an un-negated recognise/welcome/congratulate of the vote, its results or winner (not "the question of
  recognising it"); "a success"; dismissing the criticism of the vote; "reflected the will of the people", "the will
  expressed in the referendum"; "voted freely"; "treats with understanding";
- other: the territorial integrity of every state affirmed as a principle, which takes no side.

Recognising a state, a regime or borders is not recognising a vote.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> sorted(cue_stances(nlp("so-called"), range(0, 3), set()))
['non-recognition']
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from loaders.asked import answered, asked_whether, declined, in_open_question
from loaders.clauses import is_negated, unrealised
from loaders.concern import concern_over_vote, of_no_concern
from loaders.conduct import coerced, entitled_to_vote, hailed, legitimate_vote, orderly_vote, well_run, without_fault
from loaders.cue_clauses import (
    NULLITY,
    carries_on_a_seizure,
    claim_of,
    congratulates_a_head_of_state,
    denied_as,
    dismissed_denial,
    greeting_as_topic,
    judgement_denied,
    lacked,
    not_a_vote,
    owns_the_vote,
    punishes_the_organisers,
    qualifies_other,
    read_as,
    rejects_a_text,
    so_called_other,
    stopped_short,
    towards,
    welcomes_a_rejection,
    welcomes_others_words,
)
from loaders.hypothetical import supposed_recognition
from loaders.integrity import DISMEMBERING, claimant_names, only_the_claimants, recognises_only_the_claimant
from loaders.judged import (
    LEAVES_STATUS_NOUNS,
    LEAVES_STATUS_VERBS,
    about_vote,
    as_a_state,
    disapproval_of_vote,
    disapproves_of_vote,
    leaves_status_open,
    legitimised,
    not_an_act,
    not_called_a_vote,
    nothing_to_do_with_the_vote,
    noun_on_vote,
    recognition_disclaimed,
    rejection_of_vote,
    subject_is_vote,
    worth_nothing,
)
from loaders.lawfulness import lawfulness, no_legal_force
from loaders.naming import called_a_show, judged_by, names_a_sham
from loaders.objections import (
    EFFECT,
    criticism_judged,
    criticism_shrugged_off,
    judges_objections,
    objected_words,
    objections_to_vote,
    rejects_objections,
)
from loaders.peace import ATTENDING, KEEPING, averted, imposed, objects_named
from loaders.praise import (
    DEMOCRACY_SHOWN,
    backs_the_vote,
    casts_a_vote,
    hopes_it_furthers,
    kept_from,
    manifests_the_will,
    met_with_understanding,
    none_found,
    people_chose,
    pleased_by_vote,
    praised_as,
    respects_the_will,
    shows_democracy,
    taken_into_account,
    voiced_in_vote,
    voices_will,
    will_ignored,
    wishes_success,
)
from loaders.reproaches import reproaches
from loaders.sent_messages import greets_on_vote
from loaders.stance_words import (
    CARRYING_ON,
    CONDEMN,
    CONDEMNATION,
    CONGRATULATIONS,
    DEVELOPMENT,
    DISAPPROVAL,
    DISAPPROVE,
    FREELY,
    HOPEFUL,
    ILLEGITIMATE,
    IMPERILLING,
    IRREGULARITIES,
    LEGITIMACY,
    LEGITIMATE,
    LEGITIMISE,
    MANIFESTING,
    MANNER,
    NO_LEGAL,
    NON_RECOGNITION,
    NOT_THE_VOTE,
    ORDERLY,
    ORDERLY_ADVERBS,
    OTHER,
    PART_OF,
    PEACE,
    PEACE_QUALIFIED,
    PEACEFUL_SETTLEMENT,
    PLEASED,
    PRAISE,
    RECOGNISE,
    RECOGNITION,
    REJECT,
    REJECTING,
    SEMBLANCE,
    SHOW,
    STAGE,
    STATED_NOUNS,
    STOKING,
    TENSIONS,
    TI_HEADS,
    UNFOUNDED,
    VOICING,
    VOTE_NOUNS,
    WELCOME,
    WILL,
)
from loaders.territory_cues import territory_and_settlement
from loaders.turnout import TESTIMONY, TURNOUT_SHOWS, high_turnout_as, turnout_shows

# Every word (lemma or lower-cased form) on which a cue below may fire; a new cue adds its words here. A word that is
# none of these, nor "pseudo-" nor a peace word's plural name, cues nothing and is passed over before its clause is
# read: most words of a statement (with the events' own walk, about a tenth of a millisecond an article).
_CUE_WORDS = frozenset().union(
    RECOGNISE, WELCOME, REJECT, VOICING, WILL, CONGRATULATIONS, LEGITIMISE, ORDERLY, ORDERLY_ADVERBS, LEGITIMATE,
    PRAISE, DEVELOPMENT, DEMOCRACY_SHOWN, ILLEGITIMATE, VOTE_NOUNS, NO_LEGAL, CONDEMN, SHOW, TENSIONS, TI_HEADS,
    PART_OF, PEACE, PEACE_QUALIFIED, LEGITIMACY, STAGE, CARRYING_ON, TESTIMONY, TURNOUT_SHOWS, FREELY, {"greeting"},
    LEAVES_STATUS_VERBS, LEAVES_STATUS_NOUNS,  # ("prejudge", "change", "bearing", ...)
    {"congratulate", "congratulatory", "wish", "vote", "devoid", "take", "choice", "make", "hope", "expect", "trust"},
    MANIFESTING, {"note", "understanding", "process", "so", "blast", "run", "counter", "rejection", "opposed", "back"},
    {"line", "accordance", "conformity", "compliance", "consistent", "compatible", "compliant", "help", "comply"},
    {"contribute", "blow", "admissible", "sovereign", "borders", "within", "meet", "work", "conducive", "nothing"},
    {"serve", "force", "coerce", "compel", "barrel", "ignore", "disregard", "gunpoint", "accountable", "sanction"},
    {"right", "against", "question", "encouraging", "positive", "promising", "welcome", "heartening"}, EFFECT,
    ATTENDING, KEEPING, {"part", "land", "territory", "soil", "invite"}, claimant_names(),
    {"recognition", "nonrecognition", "acceptance", "endorsement", "outside", "well", "support", "understand", "share"},
    DISAPPROVE, DISAPPROVAL, {"concern", "concerned", "worth", "threat"}, PLEASED, IRREGULARITIES, UNFOUNDED,
    {"lack", "satisfy", "fulfil", "fulfill", "match", "fall", "doubt", "occupation", "speak", "respect", "regard"},
    DISMEMBERING, {"procedure", "without"},
    {"organisation", "organization", "stand", "solidarity", "go", "proceed", "happen", "occur"}, IMPERILLING,
)  # fmt: skip


def _may_cue(lemma: str, lower: str) -> bool:
    return lemma in _CUE_WORDS or lower in _CUE_WORDS or lower.startswith("pseudo") or lower.rstrip("s") in PEACE


def _dismissed_as_judged(doc: Doc, verb: Token, election_tokens: set[int]) -> bool:
    """Whether a vote is dismissed as something that takes a stance itself ("dismissed it as a sham staged at
    gunpoint": a condemnation; "dismissed the vote as illegitimate"), which says what the dismissal means; not
    "dismissed the elections as an internal process of the community", a dismissal that is the refusal itself."""
    if verb.lemma_.lower() != "dismiss":
        return False
    # ("as" on the verb, or the mark of a clause the parse made of it: "as [a sham staged at gunpoint]")
    judged = [
        x.i
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "advcl" and any(g.lower_ == "as" for g in c.children)
        for x in c.subtree
        if x.lower_ != "as"
    ]
    return bool(judged) and bool(cue_stances(doc, judged, election_tokens))


def cue_stances(doc: Doc, token_ids: Iterable[int], election_tokens: set[int]) -> dict[str, str]:
    """Stances cued in the tokens `token_ids` of `doc`, each with the word that cued it."""
    found: dict[str, str] = {}
    ids = sorted(set(token_ids))
    objected: set[int] = set()  # words read before as no judgement of this vote: objections, another vote's praise
    for i in ids:
        if doc[i].lower_ in NULLITY and (denial := dismissed_denial(doc[i], election_tokens)):
            found.setdefault(RECOGNITION, doc[i].text)  # "The attempts ... to declare the elections illegitimate are
            objected |= denial | {i}  # null and void": the vote defended, and the attempt is others' words
        elif doc[i].lemma_.lower() in WELCOME and not is_negated(doc[i]) and welcomes_a_rejection(doc[i]):
            found.setdefault(NON_RECOGNITION, doc[i].text)  # "welcomed the EU's refusal to recognise the vote": the
            objected |= {x.i for c in doc[i].children if c.dep_ in ("dobj", "nsubjpass") for x in c.subtree} | {i}
            # welcomer's side, and the refusal's words are the EU's (read before the rest, which it may precede)
    for i in ids:
        if i in objected:
            continue
        t = doc[i]
        lemma, lower = t.lemma_.lower(), t.lower_
        lemma = read_as(t, lemma)  # "brushed the criticism aside": "dismiss"; "not acceptable": "unacceptable"
        if not _may_cue(lemma, lower):
            continue
        if lemma in ("ignore", "disregard") and will_ignored(t):
            # "could not support a text that ignored the will of the people of Crimea" (a text the speaker opposes)
            found.setdefault(RECOGNITION, t.text)
        if unrealised(t):
            continue  # "a draft resolution that would have condemned the referendums", "failed to adopt"
        if t.pos_ not in ("VERB", "AUX") and in_open_question(t):
            continue  # "declined to say whether Yerevan considered the vote legitimate": asked, not judged
        if (lemma in RECOGNISE or lemma in WELCOME or lemma in REJECT or lemma in CONDEMN) and stopped_short(t):
            continue  # "stopped short of recognising the vote": the stance withheld, the other side not taken
        if (lemma in RECOGNISE or lemma in WELCOME or lemma in REJECT) and asked_whether(t):  # a question: no side
            if lemma in RECOGNISE and about_vote(t, election_tokens) and not declined(t):  # (unless answered: "No.")
                found.setdefault({True: RECOGNITION, False: NON_RECOGNITION}.get(answered(t), OTHER), t.text)
            continue
        if lemma in ("understand", "accept", "share") and is_negated(t) and objections_to_vote(t, election_tokens):
            found.setdefault(RECOGNITION, t.text)  # "does not understand the criticism of the vote": defends it
            continue
        if lemma in RECOGNISE and (supposed := supposed_recognition(t)) is not None:
            if supposed == "refused":  # "recognising them would contradict our policy": not recognised
                found.setdefault(NON_RECOGNITION, t.text)
        elif lemma in RECOGNISE and (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")):
            if is_negated(t) and as_a_state(t) and any(j in election_tokens for j in ids):
                # "does not recognise Nagorno-Karabakh as an independent state and ... the vote": said of its vote
                found.setdefault(NON_RECOGNITION, t.text)
            elif as_a_state(t) and not is_negated(t) and not recognises_only_the_claimant(t):
                pass  # "Russia recognised it as an independent state after the war in 2008": statehood, not the vote
            elif about_vote(t, election_tokens):
                if is_negated(t):
                    found.setdefault(NON_RECOGNITION, t.text)
                elif owns_the_vote(t) and not not_an_act(t):
                    found.setdefault(RECOGNITION, t.text)
            elif recognises_only_the_claimant(t):  # "the EU recognised only the Republic of Cyprus"
                found.setdefault(NON_RECOGNITION, t.text)
            elif is_negated(t) and any(imposed(o) or names_a_sham(o) for o in objects_named(t)):
                # "will never accept a fait accompli", 'what he called "a dictated peace"', 'never recognise "a farce"'
                found.setdefault(NON_RECOGNITION, t.text)
        elif lemma == "congratulate" and congratulates_a_head_of_state(t):
            # "Xi congratulated Putin on his re-election", "congratulated Russians on a well-organised election": the
            # country-wide vote, not the territory's, and so is what the congratulations praise
            objected |= {x.i for x in t.subtree}
            continue
        elif lemma in WELCOME and welcomes_others_words(t):
            continue  # "Welcomes the statements of partners who declared they will not recognise the elections"
        elif (
            lemma in WELCOME
            and not is_negated(t)
            and (about_vote(t, election_tokens) or lemma == "congratulate" or respects_the_will(t, election_tokens))
            or backs_the_vote(t, election_tokens)  # "Venezuela backed the referendum"
        ):
            found.setdefault(RECOGNITION, t.text)
        elif lemma in REJECT and not is_negated(t) and (claimed := claim_of(t)):
            # "rejected Moscow's claim that the vote was legal": the other side of what the claim says
            side = cue_stances(doc, claimed, election_tokens)
            if RECOGNITION in side:
                found.setdefault(NON_RECOGNITION, t.text)
            elif side.keys() & REJECTING:
                found.setdefault(RECOGNITION, t.text)
        elif lemma in REJECT and not is_negated(t) and not rejects_objections(t) and not rejects_a_text(t):
            if not _dismissed_as_judged(doc, t, election_tokens):
                found.setdefault(NON_RECOGNITION, t.text)
        elif lemma in REJECT and not is_negated(t) and objections_to_vote(t, election_tokens):
            found.setdefault(RECOGNITION, t.text)  # "dismissed Western criticism of the voting as absurd": defends it
            objected |= objected_words(t)
        elif (lemma in LEAVES_STATUS_VERBS or lemma in LEAVES_STATUS_NOUNS) and leaves_status_open(t):
            # "the vote does not prejudge the future status of the region": the mediators' formula of non-recognition
            found.setdefault(NON_RECOGNITION, t.text)
        elif lemma == "vote" and t.pos_ == "VERB" and any(c.lower_ in FREELY for c in t.children):
            # "residents had voted freely"; "could not vote freely under occupation"
            found.setdefault(NON_RECOGNITION if kept_from(t) else RECOGNITION, t.text)
        elif lower in FREELY and t.dep_ == "advmod" and t.head.lemma_.lower() != "vote" and casts_a_vote(t.head):
            # "people came to the polls freely", "cast their ballots freely", "deprived of ... to choose freely"
            found.setdefault(NON_RECOGNITION if kept_from(t.head) else RECOGNITION, t.text)
        elif (lemma in VOICING and voices_will(t) or people_chose(t)) and t.pos_ == "VERB":
            found.setdefault(NON_RECOGNITION if is_negated(t) else RECOGNITION, t.text)
        elif lemma in VOICING and t.pos_ == "VERB" and shows_democracy(t, election_tokens) and not is_negated(t):
            found.setdefault(RECOGNITION, t.text)  # "the high turnout showed the democratic maturity of the people"
        elif lemma == "devoid" and any(g.lemma_.lower() in NO_LEGAL for c in t.children for g in c.children):
            found.setdefault(NON_RECOGNITION, t.text)  # "devoid of legitimacy", "devoid of any legal force"
        elif lemma == "lack" and not is_negated(t) and any(g.lemma_.lower() in NO_LEGAL for g in lacked(t)):
            found.setdefault(NON_RECOGNITION, t.text)  # "the poll lacks any legal basis", "its lack of legitimacy"
        elif lemma == "take" and is_negated(t) and any(c.lower_ == "seriously" for c in t.children):
            found.setdefault(NON_RECOGNITION, t.text)  # "the referendums cannot be taken seriously"
        elif lemma == "take" and taken_into_account(t, election_tokens):
            # "the result should be taken into account"; "cannot be taken into account"
            found.setdefault(NON_RECOGNITION if is_negated(t) else RECOGNITION, t.text)
        elif (
            lemma == "choice"
            and not is_negated(t.head)
            and (
                any(c.lower_ in LEGITIMATE for c in t.children)
                or t.dep_ == "dobj"
                and any(c.lower_ in FREELY for c in t.head.children)
            )
        ):
            found.setdefault(RECOGNITION, t.text)  # "the residents made a free choice", "made their choice freely"
        elif lemma in MANIFESTING and manifests_the_will(t):
            found.setdefault(RECOGNITION, t.text)  # "regarded the referendum as a free expression of the will"
        elif lemma in MANIFESTING and manifests_the_will(t, denied=True):
            found.setdefault(NON_RECOGNITION, t.text)  # "this exercise cannot be considered an expression of the will"
        elif lemma in WILL and t.pos_ == "NOUN" and voiced_in_vote(t, election_tokens):
            found.setdefault(RECOGNITION, t.text)  # "citing the will of the people expressed in the referendum"
        elif lemma in CONGRATULATIONS and t.pos_ == "NOUN" and not greeting_as_topic(t):
            found.setdefault(RECOGNITION, t.text)  # "sent the winner a message of congratulations"
        elif lemma == "greeting" and greets_on_vote(t, election_tokens):
            found.setdefault(RECOGNITION, t.text)  # 'sent its "fraternal greetings" ... on the occasion of the votes'
        elif (
            lemma == "congratulatory"
            and not greeting_as_topic(t)
            or lemma == "wish"
            and wishes_success(t)
            or hopes_it_furthers(t, election_tokens)
        ):
            # "a congratulatory telegram", "a message wishing him success", "hoped the vote would strengthen stability"
            found.setdefault(RECOGNITION, t.text)
        elif (
            lemma == "note"
            and t.dep_ == "dobj"
            and t.head.lemma_.lower() == "take"
            and about_vote(t.head, election_tokens)
        ):
            found.setdefault(OTHER, t.text)  # "took note of the result": acknowledged, no side taken
        elif lower == "understanding" and met_with_understanding(t):
            found.setdefault(RECOGNITION, t.text)  # "treats with understanding the choice of Crimea's residents"
        if lemma in LEGITIMISE and any(x.lemma_.lower() in NOT_THE_VOTE for x in legitimised(t)):
            # "another attempt to legitimise the occupation", "... the ethnic cleansing and occupation"
            found.setdefault(CONDEMNATION, t.text)
        if (
            lemma in LEGITIMACY
            and t.dep_ == "pobj"
            and t.head.lower_ == "of"
            and t.head.head.lemma_.lower() in SEMBLANCE
        ):
            found.setdefault(CONDEMNATION, t.text)  # "an attempt to give a veneer of legitimacy to the puppet regime"
        if lemma in STAGE and t.pos_ == "NOUN" and towards(t):
            found.setdefault(CONDEMNATION, t.text)  # "another step by Russia towards the annexation of ..."
        if lemma in CARRYING_ON and t.pos_ == "NOUN" and carries_on_a_seizure(t):
            found.setdefault(CONDEMNATION, t.text)  # "a continuation of the occupation by other means"
        if (
            (lemma in ORDERLY or lower in ORDERLY)
            and t.dep_ == "amod"
            and t.head.lemma_.lower() in MANNER
            and t.head.head.lower_ == "in"
        ):
            verb = t.head.head.head  # "conducted in an organised manner", "held in a calm atmosphere"
            if not is_negated(verb) and (subject_is_vote(verb, election_tokens) or about_vote(verb, election_tokens)):
                found.setdefault(RECOGNITION, t.text)
            elif not is_negated(verb) and verb.lemma_.lower() in ("conduct", "hold", "pass", "go"):
                found.setdefault(RECOGNITION, t.text)  # ("the vote had been conducted in ...": its subject the vote)
        if (lemma in ORDERLY or lower in ORDERLY) and orderly_vote(t, election_tokens):
            found.setdefault(RECOGNITION, t.text)  # "the elections had been calm and well organised"
        if lower == "well" and well_run(t, election_tokens):
            found.setdefault(RECOGNITION, t.text)  # 'the vote had been "well organized"'
        if (
            lower in ORDERLY_ADVERBS
            and t.dep_ == "advmod"
            and not is_negated(t.head)
            and subject_is_vote(t.head, election_tokens)
        ):
            found.setdefault(RECOGNITION, t.text)  # "the vote took place calmly"
        if without_fault(t, election_tokens):
            found.setdefault(RECOGNITION, t.text)  # "held without any violations", "voted without coercion"
        if lemma in LEGITIMATE and t.pos_ == "ADJ":
            adjective = t.head if t.dep_ == "conj" and t.head.pos_ == "ADJ" else t  # "had been calm and transparent"
            if is_negated(t) or adjective is not t and is_negated(adjective) or denied_as(t) or only_the_claimants(t):
                found.setdefault(NON_RECOGNITION, t.text)  # ("not free and fair"; "the only legitimate government is")
            elif legitimate_vote(t, adjective, election_tokens):
                found.setdefault(RECOGNITION, t.text)  # "the vote was legitimate", "considers it valid"
        judged = judged_by(t)  # "described it as a ...", "was nothing but a propaganda show"
        if high_turnout_as(t) or turnout_shows(t) or pleased_by_vote(t, election_tokens) or entitled_to_vote(t):
            found.setdefault(RECOGNITION, t.text)  # "the high turnout was the best answer", "pleased with the outcome"
        if hailed(t, election_tokens):
            found.setdefault(RECOGNITION, t.text)  # 'the result was "encouraging"'
        if praised_as(t, lemma, judged, election_tokens):
            found.setdefault(RECOGNITION, t.text)  # "calling the result a great success", "described it as a step"
        elif (
            lemma in DEVELOPMENT
            and (any(c.lower_ in HOPEFUL for c in t.children) or towards(t, PEACE))
            and is_negated(judged)
            and (about_vote(judged, election_tokens) or subject_is_vote(judged, election_tokens, said_of=True))
        ):
            found.setdefault(CONDEMNATION, t.text)  # "does not consider these elections a step toward a settlement"
        for stance in lawfulness(t, lemma, election_tokens):
            found.setdefault(stance, t.text)  # "held in line with the law", "met democratic standards", "outside"
        if (lemma in ILLEGITIMATE or lower in ILLEGITIMATE or lower.startswith("pseudo")) and judges_objections(t):
            found.setdefault(RECOGNITION, t.text)  # "Western criticism of the votes was null and void": defends them
        elif (lemma in CONDEMN or lower in UNFOUNDED) and criticism_judged(t):
            found.setdefault(RECOGNITION, t.text)  # "the criticism was unacceptable", "politically motivated charges"
        elif lemma in EFFECT and criticism_shrugged_off(t):
            found.setdefault(RECOGNITION, t.text)  # 'said the criticism "changes nothing"': the vote defended
        elif (lemma in ILLEGITIMATE or lower in ILLEGITIMATE or lower.startswith("pseudo")) and not qualifies_other(t):
            found.setdefault(NON_RECOGNITION, t.text)
        if (
            lower == "so"
            and i + 2 < len(doc)
            and doc[i + 1].text == "-"
            and doc[i + 2].lower_ == "called"
            or (lower == "so" and i + 1 < len(doc) and doc[i + 1].lower_ == "called")
        ) and not so_called_other(doc[i + 2] if doc[i + 1].text == "-" else doc[i + 1]):
            found.setdefault(NON_RECOGNITION, "so-called")
        if (lower in VOTE_NOUNS or lemma in VOTE_NOUNS) and (
            t.dep_ == "attr" and not_a_vote(t) or not_called_a_vote(t)
        ):
            found.setdefault(CONDEMNATION, t.text)  # "These are not elections", "could hardly be called an election"
        if lower in ("accountable", "sanction", "sanctions") and punishes_the_organisers(t, election_tokens):
            found.setdefault(CONDEMNATION, t.text)  # "will hold accountable those who organised the votes"
        if lower == "worth" and worth_nothing(t):
            found.setdefault(NON_RECOGNITION, t.text)  # '"not worth the paper they are written on"'
        if lemma in NO_LEGAL and no_legal_force(t):
            found.setdefault(NON_RECOGNITION, t.text)  # "no legal basis", "will not have any legal consequences"
        if lemma in IRREGULARITIES and none_found(t):
            found.setdefault(RECOGNITION, t.text)  # "registered no serious violations": the observers' verdict on it
        elif (
            (lemma in CONDEMN or lower in CONDEMN)
            and (lower in ("acceptable", "helpful") or not judgement_denied(t))  # ("not acceptable": "unacceptable")
            and not qualifies_other(t)
        ):
            found.setdefault(CONDEMNATION, t.text)
        if (
            lower in ("acceptance", "recognition", "endorsement")
            and t.dep_ == "dobj"
            and t.head.lemma_.lower() in ("mean", "imply", "constitute", "signify", "amount")
            and is_negated(t.head)
            and any(x.i in election_tokens for x in t.subtree)
        ):
            found.setdefault(NON_RECOGNITION, t.text)  # "its abstention did not mean acceptance of the referendums"
        if recognition_disclaimed(t) or rejection_of_vote(t, election_tokens):
            found.setdefault(NON_RECOGNITION, t.text)  # "without any implication of recognition", "its rejection of"
        if (
            (lower == "nonrecognition" or lower == "recognition" and i >= 2 and doc[i - 2].lower_ == "non")
            and not any(x.lemma_.lower() in NOT_THE_VOTE for x in doc[i + 1 : min(i + 7, t.sent.end)])
            and not any(c.lower_ == "by" for c in t.children)  # (not "the non-recognition by the West": another's)
            and not (t.head.lower_ == "about" and t.head.head.lemma_.lower() in STATED_NOUNS | {"talk"})  # ("statements
            # about 'non-recognition' have no meaning": others' words)
        ):
            # "voiced their non-recognition of the vote" (not "its policy of non-recognition of the annexation")
            found.setdefault(NON_RECOGNITION, t.text)
        if lemma == "blast" and t.pos_ == "VERB" and not is_negated(t) and about_vote(t, election_tokens):
            found.setdefault(CONDEMNATION, t.text)  # "blasted the referendum"
        if (
            (lemma in DISAPPROVE and t.pos_ == "VERB" or lower == "opposed")
            and not is_negated(t)
            and disapproves_of_vote(t, election_tokens)
            or lemma in DISAPPROVAL
            and t.pos_ == "NOUN"
            and disapproval_of_vote(t, election_tokens)
        ):
            found.setdefault(CONDEMNATION, t.text)  # "regrets the holding of", "expressed its opposition to the vote"
        if lemma in ("concern", "concerned") and concern_over_vote(t, election_tokens):
            found.setdefault(CONDEMNATION, t.text)  # "notes with concern that ... were given access to the voting"
        elif lemma in ("concern", "concerned") and of_no_concern(t, election_tokens):
            found.setdefault(NON_RECOGNITION, t.text)  # 'the elections "do not concern the Republic"'
        if lemma == "support" and t.pos_ == "NOUN" and noun_on_vote(t, election_tokens, ("for",)):
            found.setdefault(RECOGNITION, t.text)  # "expressed its support for the referendum"
        if called_a_show(t, judged, election_tokens):
            found.setdefault(CONDEMNATION, t.text)  # "called the referendum an absurd show", "a propaganda exercise"
        if reproaches(t):
            found.setdefault(CONDEMNATION, t.text)  # "run counter to", "does not help the talks", "a blow to"
        if coerced(t):
            found.setdefault(CONDEMNATION, t.text)  # "organised at gunpoint", "Crimean Tatars had been forced to vote"
        if lower == "nothing" and nothing_to_do_with_the_vote(t):
            found.setdefault(NON_RECOGNITION, t.text)  # "had nothing to do with the will of the population"
        if lower in TENSIONS and t.head.lemma_.lower() in STOKING and t.dep_ == "dobj":
            if averted(t.head):  # (before its negation: "refrain from steps that could raise tensions")
                found.setdefault(PEACEFUL_SETTLEMENT, t.text)  # "urged all sides to avoid steps that raise tensions"
            elif not is_negated(t.head):
                found.setdefault(CONDEMNATION, t.text)  # "the vote would only increase tensions"
        if lower == "admissible" and (is_negated(t) or any(c.lower_ == "means" for c in t.subtree)):
            found.setdefault(CONDEMNATION, t.text)
        for stance in territory_and_settlement(t, lemma, lower):
            found.setdefault(stance, t.text)
    return found
