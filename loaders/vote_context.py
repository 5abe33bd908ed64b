"""What the words around a statement tell: which vote it is about when its words name none (the noun a relative
clause hangs on, the sentence's "asked about the votes", the paragraph before, a round-up's entry for the actor),
whether the story still reacts to the vote or has moved on to another conflict, and whose words a relative clause
inside it holds.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.namespaces import plain_letters, spelling_key
from loaders.clauses import (
    after_colon,
    antecedent,
    joined_after_relative,
    misparsed_antecedent,
    participle_of,
    unsaid,
)
from loaders.elections import ELECTION_PATTERN, ElectionRef
from loaders.event_subjects import DOCUMENTS, credited_with
from loaders.event_words import token_end
from loaders.events import Event
from loaders.framed_events import stated_in
from loaders.gazetteer import Entity, load_gazetteer
from loaders.mention_years import sentence_year
from loaders.misread_subjects import said_after_relative
from loaders.national import claimants_own
from loaders.prepared import PreparedArticle
from loaders.speakers import territory_leader
from loaders.speech_verbs import SPEECH_VERBS, STANCE_VERBS
from loaders.stance_words import STATED_NOUNS, VOTE_NOUNS
from loaders.vote_places import nationwide
from loaders.vote_resolution import from_known

# a paragraph's leading label: "Georgia:", "09:40 GMT - Turkish Foreign Ministry:" (up to its first colon
# after any time stamp), a factbox's in capitals before a dash: "* UNITED STATES - " (or after a bullet in any case:
# "* Afghanistan - "), or a table row's first cell: "| Moldova | ... |" (or with no bar before it: "Moldova | ... |"),
# or a tab-separated row's: "Ukraine<tab>...<tab>Foreign Ministry, 27 Sept"
LABEL = re.compile(
    r"\s*(?:\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,4})?\s*[-–]\s*)?"
    r"(?:[^:\"“|\t\n]{1,60}:|[*•·]?\s*[A-Z][A-Z'’.&, ]{1,58}\s[-–—]\s|[*•·]\s*[A-Z][\w'’.&, ]{1,58}?\s[-–—]\s"
    r"|\|[^|:\"“\n]{1,60}\||[^:\"“|\t\n]{1,60}\t|[^:\"“|\t\n]{1,80}?\s\|\s)"
)
_TOPIC_PREPOSITIONS = {"about", "on", "of", "to", "regarding", "concerning"}
_TOPIC_VERBS = {"ask", "comment", "respond", "react", "refer", "response", "reaction", "question"}
# what is put to the speaker (not "referring to the organisers of the vote", "Responding to the ministers of X")
_ASKED = {"ask", "comment", "question"}


def antecedent_vote(event: Event) -> list[int]:
    """The vote a relative clause's words are about: "in elections that Kyiv said violated the Minsk
    agreements", "a vote that Kyiv denounced as a sham" (the tokens of the noun the clause hangs on)."""
    verb = event.verb
    noun = misparsed_antecedent(verb)
    while noun is None and verb.dep_ in ("conj", "xcomp", "ccomp") and verb.head is not verb:
        if joined_after_relative(verb) or said_after_relative(verb):
            return []  # ("The representative of Brazil, who abstained, called for ...": the main verb)
        verb = verb.head
    noun = noun or antecedent(verb)
    if noun is None:
        return []
    return sorted({noun.i} | {c.i for c in noun.children if c.dep_ in ("compound", "amod")})


def names_vote(a: PreparedArticle, paragraph: int, elections: tuple[ElectionRef, ...]) -> bool:
    """Whether a paragraph names one of the votes, or (for the votes an article is about) speaks of their winner: "Tatar
    ... received 51.74 percent of the vote, defeating incumbent Mustafa Akinci" (the share no vote mention)."""
    if not 0 <= paragraph < len(a.paragraphs):
        return False
    tokens = a.tokens(*a.paragraphs[paragraph])
    refs = [r for refs in a.vote_mentions(tokens) for r in refs]
    return (
        bool(set(refs) & set(elections))
        or set(elections) == set(a.main_elections)
        and (names_its_winner(a, tokens) or _names_its_outcome(a, tokens))
    )


# the nouns that speak of a vote's outcome
OUTCOME_NOUNS = {"outcome", "result", "winner"}


