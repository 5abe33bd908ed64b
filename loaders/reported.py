"""Statements the text says other actors share: "X has made a similar statement" inside someone's words,
"Lithuania, Latvia and Estonia issued similar statements" or "X echoed the criticism" in the narrative, and
"the states that did not recognise the vote, in particular Canada and Japan", "and neither do the European Union and
the United States", "The following states ... do not recognize the elections:" above a list. Each such actor takes
the stances of the statement it is said to share, on the same votes, as a reported statement; and so does an actor a
judgement of the vote is said to come from ("drawing condemnation from Baku"), the actors one is said to have joined
in it ("Georgia joined Ukraine in condemning the vote"), and the states a declaration says align themselves with it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from loaders.clauses import antecedent, is_negated
from loaders.cue_clauses import holds_a_states_office
from loaders.discourse import Speaker
from loaders.elections import ElectionRef
from loaders.elided import elided, likened
from loaders.event_words import token_end, trim
from loaders.extracted import ExtractedStatement, Extraction
from loaders.prepared import PreparedArticle
from loaders.sharing import actor_at, actors_named, share
from loaders.stance import cue_stances
from loaders.stance_words import CONDEMNATION, NON_RECOGNITION, OTHER, RECOGNITION, VOTE_NOUNS, polarity

# "X issued a similar statement", "X echoed the criticism", "X followed suit": X takes the stance just reported
_SIMILAR = re.compile(
    # (who shares it named after: "a position echoed by Lithuania and Poland", "Similar statements came from Riga")
    r"\b(?:(?P<by>(?:(?:similar|same|identical)\s+(?:statement|position|stance|view|declaration|message)s?"
    r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:issued|made|voiced|expressed|adopted)\s+by|came\s+from)"
    r"|(?:position|stance|view|call|assessment|sentiment)s?\s+(?:echoed|shared|repeated|backed|endorsed)\s+by"
    # ("Her statement was echoed by Canada")
    r"|(?:statement|position|stance|view|remark|comment)s?\s+(?:was|were|has\s+been)\s+(?:echoed|shared|repeated)\s+by"
    # ("Tbilisi's condemnation of the vote was echoed by Kyiv")
    r"|(?:condemnation|criticism|rejection)s?\s+of\s+(?:the\s+)?\w+\s+(?:was|were|has\s+been)\s+(?:echoed|shared|repeated)"
    r"\s+by"
    # ("echoing earlier statements by the United States")
    r"|echo(?:ed|es|ing)?\s+(?:(?:the|earlier|previous|similar)\s+)*(?:statement|remark|comment|criticism|"
    r"condemnation|position|call)s?\s+(?:by|from|of))\s)"
    r"|(?:similar|same|identical)\s+(?:statement|position|stance|view|declaration|message)s?"  # ("a similar message")
    r"|echo(?:ed|es|ing)?\s+(?:the|this|that|these|those|its|their)\s+"
    r"(?:criticism|condemnation|position|stance|statement|view|call|concern|sentiment)s?"
    r"|echo(?:ed|es|ing)?\s+(?:that|this|it)(?=\s*[.,;])"  # ("Kyiv echoed that.")
    r"|(?:shar(?:e|es|ed|ing)[\"”]?|echo(?:ed|es|ing)?)\s+"  # ("shares Chisinau's assessment", "echoed Tbilisi's
    r"(?:that|this|the\s+same|its|their|(?P<whose>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s?)\s+"  # condemnation")
    r"(?:view|position|assessment|stance|concern|condemnation|criticism|rejection)s?"
    r"|followed\s+suit|did\s+the\s+same|did\s+likewise"
    # ("issued statements to that effect", "spoke to the same effect")
    r"|(?:(?:statement|remark|comment|declaration)s?|said\s+(?:\w+\s+)?|spoke)\s+to\s+(?:that|this|the\s+same|a\s+similar)\s+effect"
    # (a position its sharers are named in: "Moldova rejected the vote, a position Romania shared")
    r"|(?:position|stance|view|assessment)\s+(?:that\s+|which\s+)?(?P<within>(?:[A-Z][\w'’.-]*\s+){1,8}?)"
    r"(?:also\s+|fully\s+)?(?:share[sd]?|echo(?:e[sd])?|endorse[sd]?)\b"
    # "said much the same thing in a statement", "making exactly the same point", "said the same." (not "said the
    # same day")
    r"|(?:say|says|said|saying|make|makes|made|making)\s+(?:(?:much|exactly|very\s+much|largely|essentially)\s+)?"
    r"the\s+same(?:\s+(?:thing|point)s?\b|(?=\s*[.,;]|\s+(?:about|of|in|on|regarding)\b)))",
    re.I,
)
# "condemnation from Baku", "criticism by Kyiv and the West": whose judgement the narrative reports
_JUDGEMENTS = {
    "condemnation": CONDEMNATION,
    "criticism": CONDEMNATION,
    "rejection": NON_RECOGNITION,
    "congratulation": RECOGNITION,  # "received messages of congratulations from the leaders of Russia, Syria, ..."
    "recognition": RECOGNITION,  # "Recognition of the result came, predictably, from Moscow"
}
_DRAWING = {"draw", "attract", "prompt", "spark", "provoke", "trigger"}  # what a judgement is drawn by
_JUDGEMENT_FROM = re.compile(
    r"\b(condemnations?|criticism|rejections?|congratulations|recognition(?=\s+of\s+the\s+(?:results?|outcome|vote)))"
    r"(?:\s+of\s+the\s+(?:results?|outcome|vote))?"  # ("Recognition of the result came, predictably, from Moscow")
    r"\s+(?:(?:poured|came|flowed|flooded)(?:\s+in)?(?:,?\s+\w+ly,?)?\s+)?"  # ("Condemnation came swiftly from")
    r"(?:from|by)\s+",  # ("Congratulations poured in from Ankara and Baku")
    re.I,
)
# whose people a judgement is said to come from: "from the leaders of Russia, Syria and Nicaragua"
_LEADERS_OF = re.compile(
    r"(?:the\s+)?(?:leaders|presidents|heads\s+of\s+state|governments|foreign\s+ministers|foreign\s+ministries)\s+of\s+"
)
_LISTED = re.compile(r"(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s*,\s*|\s+and\s+|\s+as well as\s+)?)+")
# "states that did not recognise the vote, in particular the EU, ...": who the examples are examples of
_GENERIC_ACTORS = {"state", "country", "government", "organisation", "organization", "partner", "nation", "ally"}
# the closing paragraph of an EU declaration: "Montenegro, Serbia and Norway align themselves with this declaration"
_ALIGNED = re.compile(
    r"\b(?:align|associate)(?:s|d|ed)?\s+(?:themselves|itself)\s+with\s+(?:this|the|today's)\s+"
    r"(?:declaration|statement)\b",
    re.I,
)
_EXAMPLES = re.compile(r"\b(?:in particular|including|such as|notably|namely|among them|include|naming)\b", re.I)


def shared_statements(a: PreparedArticle, out: Extraction) -> None:
    """Every statement the text says other actors share, read after the statements of the events."""
    judged_in_possessive(a, out)
    similar_statements(a, out)
    exemplified(a, out)
    listed_below(a, out)
    condemned_by(a, out)
    elided(a, out)
    likened(a, out)
    joined(a, out)
    aligned(a, out)


def echoes(a: PreparedArticle, span: tuple[int, int], election: ElectionRef, speaker: Speaker, out: Extraction) -> None:
    """ "X has made a similar statement" inside someone's words: X takes the stance of the sentence before."""
    words_span = a.doc.char_span(*span, alignment_mode="expand")
    sentences = list(words_span.sents) if words_span is not None else []
    for previous, sentence in zip(sentences, sentences[1:], strict=False):
        if not _SIMILAR.search(sentence.text):
            continue
        stances = cue_stances(a.doc, range(previous.start, previous.end), set(a.election_at))
        words = trim(a, max(sentence.start_char, span[0]), min(sentence.end_char, span[1]))
        if not stances or words is None:
            continue
        for actor, m in actors_named(a, sentence.start_char, sentence.end_char, ("actor",)).items():
            if actor != speaker.actor:
                share(out, actor, m, (election,), stances, words)


