"""Subjects the parse hung somewhere else than on their verb: the speech verb a clause's verb goes on from, the clause
before "then", the noun a relative clause set off by dashes hangs on, an apposition at the end of a fronted participle's
phrase or of the place a sentence opens with ("In Sukhumi, the Russian ambassador, X, said"), a speaker hung as an
apposition on a noun of what they said, the subject of a relative clause without "that" hung on its noun ("a vote
Georgia refused to recognise"), one named after the speech verb that opens a sentence ('Said Foreign Minister X: "..."')
or right after a quotation, the one of the verb "quick to" complements, the subject of a clause opened by "while" before
a verb joined to the first clause, a speaker the parse joined to the object before it ("..., and the Embassy said"), the
subject of a speech verb the parse joined to a relative clause on the object ('X welcomed "the positive messages" Y sent
and said ...'), and the agent of a passive the parse read as a past verb ("dismissed as illegitimate by several Western
countries"). `loaders.event_subjects` asks these when the parse gives a verb no subject, or a noun of the words for one;
`loaders.event_words` asks for the words an apposed speaker said.
"""

from __future__ import annotations

from spacy.tokens import Token

from loaders.speech_verbs import SPEECH_VERBS


def goes_on_saying(verb: Token) -> Token | None:
    """'said the principles of sovereignty must be respected, and called for a ceasefire': a past verb the parse joined
    to the modal or present clause a speech verb reports goes on with the speech verb, which this returns (the clause's
    subject did not call: "said only that China respects the sovereignty of all countries and hoped that all parties
    ..."); so does one joined to the clause a statement the speech verb was made in reports, where the parse hangs
    the clause on the statement ('said in a statement that the vote "cannot be considered legitimate" and called on').
    """
    head = verb.head
    if head.dep_ == "ccomp":
        speech = head.head
    elif (
        head.dep_ == "acl"
        and head.head.dep_ == "pobj"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
    ):
        speech = head.head.head.head  # (the clause, the statement, "in", the speech verb)
    else:
        return None
    said = (
        verb.tag_ == "VBD"
        and speech.lemma_.lower() in SPEECH_VERBS
        and speech.tag_ == "VBD"
        and (head.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children))
    )
    return speech if said else None


def then_said(verb: Token) -> Token | None:
    """The subject of the clause before a verb "then" goes on from, which the parse made the verb's complement: "Minsk
    stayed silent for two days, then said Crimea was ..." ("stayed" read as what was said)."""
    if not any(c.dep_ == "advmod" and c.lower_ in ("then", "later") for c in verb.children):
        return None
    before = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    return next((c for c in before.children if c.dep_ == "nsubj"), None) if before is not None else None


def after_an_aside(verb: Token) -> Token | None:
    """The subject of a verb right after a dash that closes a relative clause set off by dashes, which the parse
    joined to that clause ("Moldova - which considers the region part of its territory - called the vote ..."): the
    noun the clause hangs on."""
    if verb.dep_ != "conj" or verb.i == 0 or verb.doc[verb.i - 1].text not in ("-", "–", "—"):
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    relative = any(c.dep_ == "nsubj" and c.lower_ in ("which", "who") for c in clause.children)
    return clause.head if clause.dep_ == "relcl" and relative else None


def fronted_apposition(verb: Token) -> Token | None:
    """The subject of a finite verb that has none in the parse, which hung it as an apposition at the end of a
    participle's phrase fronted before the verb: "Supported by 74 members of parliament, the Saeima condemns ...",
    "the Saeima" an apposition of "members"; or of the place the sentence opens with ("In Sukhumi, the Russian
    ambassador, X, said")."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return None
    for fronted in (c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ in ("VBN", "VBG")):
        named = [t for t in fronted.subtree if t.dep_ == "appos" and t.i < verb.i]
        if named and all(t.is_punct or t.dep_ == "advmod" for t in verb.doc[named[-1].i + 1 : verb.i]):
            return named[-1]
    # (or of the place a sentence opens with: "In Sukhumi, the Russian ambassador, X, said", "the Russian ambassador"
    # an apposition of "Sukhumi")
    for place in (g for c in verb.children if c.dep_ == "prep" and c.i < verb.i for g in c.children):
        named = [t for t in place.children if t.dep_ == "appos" and place.i < t.i < verb.i]
        comma = named[0].left_edge.i - 1 if named else 0
        if place.dep_ == "pobj" and named and verb.doc[comma].text == "," and verb.doc[verb.i - 1].text == ",":
            return named[0]
    return None


def set_off_by_a_participle(verb: Token) -> Token | None:
    """The subject of a finite verb that has none in the parse, which made the subject that of a participle set off by
    commas after it: "Kyiv, itself fighting off a Russian invasion, said ..." ("Kyiv" the subject of "fighting", which
    the parse hung on the verb, or the verb on it)."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i < verb.i]
    if verb.dep_ == "dep":
        clauses.append(verb.head)  # (the verb hung on the participle)
    for clause in (c for c in clauses if c.i < verb.i and c.tag_ == "VBG"):
        # (the name the phrase opens with, before its comma, however the parse hung it: "Kyiv" may also be an
        # interjection there, "itself" the participle's subject)
        comma = next((t for t in verb.doc[clause.left_edge.i : clause.i] if t.text == ","), None)
        name = verb.doc[comma.i - 1] if comma is not None and comma.i > clause.left_edge.i else None
        if name is not None and name.pos_ == "PROPN":
            return name
    return None