def _names_its_outcome(a: PreparedArticle, tokens: list[int]) -> bool:
    """Whether the words speak of "the outcome" or "the results", of nothing named ("The European Union has not yet
    commented on the outcome"; not "the results of the talks", nor "as a result")."""
    return any(
        a.doc[i].lemma_.lower() in OUTCOME_NOUNS
        and a.doc[i].pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in a.doc[i].children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in a.doc[i].children)
        for i in tokens
    )


def names_its_winner(a: PreparedArticle, tokens: list[int]) -> bool:
    """Whether the words speak of the vote's winner: "whoever emerged as the winner", "the new leader", "the
    president-elect", or the winner of a vote the article is about by name ("hoped to meet Krasnoselsky")."""
    winners = {spelling_key(e.winner.split()[-1]) for e in a.main_elections if e.winner}  # ("Erhurman": Erhürman)
    for i in tokens:
        t = a.doc[i]
        if t.lower_ in ("winner", "leader-elect", "president-elect") or t.is_title and spelling_key(t.text) in winners:
            return True
        if t.lemma_.lower() in ("leader", "president") and any(c.lower_ == "new" for c in t.children):
            return True
    return False


# the nouns that point back to a vote named before: "The exercise was condemned by Kyiv", "called the move illegal"
_POINTERS = {"exercise", "move", "event", "step", "process"}


def named_before(a: PreparedArticle, span: tuple[int, int]) -> tuple[ElectionRef, ...]:
    """The votes the paragraph named last before the words: "The first came in May 2014, when separatists held
    referendums. Kyiv called them a farce" (the referendums, whatever vote the article is about); or the paragraph
    before it, when the words point back to a vote with "the exercise", "the move", "the event"."""
    paragraph = a.paragraph(span[0])
    start = a.paragraphs[paragraph][0] if paragraph < len(a.paragraphs) else span[0]
    own = sentence_of(a, span[0])
    before = [
        i
        for i in a.election_at
        if start <= a.doc[i].idx < span[0]
        # not a vote named in a relative clause of the words' own sentence ("Russia, which annexed Crimea after a
        # similar vote in March, said ..."): what it says of the speaker
        and not (sentence_of(a, a.doc[i].idx) == own and any(t.dep_ == "relcl" for t in a.doc[i].ancestors))
    ]
    if not before and (above := a.before(paragraph)) >= 0:
        named_above = [i for i in a.election_at if a.paragraphs[above][0] <= a.doc[i].idx < a.paragraphs[above][1]]
        if _points_to_a_vote(a, span) or named_above and _them_for_votes(a, span, named_above):
            before = named_above
    if not before:
        return ()
    sentence = a.doc[max(before)].sent.start  # all it names there: "a presidential election and a referendum"
    refs = (r for i in sorted(before) if i >= sentence for r in a.election_at[i])
    return tuple(r for r in dict.fromkeys(refs) if r.date)  # (votes placed in time)


def _them_for_votes(a: PreparedArticle, span: tuple[int, int], named: list[int]) -> bool:
    """Whether the words judge "them" as their object, right after a paragraph whose last vote named is a plural one:
    "Sunday's elections in Donetsk and Luhansk ... // Poroshenko called them a farce"; or "it", after a singular one:
    'the vote "has no legal effect" // Kyiv called it "a farce"' (not after an object in its own sentence)."""
    last = a.doc[max(named)]
    pronoun = {"NNS": "them", "NN": "it"}.get(last.tag_)
    return last.lemma_.lower() in VOTE_NOUNS and any(
        a.doc[i].lower_ == pronoun
        and a.doc[i].dep_ == "dobj"
        and (pronoun == "them" or not any(t.dep_ in ("dobj", "pobj") for t in a.doc[a.doc[i].sent.start : i]))
        for i in a.tokens(*span)
    )


def _points_to_a_vote(a: PreparedArticle, span: tuple[int, int]) -> bool:
    """Whether the words' sentence judges "the exercise", "this move" or "the event" (its subject or object), with
    no act told before it in the sentence that it may point to instead ("summoned the ambassador after polling
    stations were opened ..., calling the move a violation": the opening)."""
    words = a.doc.char_span(*span, alignment_mode="expand")
    sentence = words.sent if words is not None else None
    return sentence is not None and any(
        t.lemma_.lower() in _POINTERS
        and t.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
        and not any(
            x.pos_ == "VERB" and x.i < t.i and x.i != t.head.i and x.lemma_.lower() not in SPEECH_VERBS
            for x in sentence
        )
        for t in sentence
    )


