"""How a clause stands to the words it judges: negated ("does not recognise", "neither free nor fair"), a relative
clause and the noun it is said of (also where the parser misplaced it), a judgement that was not made ("would have
condemned"), a word's ancestors in the parse. `loaders.stance` reads stances through these; `loaders.events` and
`loaders.vote_context` find whose words and which vote with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from loaders.stance_words import HEARSAY, HOLDING_OFF, NEGATING_HEADS, RECOGNISE, RELATIVE, VOTE_NOUNS


def _not_only(word: Token) -> bool:
    return word.lower_ == "not" and word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ == "only"


def _contrasted(word: Token, token: Token) -> bool:
    """Whether a "not" after a word negates what follows it, set against the word: "a crime, not a vote"."""
    return (
        token.pos_ in ("NOUN", "PROPN")
        and word.i > token.i
        and any(c.dep_ in ("appos", "conj") and c.i > word.i for c in token.children)
    )


_NEGATIONS = {"never", "not", "n't", "neither", "hardly", "scarcely"}
# "in no way", "by no means", "in no sense", "on no account", "under no circumstances"
_NO_MANNER = {"way", "means", "sense", "account", "circumstance", "case"}


def _in_no_way(word: Token) -> bool:
    """Whether `word`, a preposition, has for its object one of the nouns of manner under a "no"."""
    return any(
        o.dep_ == "pobj" and _NO_MANNER & {o.lemma_.lower(), o.lower_} and any(d.lower_ == "no" for d in o.children)
        for o in word.children
    )


def is_negated(token: Token) -> bool:
    """Negated by a 'not', 'never', 'no', 'hardly', "far from", "in no way", by a governing refuse/decline/fail
    ("refuses to recognize"), or by "refrain from"."""
    children = list(token.children)  # (read four times below: spaCy makes them anew at every reading)
    # ("neither free nor fair", "could hardly be called"; not "not only rejected the vote but also urged ...")
    for c in children:
        dep = c.dep_
        if (dep == "neg" or c.lower_ in _NEGATIONS) and not _not_only(c) and not _contrasted(c, token):
            return True
        if dep == "prep" and _in_no_way(c):
            return True
    if token.head.lower_ == "from" and token.head.head.lower_ == "far":
        return True  # "far from free and fair"
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return True  # "looked forward to talks, without congratulating the winner"
    if token.dep_ == "conj" and any(c.lower_ == "neither" for c in token.head.children):
        return True
    if (
        token.dep_ == "conj"
        and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in token.head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children)
        and is_negated(token.head)
    ):
        return True  # "would not monitor or recognise it", "was not free or fair": the negation both share
    if any(
        c.dep_ in ("nsubj", "dobj") and any(g.dep_ in ("preconj", "det") and g.lower_ == "neither" for g in c.children)
        for c in children
    ):
        return True  # "a referendum that neither Moldova nor any other country recognised", "recognised neither the
        # vote nor its outcome"
    if any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.lower_ in ("nobody", "none") or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children))
        for c in children
    ):
        return True  # "No one in the world will recognize this so-called president", "nobody recognises it"
    if any(
        c.dep_ == "agent" and any(g.dep_ == "pobj" and any(d.lower_ == "no" for d in g.children) for g in c.children)
        for c in children
    ):
        return True  # "was recognised by no state"
    if token.lemma_.lower() in RECOGNISE and any(
        c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in children
    ):
        return True  # "recognises no so-called elections in the north" (not "saw no reason to recognise")
    head = token.head
    if token.dep_ == "acl" and head.lemma_.lower() in _REFUSALS and not _anothers(head):
        return True  # "reiterated its refusal to recognise the vote" (not "The West's refusal ...": another's words)
    if token.dep_ in ("acl", "relcl") and head.pos_ == "NOUN" and any(c.lower_ == "no" for c in head.children):
        return True  # "saw no reason to recognise the result", "has no intention to recognise"
    if token.dep_ == "pcomp" and head.lower_ == "of" and any(c.lower_ == "no" for c in head.head.children):
        return True  # "there could be no question of recognising the vote", "has no intention of recognising"
    if token.dep_ == "relcl" and head.dep_ == "attr" and any(c.dep_ == "neg" for c in head.head.children):
        return True  # "the vote was not an election his government recognized"
    if (
        token.dep_ == "acl"
        and head.lemma_.lower() == "position"
        and head.dep_ == "pobj"
        and head.head.lower_ == "in"
        and any(c.dep_ == "neg" for c in (*head.head.children, *head.head.head.children))
    ):
        return True  # "was not in a position to recognise the polls"
    # "refrain from recognising the vote", "refrain from any steps that could legitimise the vote"
    held_off = head.head if token.dep_ in ("relcl", "acl") and head.dep_ == "pobj" else head
    if (
        token.dep_ in ("pcomp", "relcl", "acl")
        and held_off.lower_ == "from"
        and held_off.head.lemma_.lower() in HOLDING_OFF
    ):
        return True
    if token.dep_ == "pcomp" and head.lower_ == "as" and _held_off(head.head):
        return True  # "refrain from any steps that could be interpreted as legitimising the vote"
    if token.dep_ in ("xcomp", "ccomp", "acomp", "oprd") and head.i != token.i:
        if head.lemma_.lower() in NEGATING_HEADS:
            return True
        # "did not consider the vote legitimate": the adjective the negated verb predicates (a small clause)
        predicated = token.dep_ in ("acomp", "oprd") or token.dep_ == "ccomp" and token.pos_ == "ADJ"
        if predicated and any(c.dep_ == "neg" or c.dep_ == "prep" and _in_no_way(c) for c in head.children):
            return True
        # "does not consider this election to be a legitimate expression of the will", "does not believe the vote was
        # fair": the copula of the clause a negated verb of opinion holds (not "did not say it was fair") ...
        if token.lemma_ == "be" and head.lemma_.lower() in _OPINION and any(c.dep_ == "neg" for c in head.children):
            return True
        # ... and what that copula predicates ("fair")
        if predicated and head.lemma_ == "be" and head.dep_ in ("ccomp", "xcomp") and is_negated(head):
            return True
    return False


_OPINION = {"consider", "regard", "believe", "think", "deem", "find", "view", "judge", "hold"}
# nouns that negate the verb they take: "its refusal to recognise", "their unwillingness to accept"
_REFUSALS = {"refusal", "unwillingness", "reluctance"}


def _anothers(noun: Token) -> bool:
    """Whether a noun is someone's named in the possessive ("The West's refusal"), not the subject's own ("its")."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)


