"""Whose words some words are, read from the words themselves: the actor their own clause names as its subject
("Ukraine once again expresses ...", "that Türkiye does not recognize ..."), when who reports them leaves it open (a
pronoun, "its foreign ministry", a quotation with no speech verb), or the person they name when a body or an aide
reports what that person did ("Spokesman Y said President X had congratulated the winner"). `loaders.statements` asks
it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from loaders.clauses import foreseen
from loaders.discourse import Discourse, Speaker
from loaders.events import Event
from loaders.media import conjecture_of_a_medium
from loaders.persons import AIDES, ROLE_WORDS
from loaders.prepared import PreparedArticle
from loaders.speakers import resolve_subject
from loaders.speech_verbs import SENDING, SPEECH_VERBS, STANCE_VERBS


def self_reference(
    a: PreparedArticle, start: int, end: int, discourse: Discourse, last_clause: bool = False, several: bool = False
) -> list[Speaker]:
    """The actor some words name as the subject of their own first clause ("Ukraine once again expresses",
    "that Türkiye does not recognize"), or with `last_clause` of the last of the clauses they join, nearest the one who
    reports them ("..., but President Erdogan congratulated Erhurman, his office said"); nobody when that subject is a
    pronoun or names no actor (nor, unless `several`, when it names several: "Macron and Zelensky agreed")."""
    words = a.doc.char_span(start, end, alignment_mode="expand")
    joined = [t for t in words or () if t.dep_ == "conj" and any(c.dep_ == "nsubj" for c in t.children)]
    if last_clause and joined and words is not None:
        words = a.doc[max(words.start, joined[-1].left_edge.i) : words.end]
    for t in words or ():
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("relcl", "acl") and t.head.head.idx >= start:
            # "the elections to the State Duma, which Russia held in Crimea": not the words' own clause (but a
            # quotation the parse hung on the label before it is: 'Lithuania – Minister X: "Lithuania will ..."')
            continue
        if t.dep_ in ("nsubj", "nsubjpass"):
            if t.pos_ == "PRON" or t.lower_ in ("this", "that", "which", "who") or _silent(t.head):
                return []  # (nor "that Moscow had kept silent": the words say the actor said nothing)
            if any(foreseen(c) for c in t.head.children):
                return []  # (nor "the G7 is expected to issue a statement": what others foresee it will say)
            if _elected(t):
                return []  # (nor "X was re-elected president, officials said": the winner, whom the words tell of)
            if _told_done(t.head) and a.quoted(t.idx) and t.head.lemma_.lower() not in SPEECH_VERBS | STANCE_VERBS:
                # '"Russia held a sham vote," he said': in a quotation, which tells the past in the past (or the
                # perfect: "Russia has used its veto"), what the actor did, not the actor speaking (reported words
                # shift their tense: "said Nicosia was ready")
                return []
            if (
                (t.pos_ == "NOUN" or t.tag_ == "VBG")  # (a gerund: "voting in a referendum on joining Russia")
                and t.lower_ not in ROLE_WORDS
                and not any(m.start <= t.idx < m.end for m in a.mentions if m.kind in ("actor", "capital", "body"))
            ):
                return []  # "Russia's actions are dangerous": the words are about Russia, not Russia's own
            subject = a.doc[t.left_edge.i : t.right_edge.i + 1]
            speakers = resolve_subject(a.doc, subject, t.i, a.mentions, a.norm, discourse)
            strong = speakers and not any(s.weak for s in speakers)
            return speakers if strong and (len(speakers) == 1 or several) else []
    return []


def _elected(subject: Token) -> bool:
    """Whether a subject is said to be elected ("X was elected", "X was re-elected president", which the parse may
    cut into "re", "-" and an adjective): the vote's winner, not who speaks."""
    verb = subject.head
    words = [verb, *(x for c in verb.children if c.dep_ in ("acomp", "attr", "oprd") for x in c.subtree)]
    return verb.lemma_.lower() in ("elect", "be") and any(w.lower_ in ("elected", "re-elected") for w in words)


def _told_done(verb: Token) -> bool:
    """A verb in the past or the perfect: 'held', 'has used'."""
    return (
        verb.tag_ == "VBD"
        or verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children)
    )


