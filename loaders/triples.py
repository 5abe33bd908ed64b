"""From an extraction to RDF: the named graph of one article, under the ontology, as N-Triples.

The graph is self-contained (it describes the actors, bodies, persons, territory and elections it uses),
so it validates on its own, and deterministic (same article, same software, same lines in the same order),
so re-loading an unchanged article changes nothing. Triples are written as N-Triples lines as they are
made: an rdflib Graph per article (indexed three ways, then serialised) cost more than the rules.
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD

from kg.namespaces import (
    CE,
    OA,
    ORG,
    WD,
    actor_iri,
    article_iri,
    body_iri,
    election_iri,
    person_iri,
    plain_letters,
    statement_iri,
    territory_iri,
)
from loaders.article import Article
from loaders.discourse import Speaker
from loaders.elections import ElectionRef
from loaders.extracted import ExtractedStatement, Extraction
from loaders.gazetteer import Entity, load_gazetteer


class Triples:
    """A set of triples kept as N-Triples lines: `add` takes IRIs and `lit` literals, like a Graph's."""

    def __init__(self) -> None:
        self.lines: set[str] = set()

    def add(self, triple: tuple[str, str, str]) -> None:
        s, p, o = triple
        self.lines.add(f"<{s}> <{p}> {o if isinstance(o, _Literal) else f'<{o}>'} .")

    def __len__(self) -> int:
        return len(self.lines)

    def ntriples(self) -> str:
        """The triples as N-Triples, sorted (so the same graph always reads the same)."""
        return "\n".join(sorted(self.lines)) + "\n" if self.lines else ""


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


class _Literal(str):
    """A literal already written in N-Triples."""


def lit(value: str | int | bool, datatype: str | None = None) -> _Literal:
    r"""A literal in N-Triples: a string (plain, or of `datatype`), an integer or a boolean.

    >>> lit('say "no"\n'), lit(3)
    ('"say \\"no\\"\\n"', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>')
    >>> lit(True), lit("2014-03-16", XSD.date)
    ('"true"^^<http://www.w3.org/2001/XMLSchema#boolean>', '"2014-03-16"^^<http://www.w3.org/2001/XMLSchema#date>')
    """
    if isinstance(value, bool):
        return _Literal(f'"{str(value).lower()}"^^<{XSD.boolean}>')
    if isinstance(value, int):
        return _Literal(f'"{value}"^^<{XSD.integer}>')
    text = f'"{value.translate(_ESCAPES)}"'
    return _Literal(f"{text}^^<{datatype}>" if datatype else text)


def extraction_triples(extraction: Extraction, software_version: str) -> str:
    """The RDF graph of one article's extraction, as N-Triples."""
    g = Triples()
    article = extraction.article
    a = _article(g, article)
    run = URIRef(f"{a}/run")
    g.add((run, RDF.type, CE.ExtractionRun))
    g.add((run, PROV.used, a))
    g.add((run, CE.softwareVersion, lit(software_version)))
    # in this article, is the actor only listed among others on that vote (no words of its own)?
    voiced = {(s.actor.key, s.election.key) for s in extraction.statements if s.mode != "reported"}
    for statement in extraction.statements:
        _statement(g, article, a, run, statement, (statement.actor.key, statement.election.key) not in voiced)
    return g.ntriples()


def _article(g: Triples, article: Article) -> URIRef:
    a = article_iri(article.source)
    g.add((a, RDF.type, CE.Article))
    g.add((a, CE.sourceFile, lit(article.source)))
    g.add((a, CE.contentHash, lit(article.content_hash)))
    g.add((a, CE.text, lit(article.text)))
    if article.title:
        g.add((a, DCTERMS.title, lit(article.title)))
    if article.published:
        g.add((a, DCTERMS.issued, lit(article.published.isoformat(), XSD.date)))
    return a


def actor_node(g: Triples, entity: Entity) -> URIRef:
    """Describe a state or organisation (and, for a body of an organisation, what it is part of)."""
    return _described(g, _actor_description(entity))


# An article names a few of the gazetteer's few hundred actors and elections again and again, and a worker
# builds thousands of articles: their descriptions are made once (writing an article's triples took about twice as
# long when they were made for every statement).
@lru_cache(maxsize=1024)
def _actor_description(entity: Entity) -> tuple[URIRef, frozenset[str]]:
    g = Triples()
    node = actor_iri(entity.key)
    g.add((node, RDF.type, CE[entity.kind]))
    g.add((node, RDFS.label, lit(entity.name)))
    if entity.qid:
        g.add((node, CE.wikidata, lit(entity.qid)))
        g.add((node, OWL.sameAs, WD[entity.qid]))
    if entity.iso3:
        g.add((node, CE.isoCode, lit(entity.iso3)))
    if entity.part_of:
        parent = actor_node(g, load_gazetteer().entity(entity.part_of))
        g.add((node, ORG.unitOf, parent))
        g.add((node, CE.speaksFor, parent))
    return node, frozenset(g.lines)


def _election(g: Triples, ref: ElectionRef) -> URIRef:
    """Describe an election, its rounds and its territory (and the state that claims the territory)."""
    return _described(g, _election_description(ref))