def similar_statements(a: PreparedArticle, out: Extraction) -> None:
    """ "Lithuania, Latvia and Estonia issued similar statements": the actors named before the phrase, in a
    sentence of the narrative, take the stances of the statement just before, on the same votes (reported)."""
    for found in _SIMILAR.finditer(a.norm):
        span = a.doc.char_span(found.start(), found.end(), alignment_mode="expand")
        sentence = span.sent if span is not None else None
        if sentence is None or a.quoted(sentence.start_char) or sentence.text.rstrip().endswith("?"):
            continue  # (nor a question's: "Does China share that view?", a briefing's question, asks only)
        # (a clause after a semicolon goes on as a sentence would: "Moscow was the first to welcome the result;
        # Nicaragua and Venezuela followed suit")
        semicolon = a.norm.rfind(";", sentence.start_char, found.start())
        start = semicolon + 1 if semicolon >= 0 else sentence.start_char
        # (an echo named after its voice is of what its sentence said before it, if it said anything; so is one whose
        # sentence said something before its voice: "The EU said it does not recognise ..., and Washington said much
        # the same")
        before = [t for t in out.statements if t.words[1] <= start]
        within = [t for t in out.statements if start <= t.words[0] and t.words[1] <= found.start()]
        if found.group("by") or found.group("within"):
            before = [t for t in out.statements if start <= t.words[0] < found.start()] or before
        elif within:
            before, start = within, max(t.words[1] for t in within)
        whose = actor_at(a, found.start("whose")) if found.group("whose") else None
        if whose is not None and not any(t.actor == whose for t in before):
            # ("Kyiv echoed Tbilisi's condemnation of the vote": Georgia's judgement, named in the same sentence)
            before = [t for t in out.statements if t.actor == whose and t.words[0] < sentence.end_char] or before
        words = trim(a, start, sentence.end_char)
        if not before or words is None:
            continue
        last = max(before, key=lambda t: t.words[0])
        if whose is None and last.words[0] < sentence.start_char and not _follows(a, last, sentence):
            continue  # "Russia recognised Abkhazia in 2008. Only Nicaragua ... have followed suit": what was said just
            # before is no statement on the vote, and the one before it is not what they followed
        if whose is not None:  # "Bucharest fully shares Chisinau's assessment": the stance Moldova took last
            before = [t for t in before if t.actor == whose] or before
        if re.search(r"criticism|condemnation", found.group(), re.I):  # "echoing the criticism": of those who rejected
            before = [t for t in before if t.polarity == "reject"] or before
        last = max(before, key=lambda t: t.words[0])
        elections = [t.election for t in before if t.words == last.words and t.actor == last.actor]
        # (what the actor said in that paragraph, all of it: "The United States does not recognise ... We believe the
        # only way is negotiation ... The co-chairs said much the same thing")
        stances = {
            k: v
            for t in before
            if t.actor == last.actor
            and t.election in elections
            and a.paragraph(t.words[0]) == a.paragraph(last.words[0])
            for k, v in t.stances.items()
            if k != OTHER
        } or last.stances
        # "Lithuania's foreign ministry echoed the criticism": the ministry speaks for Lithuania
        voices = (found.end(), sentence.end_char) if found.group("by") else (start, found.start())
        voices = found.span("within") if found.group("within") else voices
        voices = _sharer(a, found) or voices
        for actor, m in actors_named(a, *voices, ("actor", "capital", "body"), groups=True).items():
            if actor != last.actor:
                share(out, actor, m, elections, stances, words)
        _said_the_same(out, found, last, elections, stances)


