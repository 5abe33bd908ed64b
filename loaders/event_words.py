"""The words a speech or stance event reports (its verbs, "said", "tweeted", "condemned", "does not recognize", are
`loaders.speech_verbs`): a speech verb's clausal complement (not another speaker's clause inside it, nor a name given in
passing), what follows a stance verb, a passive's patient; kept inside one paragraph and out of the dateline.
`loaders.events` finds the events; `loaders.statements` reads their words.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from loaders.elections import KINDS
from loaders.misread_subjects import apposition_before
from loaders.prepared import PreparedArticle
from loaders.quoted_complements import quoted_complement, that_complement
from loaders.said_alone import closes_a_title, said_alone
from loaders.speech_verbs import DOCUMENTS, SENDING, SPEECH_VERBS, STANCE_VERBS
from loaders.stance_words import VOTE_NOUNS
from loaders.text import strip_span

_CONTENT_DEPS = {
    "ccomp",
    "dobj",
    "oprd",
    "prep",
    "xcomp",
    "attr",
    "acomp",
    "dative",
    "advcl",
    "npadvmod",
    "advmod",
    "conj",
    "cc",
    "neg",
    "aux",
    "auxpass",
    "prt",
    "pcomp",
    "obj",
    "appos",  # (the object of a verb the parse read as a noun: "1. Condemns in the strongest terms [the sham votes]")
}


def clause_as_subject(verb: Token) -> Token | None:
    """The head of the clause said that the parse gave a speech verb for a second subject, before the speaker's name
    ('The so-called elections ... "change nothing", Government Spokesman X said': "elections" and "X" both
    subjects of "said"); None for any other verb."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or subjects[-1].i > verb.i or subjects[-1].pos_ != "PROPN" or subjects[0].pos_ == "PROPN":
        return None
    # (the verb ends the sentence, but for when: not a headline's "referendum: Baku condemns, China calls for dialogue")
    after = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "npadvmod")]
    if any(not (c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children)) for c in after):
        return None
    return subjects[0] if verb.doc[subjects[-1].left_edge.i - 1].text == "," else None


