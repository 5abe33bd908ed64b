"""The prepared article: its normalised text parsed by spaCy, with the actors, votes, quotations, paragraphs
and datelines found in it, and the lookups the later stages need. Offsets are those of the original text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from loaders.all_caps import recase
from loaders.article import Article
from loaders.clauses import ancestors, doc_text, keep_doc_text
from loaders.dates import unyeared_days
from loaders.elections import ElectionMention, ElectionRef, find_election_mentions
from loaders.gazetteer import Entity, load_gazetteer
from loaders.mentions import Mention, find_mentions
from loaders.occupied import occupied_territories
from loaders.quotes import Quote, speeches
from loaders.sentence_table import SentenceTable, index_sentences
from loaders.stance_words import VOTE_NOUNS
from loaders.text import datelines, normalise, paragraphs
from loaders.vote_resolution import resolve_elections
from loaders.vote_year import territory_names, vote_year
from loaders.wrapping import unwrap

# At most this many words on a line of its own make a heading, not a paragraph (PreparedArticle.heading)
HEADING_WORDS = 10


@dataclass
class PreparedArticle:
    """Everything the walk over one article needs to look up."""

    text: str
    norm: str
    doc: Doc
    mentions: list[Mention]
    election_at: dict[int, tuple[ElectionRef, ...]]  # token index -> the election(s) a vote mention names
    quotes: list[Quote]
    paragraphs: list[tuple[int, int]]
    published: date | None
    year: int | None  # without a publication date, the year its undated dates fall in (loaders.vote_year)
    # the vote the article is about when it names one, or the votes it names when they were held together
    # (on one day, in several territories or as an election and a referendum)
    main_elections: tuple[ElectionRef, ...] = ()
    filed: tuple[tuple[int, int], ...] = ()  # wire datelines: where the story was filed, not who spoke
    home: Entity | None = None  # the state whose capital the first dateline names: whose "government" is meant
    planned_at: frozenset[int] = frozenset()  # the tokens of votes said to be ahead that no list knows (undated)
    sentences: SentenceTable | None = field(default=None, repr=False, compare=False)  # (what `.sent` reads)
    _quote_reach: tuple[list[int], list[int]] | None = field(default=None, repr=False, compare=False)
    _by_dep: dict[int, list[int]] | None = field(default=None, repr=False, compare=False)
    _words: tuple[list[str], list[str]] | None = field(default=None, repr=False, compare=False)
    _speeches: list | None = field(default=None, repr=False, compare=False)  # (`loaders.layout.speeches`)
    _labels: tuple[list, list] | None = field(default=None, repr=False, compare=False)  # (`loaders.layout._labels`)

    def story_day(self) -> date | None:
        """The day of the story: its publication date, or an undated wire's dateline day ("NICOSIA, Feb 21 (AFP) -")
        in the year its votes place it in."""
        return self.published if self.published is not None else _filed_on(self.norm, self.filed, self.year)

    def in_quote(self, offset: int) -> Quote | None:
        return next((q for q in self.quotes if q.start <= offset < q.end), None)

    def quoted(self, offset: int) -> bool:
        """Whether `offset` is inside a quotation: `in_quote` as a test, in O(log n) for the walk over every
        token (the quotations sorted by start, with the furthest end reached by those starting up to each)."""
        if self._quote_reach is None:
            spans = sorted((q.start, q.end) for q in self.quotes)
            reach = list(itertools.accumulate((end for _, end in spans), max))
            self._quote_reach = ([start for start, _ in spans], reach)
        starts, reach = self._quote_reach
        before = bisect.bisect_right(starts, offset)
        return before > 0 and reach[before - 1] > offset

    def with_dep(self, labels: tuple[str, ...], start: int = 0, end: int | None = None) -> list[int]:
        """Indices of the tokens in [start, end) whose dependency label is one of `labels`, read from the
        parse's array (iterating a doc makes a Python object of every token, a third of a millisecond an
        article)."""
        if self._by_dep is None:
            self._by_dep = {}
            for i, dep in enumerate(self.doc.to_array("DEP").tolist()):
                self._by_dep.setdefault(dep, []).append(i)
        end = len(self.doc) if end is None else end
        found: list[int] = []
        for label in labels:
            indices = self._by_dep.get(self.doc.vocab.strings[label], [])
            found += indices[bisect.bisect_left(indices, start) : bisect.bisect_left(indices, end)]
        return sorted(found)

    def with_words(self, words: frozenset[str] | set[str]) -> list[int]:
        """Indices of the tokens whose lemma (lower-cased) or lower-cased form is one of `words`, read from the
        parse's arrays: the walks over every token look only at these (a Python object made for every token of an
        article, to read its lemma, cost a tenth of a millisecond or more)."""
        if self._words is None:
            strings = self.doc.vocab.strings
            rows = self.doc.to_array([LEMMA, LOWER]).tolist()
            self._words = ([strings[lemma].lower() for lemma, _ in rows], [strings[lower] for _, lower in rows])
        lemmas, lowers = self._words
        return [
            i for i, (lemma, lower) in enumerate(zip(lemmas, lowers, strict=True)) if lemma in words or lower in words
        ]

    def vote_mentions(self, tokens: list[int]) -> list[tuple[ElectionRef, ...]]:
        """The elections each vote mention among `tokens` (a run of token indices) names, once per mention, not
        per word of it."""
        found = []
        for i in tokens:
            refs = self.election_at.get(i)
            if refs and not (i > tokens[0] and self.election_at.get(i - 1) == refs):
                found.append(refs)
        return found

    def paragraph(self, offset: int) -> int:
        return next((i for i, (s, e) in enumerate(self.paragraphs) if s <= offset <= e), len(self.paragraphs))

    def apart(self, later: int, earlier: int) -> int:
        """How far paragraph `later` comes after paragraph `earlier`, in paragraphs, not counting the headings
        between them: a section's heading ("4. And Brussels?", a debate's "Stephen Doughty") does not move the story
        on."""
        between = range(max(earlier + 1, 0), min(later, len(self.paragraphs)))
        return later - earlier - sum(1 for i in between if self.heading(i))

    def before(self, paragraph: int) -> int:
        """The paragraph before `paragraph` that is not a heading (-1 where there is none)."""
        return next((i for i in range(paragraph - 1, -1, -1) if not self.heading(i)), -1)

    def heading(self, paragraph: int) -> bool:
        """Whether a paragraph (a line) is a heading: a short one that does not end like a sentence (a section's
        title, a question the section answers, the name of who speaks next in a record of a debate); not a table's
        row of tab-separated cells ("Lithuania<tab>The referendums are null and void")."""
        start, end = self.paragraphs[paragraph]
        line = self.norm[start:end].strip()
        return len(line.split()) <= HEADING_WORDS and not line.endswith((".", '"', ":", ",")) and "\t" not in line

    def tokens(self, start: int, end: int) -> list[int]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(range(span.start, span.end)) if span is not None else []

    def opens_sentence(self, quote: Quote) -> bool:
        """Whether a quotation is a sentence of its own or opens one: words spoken, not a name quoted in passing."""
        inside = self.tokens(quote.start, quote.end)
        if not inside:
            return False
        first = self.doc[inside[0]]
        before = self.doc[first.i - 1] if first.i > 0 else None
        return first.is_sent_start or before is not None and before.is_sent_start and before.is_punct


def parse(articles: list[Article], nlp: Language) -> list[Doc]:
    """The parses of several articles' normalised texts (read by the parser as `parser_text`), batched by `nlp.pipe`,
    each keeping its normalised text (`loaders.clauses.keep_doc_text`), which `prepare_article` then reads instead of
    normalising it again."""
    texts = [normalised(a.text) for a in articles]
    docs = list(nlp.pipe(parser_text(text) for text in texts))
    for doc, text in zip(docs, texts, strict=True):
        keep_doc_text(doc, text)
    return docs


def normalised(text: str) -> str:
    """An article's text as the rules read it: `loaders.text.normalise`d, its wrapped paragraphs on one line each
    (`loaders.wrapping`), its lines of capitals written as sentences (`loaders.all_caps`); the same length, so every
    offset stays true."""
    return recase(unwrap(normalise(text)))


# a list's bullet leading a line, no word of its sentence: it throws the parse ("- In a joint statement, the ministers
# said the elections were illegal, violated the Minsk agreements and ..." parsed what they said as the sentence's
# main verb and "said" as an aside)
_BULLET = re.compile(r"^[ \t]*[-–—•*·][ \t]+", re.M)


def parser_text(norm: str) -> str:
    """What the parser reads of a normalised text: the same, with the bullets that lead its lines blanked (the same
    length, so that the parse's offsets are the text's; the rules read the text, bullets and all).

    >>> parser_text("Reactions:\\n- Germany said ...\\n * EU: ...")
    'Reactions:\\n  Germany said ...\\n   EU: ...'
    """
    return _BULLET.sub(lambda m: " " * len(m.group()), norm)


def prepare_article(article: Article, nlp: Language, doc: Doc | None = None) -> PreparedArticle:
    text = unwrap(article.text)  # (the rules' copy: the article's own text stays as it is)
    # (a doc given is the parse of the normalised text, which `parse` kept with it for doc_text)
    norm = doc_text(doc) if doc is not None else normalised(article.text)
    doc = doc if doc is not None else nlp(parser_text(norm))
    keep_doc_text(doc, norm)
    filed = datelines(norm)
    found = find_mentions(norm)
    mentions = [m for m in found if not any(s <= m.start < e for s, e in filed) and not _first_name(doc, m)]
    table = index_sentences(doc)  # (kept by the prepared article: the rules' `.sent` reads it)
    sentences = [(s.start_char, s.end_char) for s in table.spans]
    # (the territories the text names, and those of "the occupied regions of Ukraine" it speaks of)
    places = territory_names(mentions) | occupied_territories(norm, mentions)
    year = None if article.published else vote_year(norm, places, sentences, doc)
    # (an undated wire's dateline day in that year stands for its publication day: "BERLIN, May 12 (dpa) - ... held on
    # Sunday")
    published = article.published or _filed_on(norm, filed, year)
    emention = find_election_mentions(norm, mentions, _labels_joined(norm, sentences), published, year)
    refs = resolve_elections(norm, emention, published, year, found, sentences)
    election_at: dict[int, tuple[ElectionRef, ...]] = {}
    planned: set[int] = set()
    for index, m in enumerate(emention):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and (m.earlier and _describes_another_thing(span) or _what_it_is_called(span)):
            continue
        if m.planned and all(r.date is None for r in refs.get(index, ())):
            # a vote ahead that no list knows ("the planned referendum"), which words may speak of in passing
            planned.update(range(span.start, span.end) if span is not None else ())
        for i in range(span.start, span.end) if span is not None else ():
            for ref in refs.get(index, ()):
                if ref not in election_at.get(i, ()):
                    election_at[i] = election_at.get(i, ()) + (ref,)
    quotes = speeches(text)
    named = sorted({r for refs in election_at.values() for r in refs}, key=lambda r: r.key)
    current = _held_by(_per_mention(emention, refs), article.published)
    return PreparedArticle(
        text,
        norm,
        doc,
        mentions,
        election_at,
        quotes,
        paragraphs(text),
        article.published,
        year,
        _main_elections(sorted({r for refs in current for r in refs}, key=lambda r: r.key) or named, current)
        or _just_held(named, article.published),
        tuple(filed),
        _home(norm, filed),
        frozenset(planned),
        table,
    )


def _filed_on(norm: str, filed: tuple[tuple[int, int], ...] | list[tuple[int, int]], year: int | None) -> date | None:
    """An undated wire's dateline day ("NICOSIA, Feb 21 (AFP) -") in the year its votes place it in, if it has one."""
    if year is None or not filed:
        return None
    days = unyeared_days(norm[filed[0][0] : filed[0][1]])
    try:
        return date(year, *days[0]) if days else None
    except ValueError:  # (February 29 in another year)
        return None