def _sharer(a: PreparedArticle, found: re.Match[str]) -> tuple[int, int] | None:
    """Nobody named, when the one who "shares" the concerns is "we" or "I": the voice of the words, who spoke before
    ("We've seen the OSCE's report, and we share its concerns": not the OSCE, whose concerns they are)."""
    if not found.group().lower().startswith("shar"):
        return None
    span = a.doc.char_span(found.start(), found.end(), alignment_mode="expand")
    subject = next((c for c in span[0].children if c.dep_ == "nsubj"), None) if span is not None else None
    return (found.start(), found.start()) if subject is not None and subject.lower_ in ("we", "i") else None


def _said_the_same(
    out: Extraction, found: re.Match[str], last: ExtractedStatement, elections: list, stances: dict[str, str]
) -> None:
    """Words the rules read as taking no side that are the phrase itself: "The co-chairs said much the same thing"
    is the co-chairs' share of the stance just reported (reported); "The presidency issued a declaration making the
    same point", in the words of the speaker who reports it, is not that speaker's own."""
    for t in [t for t in out.statements if set(t.stances) == {OTHER} and t.words[0] < found.end() <= t.words[1]]:
        out.statements.remove(t)
        if t.actor != last.actor:
            out.statements += [
                replace(t, election=e, stances=dict(stances), polarity=polarity(stances), mode="reported")
                for e in elections
            ]