def reported_words(a: PreparedArticle, verb: Token, lemma: str) -> tuple[int, int] | None:
    """The reported words of an event: the clausal complement, or what follows the verb."""
    if lemma in SPEECH_VERBS and not _says_its_object(verb) and (said := clause_as_subject(verb)) is not None:
        end = next(t for t in reversed(verb.doc[said.i : verb.i]) if t.text == "," or t.i == said.i)
        return trim(a, a.doc[said.left_edge.i].idx, end.idx, anchor=verb.idx)
    if lemma in SPEECH_VERBS and (named := apposition_before(verb)) is not None:
        # "The so-called elections ... will have no legal consequences, the head of the administration, X, said": the
        # clause before the speaker's comma
        return trim(a, a.doc[verb.head.left_edge.i].idx, token_end(a.doc[named.left_edge.i - 2]), anchor=verb.idx)
    ccomp = [c for c in verb.children if c.dep_ == "ccomp" and not _across_semicolon(a, verb, c)] or _told_to(verb)
    if any(c.i < verb.i for c in ccomp) and (_says_its_object(verb) or lemma in _REACTING and closes_a_title(verb)):
        # a headline's "Erdogan hails victory, EU urges talks": "talks"; "observers note transparency, Baku and
        # co-chairs react": what the observers noted is not what Baku said (but "..., Bureau says" is what it says)
        ccomp = [c for c in ccomp if c.i > verb.i]
    if any(c.i < verb.i for c in ccomp) and (
        any(c.i > verb.i for c in ccomp) or any(c.dep_ == "oprd" and c.i > verb.i for c in verb.children)
    ):
        # a clause before the subject that the parse hung on the verb ("The vote was denounced by Turkey, while the
        # co-chairs said they did not recognise it", a title's "Yerevan welcomes vote, Baku calls it a sham"): the
        # verb's words are what comes after it
        ccomp = [c for c in ccomp if c.i > verb.i]
    if ccomp and lemma in SPEECH_VERBS:
        c = ccomp[0]
        # a parse that split one clause in two ("said [the vote held in the region] [was illegitimate]"): both
        # (not a clause of another's a contrast opens: "stated that it took note ..., while the Duma sent observers
        # whose head praised the election")
        last = max(
            (x for x in ccomp if x.i > c.i and x.left_edge.i > verb.i and x.left_edge.lower_ not in _CONTRASTS),
            key=lambda x: x.i,
            default=c,
        )
        # (and a second "that" clause the parse made the verb's own: "said that X, and that she favoured Y")
        last = max(
            [last] + [x for x in verb.children if x.dep_ == "conj" and x.i > c.i and _that_clause(x)], key=lambda x: x.i
        )
        # "said the vote was void, while Russia's foreign ministry said ...": the other speaker's clause is theirs
        others = [
            x
            for x in (a.doc[i] for i in a.with_dep(("advcl", "conj"), c.left_edge.i, last.right_edge.i + 1))
            if x.i != c.i
            and (x.lemma_.lower() in SPEECH_VERBS or _judged_meanwhile(x) or _issues_a_document(x))
            and (
                any(g.dep_ in ("nsubj", "nsubjpass") for g in x.children)
                # (or a participle set off after the words that recalls earlier ones: '..., repeating the wording it
                # had used in 2017', which may name another vote)
                or x.dep_ == "advcl"
                and x.tag_ == "VBG"
                and x.lemma_.lower() in _RECALLING
                and x.doc[x.left_edge.i - 1].text == ","
            )
            and not any(g.dep_ == "mark" and g.lower_ == "that" for g in x.children)  # "and that X would ..."
            and not _naming_aside(x)
            and c.left_edge.i <= x.i <= last.right_edge.i
        ]
        others += [x for x in c.children if _misjoined_speaker(x)]
        end = min([x.left_edge.i for x in others if x.left_edge.i > c.i], default=last.right_edge.i + 1) - 1
        if end == last.right_edge.i and (explained := _colon_after(verb)) is not None:
            end = explained  # "said Athens's position was unchanged: a settlement must be found within ..."
        return trim(a, a.doc[_after_an_aside(c)].idx, token_end(a.doc[max(end, c.i)]), anchor=verb.idx)
    if not ccomp and lemma in SPEECH_VERBS and (told := _told_after(a, verb) or _before_colon(a, verb)) is not None:
        return told
    if lemma == "issue" and (issued := _before_colon(a, verb)) is not None:
        return issued  # "issued its usual statement: the vote was illegitimate"
    words = span_without(a, verb, exclude=set(), from_verb=lemma in STANCE_VERBS | SPEECH_VERBS | SENDING)
    we = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("we", "i")), None)
    if words is not None and we is not None and lemma in STANCE_VERBS and we.idx < words[0]:
        words = (we.idx, words[1])  # "We do not recognize the so-called elections": a text's own words, whole
    if words is None and lemma in STANCE_VERBS and said_alone(verb):
        # "a referendum that neither Moldova nor any other country recognised", a title's "...; Tbilisi condemns"
        return trim(a, verb.idx, token_end(verb))
    if words is not None and (helper := _coordinated_helper(verb)) is not None and helper.idx < words[0]:
        words = (helper.idx, words[1])  # "does not and will not recognise": both halves are the words
    return words


_REACTING = {"react", "respond"}  # (a reaction told with no words of its own)


def _before_colon(a: PreparedArticle, verb: Token) -> tuple[int, int] | None:
    """The clause after a colon that the parse hung a speech verb on, which is what it tells: "The EU made clear: the
    vote is illegal", "The European Union was clear as well: it does not recognise the vote"; or the one after the
    verb's object and a colon, which the parse may hang on the object: "Tallinn minced no words: it was a sham"."""
    if (end := _colon_after(verb)) is not None:
        return trim(a, token_end(verb.doc[verb.right_edge.i + 1]), token_end(verb.doc[end]), anchor=verb.idx)
    doc = verb.doc
    told = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.i + 1 < len(doc) and doc[c.i + 1].text == ":"), None
    )
    return trim(a, token_end(doc[told.i + 1]), token_end(doc[verb.sent.end - 1]), anchor=verb.idx) if told else None