def _first_name(doc: Doc, mention: Mention) -> bool:
    """Whether a capital's name is a person's first name, the parse's person going on after it ("Baghdad Amreyev",
    the Turkic Council's secretary general, is no word of Iraq's)."""
    if mention.kind != "capital":
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span[0].ent_type_ != "PERSON" or span[0].ent_iob_ != "B":
        return False
    after = span.end
    # (a name the tagger read as one: not a headline's "Yerevan congratulates X", which it may tag a person too)
    return (
        after < len(doc)
        and doc[after].ent_iob_ == "I"
        and doc[after].ent_type_ == "PERSON"
        and doc[after].tag_ == "NNP"
    )


def _just_held(named: list[ElectionRef], published: date | None) -> tuple[ElectionRef, ...]:
    """Of the votes an article names as often as each other, the one held in the month before its date when all the
    others were held months before: "the parliament on Wednesday elected X, an arrangement introduced by a
    referendum in February" is a story of the parliament's vote."""
    if published is None or not all(r.date for r in named):
        return ()
    recent = [r for r in named if 0 <= (published - r.date).days <= 31]
    older = [r for r in named if r not in recent]
    if len({r.date for r in recent}) != 1 or not older or any((published - r.date).days <= 60 for r in older):
        return ()
    return tuple(recent)