def _follows(a: PreparedArticle, last: ExtractedStatement, sentence: Span) -> bool:
    """Whether the sentence follows the statement: no sentence of its own paragraph that the statement does not reach
    comes between them, but for one that names no actor and no vote ("Estonia does not recognise them. We are not
    alone. Latvia and Lithuania have said the same")."""
    while sentence.start > 0:
        previous = a.doc[sentence.start - 1].sent
        if a.paragraph(previous.start_char) != a.paragraph(sentence.start_char) or last.words[1] > previous.start_char:
            return True
        if a.vote_mentions(list(range(previous.start, previous.end))) or any(
            previous.start_char <= m.start < previous.end_char and m.kind != "territory" for m in a.mentions
        ):
            return False
        sentence = previous
    return True


def exemplified(a: PreparedArticle, out: Extraction) -> None:
    """ "thanked the states that did not recognise the vote, in particular the European Union, the United States
    and Canada": the actors given as examples of those who took a stance take it (reported)."""
    for verb in (a.doc[i] for i in a.with_dep(("relcl",))):
        if verb.head.lemma_.lower() not in _GENERIC_ACTORS or a.quoted(verb.idx):
            continue
        marker = _EXAMPLES.search(a.norm, verb.idx, verb.sent.end_char)
        if marker is None:
            continue
        clause = [t.i for t in verb.subtree if t.idx < marker.start()]
        stances = cue_stances(a.doc, clause, set(a.election_at))
        votes = a.vote_mentions(clause)
        elections = votes[0] if votes else (a.main_elections if set(stances) & {RECOGNITION, NON_RECOGNITION} else ())
        words = trim(a, verb.sent.start_char, verb.sent.end_char)
        if not stances or not elections or words is None:
            continue
        for actor, m in actors_named(a, marker.end(), verb.sent.end_char, ("actor", "body")).items():
            share(out, actor, m, elections, stances, words)


# "The following states and international organizations have made statements in which they declared that they do not
# recognize the elections:", with the actors one to a line below it, each after a dash, a bullet or a number
_FOLLOWING = re.compile(r"\bthe\s+following\s+(?:states|countries|governments|organi[sz]ations|partners)\b", re.I)
_ITEM = re.compile(r"[ \t]*(?:[-–—•*·]|\d{1,2}[.)])[ \t]*\S")


def listed_below(a: PreparedArticle, out: Extraction) -> None:
    """ "The following states ... declared that they do not recognize the elections:" and the actors listed one to a
    line below it: each takes the stance of that line, on the votes it names (else the article's), reported."""
    for found in _FOLLOWING.finditer(a.norm):
        line_start, line_end = a.paragraphs[a.paragraph(found.start())]
        if a.quoted(found.start()) or not a.norm[line_start:line_end].rstrip().endswith(":"):
            continue
        tokens = a.tokens(line_start, line_end)
        stances = cue_stances(a.doc, tokens, set(a.election_at))
        votes = a.vote_mentions(tokens)
        elections = votes[0] if votes else a.main_elections
        words = trim(a, line_start, line_end)
        if not stances or not elections or words is None:
            continue
        for start, end in a.paragraphs[a.paragraph(found.start()) + 1 :]:
            if not _ITEM.match(a.norm, start, end):
                break
            for actor, m in actors_named(a, start, end, ("actor",)).items():
                share(out, actor, m, elections, stances, words)