def sentence_of(a: PreparedArticle, offset: int) -> int:
    """The index of the sentence's first token, for the sentence an offset lies in."""
    span = a.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.sent.start if span is not None else -1


def pronoun_for_vote(a: PreparedArticle, tokens: list[int], objects_only: bool = False) -> bool:
    """Whether the words point back with "it" or "them" as what a verb of theirs judges (with `objects_only`, as
    its object: "regarded it as an internal matter", not "it said", which may be the speaker's own "it")."""
    roles = ("dobj",) if objects_only else ("dobj", "nsubj", "nsubjpass")
    return any(a.doc[i].lower_ in ("it", "them") and a.doc[i].dep_ in roles for i in tokens)


def points_back(a: PreparedArticle, tokens: list[int]) -> bool:
    """Whether the words open on a subject that points back to what was said before: '"This clear violation of
    international law is a serious challenge," the leaders said' (after a paragraph on the vote); or, with no vote
    named in the sentences before, on "they" or "it" judged: 'Macron said they were a "parody"' (after "Scholz called
    them a sham")."""
    first = next((a.doc[i] for i in tokens if not a.doc[i].is_punct), None)
    return first is not None and (
        first.lower_ in ("this", "these", "such")
        and first.dep_ == "det"
        and first.head.dep_ in ("nsubj", "nsubjpass")
        or first.lower_ in ("they", "it")
        and first.dep_ == "nsubj"
        and first.head.lemma_ == "be"
        and not named_before(a, (first.idx, first.idx))
    )


def labelled_by(a: PreparedArticle, paragraph: int, actor: Entity) -> bool:
    """Whether the paragraph is a round-up's entry for the actor ("China: The foreign ministry said ...")."""
    if not 0 <= paragraph < len(a.paragraphs):
        return False
    label = LABEL.match(a.norm, a.paragraphs[paragraph][0])
    gaz = load_gazetteer()
    return label is not None and any(
        label.start() <= m.start < label.end() and m.entity is not None and gaz.actor_of(m.entity) == actor
        for m in a.mentions
    )


def in_headline(a: PreparedArticle, actor: Entity) -> bool:
    """Whether the headline names the article's vote and the actor among those who reacted to it ("Crimea vote:
    London, Paris and Berlin speak with one voice; Beijing hedges"): the actor's words below answer that vote."""
    if not a.paragraphs or not names_vote(a, 0, a.main_elections):
        return False
    gaz, end = load_gazetteer(), a.paragraphs[0][1]
    return any(
        m.start < end and m.kind in ("actor", "capital") and m.entity is not None and gaz.actor_of(m.entity) == actor
        for m in a.mentions
    )


def names_other_conflict(a: PreparedArticle, span: tuple[int, int], elections: tuple[ElectionRef, ...]) -> bool:
    """Whether the words name a state whose own territory is contested elsewhere than in these votes."""
    claimants = {e.territory.claimed_by for e in elections}
    others = {t.claimed_by for t in load_gazetteer().territories.values()} - claimants
    return any(
        span[0] <= m.start < span[1] and m.kind in ("actor", "capital") and m.entity and m.entity.iso3 in others
        for m in a.mentions
    )


_JUDGING = SPEECH_VERBS | STANCE_VERBS  # what others' relative clause may say of the vote


_THOSE = {"those", "others", "anyone"}


def _of_those(noun: Token) -> bool:
    """Whether a relative clause's noun is "those" (or "others"), or a place of theirs the parse hung the clause on:
    "those in Kiev and in the West who called the vote illegitimate"."""
    for _ in range(5):
        if noun.lower_ in _THOSE:
            return True
        if noun.dep_ not in ("pobj", "prep", "conj") or noun.head is noun:
            return False
        noun = noun.head
    return False


# others a relative clause may name by what they are, not by name: "a claim Western governments dismiss", "a figure
# critics reject"
_OTHERS = {"government", "critic", "opponent", "capital", "diplomat", "observer", "analyst", "sceptic", "skeptic"}