def _judged_meanwhile(verb: Token) -> bool:
    """A clause set off by "as" or "while" in which another subject takes a stance: '..., as Russia praised the way the
    election was organised' (Russia's, not the words of whoever said the clause it hangs on; not "as it does not
    recognise the annexation", the speaker's own reason, nor "as the regime is not recognised by anyone")."""
    return (
        verb.dep_ == "advcl"
        and verb.lemma_.lower() in STANCE_VERBS
        and any(g.dep_ == "mark" and g.lower_ in _CONTRASTS | {"as"} for g in verb.children)
        and any(g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN") for g in verb.children)
    )


def _issues_a_document(verb: Token) -> bool:
    """'..., and the Foreign Ministry sent a note to the OSCE describing the vote as a "gross violation"': another
    subject's document, whose words are its own."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENTS for c in verb.children)


def _after_an_aside(clause: Token) -> int:
    """Where a reported clause's words start: at its "that" when a clause of another subject comes before it ("said,
    after Russia welcomed the result, that the vote had no legal value": what Russia did is not what was said)."""
    mark = next((g for g in clause.children if g.dep_ == "mark" and g.lower_ == "that"), None)
    aside = [
        g
        for g in clause.children
        if g.dep_ == "advcl"
        and g.i < (mark.i if mark is not None else -1)
        and any(s.dep_ == "nsubj" for s in g.children)
    ]
    return mark.i if aside else clause.left_edge.i


def _colon_after(verb: Token) -> int | None:
    """The last word of the clause after a colon that ends a speech verb's words, when the parse hung the verb on that
    clause ("said its position was unchanged: a settlement must be found"): what it says the position is ("Let us be
    clear: the vote is null and void": the clause that "Let" hangs on)."""
    head, after = verb.head, verb.right_edge.i + 1
    if head.lemma_ == "let" and head.i < verb.i and head.dep_ != "ROOT":
        head = head.head
    if verb.dep_ != "ccomp" or head.i <= verb.i or after >= len(verb.doc) or verb.doc[after].text != ":":
        return None
    return head.right_edge.i


def _misjoined_speaker(noun: Token) -> bool:
    """A name the parse joined to a reported clause, whose own verb it hung on the name: 'said that Greece "supports
    a solution", and Cypriot President X, who congratulated Tatar, called for talks' (X's words, not the first
    speaker's)."""
    return (
        noun.dep_ == "conj"
        and noun.pos_ == "PROPN"
        and any(
            g.dep_ == "acl" and g.tag_ == "VBD" and g.lemma_.lower() in SPEECH_VERBS | STANCE_VERBS
            for g in noun.children
        )
    )


_CONTRASTS = {"while", "whereas"}
_RECALLING = {"repeat", "echo"}  # (not "recalling its firm support for ...": a stance of its own)


# those a speech verb's object may be told to, not what is told: "the vote is void, Kyiv told reporters"
_ADDRESSEES = {"reporter", "journalist", "press", "parliament", "lawmaker", "audience", "medium", "agency", "newspaper"}


def _says_its_object(verb: Token) -> bool:
    """Whether a verb's object after it is what it says ("EU urges talks"), so that a clause the parse hung before it
    is another's ("Erdogan hails victory, EU urges talks"), not its words ("the vote is void, Kyiv told reporters")."""
    return verb.lemma_.lower() not in ("tell", "say") and any(
        c.dep_ in ("dobj", "xcomp")
        and c.i > verb.i
        and c.lemma_.lower() not in _ADDRESSEES
        # (a noun, or one the tagger took for a verb with no "to": a headline's "urges talks")
        and (c.pos_ == "NOUN" or c.dep_ == "xcomp" and not any(g.dep_ == "aux" for g in c.children))
        for c in verb.children
    )


# the gatherings one tells what one says: "told a briefing that ...", "told a news conference that ..."
_GATHERINGS = {"briefing", "conference", "meeting", "session", "parliament", "audience", "forum", "summit", "hearing"}
# the texts one says something in: "said in a statement that ..."
_TEXTS = {"statement", "declaration", "communique", "letter", "message", "post", "note"}


def _told_to(verb: Token) -> list[Token]:
    """'told a briefing that Athens stood by Cyprus', 'said in a statement that Athens expected the new leader to
    ...': the clause told, which the parse made a clause of the gathering or the text, with "that" its object or its
    mark, though the clause's verb has a subject of its own (not "told the meeting that he chaired", whose "that" is
    the object)."""
    lemma = verb.lemma_.lower()
    if lemma == "tell":
        told = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _GATHERINGS]
    elif lemma in ("say", "state"):
        told = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in _TEXTS
        ]
    else:
        return []
    return [
        clause
        for text in told
        for clause in text.children
        if clause.dep_ in ("relcl", "acl")
        and clause.left_edge.lower_ == "that"
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children)
        and any(c.dep_ in _COMPLEMENTS and c.lower_ != "that" for c in clause.children)
    ]