def condemned_by(a: PreparedArticle, out: Extraction) -> None:
    """ "drawing swift condemnation from Baku and a string of foreign governments", "a vote that met with
    criticism from Kyiv": the actors a judgement of the vote is said to come from take it (reported)."""
    for found in _JUDGEMENT_FROM.finditer(a.norm):
        if a.quoted(found.start()):
            continue
        span = a.doc.char_span(found.start(), found.end(), alignment_mode="expand")
        sentence = span.sent if span is not None else None
        words = trim(a, sentence.start_char, sentence.end_char) if sentence is not None else None
        if words is None or _drawn_by_other(a, span[0]):
            continue
        votes = a.vote_mentions(list(range(sentence.start, sentence.end)))
        elections = votes[0] if votes else a.main_elections
        stance = _JUDGEMENTS[found.group(1).lower().rstrip("s")]
        # the actors listed right after the phrase ("from Baku and a string of foreign governments", "from the
        # leaders of Russia, Syria and Nicaragua")
        start = leaders.end() if (leaders := _LEADERS_OF.match(a.norm, found.end())) else found.end()
        listed = _LISTED.match(a.norm, start)
        for actor, m in actors_named(a, start, listed.end() if listed else start, ("actor", "capital", "body")).items():
            if not _THEIRS.match(a.norm, m.end):
                share(out, actor, m, elections, {stance: found.group(1)}, words)


# a judgement of the vote named as a noun, with its author in the possessive: "Tbilisi's condemnation of the vote",
# "the EU's refusal to recognise the vote"
_POSSESSED_JUDGEMENTS = {**_JUDGEMENTS, "recognition": RECOGNITION, "denunciation": CONDEMNATION}
_REFUSALS = {"refusal": NON_RECOGNITION}
_ACCEPTING = {"recognise", "recognize", "accept", "acknowledge", "respect"}  # what a refusal takes
# a decision named with its author, whose verb says the judgement: "Russia's decision to respect the outcome"
_DECISIONS = {"decision": None}


def judged_in_possessive(a: PreparedArticle, out: Extraction) -> None:
    """ "Tbilisi's condemnation of the vote was swift", "Moscow's recognition of the results", "Moscow's
    congratulations to the winner", "the EU's refusal to recognise the vote", "Russia's decision to respect the
    outcome": the actor named in the possessive takes the judgement the noun names (or, for a decision, its verb),
    when what it judges is the vote (reported; not "Russia's recognition of Abkhazia's independence")."""
    judgements = {**_POSSESSED_JUDGEMENTS, **_REFUSALS, **_DECISIONS}
    for i in a.with_words(frozenset(judgements)):
        noun = a.doc[i]
        author = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if noun.pos_ != "NOUN" or author is None or a.quoted(noun.idx):
            continue
        if noun.lemma_.lower() in _REFUSALS | _DECISIONS.keys():  # what it refuses (or decides) to recognise
            taking = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _ACCEPTING), None)
        else:  # what it is "of"
            taking = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        greeted = _greeted(noun)
        judged = next((c for c in taking.children if c.dep_ in ("pobj", "dobj")), None) if taking else None
        judged = judged or greeted
        votes = a.vote_mentions([judged.i]) if judged is not None else []
        if judged is None or not votes and judged.lower_ not in VOTE_NOUNS | {"outcome"} and judged is not greeted:
            continue
        sentence = noun.sent
        words = trim(a, sentence.start_char, sentence.end_char)
        actor = actor_at(a, a.doc[author.left_edge.i].idx) or actor_at(a, author.idx)
        mention = next((m for m in a.mentions if m.start <= author.idx < m.end), None)
        if words is None or actor is None or mention is None:
            continue
        stance = judgements[noun.lemma_.lower().rstrip("s")] or (NON_RECOGNITION if is_negated(taking) else RECOGNITION)
        share(out, actor, mention, votes[0] if votes else a.main_elections, {stance: noun.text}, words)