def _silent(verb: Token) -> bool:
    """'kept silent', 'has remained quiet': saying nothing."""
    return verb.lemma_.lower() in ("keep", "remain", "stay") and any(
        c.dep_ == "acomp" and c.lower_ in ("silent", "quiet", "mum") for c in verb.children
    )


# those who tell what actors said without being named or speaking for one of them
_UNNAMED_OFFICIALS = {"official", "source", "diplomat", "minister", "leader"}


def whose_words(
    a: PreparedArticle,
    event: Event,
    speakers: list[Speaker],
    words: tuple[int, int],
    discourse: Discourse,
    commentator: bool = False,
) -> list[Speaker]:
    """Who spoke some reported words, when the words' own subject says more than who reports them: the actor of
    "its foreign ministry said", the person of "the Kremlin said" ("President X sent the winner his congratulations,
    the Kremlin said"), the principal an aide reports on ("Spokesman Y said President X had congratulated the
    winner": X took the position, Y told of it). A commentator's reading of an actor is no actor's words, nor is a
    news medium's guess (`loaders.media.conjecture_of_a_medium`)."""
    commentator = commentator or conjecture_of_a_medium(event.subject, event.verb)
    if (not speakers or speakers[0].weak) and not commentator:
        # ("his office said": his, the one the last clause names)
        # (several when unnamed officials tell them, or theirs: "Neither the EU nor NATO will recognise the results,
        # officials said", "..., their foreign ministries said"; not when a post or a claim does: '"Germany and Italy
        # recognised the result," a post says')
        several = not speakers and (
            event.subject.root.lemma_.lower() in _UNNAMED_OFFICIALS or event.subject[0].lower_ == "their"
        )
        own = self_reference(a, *words, discourse, event.subject[0].lower_ in ("his", "her", "their"), several=several)
        if own and speakers and _quoting_another(a, event, words, speakers[0], own[0]):
            own = []  # '"Russia cannot legitimise its occupation," it said': the ministry speaks of Russia
        if own and speakers:
            # (the weak guess's person, role and body as the subject names them, or else of the same actor only:
            # '"The EU does not recognise ...," the spokesperson said' after a Ukrainian president spoke is not his)
            weak = speakers[0]
            named = [x for x in (*weak.persons, weak.role, weak.body) if x and x in event.subject.text]
            if weak.actor != own[0].actor and not named:
                weak = Speaker(own[0].actor, weak.span)
            speakers = [
                Speaker(
                    own[0].actor,
                    speakers[0].span,
                    weak.persons or own[0].persons,  # "President X congratulated ..., his office said"
                    weak.role or own[0].role,
                    weak.body or own[0].body,
                    weak.body_kind or own[0].body_kind,
                )
            ]
        elif own:  # "Turkey congratulated ..., its foreign ministry said": the words name whose body it is
            subject = (event.subject.start_char, event.subject.end_char)
            body = next((m for m in a.mentions if m.kind == "body" and subject[0] <= m.start < subject[1]), None)
            # (and the official the subject names with a title: "Deputy Assistant Secretary of State X said the
            # United States does not recognise ...")
            titled = any(t.lower_ in ROLE_WORDS for t in event.subject) and len(own) == 1
            named = tuple(  # (the subject's head, not whom an aide serves: "A spokesman for Prime Minister X")
                e.text for e in event.subject.ents if e.label_ == "PERSON" and e.start <= event.subject.root.i < e.end
            )
            named = named if titled else ()
            speakers = [
                Speaker(
                    one.actor,
                    subject,
                    one.persons or named,  # "Turkish President X congratulated ..., the presidency said": X spoke
                    one.role,
                    body=body.text if body else None,
                    body_kind=body.body if body else None,
                )
                for one in own
            ]
    elif speakers and event.subject.root.lemma_.lower() in _UNNAMED_OFFICIALS and not any(s.persons for s in speakers):
        # "Neither the EU nor the United States will recognise ..., officials in Brussels and Washington said": the
        # actors the words name, of whom the officials' places name some
        own = self_reference(a, *words, discourse, several=True)
        if len(own) > 1 and {s.actor for s in speakers} < {o.actor for o in own}:
            speakers = own
    elif speakers and len(speakers) == 1 and not speakers[0].persons:
        # "Russian President Dmitry Medvedev sent the winner his congratulations, the Kremlin said": the person the
        # words name as their subject acted for the same actor, and is who spoke
        own = self_reference(a, *words, discourse, several=True)
        if len(own) == 1 and own[0].actor == speakers[0].actor and own[0].persons:
            speakers = [replace(speakers[0], persons=own[0].persons, role=own[0].role)]
        elif len(own) > 1 and speakers[0].actor in {o.actor for o in own} and all(o.persons for o in own):
            speakers = own  # "Macron and Zelensky agreed that the votes would never be recognised, the Elysee said"
        elif len(own) == 1 and own[0].actor != speakers[0].actor and own[0].persons and _tells_an_act(a, words):
            speakers = []  # "Armenian President X described the referendum as ..., the Kremlin said": X's, told
    elif speakers and len(speakers) == 1 and speakers[0].role and _aide(speakers[0].role) and _tells_an_act(a, words):
        own = self_reference(a, *words, discourse)
        if len(own) == 1 and own[0].actor == speakers[0].actor and own[0].persons not in ((), speakers[0].persons):
            speakers = [replace(speakers[0], persons=own[0].persons, role=own[0].role)]
    return speakers


