"""Which votes a statement is about: those its words name most, else those the story around them points to (the
sentence's "asked about the votes", the same actor's words just before, "them" in a sentence on the votes, a vote
recalled before, the one vote an article is about, a call for talks among the reactions to it). `loaders.statements`
makes one statement per vote this gives, and none when it gives none, nor when the words name the votes only to say
nothing of them ("did not comment on the vote in Crimea").
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from loaders.clauses import unsaid
from loaders.discourse import Speaker
from loaders.elections import ElectionRef
from loaders.extracted import Extraction
from loaders.gazetteer import load_gazetteer
from loaders.merging import lengthen
from loaders.prepared import PreparedArticle
from loaders.stance_words import (
    CONDEMNATION,
    NON_RECOGNITION,
    NOT_THE_VOTE,
    OTHER,
    PEACEFUL_SETTLEMENT,
    RECOGNITION,
    TERRITORIAL_INTEGRITY,
    VOTE_NOUNS,
)
from loaders.vote_context import (
    in_headline,
    in_places_named,
    labelled_by,
    latest_in_places_named,
    named_before,
    names_claimant,
    names_claimants_own_vote,
    names_its_winner,
    names_other_conflict,
    names_vote,
    points_back,
    pronoun_for_vote,
    sentence_of,
    topic_tokens,
    won_by_named,
)
from loaders.when_said import once_did, told_of_the_past, years_after

# words that set a vote's outcome across a whole state: its own vote, no territory's ("nationwide support")
_COUNTRY_WIDE = re.compile(r"\b(?:nationwide|country-?wide|nationally|across (?:the country|Russia))\b", re.I)


def votes_of(
    a: PreparedArticle,
    speaker: Speaker,
    span: tuple[int, int],
    tokens: list[int],
    stances: dict[str, str],
    mentioned: list[tuple[ElectionRef, ...]],
    mode: str,
    cue: str | None,
    date_said: date | None,
    last: dict,
    out: Extraction,
    antecedent: list[int] | None,
) -> tuple[ElectionRef, ...] | None:
    """The votes the words `span` (the tokens `tokens`, with the stances cued in them and the votes they or their
    antecedent name) are about; None when they make no statement of their own (words that take no stance right
    after the same actor's in one sentence only lengthen those, through `out`)."""
    paragraph = a.paragraph(span[0])
    if not mentioned and _said_of_another_thing(a, tokens):
        return None  # 'called the annexation "a dangerous escalation" and said it had "no legal value"': the annexation
    if not mentioned and names_claimants_own_vote(a, span):
        return None  # "had earlier praised the conduct of Ukraine's parliamentary elections": of that vote
    if not mentioned and _COUNTRY_WIDE.search(a.norm, *span):
        return None  # "hailed the results, which showed nearly 78 percent nationwide support": the state's whole vote
    if not mentioned and any(once_did(a.doc[i]) for i in tokens):
        return None  # "Yerevan, which once congratulated every new Karabakh leader, stayed silent": what it used to do
    # the votes the words name most (one statement per territory when it spans several), else those their
    # sentence says the words answer ("China's spokesman, asked about the votes, said ..."; "..., asked about the
    # vote, said Moscow regarded it as an internal matter")
    # (and an answer that takes no side: "Asked about the elections, an EU spokesperson said the bloc's position was
    # well known": a word on the vote, neutral; not one that turns away: "asked about the votes, said only that ...")
    answered = topic_tokens(a, span, asked_only=True) and not _said_only(a, tokens)
    answered = answered and not any(a.doc[i].lemma_.lower() == "comment" for i in tokens)  # ("would comment later")
    if not mentioned and (stances or pronoun_for_vote(a, tokens, objects_only=True) or answered):
        mentioned = a.vote_mentions([i for i in topic_tokens(a, span) if i not in a.planned_at or i in tokens])
    if mentioned:
        counts = Counter(mentioned)
        most = max(counts.values())
        elections = tuple(dict.fromkeys(r for refs, n in counts.items() if n == most for r in refs))
    elif stances and (won := won_by_named(a, tokens)) and not set(won) & set(last.get("elections", ())):
        elections = won  # "In 2020, the Kremlin had congratulated Bzhania": the vote he won then
    elif stances and (own := _named_before_in_sentence(a, span)) and not set(own) & set(last.get("elections", ())):
        elections = own  # "By the time Bagapsh was re-elected in December 2009, Medvedev congratulated him": that vote
    elif stances and pronoun_for_vote(a, tokens, objects_only=True) and (recalled := named_before(a, span)):
        elections = recalled  # "That September it held a referendum ... The EU refused to recognise it": that one
    elif stances and last.get("actor") == speaker.actor and a.apart(paragraph, last.get("paragraph", -9)) <= 2:
        elections = last["elections"]
    elif last.get("actor") == speaker.actor and last.get("sentence") == sentence_of(a, span[0]):
        # "Lavrov congratulated Tibilov on his victory and said Moscow would continue to help": the rest of the
        # same actor's reaction in the same sentence; words that take no stance there only lengthen its words
        if not stances and not (speaker.persons and speaker.persons != last.get("persons")):
            lengthen(out, speaker.actor, span)
            return None
        # (another person of the same actor speaking on in the same sentence speaks too: "the ministry said it
        # respects the choice, and Kremlin spokesman Dmitry Peskov said the leaders had a mandate")
        elections = last["elections"]
    elif stances and last.get("sentence") == sentence_of(a, span[0]) and pronoun_for_vote(a, tokens):
        # "The EU said it did not recognise the votes, and NATO called them a violation": "them" are the votes
        # the sentence's other statement is about
        elections = last["elections"]
    elif (
        stances
        and a.apart(paragraph, last.get("paragraph", -9)) <= 1
        and "elections" in last
        and points_back(a, tokens)
    ):
        elections = last["elections"]  # '"This clear violation of international law ...," the leaders said'
    elif (
        stances
        and set(stances) - {PEACEFUL_SETTLEMENT, OTHER}
        and not (set(stances) <= {TERRITORIAL_INTEGRITY, PEACEFUL_SETTLEMENT, OTHER} and told_of_the_past(a, tokens))
        and (recalled := named_before(a, span))
    ):
        elections = recalled  # "The first came in May 2014, when ... held referendums. Kyiv called them a farce"
    elif set(stances) & {RECOGNITION, NON_RECOGNITION} and a.main_elections:
        # (not) recognising "the results", "the choice of voters": in an article about one vote, that vote
        elections = a.main_elections
    elif CONDEMNATION in stances and a.main_elections and (_judges_the_outcome(a, tokens) or _acts_before(a, tokens)):
        elections = a.main_elections  # "Kyiv condemned the results", "denounced the outcome as a sham": of that vote
    elif (
        TERRITORIAL_INTEGRITY in stances
        and a.main_elections
        and not antecedent  # "Pashinyan, who has said he recognises Azerbaijan's integrity": the background
        and names_claimant(a, span, a.main_elections)
        and not (date_said and any(e.date and date_said < e.date for e in a.main_elections))
        and not years_after(a, date_said)
        and not told_of_the_past(a, tokens)
    ):
        # "respected Ukraine's sovereignty and territorial integrity", in an article about a vote in Crimea (not
        # "On May 22, Pashinyan stated that Armenia is ready to recognize the territorial integrity of Azerbaijan")
        elections = a.main_elections
    elif (
        stances
        and set(stances) <= {PEACEFUL_SETTLEMENT, OTHER}
        and a.main_elections
        and not antecedent
        and (
            a.apart(paragraph, _through_silence(last, "paragraph")) <= 1
            # (or after a paragraph where someone spoke of the vote without a side: the reactions go on)
            or a.apart(paragraph, _through_silence(last, "spoken")) <= 1
            or names_vote(a, paragraph - 1, a.main_elections)
            or names_vote(a, a.before(paragraph), a.main_elections)  # (the paragraph above a section's heading)
            or names_vote(a, paragraph, a.main_elections)  # "The vote was watched closely in Chisinau. Dodon said"
            or names_its_winner(a, tokens)  # "ready to resume negotiations with whoever emerged as the winner"
            or labelled_by(a, paragraph, speaker.actor)
            or in_headline(a, speaker.actor)  # ("Crimea vote: ...; Beijing hedges", then what Beijing said)
        )
        and not names_other_conflict(a, span, a.main_elections)
        and not (date_said and any(e.date and date_said < e.date for e in a.main_elections))
        and not years_after(a, date_said)
        and not told_of_the_past(a, tokens)
    ):
        # a call for talks, or the integrity of every state as a principle, among the reactions to the one vote
        # an article reports (right after another statement on it, or in or after a paragraph on it): a position that
        # takes no side ("urged all sides to resume negotiations"); not after the story moved on ("Yerevan said
        # it was committed to a settlement", answering an accusation of the paragraph before), nor on another
        # conflict ("ready to start peace talks with Azerbaijan", in a story of a vote in South Ossetia)
        elections = a.main_elections
    elif (
        not stances
        and mode == "direct"
        and last.get("actor") == speaker.actor
        and (
            paragraph == last.get("paragraph")
            or cue is not None  # (told by a verb, "X wrote", where the speaker is named in the paragraph)
            and speaker.persons
            and speaker.persons == last.get("persons")
            and a.apart(paragraph, last["paragraph"]) <= 1
            and a.paragraph(speaker.span[0]) == paragraph
            and any(name.split()[-1] in a.norm[speaker.span[0] : speaker.span[1]] for name in speaker.persons)
        )
    ):
        # a quotation going on from the actor's stance in the paragraph: "Turkey also rejected the vote. 'For Turkey,
        # there is no such thing as a president of Nagorno-Karabakh,' Foreign Ministry spokesman Omer Akbel said"; or
        # from the same person's, named again, in the paragraph before: "X said the criticism of the vote was ...
        # '...,' X wrote" (not "she said", who may be someone else)
        elections = last["elections"]
    elif (
        set(stances) - {PEACEFUL_SETTLEMENT, OTHER}
        and not a.main_elections
        and (there := latest_in_places_named(a, span))
    ):
        elections = there  # "Moscow said it respected the choice of the people of South Ossetia", in a story of two
        # regions' votes
    else:
        return None
    return elections if mentioned else in_places_named(a, span, elections)


def votes_left_unsaid(a: PreparedArticle, tokens: list[int]) -> bool:
    """Whether every vote some words name is what a verb among them says was left unsaid ("did not comment on the
    vote in Crimea", "declined to comment on the referendum"): no word on it (but 'has never said the votes breached
    the agreements' says something of them); a verb left unsaid in a row of verbs covers the row ("the election lacked
    genuine competition ..., but did not comment on the voting in Crimea": no word on Crimea's)."""
    named = [i for i in tokens if i in a.election_at]
    silent = [t for i in tokens if unsaid(t := a.doc[i]) and not any(c.dep_ == "ccomp" for c in t.children)]
    silent += [v.head for v in silent if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX")]
    if named and silent and all(any(v.left_edge.i <= i <= v.right_edge.i for v in silent) for i in named):
        return True
    # or beside the words, of the same votes: "said the election lacked genuine choice, but did not comment on the
    # voting in Crimea"
    within = set(tokens)
    beside = [c for i in tokens if (h := a.doc[i].head).i not in within for c in h.children if c.dep_ == "conj"]
    refused = {r for v in beside if unsaid(v) for t in v.subtree for r in a.election_at.get(t.i, ())}
    return bool(named and refused) and all(set(a.election_at[i]) <= refused for i in named)


_OUTCOMES = {"result", "results", "outcome"}


def _named_before_in_sentence(a: PreparedArticle, span: tuple[int, int]) -> tuple[ElectionRef, ...]:
    """The known votes the words' own sentence names before them, in its main clauses (not in a relative clause's
    aside: "Russia, which annexed Crimea after a similar vote in March, said ...")."""
    start = sentence_of(a, span[0])
    before = [
        i
        for i in a.election_at
        if start <= i and a.doc[i].idx < span[0] and not any(t.dep_ == "relcl" for t in a.doc[i].ancestors)
    ]
    known = {(k.territory, k.rounds[0]) for k in load_gazetteer().elections}
    refs = (r for i in sorted(before) for r in a.election_at[i] if (r.territory.name, r.date) in known)
    return tuple(dict.fromkeys(refs))


def _said_only(a: PreparedArticle, tokens: list[int]) -> bool:
    """Whether the words are all their speaker "said only": "asked about the votes, said only that sanctions were not
    working" (the question turned away)."""
    verb = next((v for v in a.doc[tokens[0]].ancestors if v.pos_ == "VERB"), None) if tokens else None
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children)


def _judges_the_outcome(a: PreparedArticle, tokens: list[int]) -> bool:
    """Whether the words judge a vote's outcome, named as what a verb of theirs acts on ("condemned the results",
    "The results were condemned in Kyiv"), not in a phrase of something else ("the results of the talks")."""
    return any(
        a.doc[i].lower_ in _OUTCOMES
        and a.doc[i].dep_ in ("dobj", "nsubjpass", "nsubj")
        and a.doc[i].head.pos_ == "VERB"
        and not any(c.dep_ == "prep" for c in a.doc[i].children)
        for i in tokens
    )


_ACTS = {"action", "step", "move", "act"}


def _acts_before(a: PreparedArticle, tokens: list[int]) -> bool:
    """Whether the words judge "these actions" (steps, moves) right after a sentence that named a vote: "Russia held
    elections ... in Crimea. Ukraine considers these actions a gross violation of its sovereignty" (the vote's)."""
    for i in tokens:
        t = a.doc[i]
        if (
            t.lemma_.lower() in _ACTS
            and t.dep_ in ("dobj", "nsubj", "nsubjpass")
            and any(c.dep_ == "det" and c.lower_ in ("these", "this", "such") for c in t.children)
            and t.sent.start > 0
        ):
            before = a.doc[t.sent.start - 1].sent
            return any(j in a.election_at for j in range(before.start, before.end))
    return False


def _through_silence(last: dict, key: str) -> int:
    """The paragraph `last` remembers under `key` (of the last statement, or where someone last spoke of the vote),
    or the paragraphs right after it that say an actor said nothing ("Russia's deputies called it transparent. /
    Ukraine's foreign ministry has not commented. / The OSCE's envoy said ...": the reactions go on)."""
    paragraph = last.get(key, -9)
    while paragraph + 1 in last.get("silent", ()):
        paragraph += 1
    return paragraph


def _said_of_another_thing(a: PreparedArticle, tokens: list[int]) -> bool:
    """Whether the words' "it" or "they" is what their sentence named last before them, and that is not the vote:
    'called the annexation "a dangerous escalation" and said it had "no legal value"' (not 'called the vote a farce
    and said it was illegal')."""
    subject = next((a.doc[i] for i in tokens if a.doc[i].dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in ("it", "they") or not tokens:
        return False
    named = [
        t
        for t in subject.sent
        if t.i < tokens[0]
        and t.pos_ == "NOUN"
        # (what the speaker's own verb took, joined to the verb that says the words: not the speaker, "the
        # government said it supports ...", nor a participle's "Kyiv, itself fighting off an invasion, said it ...")
        and t.dep_ == "dobj"
        and any(c.dep_ == "conj" and c.is_ancestor(subject) for c in t.head.children)
        and (t.lemma_.lower() in NOT_THE_VOTE | VOTE_NOUNS or t.i in a.election_at)
    ]
    return bool(named) and named[-1].lemma_.lower() in NOT_THE_VOTE and named[-1].i not in a.election_at


def but_likened(a: PreparedArticle, tokens: list[int]) -> list[int]:
    """The tokens of words, but those of a clause that likens the stance to one taken on votes elsewhere, when the rest
    names a vote of its own: 'did not recognise the vote in the occupied regions of Ukraine, as it did not recognise
    Russia's elections in Abkhazia and South Ossetia' (the likeness names no vote the words are on; but "We will never
    recognise these elections, just as we never recognised the so-called referendum", in the same place, is on both)."""
    inside = set(tokens)
    likened = {
        t.i
        for i in tokens
        if (verb := a.doc[i]).dep_ == "advcl"
        and verb.head.i in inside
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and verb.lemma_.lower() in (verb.head.lemma_.lower(), "do")
        for t in verb.subtree
    }
    rest = [i for i in tokens if i not in likened]
    places = {r.territory.name for i in rest for r in a.election_at.get(i, ())}
    elsewhere = all(r.territory.name not in places for i in likened for r in a.election_at.get(i, ()))
    return rest if likened and places and elsewhere else tokens
