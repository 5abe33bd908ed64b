"""The quotations that belong to each speech event: the one right after it ("...," X said), the one right before it
(X said: "..."), the one that opens the paragraph below a line ending in a colon ("X made the following statement
today:"), the one after a colon that follows a statement's issuing ("X has issued a statement on the voting: "..."),
and each paragraph of a quotation over several whose last says who spoke.
`loaders.statements` attaches them before it reads the events, and reads a sentence the attribution broke in two
as one quotation.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from loaders.events import ISSUING, Event
from loaders.prepared import PreparedArticle
from loaders.quotes import Quote
from loaders.speech_verbs import SPEECH_VERBS


def _within(q: Quote, span: tuple[int, int]) -> bool:
    """Whether a quotation, marks and all, lies inside a clause's span."""
    return span[0] <= q.start and q.end <= span[1] + 2


def attach_quotes(a: PreparedArticle, events: list[Event]) -> None:
    """Give each quotation to the speech event right after it ("...,” X said) or right before it (X said: “...”)."""
    speech = [e for e in events if e.verb.lemma_.lower() in SPEECH_VERBS or e.verb.lower_ == "according"]
    for q in a.quotes:
        last_sentence = a.doc.char_span(q.end - 1, q.end, alignment_mode="expand")
        first_sentence = a.doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        if last_sentence is None or first_sentence is None:
            continue
        s_end = last_sentence.sent
        s_start = first_sentence.sent
        p_start, p_end = next(((s, e) for s, e in a.paragraphs if s <= q.start <= e), (0, len(a.text)))
        following = [
            e
            for e in speech
            if q.end <= e.verb.idx < min(s_end.end_char, p_end)
            and not any(q.end < o.start < e.verb.idx for o in a.quotes if not _joined(a, q, o))
        ]
        preceding = [
            e
            for e in speech
            if max(s_start.start_char, p_start) <= e.verb.idx < q.start
            and not any(e.verb.idx < o.start < q.start for o in a.quotes if o is not q)
        ]
        if preceding:  # (not to one a colon follows, which introduces its own, when another verb before may have it:
            # '..., who called the elections illegal and said they "undermine the accords", X said: "We disagree."')
            following = [e for e in following if not _colon_after(a, e)]
        # (not to the verb after it when the one before governs it: 'called the vote "yet another attempt ..." and
        # urged the international community not to recognise its outcome')
        governed = preceding and preceding[-1].content and _within(q, preceding[-1].content)
        # (nor when another verb before it holds it in its words: 'praised the "high level of civic engagement" and
        # said the vote had been "free and competitive"': the first quotation is what was praised)
        held = [
            e
            for e in events
            if e not in speech
            and e.content
            and max(s_start.start_char, p_start) <= e.verb.idx < q.start
            and _within(q, e.content)
        ]
        if following and not governed and held:
            held[-1].quotes.append(q)
        elif following and not governed:
            following[0].quotes.append(q)
        elif preceding:
            preceding[-1].quotes.append(q)
        elif (issued := _issued_before(a, q, events, max(s_start.start_char, p_start))) is not None:
            issued.quotes.append(q)
        elif (introduced := _introduced_above(a, q, events)) is not None:
            introduced.quotes.append(q)
    for q in reversed(a.quotes):  # (last first: a quotation over three paragraphs goes back one at a time)
        if not any(q in e.quotes for e in events) and (next_one := _goes_on_below(a, q)) is not None:
            owner = next((e for e in events if next_one in e.quotes), None)
            if owner is not None:
                owner.quotes.append(q)


def _goes_on_below(a: PreparedArticle, q: Quote) -> Quote | None:
    """The quotation that opens the next paragraph, when `q` runs unclosed to the end of its own: a quotation over
    paragraphs, each opening with a mark, the last closed before who said it ('"The elections have no legal value.' /
    '"At the same time, we remain committed ...," X said.')."""
    paragraph = next((i for i, (s, e) in enumerate(a.paragraphs) if s <= q.start <= e), None)
    if paragraph is None or paragraph + 1 >= len(a.paragraphs) or a.norm[q.end : a.paragraphs[paragraph][1]].strip():
        return None
    start = a.paragraphs[paragraph + 1][0]
    opening = start + len(a.norm[start:]) - len(a.norm[start:].lstrip())
    return next((o for o in a.quotes if o.start == opening + 1), None)


# what joins two quotations of one clause: 'were "in breach of the law" and "undermine the Minsk protocol"'
_JOINER = re.compile(r"[\s\"”’]*(?:,\s*)?(?:and|or)?\s*[\"“‘]?\s*")