def _held_off(verb: Token) -> bool:
    """Whether a verb is said of steps one is to keep from: "refrain from any steps that could be interpreted as"."""
    steps = verb.head
    return (
        verb.dep_ in ("relcl", "acl")
        and steps.dep_ == "pobj"
        and steps.head.lower_ == "from"
        and steps.head.head.lemma_.lower() in HOLDING_OFF
    )


def reported_clause(verb: Token) -> bool:
    """Whether a clause is what someone said ("Rehn said it was a positive signal", "Russia said it had been well
    organised"), where "it" and "this" stand for the vote spoken of."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("say", "call", "tell", "add")


def that_clause(noun: Token) -> Token | None:
    """The clause "that" opens after a noun: "Moscow's claim [that the vote was legal]", "the statement by X [that
    ...]" (what a statement named as a noun says), or after the copula the noun is the subject of: "Moldova's position
    is [that the vote is illegitimate]"."""
    copula = noun.dep_ == "nsubj" and noun.head.lemma_ in ("be", "remain")
    return next(
        (
            c
            for c in (*noun.children, *(noun.head.children if copula else ()))
            if c.dep_ in ("acl", "ccomp", "relcl")
            and c.i > noun.i
            # (a relative clause the parse made of it has "that" for its mark: "the line [that the vote is void]")
            and any(g.lower_ == "that" and (c.dep_ != "relcl" or g.dep_ == "mark") for g in c.children)
        ),
        None,
    )


# verbs of saying whose clause a relative's gap may lie in: "a poll that Baku [said] it would not recognise"
_SAYING = {"say", "state", "declare", "announce", "insist", "add", "warn", "tell"}
_SAYING_OR_CLAIMING = _SAYING | {"claim"}


def antecedent(verb: Token) -> Token | None:
    """The noun a relative clause's verb is said of: "a vote [that Kyiv denounced]". The parser may hang such a
    clause on the main verb with its "that" a marker ("annexed Crimea after a referendum [that Ukraine has never
    recognised]"): then the vote named right before the "that"."""
    if verb.dep_ == "relcl" or verb.dep_ == "acl" and any(c.dep_ == "nsubj" for c in verb.children):
        return verb.head  # (a clause with a subject of its own the parser calls "acl" is one too)
    if verb.dep_ == "conj" and verb.head.dep_ == "relcl" and any(c.lower_ in ("that", "which") for c in verb.children):
        return verb.head.head  # "an election that was boycotted ... and that Chisinau does not recognize": its noun
    if (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in _SAYING
        and not any(c.dep_ in ("dobj", "ccomp", "nsubjpass") for c in verb.children)
    ):
        # "a poll [that Baku said it would not recognise]": the relative's gap lies in what was said
        noun = antecedent(verb.head)
        if noun is not None and noun.lower_ in VOTE_NOUNS:
            return noun
    return misparsed_antecedent(verb)