def reduced_relative(verb: Token) -> Token | None:
    """The subject of a relative clause without "that", which the parse joined to the main verb, hanging the subject
    on the clause's noun as an apposition with no comma: "backed independence in a vote [Georgia and the West]
    refused to recognise" (Georgia and the West refused it, not the voters)."""
    if verb.dep_ not in ("conj", "ccomp") or any(c.dep_ in ("cc", "nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    named = next((a for a in (before, *before.ancestors) if a.dep_ == "appos" and a.right_edge.i == before.i), None)
    if named is None or named.pos_ != "PROPN" or named.head.pos_ != "NOUN":
        return None
    return named if named.left_edge.i == named.head.i + 1 else None  # (right after the noun, no comma between)


def apposition_before(verb: Token) -> Token | None:
    """The subject of a speech verb the parse joined to the clause it reports, having hung the speaker as an apposition
    on a noun of that clause: "The so-called elections ... will have no legal consequences, the head of the regional
    administration, Oleksandr Prokudin, said on Telegram" ("said" a conjunct of "are", or the root the clause hangs
    on; "the head" an apposition of "consequences", which the parse may also make the subject of "said"). The
    outermost such apposition set off by commas that ends right before the comma before the verb (its role and name
    together); not one hung on a name, nor on a subject that opens its own clause, which says who that is ("..., and
    Hikmet Hajiyev, its spokesman, said", "but a senior deputy, X, told")."""
    doc = verb.doc
    if verb.dep_ not in ("conj", "ROOT") or verb.lemma_.lower() not in SPEECH_VERBS or verb.i < 3:
        return None
    if doc[verb.i - 1].text != ",":  # (the verb right after the speaker's comma)
        return None
    last = doc[verb.i - 2]
    named = None
    for token in (last, *last.ancestors):
        if token.right_edge.i != last.i or token.i == verb.head.i:
            break
        if token.dep_ == "appos" and token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == ",":
            named = token
    if named is None or named.head.pos_ == "PROPN":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    opening = named.head.left_edge.i
    if subject is not None and subject.i != named.head.i or opening == 0:
        return None
    # (a noun of the clause said, which a verb or a preposition governs: not a subject after "and", "but" or a comma)
    return named if doc[opening - 1].pos_ in ("VERB", "AUX", "ADP") else None


def inverted_subject(verb: Token) -> Token | None:
    """The speaker a sentence opening on its speech verb names right after it, which the parse took for the verb's
    object or hung the verb on as an adjective: 'Said Ukrainian Foreign Minister Dmytro Kuleba, speaking in Kyiv:
    "..."', 'Added German Chancellor Olaf Scholz: "..."' (the name's head word); or right after a quotation, where
    the parse made the name the subject of a clause after it ('"...," said X, spokesman for Y, a day after Z elected
    its parliament')."""
    doc = verb.doc
    closing = verb.i > 1 and (
        doc[verb.i - 1].text in ('"', "”") or doc[verb.i - 1].text == "," and doc[verb.i - 2].text in ('"', "”")
    )
    if verb.lemma_.lower() in SPEECH_VERBS and verb.tag_ in ("VBD", "VBZ") and closing:
        # ('"...," said X, spokesman for Y, a day after the region elected its parliament': X, whom the parse made
        # the subject of the clause after him)
        return next(
            (
                g
                for c in verb.children
                if c.dep_ == "ccomp" and c.i > verb.i
                for g in c.children
                if g.dep_ == "nsubj" and g.pos_ == "PROPN" and g.left_edge.i == verb.i + 1 and g.ent_type_ == "PERSON"
            ),
            None,
        )
    if verb.i != verb.sent.start or verb.lemma_.lower() not in SPEECH_VERBS or verb.i + 1 >= len(doc):
        return None
    if verb.dep_ == "amod" and verb.head.pos_ == "PROPN":
        return verb.head
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.left_edge.i == verb.i + 1), None
    )


