"""Who a quotation with no speech verb is credited to by the layout around it: the line under it or a dash after it
('"..." — British Foreign Secretary William Hague'), a bracket after it at its paragraph's end ('The vote "has no
legitimacy" (Georgian Foreign Ministry).'), or a name and a colon before it ('Georgian Foreign Minister X: "..."');
`loaders.statements` asks it for each quotation no event takes. And a dash at a paragraph's end that credits all of
it ("... — EU spokesperson Anitta Hipper"), or a table row's last cell ("Chancellor Olaf Scholz, 28 Sept"), which
names the speaker of the paragraph's statements.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.discourse import Discourse, Speaker
from loaders.extracted import ExtractedStatement
from loaders.prepared import PreparedArticle
from loaders.quotes import Quote
from loaders.speakers import resolve_subject

# the line under a quotation that credits it: "— British Foreign Secretary William Hague", "- Kremlin statement"
_CREDIT = re.compile(r"\s*(?:—|–|--|-)\s*(?P<who>[^,\n]+?)(?=,|\s+(?:after|in|at|on|during|following)\s|\s*$)")


# a headline's quotation credited to whom it interviews: '"Russia is trying to annex Donbas": an interview with X'
_INTERVIEWED = re.compile(
    r"\s*:\s*(?:an?\s+|our\s+)?(?:(?:exclusive|extended|full)\s+)?(?:interview|conversation|Q&A)\s+with\s+"
    r"(?P<who>[^,\n]+?)(?=,|\s+(?:after|in|at|on|during|following|about)\s|\s*$)",
    re.I,
)
# a round-up's label in capitals before a quotation that opens its line: 'TBILISI: "Illegitimate sham" - X'
_CAPITAL_LABEL = re.compile(r"\s*[A-Z][A-Z .'’-]{1,40}:\s*[\"“]")
# who a bracket after a quotation, at its paragraph's end, credits it to: '"..." (Georgian Foreign Ministry).'
_BRACKETED_CREDIT = re.compile(r"\((?P<who>[^()\n]{2,80})\)[ \t]*\.?[ \t]*")


def credited(a: PreparedArticle, q: Quote) -> Speaker | None:
    """Who the line under a quotation that is a paragraph of its own credits it to, as a box of quotations lays
    them out: '"A referendum held at the barrel of a gun is a mockery of democracy."' over "— British Foreign
    Secretary William Hague", or a dash after it on its line ('"..." — Ministry of Foreign Affairs of Georgia'), up
    to the line's first comma or preposition, which go on to say when or where: "— Kremlin statement after Putin's
    call with Obama" (the line may open with a round-up's label: 'TBILISI: "..." - Georgian Foreign Ministry'); or a
    bracket after it at its paragraph's end, wherever it stands ('The vote "has no legitimacy" (Georgian Foreign
    Ministry).'); or whom a headline's quotation says it interviews ('"...": an interview with X')."""
    paragraph = a.paragraph(q.start)
    if paragraph >= len(a.paragraphs):
        return None
    after, end = q.end, a.paragraphs[paragraph][1]
    while after < end and a.norm[after] in ' ".”':
        after += 1
    if bracketed := _BRACKETED_CREDIT.fullmatch(a.norm, after, end):  # ('The vote "..." (Georgian Foreign Ministry).')
        credit = bracketed
    elif a.norm[a.paragraphs[paragraph][0] : q.start].strip() not in ('"', "“") and not _CAPITAL_LABEL.fullmatch(
        a.norm, a.paragraphs[paragraph][0], q.start
    ):
        return None
    elif interviewed := _INTERVIEWED.match(a.norm, after, end):  # ('"...": an interview with X')
        credit = interviewed
    elif verdict := _VERDICT_OF.match(a.norm, after, end):  # ('"Illegitimate." That was the verdict of X, when ...')
        credit = verdict
    elif after < end:  # (or after it on its own line: '"..." — Ministry of Foreign Affairs of Georgia')
        credit = _CREDIT.match(a.norm, after, end)
    else:
        credit = _CREDIT.match(a.norm, *a.paragraphs[paragraph + 1]) if paragraph + 1 < len(a.paragraphs) else None
    if credit is None:
        return None
    span = a.doc.char_span(credit.start("who"), credit.end("who"), alignment_mode="contract")
    speakers = resolve_subject(a.doc, span, span.root.i, a.mentions, a.norm, Discourse()) if span else []
    return speakers[0] if len(speakers) == 1 else None


def under_heading(a: PreparedArticle, q: Quote, discourse: Discourse) -> Speaker | None:
    """The actor of the heading right above a paragraph that opens with a quotation, in a round-up of reactions
    ("Georgian Foreign Ministry" over '"The so-called presidential elections ... Georgia does not recognize ..."'):
    the heading says whose words they are, whatever actor they name first."""
    paragraph = a.paragraph(q.start)
    if discourse.header is None or not 0 < paragraph < len(a.paragraphs):
        return None
    above = a.norm[slice(*a.paragraphs[paragraph - 1])].strip()
    opens = a.norm[a.paragraphs[paragraph][0] : q.start].strip() in ("", '"', "“")
    heading = len(above.split()) <= 8 and not above.endswith((".", ":", '"', "”", "?"))
    named = any(a.paragraphs[paragraph - 1][0] <= m.start < a.paragraphs[paragraph - 1][1] for m in a.mentions)
    return Speaker(discourse.header, (q.start, q.start)) if opens and heading and named else None


# the sentence after a quotation that opens a paragraph and says whose word it was: '"Illegitimate." That was the
# one-word verdict of Moldova's Deputy Prime Minister for Reintegration, X, when asked ...'
_VERDICT_OF = re.compile(
    r"\s*That\s+(?:was|is)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:verdict|reaction|response|answer|word|assessment)\s+of\s+"
    r"(?P<who>[^.;:\n]{3,120}?)(?=,\s+(?:when|as|after|who)\b|[.;:]|$)"
)


# who is named before a colon that opens a quotation, in a sentence of its own: 'Georgian Foreign Minister Maka
# Botchorishvili: "These so-called elections ..."' (after another sentence of the paragraph)
_BEFORE_COLON = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s))(?P<who>[A-Z][^.!?:\"“”\n]{2,120}?)\s*:\s*[\"“]?$", re.M
)


def named_before_colon(a: PreparedArticle, q: Quote, discourse: Discourse) -> Speaker | None:
    """The one who speaks a quotation that a phrase naming them and a colon introduce, with no verb between."""
    start = a.paragraphs[a.paragraph(q.start)][0] if a.paragraph(q.start) < len(a.paragraphs) else 0
    before = _BEFORE_COLON.search(a.norm, start, q.start)
    if before is None:
        return None
    span = a.doc.char_span(before.start("who"), before.end("who"), alignment_mode="contract")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    speakers = resolve_subject(a.doc, span, span.root.i, a.mentions, a.norm, discourse)
    return speakers[0] if len(speakers) == 1 and speakers[0].persons else None


# a paragraph's last words after a dash that credit all of it: "... in Georgia's breakaway region of Abkhazia. — EU
# spokesperson Anitta Hipper" (a channel's post, a box of reactions)
_TRAILING_CREDIT = re.compile(r"(?<=[.!?\"”])[ \t]+(?:—|–|--|-)[ \t]*(?P<who>[^\n—–]{3,100}?)[ \t]*$")
# a tab-separated table row's last cell, which names the source of the row's reaction, up to a comma and its date:
# "Germany<tab>Will never recognise ...<tab>Chancellor Olaf Scholz, 28 Sept"
_SOURCE_CELL = re.compile(r"\t[ \t]*(?P<who>[^\t\n,]{3,100}?)[ \t]*(?:,[^\t\n]*)?$")


def credited_at_end(a: PreparedArticle, statements: list[ExtractedStatement]) -> list[ExtractedStatement]:
    """The statements of a paragraph whose last words, after a dash, credit it to a person ("— EU spokesperson Anitta
    Hipper"), with that person as their speaker when they speak for the same actor and no one is named yet."""
    credits: dict[int, Speaker] = {}
    for paragraph, (start, end) in enumerate(a.paragraphs):
        credit, row = _TRAILING_CREDIT.search(a.norm, start, end), Discourse()
        if credit is None and a.norm.count("\t", start, end) >= 2:
            credit = _SOURCE_CELL.search(a.norm, start, end)
            # (whose a bare office is: the row's, which its first cell names: "Serbia<tab>...<tab>President X")
            first = next((m for m in a.mentions if start <= m.start < a.norm.find("\t", start) and m.entity), None)
            row = Discourse(header=first.entity) if first else row
        if speaker := _person_credited(a, credit, row):
            credits[paragraph] = speaker
    return _with_credits(statements, credits, lambda s: a.paragraph(s.words[0]))


# whose words a sentence says it gives, in passing: "Kiev branded the vote a farce, in the words of President Petro
# Poroshenko", "a provocation, as Foreign Minister X put it"
_IN_THE_WORDS = re.compile(
    r"\bin\s+the\s+words\s+of\s+(?P<who>[^,.;:\n\"“”]{3,80}?)(?=[,.;:]|\s+(?:and|who)\s)"
    r"|\bas\s+(?P<putter>[A-Z][^,.;:\n\"“”]{2,80}?)\s+put\s+it\b"
)


def credited_in_passing(a: PreparedArticle, statements: list[ExtractedStatement]) -> list[ExtractedStatement]:
    """The statements of a sentence that credits its words to a person in passing ("..., in the words of President
    Petro Poroshenko, ...", "as Lavrov put it"), with that person as their speaker when they speak for the same actor
    and no one is named yet."""
    credits: dict[int, Speaker] = {}
    for found in _IN_THE_WORDS.finditer(a.norm):
        span = a.doc.char_span(found.start(), found.end(), alignment_mode="expand")
        group = "who" if found.group("who") else "putter"
        if span is not None and (speaker := _person_credited(a, found, group=group)):
            credits[span.sent.start] = speaker
    return _with_credits(statements, credits, lambda s: _sentence_of(a, s))


def _person_credited(
    a: PreparedArticle, credit: re.Match[str] | None, discourse: Discourse | None = None, group: str = "who"
) -> Speaker | None:
    """The one person the words a credit names are (no verb among them)."""
    span = a.doc.char_span(*credit.span(group), alignment_mode="contract") if credit else None
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    speakers = resolve_subject(a.doc, span, span.root.i, a.mentions, a.norm, discourse or Discourse())
    return speakers[0] if len(speakers) == 1 and speakers[0].persons else None


def _sentence_of(a: PreparedArticle, s: ExtractedStatement) -> int:
    span = a.doc.char_span(*s.words, alignment_mode="expand")
    return span.sent.start if span is not None else -1


def _with_credits(statements: list[ExtractedStatement], credits: dict[int, Speaker], scope) -> list[ExtractedStatement]:
    """The statements, each credited to the person of its scope's credit (a paragraph, a sentence) when that person
    speaks for the statement's actor and no one is named yet."""
    if not credits:
        return statements
    result = []
    for s in statements:
        credit = credits.get(scope(s))
        if credit is not None and credit.actor == s.actor and not s.speaker.persons:
            s = replace(s, speaker=replace(s.speaker, persons=credit.persons, role=credit.role))
        result.append(s)
    return result