def _described(g: Triples, description: tuple[URIRef, frozenset[str]]) -> URIRef:
    """Add a node's description, made once, to the graph; the node."""
    node, lines = description
    g.lines.update(lines)
    return node


@lru_cache(maxsize=1024)
def _election_description(ref: ElectionRef) -> tuple[URIRef, frozenset[str]]:
    g = Triples()
    node = election_iri(ref.key)
    territory = territory_iri(ref.territory.name)
    g.add((territory, RDF.type, CE.Territory))
    g.add((territory, RDFS.label, lit(ref.territory.name)))
    claimant = load_gazetteer().by_iso3(ref.territory.claimed_by)
    if claimant:
        g.add((territory, CE.claimedBy, actor_node(g, claimant)))
    g.add((node, RDF.type, CE.Election))
    g.add((node, RDFS.label, lit(ref.label)))
    g.add((node, CE.key, lit(ref.key)))
    g.add((node, CE.territory, territory))
    g.add((node, CE.kind, CE[ref.kind]))
    if ref.date:
        g.add((node, CE.date, lit(ref.date.isoformat(), XSD.date)))
    for number, day in enumerate(ref.rounds, start=1):
        round_node = URIRef(f"{node}/round/{number}")
        g.add((node, CE.round, round_node))
        g.add((round_node, RDF.type, CE.ElectionRound))
        g.add((round_node, CE.roundNumber, lit(number)))
        g.add((round_node, CE.roundDate, lit(day.isoformat(), XSD.date)))
    if ref.winner:
        g.add((node, CE.winner, lit(ref.winner)))
    return node, frozenset(g.lines)


def _speaker_nodes(g: Triples, speaker: Speaker, actor: URIRef) -> list[URIRef]:
    nodes = []
    body = None
    if speaker.body:
        body = body_iri(speaker.actor.key, speaker.body_kind or speaker.body)
        g.add((body, RDF.type, CE.GovernmentBody))
        g.add((body, RDFS.label, lit(_body_label(speaker))))
        g.add((body, ORG.unitOf, actor))
        g.add((body, CE.speaksFor, actor))
    for written in speaker.persons:
        name = load_gazetteer().official_name(written, speaker.actor)  # (one node for each official's spellings)
        person = person_iri(name)
        g.add((person, RDF.type, CE.Person))
        # one label for the spellings the IRI's slug merges ("Erdoğan", "Erdogan", in one article or across
        # articles): the name in plain letters
        g.add((person, RDFS.label, lit(plain_letters(name) or name)))
        g.add((person, CE.speaksFor, actor))
        if speaker.role:
            g.add((person, CE.role, lit(speaker.role)))
        if body is not None:
            g.add((person, ORG.memberOf, body))
        nodes.append(person)
    if not nodes and body is not None:
        nodes.append(body)
    return nodes


def _body_label(speaker: Speaker) -> str:
    """The body's label, one spelling for all the spellings its IRI's slug merges ("the ministry", "Ministry")."""
    kind = speaker.body_kind or speaker.body or "body"
    words = [w if w.lower() in _SMALL_WORDS or not w[:1].islower() else w[:1].upper() + w[1:] for w in kind.split()]
    words[0] = words[0][:1].upper() + words[0][1:]
    return f"{' '.join(words)} ({speaker.actor.name})"


_SMALL_WORDS = {"of", "for", "and", "the", "on", "in", "to"}


def _span(g: Triples, node: URIRef, text: str, start: int, end: int) -> URIRef:
    """A text span, with an IRI of its own (no blank nodes: some stores refuse them in INSERT DATA)."""
    g.add((node, RDF.type, CE.TextSpan))
    g.add((node, OA.start, lit(start)))
    g.add((node, OA.end, lit(end)))
    g.add((node, OA.exact, lit(text[start:end])))
    return node


def _statement(
    g: Triples, article: Article, a: URIRef, run: URIRef, s: ExtractedStatement, reported_only: bool
) -> None:
    node = statement_iri(article.source, s.words[0], s.words[1], s.actor.key, s.election.key)
    actor = actor_node(g, s.actor)
    g.add((node, RDF.type, CE.Statement))
    g.add((node, PROV.wasDerivedFrom, a))
    g.add((node, PROV.wasGeneratedBy, run))
    g.add((node, CE.actor, actor))
    g.add((node, CE.about, _election(g, s.election)))
    for stance in sorted(s.stances):
        g.add((node, CE.stance, CE[stance]))
    g.add((node, CE.polarity, CE[s.polarity]))
    g.add((node, CE.mode, CE[s.mode]))
    g.add((node, CE.reportedOnly, lit(reported_only)))
    words = article.text[s.words[0] : s.words[1]]
    g.add((node, CE.words, lit(words)))
    g.add((node, CE.wordsSpan, _span(g, URIRef(f"{node}/words"), article.text, *s.words)))
    start, end = s.speaker.span
    if end > start:
        g.add((node, CE.speakerSpan, _span(g, URIRef(f"{node}/speaker"), article.text, start, end)))
    for speaker in _speaker_nodes(g, s.speaker, actor):
        g.add((node, CE.speaker, speaker))
    if s.cue:
        g.add((node, CE.cue, lit(s.cue)))
    if s.date_said:
        g.add((node, CE.dateSaid, lit(s.date_said.isoformat(), XSD.date)))