def participle_of(verb: Token) -> Token | None:
    """The noun a past participle with an agent is said of: "The vote, welcomed by Moscow, was condemned by Kyiv"
    (the parse's "acl", which `antecedent` leaves to relative clauses); None for any other verb."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        return verb.head
    return None


_MET_WITH = re.compile(
    r"^(?:(?:in|at|during|after)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+)?"
    r"(?:conversation|meeting|talks|call|telephone\s+call|discussion)s?\s+)?with\s",
    re.I,
)


def beside_the_speaker(prep: Token) -> bool:
    """Whether a preposition of a subject names whom the speaker met or spoke with ("The Head of Mission, in a
    conversation with the Georgian Deputy Foreign Minister, reiterated"), is likened to ("Ukraine, like the EU,
    does not recognise the vote") or is left out of ("nobody outside Moscow"), who do not speak there."""
    if prep.dep_ != "prep":
        return False
    return (
        bool(_MET_WITH.search(prep.doc[prep.left_edge.i : prep.right_edge.i + 1].text))
        or set_off_likeness(prep)
        or prep.lower_ in _LEAVING_OUT
    )


# prepositions that leave someone out of the subject: "almost nobody outside Moscow accepts it", "every member except
# Hungary condemned it" (not Moscow, nor Hungary, speaks there)
_LEAVING_OUT = {"outside", "except", "besides", "excluding"}


def set_off_likeness(prep: Token) -> bool:
    """Whether a preposition likens the speaker to others, set off by a comma or opening the sentence ("Ukraine, like
    the EU, ...", "Unlike Moscow, Minsk ..."), not examples of a noun ("countries like Nicaragua")."""
    return prep.lower_ in ("like", "unlike") and (prep.i == prep.sent.start or prep.doc[prep.i - 1].text == ",")


def joined_after_relative(verb: Token) -> bool:
    """A main verb the parse joined to the relative clause before it: "The representative of Brazil, who abstained,
    called for dialogue" ("called" after the comma that closes the clause, with no "and"), not a verb of the clause
    itself ("Russia, which recognised the vote and hailed the result, ...")."""
    clause = verb.head
    return (
        verb.dep_ == "conj"
        and clause.dep_ == "relcl"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ == "cc" and clause.i < c.i < verb.i for c in clause.children)
    )


def subject_is_relative(verb: Token) -> bool:
    """Whether a verb's subject is a relative pronoun ("an advocate who calls for talks"), its own or that of the verb
    it is joined to (not a main verb the parse joined to a relative clause: see joined_after_relative and
    _leaves_the_modal)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if (
        not subjects
        and verb.dep_ in ("xcomp", "conj")
        and not joined_after_relative(verb)
        and not _leaves_the_modal(verb)
    ):
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in RELATIVE for s in subjects)


def _leaves_the_modal(verb: Token) -> bool:
    """A finite verb after a comma and "and" that cannot share the modal of the relative clause the parse joined it
    to: 'regarded the vote as "an internal event" that could not affect the status of the region, and urged both sides
    to return to talks' (the speaker urged; "could ... urged" is no verb phrase)."""
    clause, doc = verb.head, verb.doc
    return (
        verb.dep_ == "conj"
        and clause.dep_ == "relcl"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.i > 1
        and doc[verb.i - 1].dep_ == "cc"
        and doc[verb.i - 2].text == ","
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    )


def after_colon(verb: Token) -> bool:
    """Whether a clause the parser hung on a noun stands after a colon that follows the noun: a sentence after a
    label ("JOSEP BORRELL (...): The elections are null and void"), or a headline's after its topic ("Karabakh
    referendum: Baku condemns")."""
    head = verb.head
    return head.i < verb.i and any(":" in verb.doc[j].text for j in range(head.i + 1, verb.left_edge.i))


