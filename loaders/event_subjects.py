"""Who is the subject of a speech or stance verb, and which words say it: the verb's own subject, or the one of the
verb it goes on from ("... and urged"), of the document it hangs on ("issued a statement condemning"), of the clause
a relative clause hangs in, or one the parse hung elsewhere (`loaders.misread_subjects`); the agent a passive's parse
hung elsewhere; and the subject's words, never running into a quotation and taking in the role words a parse may leave
out before a name. `loaders.events` asks it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from loaders.asked import asks_who
from loaders.event_words import clause_as_subject, token_end
from loaders.misread_subjects import (
    after_an_aside,
    apposition_before,
    contrast_before,
    fronted_apposition,
    goes_on_saying,
    inverted_subject,
    joined_to_the_object,
    misread_passive,
    quick_to,
    reduced_relative,
    said_after_relative,
    set_off_by_a_participle,
    then_said,
    verbless_root,
)
from loaders.persons import AIDES
from loaders.prepared import PreparedArticle
from loaders.speech_verbs import DOCUMENTS, SPEECH_VERBS, STANCE_VERBS
from loaders.text import LIST_MARKS


def _document(noun: Token) -> Token | None:
    """The document object a clause hangs on ("issued a statement condemning"), or on whose addressee it hangs
    ("adopted an appeal to international organizations urging them"), or the "in" of the document a speaker said it
    in ("said in a message posted on Twitter, congratulating Tatar"): a token whose head is the speaker's verb."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_.lower() in DOCUMENTS:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "dative":  # ("sent a note to the OSCE describing": the note's)
        noun = next((c for c in noun.head.head.children if c.dep_ == "dobj"), noun)
    return noun if noun.lemma_.lower() in DOCUMENTS and noun.dep_ == "dobj" else None


def relative_antecedent(relative: Token) -> Token:
    """The noun a relative clause tells of: the one the parse hung it on, or the document before the day it hung it
    on ("released a statement on June 9 which reads that ...": the statement reads, not the day)."""
    noun = relative.head
    if noun.ent_type_ in ("DATE", "TIME") and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        issued = noun.head.head.children
        document = next(
            (c for c in issued if c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENTS and c.i < noun.i), None
        )
        return document if document is not None else noun
    return noun


def _finite_or_saying(verb: Token) -> bool:
    """A verb the parse hung on a noun that is a clause's own verb: finite, or a participle that says a "that"
    clause ("The head of Italian diplomacy, X, assured on Friday that ...", "a statement ... read, adding that ..."),
    or calls on someone ("Iran, which
    borders both countries, called on Baku and Yerevan to ...": no name is "called on")."""
    return (
        verb.tag_ in ("VBD", "VBZ", "VBP")
        or verb.tag_ == "VBN"
        and any(c.dep_ == "ccomp" or c.lower_ == "on" and verb.lemma_ == "call" for c in verb.children)
        # ("Moldova — which considers ... — called the vote "illegitimate"": a participle hung on a noun takes no
        # object of its own, so one that does is the clause's verb)
        or verb.tag_ == "VBN"
        and any(c.dep_ == "dobj" for c in verb.children)
        # ('"...," a statement issued by the Kremlin read, adding that it hoped ...': "read" taken for a noun)
        or verb.tag_ == "VBG"
        and verb.lemma_.lower() in SPEECH_VERBS
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_ZONES = {"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT"}  # after a time of day
_SUBJ = ("nsubj", "nsubjpass", "csubj")


def _past_label(subject: Token, subjects: list[Token]) -> Token:
    """The subject the parse hung on a speaker's label, which a colon ends ("[MR KENT]: The United States, as a
    co-chair of the OSCE Minsk Group, does not recognize"): its apposition after the colon, or the verb's other subject
    there ("**United States:** State Department spokeswoman Jen Psaki said", a label in bold)."""
    if subject.i + 1 < len(subject.doc) and subject.doc[subject.i + 1].text == ":":
        # (a country's label, not an interviewer's: "Euronews: Mr Kox, Moscow says ...")
        after = next((c for c in subjects if c.i > subject.i + 1), subject) if subject.ent_type_ == "GPE" else subject
        return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), after)
    return subject