def _quoting_another(a: PreparedArticle, event: Event, words: tuple[int, int], speaker: Speaker, own: Speaker) -> bool:
    """Whether a pronoun ("it said", "he told reporters") stands for a speaker the story named, whose quoted words have
    another actor for their subject: what the speaker says of that actor."""
    pronoun = len(event.subject) == 1 and event.subject[0].lower_ in ("it", "he", "she", "they")
    return pronoun and speaker.actor is not None and own.actor != speaker.actor and a.quoted(words[0])


def _tells_an_act(a: PreparedArticle, words: tuple[int, int]) -> bool:
    """Whether some reported words tell what a person, their subject, said or did of the vote ("President X had
    congratulated the winner", "had sent him a telegram"), not what they are ready or minded to do ("President X was
    ready to meet the new leader": the spokesman's words)."""
    span = a.doc.char_span(*words, alignment_mode="expand")
    subject = next((t for t in span or () if t.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subject is not None
        and subject.ent_type_ == "PERSON"  # (not "Kazakhstan does not recognise ...": the spokesman says it)
        and subject.head.lemma_.lower() in SPEECH_VERBS | STANCE_VERBS | SENDING
    )


def _aide(role: str) -> bool:
    """A role that speaks for someone else: "Kremlin spokesman", "press secretary"."""
    words = role.lower().split()
    return any(w in AIDES for w in words) or "press secretary" in role.lower()


def principal_then_aide(
    a: PreparedArticle, speakers: list[Speaker], words: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two clauses of an aide's report that tells an act of their principal, then goes on in words of its own:
    "Peskov told reporters that President Putin had sent Gunba a telegram of congratulations and that Moscow counted
    on ...": the first clause is Putin's act, the second ("that Moscow counted on") the spokesman's words."""
    if len(speakers) != 1 or not speakers[0].role or not _aide(speakers[0].role):
        return None
    span = a.doc.char_span(*words, alignment_mode="expand")
    first = next((t for t in span or () if t.dep_ in ("nsubj", "nsubjpass")), None)
    if first is None or not _tells_an_act(a, words):
        return None
    act = first.head
    second = next(
        (
            c
            for c in act.children
            if c.dep_ == "conj"
            and c.idx < words[1]
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)  # its own "that": a clause apart
            and any(
                s.dep_ in ("nsubj", "nsubjpass") and s.ent_type_ != "PERSON" and s.pos_ != "PRON" for s in c.children
            )
        ),
        None,
    )
    if second is None:
        return None
    opening = second.left_edge
    before = a.doc[first.left_edge.i : opening.i]
    while len(before) and (before[-1].dep_ in ("cc", "punct")):
        before = before[:-1]  # (the "and" between the clauses)
    return (words[0], before.end_char), (opening.idx, words[1])