def misparsed_antecedent(verb: Token) -> Token | None:
    """The vote named right before a clause's "that" when the parser took the relative clause for a complement
    of another verb ("backed in a referendum [that neither Moldova nor ... recognised]")."""
    if verb.dep_ not in ("advcl", "ccomp", "conj"):
        return None
    marker = next((c for c in verb.children if c.lower_ in ("that", "which") and c.i < verb.i), None)
    noun = verb.doc[marker.i - 1] if marker is not None and marker.i > 0 else None
    return noun if noun is not None and noun.lower_ in VOTE_NOUNS else None


def first_conjunct(word: Token) -> Token:
    """The first of the words a coordination joins `word` to ("calm" in "calm and well organised")."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word


def attached_to(word: Token) -> Token:
    """The word a modifier attaches to, through a coordination: in "took place calmly and in line with the law",
    "in" is joined to "calmly", and both say how the vote "took place"."""
    return first_conjunct(word).head


def ancestors(token: Token, hops: int) -> Iterable[Token]:
    current = token
    for _ in range(hops):
        if current.head.i == current.i:
            return
        current = current.head
        yield current


# how a report is said to be untrue: "a channel that falsely claimed Hungary had welcomed the votes"
_UNTRUE = {"falsely", "wrongly", "erroneously", "mistakenly", "incorrectly", "misleadingly", "baselessly"}
_UNTRUE_KEY = "contested_elections_tells_untruth"  # the doc's `user_data` key for whether it says so at all


_TEXT_KEY = "contested_elections_text"  # the doc's `user_data` key for its text


def doc_text(doc: Doc) -> str:
    """The doc's text, made once and kept in its `user_data`: `Doc.text` joins every token's text again each time
    it is read (an object made per token: in an article of 600 words read for each verb that may be a question's,
    more than a third of the rules' time)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def keep_doc_text(doc: Doc, text: str) -> None:
    """Keep `text`, the text `doc` was parsed from (or that text before `loaders.prepared.parser_text` blanked
    its bullets: of the same length), as the doc's text for `doc_text`, so that it is never joined again from the
    tokens (0.6 ms of a generated article's 5.6 ms of rules)."""
    doc.user_data[_TEXT_KEY] = text


def _tells_untruth(doc: Doc) -> bool:
    """Whether the text says anything was reported untruly at all (found once per doc, kept in its `user_data`:
    the test runs for every word that may judge)."""
    found = doc.user_data.get(_UNTRUE_KEY)
    if found is None:
        text = doc_text(doc).lower()
        found = doc.user_data[_UNTRUE_KEY] = any(word in text for word in _UNTRUE)
    return found


def _never_said(word: Token) -> bool:
    """Whether a word lies in what someone is said not to have said: "has never said the elections contradicted the
    agreements", "did not say the vote was illegal" (its clause, a few steps up; not "did not say whether it would
    recognise the outcome", a question left open, which the stances read)."""
    clause = word
    for _ in range(5):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SAYING_OR_CLAIMING and is_negated(clause.head):
            return not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def unrealised(word: Token) -> bool:
    """A judgement that was not made: "would have condemned" (a conditional past), in a clause on a text
    that was not adopted ("failed to adopt a draft resolution condemning the referendums", "vetoed a resolution
    declaring the vote invalid"), or reported as untrue ("falsely claimed Hungary had welcomed the votes") or denied
    ("denied reports that X had congratulated", "reports that X had congratulated Y were denied")."""
    if word.tag_ == "VBN" and {"would", "have"} <= {c.lower_ for c in word.children if c.dep_ == "aux"}:
        return True
    # the report itself, or the one whose complement the word is in (a verb joined to that complement too, not
    # one joined to the report: "Russia falsely claims X, and the EU rejected it" is the EU's)
    clause = word.head if word.dep_ == "conj" and word.head.dep_ in ("ccomp", "xcomp") else word
    while _tells_untruth(word.doc):
        if any(c.dep_ == "advmod" and c.lower_ in _UNTRUE for c in clause.children):
            return True
        if clause.dep_ not in ("ccomp", "xcomp") or clause.head.i == clause.i:
            break
        clause = clause.head
    if word.dep_ in ("ccomp", "xcomp") and word.head.lemma_.lower() == "deny":
        return True  # "denied that President X had congratulated the winner", "denies congratulating"
    if foreseen(word):
        return True  # "The EU is expected to condemn the vote": not yet done
    if word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in word.children):
        return True  # "Sanctions stay until Russia respects Ukraine's territorial integrity": a condition, not done
    if _never_said(word):
        return True  # 'Moscow "has never said" the elections contradicted the Minsk agreements'
    if word.dep_ not in ("acl", "relcl") or word.head.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = word.head.head
    if word.head.lemma_.lower() in HEARSAY and verb.lemma_.lower() == "deny":
        return True  # "denied reports that President X had congratulated the winner", "Reports that ... were denied"
    if word.head.dep_ != "dobj":
        return False
    if verb.lemma_.lower() in _KILLING:
        return True  # "when Russia vetoed a Security Council resolution declaring the referendum invalid"
    # ("refused to issue a statement condemning", "is expected to issue a statement condemning the vote")
    return is_negated(verb) or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in NEGATING_HEADS or foreseen(verb)