def subject_of(verb: Token) -> Token | None:
    """The subject of a speech or stance verb, or of the one above it ("and urged", "issued a statement condemning")."""
    for _ in range(4):
        # (not a live blog's time of day the parse took for one: "14:05 - Romania's foreign ministry has weighed in";
        # nor a word's hyphen: "co-chairs", which the parse may split into three subjects)
        subjects = [c for c in verb.children if c.dep_ in _SUBJ and not _CLOCK.fullmatch(c.text) and c.text != "-"]
        # (nor a day: "11 May, 22:10 - X"; but not the actors a dateline's day ran into: "LONDON, March 17 -
        # Britain, France and Germany on Monday each denounced", whose "each" is no subject of its own)
        subjects = [
            c for c in subjects if c.ent_type_ != "DATE" or any(g.dep_ == "conj" for g in c.children)
        ] or subjects
        subjects = [c for c in subjects if c.lower_ not in ("each", "both")] or subjects
        if subjects and asks_who(verb, subjects[0]):
            return None  # an indirect question, not a relative clause: "Russia's vote in Ukraine, and who rejected it"
        if len(subjects) > 1 and subjects[0].lower_ in ("which", "that") and subjects[1].pos_ == "PROPN":
            return subjects[1]  # "The referendum, which Kyiv considers illegal, ...": "which" is the object
        if (named := apposition_before(verb)) is not None:
            return named  # "... will have no legal consequences, the head of the administration, X, said": the head
        if (relative := reduced_relative(verb)) is not None:
            return relative  # "in a vote Georgia and the West refused to recognise": Georgia and the West
        if clause_as_subject(verb) is not None:
            return subjects[-1]  # 'The so-called elections ... "change nothing", Government Spokesman X said': X
        if subjects and _as_role_misread(verb, subjects[0]):
            return verb.sent.root  # "Duma deputies who were in Tiraspol as observers said": the deputies said it
        if subjects:
            return _past_label(subjects[0], subjects)
        if (inverted := inverted_subject(verb)) is not None:
            return inverted  # 'Said Foreign Minister X, speaking in Kyiv: "..."': X
        if (aside := after_an_aside(verb)) is not None:
            return aside  # "Moldova - which considers the region its own - called the vote ...": Moldova
        if (
            fronted := fronted_apposition(verb)
            or set_off_by_a_participle(verb)
            or misread_passive(verb)
            or verbless_root(verb)
        ) is not None:
            return fronted  # 'In the statement, supported by 74 MPs, the Saeima "strongly condemns"': the Saeima
        if (earlier := then_said(verb)) is not None:
            return earlier  # "Minsk stayed silent for two days, then said ...": who stayed silent spoke then
        if (joined := joined_to_the_object(verb)) is not None:
            return joined  # "did not recognise the framework of the elections, and the Embassy said": the Embassy
        if verb.dep_ == "conj" and (contrasted := contrast_before(verb)) is not None:
            verb = contrasted  # "X told Y ..., while the EU's leaders called it illegal and said ...": the leaders
        elif verb.dep_ == "conj" and (speech := goes_on_saying(verb)) is not None:
            verb = speech
        elif (
            verb.dep_ == "conj"
            and verb.head.dep_ == "relcl"
            and (_closes_quotation(verb.head, verb) or said_after_relative(verb))
        ):
            # ('the EU "does not recognise the framework within which the elections took place" and reaffirms':
            # not the relative clause the quotation ended in, but the clause it hangs on; 'X welcomed "the positive
            # messages" Akinci sent during the campaign and said he looked forward to ...': X said it)
            verb = verb.head.head.head
        elif (thanked := credited_with(verb)) is not None:
            return thanked  # "thanked the EU and the US for not recognising the vote": the EU did not recognise it
        elif _adding_to_what_was_said(verb):
            verb = verb.head.head  # 'X said the elections "do not change anything", adding that ...': X adds it
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and (teller := _teller_before(verb)) is not None:
            verb = teller  # "Sanctions will remain until Russia withdraws, Kyiv said, calling the vote a sham": Kyiv
        elif verb.dep_ in ("advcl", "xcomp", "conj", "relcl") and verb.head.i != verb.i or quick_to(verb):
            verb = verb.head
        elif verb.dep_ == "acl" and (document := _document(verb.head)) is not None:
            verb = document.head
        elif (joining := joined_in(verb)) is not None:
            verb = joining  # "Georgia joined Ukraine in condemning the vote": Georgia condemns
        elif verb.dep_ in ("attr", "acomp") and verb.head.lemma_ in ("be", "stand"):
            verb = verb.head  # "X was the first foreign diplomat to congratulate Y", "X is opposed to ...": X (and
            # "said ..., but stood ready to support a settlement": who said it stands ready)
        elif verb.dep_ == "pobj" and verb.head.lower_ == "among" and verb.head.head.lemma_ == "be":
            verb = verb.head.head  # "X was among the first to phone Y with congratulations": X
        elif verb.dep_ == "pcomp" and _doing_by(verb.head) and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "Tbilisi wasted no time in condemning the vote", "Moscow responded by praising it"
        elif verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and _finite_or_saying(verb):
            return verb.head  # a parse that made the subject the root: "[Brazil's ambassador], ..., called on ..."
        else:
            return None
    return None