def _greeted(noun: Token) -> Token | None:
    """The winner or the win that congratulations go to: "Moscow's congratulations to the winner", "... to Gunba",
    "... on his victory" (not to one who holds a state's office: "China's congratulations to Putin", on his country's
    own vote)."""
    if noun.lemma_.lower().rstrip("s") != "congratulation":
        return None
    objects = [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in ("to", "on")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if any(g.ent_type_ == "PERSON" and holds_a_states_office(g) for g in objects):
        return None
    return next((g for g in objects if g.lower_ in _WINNING or g.ent_type_ == "PERSON"), None)


_WINNING = {"winner", "victor", "victory", "win", "re-election", "election"}


# those an actor named in the possessive stands with, who are not it: "criticism from Azerbaijan's partners"
_THEIRS = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:partners|allies|friends|neighbou?rs|supporters|backers)\b", re.I)


def _drawn_by_other(a: PreparedArticle, judgement: Token) -> bool:
    """Whether what drew the judgement is something other than a vote: "Tatar's decision to reopen Varosha, which
    drew criticism from the United Nations" (not "the vote, which drew criticism", nor "held a vote, drawing
    condemnation from Baku", where the clause has no subject of its own)."""
    verb = judgement.head
    if judgement.dep_ != "dobj" or verb.lemma_.lower() not in _DRAWING:
        return False
    drawer = antecedent(verb) or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return drawer is not None and drawer.i not in a.election_at and drawer.lemma_.lower() not in VOTE_NOUNS


def aligned(a: PreparedArticle, out: Extraction) -> None:
    """ "The candidate countries Montenegro and Serbia, ... and the Republic of Moldova align themselves with this
    declaration": each state named takes what the declaration said, the stances of its author's statements on
    each vote (reported)."""
    for found in _ALIGNED.finditer(a.norm):
        span = a.doc.char_span(found.start(), found.end(), alignment_mode="expand")
        sentence = span.sent if span is not None else None
        words = trim(a, sentence.start_char, sentence.end_char) if sentence is not None else None
        before = [t for t in out.statements if t.words[1] <= found.start()]
        if words is None or not before or a.quoted(found.start()):
            continue
        author = max(before, key=lambda t: t.words[0]).actor
        said: dict[ElectionRef, dict[str, str]] = {}
        for t in before:
            if t.actor == author:
                said.setdefault(t.election, {}).update(t.stances)
        for actor, m in actors_named(a, sentence.start_char, found.start(), ("actor",)).items():
            if actor != author:
                for election, stances in said.items():
                    share(out, actor, m, (election,), stances, words)


def joined(a: PreparedArticle, out: Extraction) -> None:
    """ "Georgia joined Ukraine in condemning the vote": the actors joined (the object of "joined") take the stances
    of what the subject joined them in, on the same votes (reported)."""
    for i in a.with_words({"join"}):
        verb = a.doc[i]
        clause = next((g for c in verb.children if c.lower_ == "in" for g in c.children if g.dep_ == "pcomp"), None)
        joined_ones = [c for c in verb.children if c.dep_ == "dobj"]
        if clause is None or not joined_ones or a.quoted(verb.idx):
            continue
        said = [t for t in out.statements if t.words[0] <= clause.idx < t.words[1] and t.mode != "reported"]
        words = trim(a, verb.sent.start_char, verb.sent.end_char)
        start, end = a.doc[joined_ones[0].left_edge.i].idx, token_end(a.doc[joined_ones[0].right_edge.i])
        for actor, m in actors_named(a, start, end, ("actor", "capital"), groups=True).items():
            if words is not None and actor not in {t.actor for t in said}:
                for t in said:
                    share(out, actor, m, (t.election,), t.stances, words)