def _joined(a: PreparedArticle, q: Quote, other: Quote) -> bool:
    """Whether every quotation from `q` to `other` follows the one before it with "and", "or" or a comma alone, as
    quotations of one clause do: the attribution after the last one is the first one's too."""
    chain = [x for x in a.quotes if q.start <= x.start <= other.start]
    return all(_JOINER.fullmatch(a.norm, before.end, after.start) for before, after in itertools.pairwise(chain))


def _colon_after(a: PreparedArticle, e: Event) -> bool:
    """Whether a colon follows the event's verb (X said: "..."): it introduces the quotation after it."""
    return a.norm[e.verb.idx + len(e.verb.text) :].lstrip().startswith(":")


def _issued_before(a: PreparedArticle, q: Quote, events: list[Event], start: int) -> Event | None:
    """The issuing of a statement that a colon right before the quotation ends, in its sentence: "Ukraine's foreign
    ministry has issued a statement on the voting ...: "These so-called elections are null and void"."""
    issued = [e for e in events if e.verb.lemma_.lower() in ISSUING and start <= e.verb.idx < q.start]
    return issued[-1] if issued and a.norm[: q.start].rstrip(' "“«„').endswith(":") else None


def _introduced_above(a: PreparedArticle, q: Quote, events: list[Event]) -> Event | None:
    """The event that introduced a quotation opening its paragraph from the paragraph above: one that ends with a
    colon ("X made the following statement today:"), or one whose own quotation ran on to the end of that paragraph
    (a quotation over several paragraphs, each opened by a mark and only the last one closed)."""
    paragraph = a.paragraph(q.start)
    if paragraph < 1 or q.depth or a.norm[a.paragraphs[paragraph][0] : q.start].strip() not in ('"', "“", "«", "„"):
        return None
    above_start, above_end = a.paragraphs[paragraph - 1]
    above = a.norm[above_start:above_end].rstrip()
    if above.endswith(":"):
        return next((e for e in reversed(events) if above_start <= e.verb.idx < above_end), None)
    return next(
        (e for e in events for o in e.quotes if above_start <= o.start and not a.norm[o.end : above_end].strip(' "”')),
        None,
    )


def joined_sentences(a: PreparedArticle, quotes: list[Quote]) -> list[Quote]:
    """An event's quotations, each sentence broken by the attribution one quotation ('"We will never recognise," the
    minister said, "these so-called elections."': the first ends on a comma, the second goes on in lower case)."""
    joined: list[Quote] = []
    for q in quotes:
        last = joined[-1] if joined else None
        between = a.norm[last.end : q.start] if last is not None else ""
        if last is not None and a.norm[last.start : last.end].endswith(",") and _goes_on(a, q, between):
            joined[-1] = replace(last, end=q.end)
        else:
            joined.append(q)
    return joined


def _goes_on(a: PreparedArticle, q: Quote, between: str) -> bool:
    """Whether a quotation goes on with the sentence a comma broke before the attribution `between` them."""
    first = a.norm[q.start : q.start + 1]
    attribution = between.strip(" \"'")
    # (set off by commas: not 'the ministry said, thanking partners for their "consistent policy"', a phrase quoted)
    return first.islower() and attribution.endswith(",") and "\n" not in between and len(between.split()) <= 12


def named_before_quote(a: PreparedArticle, q: Quote, named_at: tuple[int, int]) -> bool:
    """Whether a person named at `named_at` is who speaks a quotation no speech verb introduces: named in a label right
    before it ('Lithuania – Foreign Minister X: "..."', 'Russia (spokeswoman X): "..."'), or in the paragraph right
    above one the quotation opens ("Deputy Prime Minister X gave his assessment at a press conference on Tuesday."
    then '"Chisinau does not recognise these elections. ..."')."""
    if re.fullmatch(r"\s*\)?\s*:\s*[\"“]?", a.norm[named_at[1] : q.start]):
        return True
    paragraph = a.paragraph(q.start)
    opens = a.norm[a.paragraphs[paragraph][0] : q.start].strip() in ('"', "“", "«", "„")
    return opens and paragraph > 0 and a.paragraph(named_at[0]) == paragraph - 1


# what opens a quotation of those thanked and what for: 'thanked "our partners for their firm support for ..."'
_THANKING = re.compile(r"\b(?:thank(?:s|ed|ing)?|(?:grateful|gratitude)\s+to)\s*[\"“]?\s*$", re.I)


def thanked_for(a: PreparedArticle, q: Quote) -> bool:
    """Whether a quotation is what someone thanks others for, right after the thanking ('The ministry thanked "our
    international partners for their firm support for Georgia's territorial integrity"'): the partners' stance, not
    the thanker's."""
    return _THANKING.search(a.norm, max(0, q.start - 30), q.start) is not None