def _describes_another_thing(span: Span) -> bool:
    """Whether a vote of the background lies in a relative clause that describes something else, which no statement
    is about: "hailed the result as a victory for the UN plan that Turkish Cypriots approved in last April's
    referendum" (not "a 2017 referendum that Baku also rejected", the clause's own head)."""
    for t in ancestors(span.root, 4):
        if t.dep_ in ("relcl", "acl"):
            return t.head.lemma_.lower() not in VOTE_NOUNS and not t.head.ent_type_
    return False


def _what_it_is_called(span: Span) -> bool:
    """Whether a vote's word is only what a vote named before is called: 'condemned the parliamentary ballot,
    calling it "an illegal plebiscite"' names no referendum of its own (the vote is the one "it" points back to)."""
    return span.root.dep_ == "oprd" and any(
        c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in span.root.head.children
    )


def _per_mention(
    mentions: list[ElectionMention], refs: dict[int, tuple[ElectionRef, ...]]
) -> list[tuple[ElectionRef, ...]]:
    """The elections each vote mention names (a mention of a list of territories names them all), but those the
    text sets before another ("the previous elections in 2020"), which are its background."""
    grouped: dict[int, tuple[ElectionRef, ...]] = {}
    for i, m in enumerate(mentions):
        for ref in refs.get(i, ()) if not m.earlier else ():
            if ref not in grouped.get(m.start, ()):
                grouped[m.start] = grouped.get(m.start, ()) + (ref,)
    return list(grouped.values())


