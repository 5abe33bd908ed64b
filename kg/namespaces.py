"""RDF namespaces of the ontology and of the data, and the IRI minting rules.

Every node the loaders create gets a deterministic IRI, so that re-loading an unchanged article produces
the very same triples (idempotent loads) and the same actor or election met in two articles is one node.

>>> str(CE.Statement)
'https://w3id.org/contested-elections/ontology#Statement'
>>> str(actor_iri("Q43"))
'https://w3id.org/contested-elections/id/actor/Q43'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

__all__ = [
    "CE",
    "ID",
    "OA",
    "ORG",
    "WD",
    "SCHEMA",
    "FOAF",
    "DCTERMS",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SKOS",
    "XSD",
    "PREFIXES",
    "slug",
    "actor_iri",
    "article_iri",
    "election_iri",
    "territory_iri",
    "person_iri",
    "body_iri",
    "plain_letters",
    "spelling_key",
    "statement_iri",
    "position_iri",
    "POSITIONS_GRAPH",
    "ENTITIES_GRAPH",
    "SOURCE_RANKS_GRAPH",
    "KEPT_LISTINGS_GRAPH",
    "LINKS_GRAPH",
    "is_entity",
]


class Vocabulary(Namespace):
    """The namespace of a vocabulary, whose terms are few: each is made once (rdflib's Namespace makes and checks
    a new URIRef at every `CE.actor`, an eighth of the time spent writing an article's triples). Data
    namespaces, whose names are minted without end, stay plain Namespaces."""

    def term(self, name: str) -> URIRef:
        key = (str(self), name)
        found = _TERMS.get(key)
        if found is None:
            found = _TERMS[key] = super().term(name)
        return found


_TERMS: dict[tuple[str, str], URIRef] = {}

CE = Vocabulary("https://w3id.org/contested-elections/ontology#")
ID = Namespace("https://w3id.org/contested-elections/id/")
OA = Vocabulary("http://www.w3.org/ns/oa#")
ORG = Vocabulary("http://www.w3.org/ns/org#")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Vocabulary("http://schema.org/")
FOAF = Vocabulary("http://xmlns.com/foaf/0.1/")

PREFIXES: dict[str, str] = {
    "ce": str(CE),
    "id": str(ID),
    "oa": str(OA),
    "org": str(ORG),
    "wd": str(WD),
    "schema": str(SCHEMA),
    "foaf": str(FOAF),
    "dcterms": str(DCTERMS),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "xsd": str(XSD),
}

#: The named graph that holds the cross-article positions (recomputed after every build).
POSITIONS_GRAPH = ID["graph/positions"]
#: The named graph that describes the shared nodes: actors, bodies, persons, territories, elections.
#: Kept apart from the article graphs so that a description is stored once, not once per article.
ENTITIES_GRAPH = ID["graph/entities"]
#: The named graph numbering the articles' source files in order (kg.source_ranks; rewritten by every build).
SOURCE_RANKS_GRAPH = ID["graph/source-ranks"]
#: The named graph keeping the canned queries' scope listings, run for every value (kg.kept_listings; rewritten by
#: every build).
KEPT_LISTINGS_GRAPH = ID["graph/kept-listings"]
#: The named graph holding the links to Wikidata that `kg link` found online.
LINKS_GRAPH = ID["graph/links"]
_ENTITY_KINDS = ("actor/", "body/", "person/", "territory/", "election/")
_ENTITY_PREFIXES = tuple(str(ID) + kind for kind in _ENTITY_KINDS)


def local_name(iri: str) -> str:
    """The name after the `#` of an ontology term (`reject` for ce:reject), as positions name concepts.

    >>> local_name("https://w3id.org/contested-elections/ontology#reject")
    'reject'
    """
    return iri.rsplit("#", 1)[-1]


def is_entity(node: object) -> bool:
    """Whether a node is a shared entity (described in the entities graph), not part of one article.

    >>> is_entity(actor_iri("Q43")), is_entity(article_iri("a.txt"))
    (True, False)
    """
    return isinstance(node, URIRef) and is_entity_iri(str(node))


def is_entity_iri(iri: str) -> bool:
    """Whether an IRI, as a string, names a shared entity."""
    return iri.startswith(_ENTITY_PREFIXES)


def plain_letters(text: str) -> str:
    """A name without its diacritics (the one spelling of a person's label, and what slugs and name comparisons
    start from).

    >>> plain_letters("Mélanie Joly"), plain_letters("Recep Tayyip Erdoğan"), plain_letters("Mustafa Akıncı")
    ('Melanie Joly', 'Recep Tayyip Erdogan', 'Mustafa Akinci')
    """
    return unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()


@lru_cache(maxsize=8192)
def spelling_key(name: str) -> str:
    """A name as its transliterations agree on it: plain lower-case letters, "y" as "i", no "h" after a consonant,
    no doubled letter ("Ghukasyan" and "Gukasyan", "Krasnoselsky" and "Krasnoselski" are one name).

    >>> spelling_key("Arkadi Ghukasyan") == spelling_key("Arkady Gukasyan")
    True
    """
    key = plain_letters(name).lower().replace("y", "i")
    key = re.sub(r"([bcdgkpstz])h", r"\1", key)
    return re.sub(r"(.)\1+", r"\1", key)


# letters that Unicode does not write as a plain letter and a mark, which NFKD would otherwise drop ("Akıncı")
_UNDECOMPOSED = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe"}
    | {"Œ": "OE", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"}
)


def slug(text: str) -> str:
    """Lower-case ASCII slug of a name, for readable IRIs and election keys.

    >>> slug("Türkiye's Foreign Ministry")
    'turkiye-s-foreign-ministry'
    """
    return re.sub(r"[^a-z0-9]+", "-", plain_letters(text).lower()).strip("-") or "x"


def _digest(*parts: object, size: int = 16) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:size]


def actor_iri(key: str) -> URIRef:
    """IRI of a state or organisation, keyed by its QID when it has one, else by a slug of its name."""
    local = key if re.fullmatch(r"Q\d+", key) else slug(key)
    return ID[f"actor/{local}"]


def article_iri(source: str) -> URIRef:
    """IRI (and named graph) of an article, keyed by its source file name or URL, not its content,
    so that a changed article replaces the graph of its previous version."""
    return ID[f"article/{_digest(source)}"]


def election_iri(key: str) -> URIRef:
    return ID[f"election/{key}"]


def territory_iri(name: str) -> URIRef:
    return ID[f"territory/{slug(name)}"]


def person_iri(name: str) -> URIRef:
    return ID[f"person/{slug(name)}"]


def body_iri(actor_key: str, body: str) -> URIRef:
    return ID[f"body/{slug(actor_key)}-{slug(body)}"]


def statement_iri(source: str, start: int, end: int, actor_key: str, election_key: str) -> URIRef:
    """One statement per (article, words, actor, election): words about several votes are several statements."""
    return ID[f"statement/{_digest(source, start, end, actor_key, election_key)}"]


def position_iri(actor: str, election: str, polarity: str) -> URIRef:
    return ID[f"position/{_digest(actor, election, polarity)}"]


def speaker_tally_iri(speaker: str, actor: str) -> URIRef:
    return ID[f"speaker-tally/{_digest(speaker, actor)}"]