def _unnamed_others(subject: Token) -> bool:
    """A relative clause's subject that names others only by what they are, in the plural ("Western governments",
    "critics", "most capitals"): not the speaker, who would say "we" (a named actor's subject is read by name)."""
    return subject.tag_ == "NNS" and subject.lemma_.lower() in _OTHERS


def others_words(a: PreparedArticle, tokens: list[int], actor: Entity) -> set[int]:
    """The words of a relative clause whose subject names another actor, who judges there, not the speaker:
    "Moscow says the regions joined Russia after referendums that Kyiv and the West called a sham", "Responding to
    the ministers of France and Germany, who called the votes illegal, Peskov said" (not
    "referendums, which Ukraine's government dismissed as illegal", in Ukraine's own statement); and those of another
    actor's statement named as a noun: "Kyiv rejected Moscow's claim that the vote was legal"; and those of a text
    voted against ("voted against a resolution describing the referendum as invalid"); and what another is praised or
    blamed "for" ("criticised Minsk for hailing the vote")."""
    found: set[int] = set()
    gaz = load_gazetteer()
    for i in tokens:
        t = a.doc[i]
        pos = t.pos_
        if pos == "NOUN" and t.lemma_.lower() in STATED_NOUNS and (stated := stated_in(a, t)) is not None:
            # "Kyiv rejected Moscow's claim that the vote was legal": the claim is Moscow's
            author, _, words = stated
            named = {
                gaz.actor_of(m.entity).key
                for m in a.mentions
                if m.entity and author.start_char <= m.start < author.end_char
            }
            if named and actor.key not in named:
                found.update(a.tokens(*words))
            continue
        verb = t
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in DOCUMENTS and verb.head.head.lower_ == "against":
            found.update(x.i for x in verb.subtree)  # "voted against a resolution describing the vote as invalid"
            continue
        if (credited := credited_with(verb)) is not None:  # "criticised Minsk for hailing the vote": Minsk hailed it
            start, end = credited.left_edge.idx, token_end(a.doc[credited.right_edge.i])
            named = {gaz.actor_of(m.entity).key for m in a.mentions if start <= m.start < end and m.entity is not None}
            if named and actor.key not in named:
                found.update(x.i for x in verb.subtree)
            continue
        if pos == "VERB" and (by_other := _passive_by_other(a, verb, actor)):
            found.update(by_other)  # "The vote was welcomed by Moscow and condemned by Kyiv": Kyiv did not welcome it
            continue
        if pos not in ("VERB", "AUX") or antecedent(verb) is None or after_colon(verb):
            continue  # (a relative clause, also one the parser calls "acl" or misplaced: loaders.clauses; not a
            # label's sentence: "JOSEP BORRELL (...): The elections organised in Ukraine are null and void")
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            start, end = subject.left_edge.idx, token_end(a.doc[subject.right_edge.i])
            if _unnamed_others(subject) and verb.lemma_.lower() in _JUDGING:
                found.update(x.i for x in verb.subtree)  # "a claim Western governments dismiss": others judge there
                continue
            if subject.lower_ in ("who", "which", "that"):  # the noun before it: "the ministers of France and
                # Germany, who called ..." (not the clause itself: "a settlement that respects Moldova's integrity")
                if _of_those(antecedent(verb)) and verb.lemma_.lower() in _JUDGING:
                    # "those in the West who refuse to recognize them": others' stance, whoever they are (not "Those
                    # who organised this farce must be held responsible": the speaker's words of the organisers)
                    found.update(x.i for x in verb.subtree)
                    continue
                start, end = antecedent(verb).left_edge.idx, verb.left_edge.idx
            named = {gaz.actor_of(m.entity).key for m in a.mentions if start <= m.start < end and m.entity is not None}
            leaders = [e for e in a.doc[subject.left_edge.i : subject.right_edge.i + 1].ents if e.label_ == "PERSON"]
            if named and actor.key not in named or leaders and all(territory_leader(e.text) for e in leaders):
                # (or the candidates': "The vote, in which Bagapsh and Khajimba both claimed victory, has nothing
                # in common with democracy")
                found.update(x.i for x in verb.subtree)
    return found