# what a clause's verb says besides its subject, when "that" is not its object
_COMPLEMENTS = {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "prep", "conj"}


def _that_clause(verb: Token) -> bool:
    return any(g.dep_ == "mark" and g.lower_ == "that" for g in verb.children)


def _told_after(a: PreparedArticle, verb: Token) -> tuple[int, int] | None:
    """The clause a speech verb is an aside in, when the parse hung the verb on it: 'The votes are "illegal", they
    say, and "undermine ..."', 'The vote, the ministry said, was an "important step"' (with what the clause goes on
    to after the aside, but not a clause with its own subject:
    "..., he said, while Russia hailed it"; nor across a semicolon or a colon: "Moscow hails the vote; Tbilisi says
    ..."; nor a clause told by a verb of speech or stance, which is an event itself: "Putin congratulated Gunba, the
    Kremlin said")."""
    head = verb.head
    # (or an aside between the clause's subject and its verb: "The vote, the ministry said, was an important step")
    interrupts = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in head.children)
    if (
        verb.dep_ != "parataxis"
        or head.i > verb.i
        and not interrupts
        or not any(c.dep_ == "nsubj" for c in verb.children)
    ):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") for c in verb.children):
        return None  # "... region (Kyiv has called the vote there "null and void")": words of its own
    if head.lemma_.lower() in SPEECH_VERBS | STANCE_VERBS | SENDING:
        return None  # "Putin congratulated Gunba, the Kremlin said": the clause's own verb tells it
    start, aside = a.doc[head.left_edge.i].idx, a.doc[verb.left_edge.i].idx
    if start >= aside or ";" in a.norm[start:aside] or ":" in a.norm[start:aside]:
        return None
    after = [
        c.right_edge for c in head.children if c.i > verb.i and c.dep_ not in ("punct", "cc") and not _own_event(c)
    ]
    # (and a participle the parse hung on the aside, which goes on with the clause: "Voters turned out in huge numbers,
    # the ministry said, demonstrating their support for ...")
    after += [c.right_edge for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i]
    end = token_end(max(after, key=lambda t: t.i)) if after else aside
    return trim(a, start, end, anchor=verb.idx)


_HELPERS = {"do", "have", "will", "would", "can", "shall", "should", "must"}  # verbs that only help another


def _coordinated_helper(verb: Token) -> Token | None:
    """The auxiliary the verb is coordinated with, which has no verb of its own: "[does] not and will not recognise"."""
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i or head.lemma_.lower() not in _HELPERS:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in head.children):
        return None
    return head


def _naming_aside(verb: Token) -> bool:
    """'..., as the region calls itself, ...': a name given in passing, not another speaker's words."""
    return verb.lemma_.lower() == "call" and any(g.dep_ == "mark" and g.lower_ == "as" for g in verb.children)


# the kinds a vote is named by ("a presidential election", "an independence referendum"), which judge nothing
_VOTE_KIND = re.compile(rf"{KINDS}|independence|national")


def names_the_vote(verb: Token) -> bool:
    """ "held what they called a presidential election": the name someone gives the vote, quoted at a distance,
    not their judgement of it ("what Kyiv called a sham vote" is one)."""
    if verb.lemma_.lower() != "call" or not any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
        return False
    named = next((c for c in verb.children if c.dep_ == "oprd"), None)
    return (
        named is not None
        and (named.lower_ in VOTE_NOUNS or named.lemma_.lower() in VOTE_NOUNS)
        and all(t.dep_ in ("det", "compound") or _VOTE_KIND.fullmatch(t.lower_) for t in named.children)
    )