def _held_by(mentioned: list[tuple[ElectionRef, ...]], published: date | None) -> list[tuple[ElectionRef, ...]]:
    """The mentions of votes held by the article's date, when it names any: a vote set for a day to come ("who had
    called a referendum on joining Russia for July 17") is not the one the reactions it reports are to. Votes with
    no date count as held, unless no dated vote was and the votes to come are named more often: "Kravchuk called the
    poll illegal, a day before voters cast ballots in it ... Meshkov, elected in January, insists the poll on Sunday
    will go ahead" is a story of the poll."""
    held = [refs for refs in mentioned if published and any(r.date is None or r.date <= published for r in refs)]
    undated = [refs for refs in held if all(r.date is None for r in refs)]
    if held == undated and len(undated) < len(mentioned) - len(undated):
        return mentioned
    return held or mentioned


def _main_elections(named: list[ElectionRef], mentioned: list[tuple[ElectionRef, ...]]) -> tuple[ElectionRef, ...]:
    """The one vote an article names, or all it names when they were held on one day, or the votes it names
    more often than all others together (a runoff, with "a 2017 referendum" in the background)."""
    if len(named) == 1 or (named and named[0].date and len({r.date for r in named}) == 1):
        return tuple(named)
    counts = Counter(mentioned).most_common()
    if counts and counts[0][1] > sum(n for _, n in counts[1:]):
        return counts[0][0]
    return ()


def _labels_joined(norm: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, a digest's label the parse made a sentence of ("Abkhazia:") joined to the one it heads: the
    place it names is where that sentence's vote was held."""
    joined: list[tuple[int, int]] = []
    for start, end in sentences:
        last = norm[joined[-1][0] : joined[-1][1]].strip() if joined else ""
        if last.endswith(":") and len(last.split()) <= 3:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _home(norm: str, filed: list[tuple[int, int]]) -> Entity | None:
    """The state whose capital opens the first dateline ("NICOSIA, Oct 12 (Agency) -": Cyprus). A wire story's
    "the government" or "the foreign ministry", before any state is named, is that state's."""
    if not filed:
        return None
    start, end = filed[0]
    city = re.split(r"[,/(]| -", norm[start:end], maxsplit=1)[0].strip()
    form = load_gazetteer().actor_forms.get(city.title())
    entity = load_gazetteer().entities.get(form.target) if form and form.form == "capital" else None
    return entity if entity is not None and entity.kind == "State" else None