def _passive_by_other(a: PreparedArticle, verb: Token, actor: Entity) -> list[int]:
    """A passive verb's own words when its agents, or the capital it was done in, are other actors than `actor`: the
    verb and that phrase ("welcomed by Moscow", "welcomed in Moscow" of "The results were welcomed in Moscow but
    condemned in Kyiv"; not the subject they share), or the whole participle said of a vote ("The vote, hailed by
    Moscow as a triumph, was condemned by Kyiv"); [] otherwise (and for a verb `actor` is among the agents of: "by
    the Minsk Group co-chairs, by the European Union and by dozens of states")."""
    if verb.lemma_.lower() not in STANCE_VERBS:
        return []  # (a vote "organised by Russia", a process "influenced by" another: no stance of theirs)
    participle = participle_of(verb) is not None
    if not participle and (
        verb.tag_ != "VBN" or not any(c.dep_ in ("auxpass", "conj") for c in (*verb.children, verb))
    ):
        return []
    gaz = load_gazetteer()
    phrases = [c for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "in"]
    named: dict[int, set[str]] = {}
    for phrase in phrases:
        kinds = ("actor", "capital", "body") if phrase.dep_ == "agent" else ("capital",)
        # (the actors themselves, not what comes from them: "influenced by interventions from Turkey")
        heads = [
            x.idx
            for by in (phrase, *phrase.conjuncts)
            for o in by.children
            if o.dep_ == "pobj"
            for x in (o, *o.conjuncts)
        ]
        named[phrase.i] = {
            gaz.actor_of(m.entity).key
            for m in a.mentions
            if any(m.start <= h < m.end for h in heads) and m.kind in kinds and m.entity
        }
    if any(actor.key in found for found in named.values()):
        return []
    phrase = next((p for p in phrases if named[p.i]), None)
    if phrase is None:
        return []
    return [x.i for x in verb.subtree] if participle else [verb.i, *(x.i for x in phrase.subtree)]


def topic_tokens(a: PreparedArticle, span: tuple[int, int], asked_only: bool = False) -> list[int]:
    """The words of the sentence that say what the statement answers: the object of "asked about",
    "commenting on", "in response to", "said of" (not a relative clause's "abstained on a resolution on
    the vote", which tells of something else the speaker did, nor "has not commented on the vote"); with
    `asked_only`, only of a question or a comment ("asked about", "commenting on": not "said of")."""
    words = a.doc.char_span(*span, alignment_mode="expand")
    if words is None:
        return []
    found: list[int] = []
    for sentence in words.sents:
        for t in sentence:
            if t.lower_ not in _TOPIC_PREPOSITIONS:
                continue
            if any(c.dep_ == "neg" for c in t.head.children) or unsaid(t.head):  # (nor "declined to comment on it")
                continue
            if (
                t.head.lemma_.lower() in (_ASKED if asked_only else _TOPIC_VERBS)
                or not asked_only
                and t.head.lemma_.lower() in SPEECH_VERBS
                and t.head.dep_ not in ("relcl", "acl")
                and not (span[0] <= t.idx < span[1])
            ):
                found.extend(c.i for c in t.subtree)
    return sorted(set(found))


def names_claimant(a: PreparedArticle, span: tuple[int, int], elections: tuple[ElectionRef, ...]) -> bool:
    """Whether the words name the state that the votes' territories belong to."""
    claimants = {e.territory.claimed_by for e in elections}
    return any(
        span[0] <= m.start < span[1] and m.kind in ("actor", "demonym") and m.entity and m.entity.iso3 in claimants
        for m in a.mentions
    )


_GREETING_VERBS = {"congratulate", "greet", "hail", "salute"}


def won_by_named(a: PreparedArticle, tokens: list[int]) -> tuple[ElectionRef, ...]:
    """The known vote whose winner the words congratulate by surname, held in the year their sentence opens with if
    it names one ("In 2020, the Kremlin had congratulated Bzhania": the vote of 2020), when one vote alone fits and
    the article is not about it."""
    named = set()
    for i in tokens:
        t = a.doc[i]
        head = t.head if t.dep_ == "compound" else t
        if head.dep_ == "dobj" and head.head.lemma_.lower() in _GREETING_VERBS:
            named.add(plain_letters(t.text))
    if not named:
        return ()
    won = [k for k in load_gazetteer().elections if k.winner and plain_letters(k.winner.split()[-1]) in named]
    sentence = a.doc[tokens[0]].sent
    year = sentence_year(a.norm, sentence.start_char, a.doc[tokens[0]].idx)
    if year is not None:
        won = [k for k in won if k.rounds[0].year == year]
    # (held before the story: "congratulated Eroglu" in 2009 is not on his win of 2010)
    if (day := a.story_day()) is not None:
        won = [k for k in won if k.rounds[0] <= day]
    elif a.year is not None:
        won = [k for k in won if k.rounds[0].year <= a.year]
    if {from_known(k) for k in won} & set(a.main_elections):
        return ()
    return (from_known(won[0]),) if len(won) == 1 else ()