def _across_semicolon(a: PreparedArticle, verb: Token, clause: Token) -> bool:
    """A clause the parse hung on the verb across a semicolon ("Moscow hails the vote; Tbilisi says ...") or,
    before it, across a colon ("Poroshenko went further: he told ...") is a sentence of its own, not the reported
    words."""
    left, right = sorted((verb.i, clause.left_edge.i if clause.i > verb.i else clause.right_edge.i))
    between = a.norm[a.doc[left].idx : a.doc[right].idx] if left < right else ""
    return ";" in between or clause.i < verb.i and ":" in between


def passive_content(a: PreparedArticle, verb: Token) -> tuple[int, int] | None:
    """The words of a passive stance: what was done to what ("the referendum ... was condemned"), and what it was
    called, however parsed ('was branded a "circus" by ...', whose name the parse made an object)."""
    tokens = [verb.i] + [
        t.i
        for c in verb.children
        if c.dep_ in ("nsubjpass", "auxpass", "aux", "neg", "advmod", "oprd", "xcomp", "dobj", "attr")
        or c.dep_ == "prep"
        and c.lower_ == "as"  # "were described as a violation of international law"
        for t in c.subtree
        if not (t.lower_ == "by" or any(a.lower_ == "by" and a.i > verb.i for a in t.ancestors))
    ]
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        tokens.append(verb.sent.start)  # a parse that lost the patient: the clause before the verb holds it
    return trim(a, a.doc[min(tokens)].idx, token_end(a.doc[max(tokens)]), anchor=verb.idx)


def _own_event(child: Token) -> bool:
    """A clause with its own subject ("..., while the EU said ...") or a speech participle ("adding: ...")
    is a separate event; an infinitive opened by "for" is what the verb asks ("called for the conflict to be settled
    through negotiations")."""
    if child.dep_ not in ("conj", "advcl", "ccomp", "xcomp") or _free_relative(child) or _asked_for(child):
        return False
    if _as_what_misread(child):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children) or (
        child.dep_ in ("advcl", "conj") and child.lemma_.lower() in SPEECH_VERBS
    )


def _as_what_misread(clause: Token) -> bool:
    """ "condemned the vote as a farce staged under occupation": the parse made "as a farce staged" a clause of its
    own, whose subject is what the verb called the vote (an indefinite noun, and a participle with no helper)."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return (
        clause.dep_ == "advcl"
        and clause.tag_ in ("VBN", "VBD")
        and subject is not None
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)
        and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < subject.i for c in clause.children)
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in clause.children)
    )


def _asked_for(clause: Token) -> bool:
    """'for the conflict to be settled': an infinitive clause opened by "for"."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


def _free_relative(clause: Token) -> bool:
    """ "condemned what it called a sham vote", "hailed what she called a record turnout": a clause opened by "what"
    that the parse hung on the verb as a clause of its own is the verb's object."""
    return clause.dep_ == "ccomp" and any(
        c.lower_ == "what" and c.i < clause.i and c.i == clause.left_edge.i for c in clause.children
    )


def span_without(a: PreparedArticle, verb: Token, exclude: set[int], from_verb: bool = True) -> tuple[int, int] | None:
    tokens = [verb.i] if from_verb else []
    for child in verb.children:
        if child.i in exclude or child.dep_ in ("nsubj", "nsubjpass", "csubj", "punct", "mark") or _own_event(child):
            continue
        if child.dep_ not in _CONTENT_DEPS:
            continue
        if child.i < verb.i and child.dep_ not in ("neg", "aux", "auxpass", "advmod"):
            continue
        subtree = list(child.subtree)
        nested = [(x.left_edge.i, x.right_edge.i) for x in subtree if x.i != child.i and _own_event(x)]
        sub = [t.i for t in subtree if not any(left <= t.i <= right for left, right in nested)]
        tokens.extend(i for i in sub if i not in exclude)
    tokens = [i for i in tokens if i not in exclude] + quoted_complement(verb)  # ('declaring the vote "void"')
    tokens += [i for i in that_complement(verb) if i not in exclude]  # ("expressing regret that the vote was held")
    if not tokens or tokens == [verb.i]:
        return None
    first, last = a.doc[min(tokens)], a.doc[max(tokens)]
    return trim(a, first.idx, token_end(last), anchor=verb.idx)