def _doing_by(preposition: Token) -> bool:
    """Whether a preposition's gerund is what the verb over it did: "wasted no time in condemning", "responded by
    praising", "limited itself to expressing hope that ..." (and "confined", "restricted" itself to)."""
    return preposition.lower_ in ("in", "by") or (
        preposition.lower_ == "to" and preposition.head.lemma_.lower() in ("limit", "confine", "restrict")
    )


# verbs that praise or blame someone "for" what they did: "thanked X for not recognising", "criticised X for hailing"
_FOR_WHAT_THEY_DID = {"thank", "praise", "commend", "applaud", "criticise", "criticize", "blame", "rebuke", "fault"}


def credited_with(verb: Token) -> Token | None:
    """Whom a verb of praise or blame credits with the act `verb` tells after its "for" (its object): "thanked the EU
    for not recognising the vote", "criticised Minsk for hailing the vote"."""
    praising = verb.head.head
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for" or praising.lemma_.lower() not in _FOR_WHAT_THEY_DID:
        return None
    return next((c for c in praising.children if c.dep_ == "dobj"), None)


def _teller_before(participle: Token) -> Token | None:
    """The speech verb of an aside before a participle that the parse hung on the same clause ("..., Kyiv said,
    calling the vote a sham"): who said it does what the participle tells."""
    return next(
        (
            c
            for c in participle.head.children
            if c.dep_ == "parataxis"
            and c.i < participle.i
            and c.lemma_.lower() in SPEECH_VERBS
            and any(g.dep_ == "nsubj" for g in c.children)
        ),
        None,
    )


def _as_role_misread(verb: Token, subject: Token) -> bool:
    """Whether the parse read "as observers said" for a clause of its own, the sentence's root the noun before it:
    "Russian State Duma deputies who were in Tiraspol as observers said ...", "A group of Duma deputies who travelled
    to Tiraspol as observers said" (the sentence has no other verb to say it)."""
    return (
        verb.dep_ == "advcl"
        and verb.head.dep_ in ("ROOT", "relcl")
        and verb.sent.root.pos_ in ("NOUN", "PROPN")
        and subject.pos_ == "NOUN"  # (a bare role: "as observers", not "as Moscow congratulates the winner")
        and subject.i > 0
        and subject.doc[subject.i - 1].lower_ == "as"
        and subject.doc[subject.i - 1].head == verb
    )


def joined_in(verb: Token) -> Token | None:
    """'joined' in "Georgia joined Ukraine in condemning the vote": the verb whose subject does what `verb` says,
    alongside its object."""
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ == "in" and prep.head.lemma_.lower() == "join":
        return prep.head
    return None


_DASHES = {"--", "—", "–"}