def in_places_named(
    a: PreparedArticle, span: tuple[int, int], elections: tuple[ElectionRef, ...]
) -> tuple[ElectionRef, ...]:
    """The votes held on the day of `elections` in the territories some words name, when the words name none of
    theirs: "... did not recognise the elections in Crimea. The EU was also concerned about the participation of
    residents of Donetsk and Luhansk" (the same day's votes there, which the article names)."""
    named = _territories_named(a, span)
    if not named:
        return elections
    if any(e.territory.name in named for e in elections):
        # one vote held in several places, and the words say where what they judge was: "hailed the turnout on the
        # peninsula", after a sentence on the elections "in Crimea and the other occupied regions"
        places = _places_in(a, span)
        located = tuple(e for e in elections if e.territory.name in places)
        return located if located and len({e.date for e in elections}) == 1 else elections
    days = {e.date for e in elections}
    there = [r for refs in a.election_at.values() for r in refs if r.territory.name in named and r.date in days]
    return tuple(dict.fromkeys(there)) or elections


def latest_in_places_named(a: PreparedArticle, span: tuple[int, int]) -> tuple[ElectionRef, ...]:
    """The votes of the latest day the article names in the territories some words name: "Moscow said it respected
    the choice of the people of South Ossetia", in a story of two regions' votes (its presidential vote and
    referendum of that day, not Abkhazia's of the month before)."""
    named = _territories_named(a, span)
    there = [r for refs in a.election_at.values() for r in refs if r.territory.name in named and r.date]
    latest = max((r.date for r in there), default=None)
    return tuple(dict.fromkeys(r for r in there if r.date == latest))


def _territories_named(a: PreparedArticle, span: tuple[int, int]) -> set[str]:
    """The names of the territories some words name (those a region spanning several covers: "the new regions")."""
    return {
        name
        for m in a.mentions
        if m.kind == "territory" and m.territory and span[0] <= m.start < span[1]
        for name in m.territory.covers or (m.territory.name,)
    }


_LISTED_ON = re.compile(r"[\"'”’]?\s*(?:,|and\b|&|as\s+well\s+as\b)")  # (after a closing quote too)


def _places_in(a: PreparedArticle, span: tuple[int, int]) -> set[str]:
    """The names of the territories some words name as the one place where something was ("the turnout in Crimea"),
    not as what they say something of ("Kherson is Ukraine") nor among others ("in Crimea and the new regions")."""
    places = set()
    for m in a.mentions:
        if m.kind == "territory" and m.territory and span[0] <= m.start < span[1]:
            name = a.doc.char_span(m.start, m.end, alignment_mode="expand")
            root = name.root if name is not None else None
            listed = _LISTED_ON.match(a.norm, m.end)  # ("in Crimea and the new regions", however parsed)
            if root is not None and root.dep_ == "pobj" and root.head.lower_ in ("in", "on") and not listed:
                places.update(m.territory.covers or (m.territory.name,))
    return places


def names_claimants_own_vote(a: PreparedArticle, span: tuple[int, int]) -> bool:
    """Whether some words name a claimant state's own vote ("praised the conduct of Ukraine's parliamentary elections
    of October 26") or another state's whole vote ("the vote in Russia was not free"): what they judge is that
    vote, not the territory's the article is about."""
    tokens = a.tokens(*span)
    sentence = (a.doc[tokens[0]].sent.start_char, span[1]) if tokens else span
    end = a.doc[tokens[-1]].sent.end_char if tokens else span[1]
    return any(
        claimants_own(a.norm, a.mentions, m.start(), sentence) or nationwide(a.norm, a.mentions, m.end(), end)
        for m in ELECTION_PATTERN.finditer(a.norm, *span)
    )