def token_end(token: Token) -> int:
    return token.idx + len(token.text)


def trim(a: PreparedArticle, start: int, end: int, anchor: int | None = None) -> tuple[int, int] | None:
    """Trim punctuation, white space and a dangling last "and" (or "or", "but"), and keep the span inside one paragraph
    (the anchor's, else its start's) and one cell of a tab-separated row."""
    p_start, p_end = next(
        ((s, e) for s, e in a.paragraphs if s <= (anchor if anchor is not None else start) <= e), (start, end)
    )
    start = next((e for s, e in a.filed if s <= start < e), start)  # not the dateline: "KIEV, Nov 1 - Ukraine will"
    start, end = strip_span(a.text, max(start, p_start), min(end, p_end), " \t\n,;:.")
    if (cell := a.text.find("\t", start, end)) != -1:  # a tab-separated row: the words end with their cell
        start, end = strip_span(a.text, start, cell, " \t\n,;:.")
    if note := _NOTE_MARK.search(a.text, start, end):  # ('called the vote "free and democratic" [3]')
        start, end = strip_span(a.text, start, note.start(), " \t\n,;:.")
    if joining := _LAST_JOINER.search(a.text, start, end):  # ("condemned the vote and", the rest another's event)
        start, end = strip_span(a.text, start, joining.start(), " \t\n,;:.")
    return (start, end) if end > start else None


_NOTE_MARK = re.compile(r"\s*\[\d{1,3}\]?$")  # a note's number after the words: "[3]", or "[3" cut before "]"
_LAST_JOINER = re.compile(r"[\s,]+(?:and|or|but)$")  # a conjunction the words end on, its clause left out


def according_words(a: PreparedArticle, according: Token) -> tuple[int, int] | None:
    """The words "according to X" reports: its sentence's main clause, with that clause's subject ("According to
    Georgia's Foreign Ministry, [the so-called elections ... are another provocative step]"; "[The vote was a
    sham], according to Kyiv") when that subject is the vote; in a participle, the participle's words with the noun
    it describes ("[The referendums, held at gunpoint] according to Kyiv, ...")."""
    holder = according.head
    if holder.dep_ in ("acl", "relcl") and holder.head.pos_ in ("NOUN", "PROPN") and according.i > holder.i:
        # ("The referendums, held ... at gunpoint according to Kyiv, have been denounced by ...": the participle's
        # words, with the noun it describes, not the main clause's)
        start = a.doc[holder.head.left_edge.i].idx
        return trim(a, start, token_end(a.doc[according.i - 1]), anchor=holder.idx)
    root = according.sent.root
    content = span_without(a, root, exclude={according.i})
    subject = next(
        (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and not c.is_ancestor(according)), None
    )
    if content is None or subject is None or subject.left_edge.idx >= content[0] or not _names_vote(a, subject):
        return content  # (not "according to the appeal, the newly elected Duma is illegitimate": what it judges)
    return subject.left_edge.idx, content[1]


# who may tell what another did without speaking for anyone: "according to sources at the Presidency"
_SOURCES = {"source", "official", "aide", "diplomat", "insider"}


def unnamed_sources_of_a_subject(source: Token) -> bool:
    """Whether "according to" names unnamed informants about a clause that has a subject of its own: "Erdogan
    congratulated Akinci, according to sources at the Presidency" is Erdogan's act (not the words of "the
    Presidency"); "According to officials, the vote was illegal" names no one who acts, and stays theirs."""
    root = source.sent.root
    return source.lemma_.lower() in _SOURCES and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" and not c.is_ancestor(source) for c in root.children
    )


def _names_vote(a: PreparedArticle, subject: Token) -> bool:
    return any(
        x.pos_ in ("NOUN", "PROPN") and (x.i in a.election_at or x.lemma_.lower() in VOTE_NOUNS)
        for x in subject.subtree
    )