# how soon one did it, which is still doing it ("was quick to praise"; not "was unlikely to recognise")
_PROMPT = {"quick", "swift", "fast", "prompt", "first", "early"}


def quick_to(verb: Token) -> bool:
    """'quick' in "Moscow was quick to praise the turnout": the subject is the one of the verb it complements."""
    return verb.dep_ == "acomp" and verb.lemma_.lower() in _PROMPT


def misread_passive(verb: Token) -> Token | None:
    """The agent of a passive participle the parse read as a past verb joined to the clause before: "chose X in a vote
    condemned by Azerbaijan and dismissed as illegitimate by several Western countries" ("dismissed" joined to "chose",
    its "by" hung on "illegitimate"): the countries dismissed it, not the ones who chose."""
    if (
        verb.dep_ != "conj"
        or verb.tag_ not in ("VBD", "VBN")
        or any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
    ):
        return None
    # ("by" on the verb, or on the word it judges with: not in a clause it reports, 'said it would "not be recognised
    # by the international community"')
    judged = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "acomp", "oprd"))]
    return next(
        (
            g
            for j in judged
            for t in j.children
            if t.lower_ == "by" and t.i > verb.i
            for g in t.children
            if g.dep_ == "pobj"
        ),
        None,
    )


def verbless_root(verb: Token) -> Token | None:
    """The noun a sentence with no verb of its own has for its root, when the parse read the sentence's verb as a
    participle on it: "The OSCE Minsk Group co-chairs noted in a statement that they ..." ("noted" an "acl" of
    "co-chairs", the root): the co-chairs noted it; or when it read the place the sentence opens with as its root ("In
    Kiev, the acting president, X, called ...": "In" the root, "president" an apposition of "Kiev"), or the participle
    it opens with ("Affirming its commitment ..., the General Assembly called ...")."""
    noun = verb.head
    opening = noun.dep_ == "appos" and noun.head.dep_ == "pobj" and noun.head.head.dep_ == "ROOT"
    # (or the object of the participle the sentence opens with: "Affirming its commitment to ..., the General Assembly
    # called upon States ...", "Assembly" the object of "Affirming", "called" a participle on it)
    fronted = noun.dep_ == "dobj" and noun.head.dep_ == "ROOT" and noun.head.tag_ == "VBG"
    fronted = fronted and noun.head.i == noun.sent.start and noun.doc[noun.left_edge.i - 1].text == ","
    rooted = noun.dep_ == "ROOT" or opening and noun.head.head.pos_ == "ADP" or fronted
    misread = verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and rooted and noun.i < verb.i
    return noun if misread and noun.pos_ in ("NOUN", "PROPN") else None


def said_after_relative(verb: Token) -> bool:
    """Whether a speech verb with no subject of its own is one the parse joined to a relative clause on the object of a
    verb that has a subject, whose subject says it: 'X welcomed "the positive messages" Akinci sent during the campaign
    and said he looked forward to meeting him' (X said it, not Akinci)."""
    clause = verb.head
    noun = clause.head
    return (
        verb.dep_ == "conj"
        and clause.dep_ == "relcl"
        and verb.lemma_.lower() in SPEECH_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and noun.dep_ == "dobj"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.head.children)
    )


def contrast_before(verb: Token) -> Token | None:
    """The clause of another subject, opened by "while" or "whereas", that a verb the parse joined to the sentence's
    first clause comes right after: "Obama told Putin that ..., while the EU's leaders called the referendum illegal
    and said its outcome would not be recognised" (the leaders said it, not Obama)."""
    head = verb.head
    for clause in verb.doc[head.i + 1 : verb.i]:
        if (
            clause.dep_ == "advcl"
            and head.is_ancestor(clause)
            and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            and all(t.dep_ in ("punct", "cc") for t in verb.doc[clause.right_edge.i + 1 : verb.i])
        ):
            return clause
    return None


def joined_to_the_object(verb: Token) -> Token | None:
    """A speaker the parse joined to the object before it, right before its speech verb: 'The EU said it did not
    recognise the framework of the elections, and the U.S. Embassy in Tbilisi said Washington "will not recognise
    the results"' (the Embassy said it)."""
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None  # (a finite verb: not "an appeal to organisations and parliaments urging them")
    prev = verb.doc[verb.i - 1]
    for x in (prev, *prev.ancestors):
        if x.i >= verb.i:
            return None
        if (
            x.dep_ == "conj"
            and x.pos_ in ("PROPN", "NOUN")
            and x.right_edge.i == verb.i - 1
            and x.head.dep_ in ("dobj", "pobj")
            and any(c.dep_ == "cc" and x.head.i < c.i < x.i and c.nbor(-1).text == "," for c in x.head.children)
        ):  # (after ", and": a clause of its own)
            return x
    return None