# what makes a clause a condition of another: "until Russia respects ...", "unless Moscow recognises ..."
_CONDITIONS = {"until", "till", "unless"}


# what keeps a text from being adopted: "vetoed a resolution condemning the vote", "blocked a statement"
_KILLING = {"veto", "block"}


def foreseen(verb: Token) -> bool:
    """A verb that says what someone is expected or likely to do: "is expected to condemn", "is likely to
    recognise" (a forecast, not what they did)."""
    head = verb.head
    return verb.dep_ == "xcomp" and (
        head.lemma_.lower() == "expect"
        and any(c.dep_ == "auxpass" for c in head.children)
        or head.lower_ in ("likely", "unlikely")
    )


# verbs that only say that someone spoke: negated, nobody did ("did not comment"); unlike "does not regard
# the vote as legitimate" or "refused to recognise", which take a stance
_TELLING = {"say", "comment", "tell", "state", "remark", "mention", "respond", "react", "confirm", "announce", "speak"}


def act_spoken_of(verb: Token) -> bool:
    """An infinitive a dummy "it" holds: "not every government finds it easy to criticise Moscow", "It is hard to
    condemn the vote": an act spoken of, which nobody does (not "Tbilisi was quick to dismiss the vote")."""
    holder = verb.head
    return (
        verb.dep_ in ("xcomp", "advcl", "ccomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and (holder.pos_ == "ADJ" or holder.lemma_ == "be" and any(c.dep_ == "acomp" for c in holder.children))
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in holder.children)
    )


_NOT_DOING = {"decline", "refuse", "fail"}
SILENT_WORDS = _TELLING | _NOT_DOING | {"have"}  # the words `unsaid` reads


def unsaid(verb: Token) -> bool:
    """A telling verb negated, declined or not yet done ("did not comment", "declined to comment", "did not wish to
    comment", "has yet to comment", "has said nothing", "had no comment"), or the declining itself; not when what was
    left unsaid is whether the actor takes a side ("declined to say whether Budapest will recognise the results": a
    position that takes none)."""
    lemma = verb.lemma_.lower()
    if lemma in _NOT_DOING:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _TELLING and not says_whether(c) for c in verb.children)
    if lemma == "have":  # "had no comment on it", "has no immediate reaction"
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ("comment", "reaction")]
        return any(g.lower_ == "no" for c in objects for g in c.children)
    if lemma not in _TELLING or says_whether(verb):
        return False
    return (
        any(c.dep_ == "neg" for c in verb.children)
        or verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in _NOT_DOING
        or verb.dep_ == "xcomp"  # "did not wish to comment", "did not want to comment"
        and verb.head.lemma_.lower() in ("wish", "want")
        and any(c.dep_ == "neg" for c in verb.head.children)
        or verb.dep_ == "xcomp"  # "has yet to comment", "is yet to react"
        and verb.head.lemma_.lower() in ("have", "be")
        and any(c.lower_ == "yet" for c in verb.head.children)
        or any(  # "Neither the EU nor the OSCE commented on the vote" (the parse may make "Neither" a determiner, of
            # the subject or of a title before its name: "Neither Prime Minister X nor ...")
            c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.lower_ == "neither"
            for c in verb.children
        )
        or any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in verb.children)  # "has said nothing about the vote"
    )


def says_whether(verb: Token) -> bool:
    return any(
        c.dep_ in ("ccomp", "advcl") and any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children)
        for c in verb.children
    )


# phrasal verbs that dismiss what they take: "brushed aside", "shrugged off", "waved away"
BRUSHING = {"brush": ("aside", "off", "away"), "shrug": ("off", "aside"), "wave": ("aside", "away", "off")}


def brushes_aside(verb: Token) -> bool:
    """'brushed the criticism aside', 'shrugged off the objections': a way to say "dismissed"."""
    ends = BRUSHING.get(verb.lemma_.lower())
    return ends is not None and any(c.lower_ in ends for c in verb.children)