def before_dashes(a: PreparedArticle, subject: Token, verb: Token) -> tuple[Span, int] | None:
    """The words up to a pair of dashes that end right before the verb, when the parse took a name between them for
    the subject: "The Minsk Group's co-chairs -- U.S. envoy A, Russia's B and France's C -- had said", with the head
    of the words before the dashes (who speaks; the list between them, who they are)."""
    closing = next((x for x in a.doc[subject.i + 1 : verb.i] if x.text in _DASHES), None)
    if closing is None or any(x.dep_ not in ("aux", "auxpass", "neg", "advmod") for x in a.doc[closing.i + 1 : verb.i]):
        return None
    start = verb.sent.start
    opening = next((x for x in reversed(a.doc[start : subject.i]) if x.text in _DASHES), None)
    if opening is None or opening.i == start:
        return None
    before = a.doc[start : opening.i]
    return (a.doc[start : closing.i], before.root.i) if before.root.pos_ in ("NOUN", "PROPN") else None


def governing_subject(verb: Token) -> Token | None:
    """The subject of the clause a relative clause hangs in, for "it" in that relative clause."""
    clause = verb
    while clause.dep_ != "relcl":
        if clause.head.i == clause.i or clause.dep_ not in ("ccomp", "xcomp", "conj"):
            return None
        clause = clause.head
    governing = clause.head
    while governing.pos_ not in ("VERB", "AUX") and governing.head.i != governing.i:
        governing = governing.head
    subjects = [c for c in governing.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")]
    return subjects[0] if subjects else None


_STANDS = {"position", "stance", "view", "policy"}


def position_owner(verb: Token) -> Token | None:
    """The actor whose position a clause before a colon states, for "it" after the colon: "The EU's position remains
    unchanged: it does not recognise ...", "Turkey's stance is clear: it rejects the vote"."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i):
        for noun in (s for s in clause.children if s.dep_ == "nsubj" and s.lemma_.lower() in _STANDS):
            owner = next((p for p in noun.children if p.dep_ == "poss" and p.pos_ == "PROPN"), None)
            if owner is not None:
                return owner
    return None


def unowned_aide(subject: Token) -> bool:
    """'a spokesperson', 'an official': an aide the subject does not say whose it is."""
    return (
        subject.lower_ in _UNOWNED
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)
        and not any(c.dep_ in ("prep", "poss", "compound", "amod") for c in subject.children)
    )


_UNOWNED = {*AIDES, "official", "representative"}  # (who speaks for someone the subject may leave unsaid)


def stray_agent(a: PreparedArticle, verb: Token) -> Token | None:
    """The agent of a passive verb that the parse hung on a noun: "were described as a violation by the
    Council of Europe" ("by" attached to "violation"), when the phrase names an actor or a body."""
    for t in verb.subtree:
        if t.lower_ == "by" and t.i > verb.i and t.dep_ == "prep":
            objects = [g for g in t.children if g.dep_ == "pobj"]
            if objects:
                start, end = a.doc[objects[0].left_edge.i].idx, token_end(a.doc[objects[0].right_edge.i])
                if any(start <= m.start < end and m.kind in ("actor", "body") for m in a.mentions):
                    return objects[0]
    return None


def capital_setting(a: PreparedArticle, verb: Token) -> Token | None:
    """The capital a passive stance verb with no agent was taken "in", which stands for its government: "The vote
    was welcomed in Moscow", "was condemned in Kyiv" (not "was held in Tskhinvali": no stance)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            if any(m.kind == "capital" and m.start == place.idx for m in a.mentions):
                return place
    return None


_ROLE_GLUE = {"of", "for", "the", "and", "'s", "to", "in", "on"}


def _closes_quotation(first: Token, second: Token) -> bool:
    """Whether a quotation mark closes between two words."""
    return any(t.text in ('"', "”") for t in first.doc[first.i + 1 : second.i])


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


_LABEL_DASHES = {"-", "–", "—", "--"}


def _after_place_label(a: PreparedArticle, left: int, subject: Token) -> int:
    """Where a subject starts after the place a list's entry is labelled with: "• New York - A spokesman for ..."
    ("New York" is no part of the speaker; `loaders.role_owners.setting` reads a capital's label)."""
    first = next((t for t in a.doc[left : subject.i] if not LIST_MARKS.fullmatch(t.text)), None)
    if first is None or not LIST_MARKS.fullmatch(a.norm, a.norm.rfind("\n", 0, first.idx) + 1, first.idx):
        return left
    dash = next((t for t in a.doc[first.i : min(first.i + 4, subject.i)] if t.text in _LABEL_DASHES), None)
    if (
        dash is not None
        and dash.i > first.i
        and a.doc[dash.i - 1].whitespace_
        and all(t.pos_ == "PROPN" for t in a.doc[first.i : dash.i])
    ):
        return dash.i + 1
    return left


def _after_line_label(a: PreparedArticle, left: int, verb: Token) -> int:
    """Where a subject starts after the label of names that opens its line (after any list mark), up to a colon or a
    spaced dash: "Armenia: Prime Minister Nikol Pashinyan congratulated ...", "* EUROPEAN UNION - European Council
    President ... said" (the label says whose reaction the line gives; who spoke follows)."""
    colon = next(
        (
            t
            for t in a.doc[left : min(left + 5, verb.i)]
            if t.text == ":" or t.text in _LABEL_DASHES and t.i > left and a.doc[t.i - 1].whitespace_
        ),
        None,
    )
    if colon is None or colon.i == left or not any(t.pos_ in ("NOUN", "PROPN") for t in a.doc[colon.i + 1 : verb.i]):
        return left
    first = next((t for t in a.doc[left : colon.i] if not _BULLETS.fullmatch(t.text)), None)
    if first is None or not _BULLETS.fullmatch(a.norm, a.norm.rfind("\n", 0, first.idx) + 1, first.idx):
        return left
    return colon.i + 1 if all(t.pos_ == "PROPN" for t in a.doc[first.i : colon.i]) else left


def _names_after(a: PreparedArticle, start: int, end: int) -> int | None:
    """The last token of the run of names from `start` (before `end`): "[Chancellor Angela Merkel's spokesman Steffen
    Seibert] said", "[Prime Minister Nikol Pashinyan] congratulated X, saying"."""
    run = start
    while run < end and (a.doc[run].pos_ in _NAME_WORDS or a.doc[run].text == ","):
        run += 1
    while run > start and (a.doc[run - 1].pos_ == "CCONJ" or a.doc[run - 1].text == ","):
        run -= 1
    return run - 1 if run > start else None


_NAME_WORDS = {"PROPN", "NOUN", "PART", "ADJ", "CCONJ"}  # (the words of who spoke: "X and Y", "Z's spokesman W")
_BULLETS = re.compile(r"[ \t•*·\-–—]*")  # (what may come before a line's label: white space and list marks)


def subject_span(a: PreparedArticle, subject: Token, verb: Token) -> Span:
    """The subject's words, never running into a quotation, and taking in the role words a parse may
    leave out before a name ("NATO's Deputy Assistant Secretary General ... James Appathurai wrote")."""
    left, right = subject.left_edge.i, subject.right_edge.i
    # (a verb the parse hung on the subject, "BAKU - [Azerbaijan] condemned on Thursday ...": its words end before it)
    hung = next((c for c in subject.children if c.dep_ == "acl" and (c.i == verb.i or c.is_ancestor(verb))), None)
    if hung is not None and hung.i > subject.i:
        right = min(right, hung.left_edge.i - 1)
    # (a relative clause set off after the subject, naming a person who says nothing there, is no part of it: "The
    # Bureau, whose head, X, is Chisinau's negotiator, struck", "Erdogan, who calls Putin a friend, said"; but
    # "Germany, which holds the EU presidency, said" and "The EU, whose spokesperson X said" keep theirs)
    relative = next((t for t in a.doc[subject.i + 1 : right + 1] if t.dep_ == "relcl" and t.i < verb.i), None)
    if relative is not None and a.doc[relative.left_edge.i - 1].text == ",":
        clause = a.doc[relative.left_edge.i : min(relative.right_edge.i + 1, verb.i)]
        alone = not any(t.lemma_ in SPEECH_VERBS for t in clause) and subject.ent_type_ != "PERSON"
        if any(e.label_ == "PERSON" and (alone or e.root.dep_ == "dobj") for e in clause.ents):  # ("calls Putin")
            right = min(right, relative.left_edge.i - 2)
    semicolon = next((t.i for t in reversed(a.doc[left : verb.i]) if t.text == ";"), None)
    if semicolon is not None and semicolon < verb.i - 1:  # "Armenia congratulates X; Azerbaijan calls ..."
        if semicolon > subject.i:  # the parse took a word before it: "Leader re-elected; Baku, mediators reject vote"
            return a.doc[semicolon + 1 : verb.i]
        left = max(left, semicolon + 1)
    # a clause the parse hung before the subject, as in a headline: "[Smirnov claims third term in vote] Chisinau calls
    # a farce"
    clause = next((t for t in a.doc[left : subject.i] if t.pos_ in ("VERB", "AUX") and _has_subject(t)), None)
    if clause is not None and clause.right_edge.i < subject.i:
        left = clause.right_edge.i + 1
    # a name the parse hung on the verb before a description of it set off by a comma, which it took for the subject:
    # "[Ankara], the only capital that recognises the breakaway state, congratulated Tatar"
    named = next((c for c in verb.children if c.dep_ == "npadvmod" and c.right_edge.i == left - 2), None)
    if named is not None and a.doc[left - 1].text == "," and named.pos_ == "PROPN" and subject.pos_ == "NOUN":
        left = named.left_edge.i
    # a name the parse left between its title and the verb: "the foreign ministry spokeswoman [Leyla Abdullayeva] said"
    while right + 1 < verb.i and a.doc[right + 1].pos_ == "PROPN" and right + 1 - subject.right_edge.i <= 3:
        right += 1
    # the members of a count, which the parse hung on the verb: "More than 50 countries, [among them Germany and
    # France,] signed"
    between = a.doc[right + 1 : subject.head.i] if subject.head.i > right else a.doc[0:0]
    if (
        len(between) > 3
        and (between[1].lower_, between[2].lower_) == ("among", "them")
        and not any(t.pos_ in ("VERB", "AUX") for t in between)
    ):
        right = max(t.i for t in between if not t.is_punct)
    # (a hyphenated word the parse split, and the name before it: "The OSCE Minsk Group co-chairs noted")
    hyphen = a.doc[left - 1] if left >= 2 else None
    hyphenated = hyphen is not None and hyphen.text == "-" and not (hyphen.whitespace_ or a.doc[left - 2].whitespace_)
    left -= 2 if hyphenated else 0
    if subject.pos_ == "PROPN" or hyphenated:
        while left - 1 >= verb.sent.start and (
            a.doc[left - 1].tag_ in ("NNP", "NNPS", "POS") or a.doc[left - 1].lower_ in _ROLE_GLUE
        ):
            left -= 1
        while left < subject.i and a.doc[left].lower_ in _ROLE_GLUE:
            left += 1
    if _CLOCK.fullmatch(a.doc[left].text):  # a live blog's entry: "15:20 - An EU spokesperson ...", "14:05 GMT - ..."
        left += 1 + (a.doc[left + 1].text in _ZONES)
        while left < subject.i and a.doc[left].is_punct:
            left += 1
    left = _after_place_label(a, left, subject)
    labelled = _after_line_label(a, left, verb)
    if labelled <= subject.i:
        left = labelled
    elif (named := _names_after(a, labelled, verb.i)) is not None:
        left, right = labelled, named  # (the parse took the label for the subject: who spoke is the names after it)
    for start, end in a.filed:
        while left < subject.i and start <= a.doc[left].idx < end:
            left += 1
    for q in a.quotes:  # (one that opens after the subject is no part of it: 'X, said that China "respects ..." and
        # hoped')
        if q.end <= verb.idx and a.doc[left].idx < q.end + 1 and q.start < subject.idx:
            while left < subject.i and a.doc[left].idx < q.end + 1:
                left += 1
        if q.start > verb.idx and a.doc[right].idx >= q.start - 1:
            while right > subject.i and a.doc[right].idx >= q.start - 1:
                right -= 1
    return a.doc[left : right + 1]


def _adding_to_what_was_said(verb: Token) -> bool:
    """Whether a speech verb's participle, set off by a comma, goes on from the clause a speech verb reports, where
    the parse hung it: 'X said the elections "do not change anything", adding that ...' (X adds it, not the
    elections)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in SPEECH_VERBS
        and verb.head.dep_ == "ccomp"
        # (not a speaker's act the clause reports: "X congratulated Y in a telegram, saying ..., the Kremlin said": X)
        and verb.head.lemma_.lower() not in SPEECH_VERBS | STANCE_VERBS
        and verb.head.head.lemma_.lower() in SPEECH_VERBS
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
    )
