"""Linking the graph to Wikidata.

Offline, states and international organisations are linked when they are built, from the bundled
gazetteer (`owl:sameAs wd:Q...` and `ce:wikidata`). Online, `link` (which reaches the network unless every
answer is in the client's cache):

(a) finds candidates for unlinked persons and government bodies by their label, constrained by type (a human,
    best one holding a position; a ministry, agency or embassy of the right state) and links those whose score
    reaches the threshold, recording the score and the method on a `ce:WikidataLink`;
(b) enriches linked actors with their ISO code and their memberships (P463: EU, NATO, OIC, CIS, CSTO, OTS,
    ...), so queries can group positions by bloc (`positions-by-bloc`).

Everything goes into one named graph, replaced at each run, so `link` is idempotent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from kg.kept_listings import keep_listings, mark_listings_stale
from kg.namespaces import CE, ENTITIES_GRAPH, LINKS_GRAPH, ORG, WD, actor_iri
from kg.store import Store
from kg.wikidata import WikidataClient
from loaders.gazetteer import load_gazetteer

BATCH = 40
HUMAN, MINISTRY, AGENCY, EMBASSY, ORGANISATION = "Q5", "Q192350", "Q327333", "Q3917681", "Q484652"

# What the gazetteer did not link (links found by an earlier run are in the links graph, which is rebuilt,
# so they do not count: a re-run asks the same questions and is answered from the cache).
_PERSONS = f"""
SELECT DISTINCT ?person ?label ?actorQid WHERE {{
  GRAPH <{ENTITIES_GRAPH}> {{ ?person a ce:Person ; rdfs:label ?label .
    FILTER NOT EXISTS {{ ?person ce:wikidata ?any }}
    OPTIONAL {{ ?person ce:speaksFor/ce:wikidata ?actorQid }} }}
}}"""
_BODIES = f"""
SELECT DISTINCT ?body ?label ?actorQid WHERE {{
  GRAPH <{ENTITIES_GRAPH}> {{ ?body a ce:GovernmentBody ; rdfs:label ?label ; org:unitOf ?actor .
    FILTER NOT EXISTS {{ ?body ce:wikidata ?any }}
    OPTIONAL {{ ?actor ce:wikidata ?actorQid }} }}
}}"""
_LINKED = f"""SELECT DISTINCT ?actor ?qid WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{
  ?actor ce:wikidata ?qid . {{ ?actor a ce:State }} UNION {{ ?actor a ce:InternationalOrganization }} }} }}"""


@dataclass
class LinkReport:
    linked: list[tuple[str, str, float]] = field(default_factory=list)  # (node, QID, score)
    unlinked: list[str] = field(default_factory=list)
    memberships: int = 0
    requests: int = 0

    def summary(self) -> str:
        return (
            f"{len(self.linked)} linked, {len(self.unlinked)} left unlinked, {self.memberships} memberships, "
            f"{self.requests} requests to the endpoint"
        )


def _values(qids) -> str:
    return " ".join(f"wd:{q}" for q in sorted(qids))


def _label_values(labels) -> str:
    return " ".join('"' + label.replace("\\", "\\\\").replace('"', '\\"') + '"@en' for label in sorted(labels))


_WD_PREFIXES = (
    "PREFIX wd: <http://www.wikidata.org/entity/>\nPREFIX wdt: <http://www.wikidata.org/prop/direct/>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX schema: <http://schema.org/>\n"
)


def _qid(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def person_candidates(client: WikidataClient, labels: list[str]) -> dict[str, list[dict]]:
    """Humans with exactly these English labels, with the positions they hold and their citizenships."""
    found: dict[str, list[dict]] = {}
    for i in range(0, len(labels), BATCH):
        query = (
            _WD_PREFIXES
            + f"""SELECT ?label ?item ?position ?country ?description WHERE {{
  VALUES ?label {{ {_label_values(labels[i : i + BATCH])} }}
  ?item rdfs:label ?label ; wdt:P31 wd:{HUMAN} .
  OPTIONAL {{ ?item wdt:P39 ?position }}
  OPTIONAL {{ ?item wdt:P27 ?country }}
  OPTIONAL {{ ?item schema:description ?description FILTER (LANG(?description) = "en") }}
}}"""
        )
        for row in client.select(query):
            found.setdefault(row["label"], []).append(row)
    return found


def body_candidates(client: WikidataClient, countries: list[str]) -> dict[str, list[dict]]:
    """Ministries, government agencies and embassies of these states, with their English labels."""
    found: dict[str, list[dict]] = {}
    for i in range(0, len(countries), BATCH):
        query = (
            _WD_PREFIXES
            + f"""SELECT ?country ?item ?label WHERE {{
  VALUES ?country {{ {_values(countries[i : i + BATCH])} }}
  VALUES ?class {{ wd:{MINISTRY} wd:{AGENCY} wd:{EMBASSY} }}
  ?item wdt:P31 ?class ; wdt:P17 ?country ; rdfs:label ?label .
  FILTER (LANG(?label) = "en")
}}"""
        )
        for row in client.select(query):
            found.setdefault(_qid(row["country"]), []).append(row)
    return found


def score_person(candidates: list[dict], actor_qid: str | None) -> tuple[str, float, str] | None:
    """The best human for a label: exact label and human 0.5, holding a position +0.2, a citizen of the
    state spoken for +0.3; shared between several equally good humans, the score is divided among them."""
    by_item: dict[str, dict] = {}
    for row in candidates:
        item = by_item.setdefault(row["item"], {"position": False, "country": set()})
        item["position"] |= bool(row.get("position"))
        if row.get("country"):
            item["country"].add(_qid(row["country"]))
    scored = []
    for iri, facts in by_item.items():
        score, method = 0.5, ["label", "P31=Q5"]
        if facts["position"]:
            score, method = score + 0.2, [*method, "P39"]
        if actor_qid and actor_qid in facts["country"]:
            score, method = score + 0.3, [*method, "P27"]
        scored.append((score, iri, "+".join(method)))
    if not scored:
        return None
    scored.sort(reverse=True)
    best = scored[0]
    ties = [s for s in scored if s[0] == best[0]]
    return _qid(best[1]), round(best[0] / len(ties), 3), best[2]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in {"of", "the", "and", "for"}}


def score_body(label: str, candidates: list[dict], country: str | None = None) -> tuple[str, float, str] | None:
    """The agency of the right state whose label shares most words with the body's (Jaccard), leaving out
    the state's own names, which the P17 constraint already matched ("Government of Ukraine")."""
    wanted = _words(re.sub(r"\(.*?\)", "", label))
    gaz = load_gazetteer()
    state = next((e for e in gaz.entities.values() if country and e.qid == country), None)
    own = set().union(*(_words(f) for f, form in gaz.actor_forms.items() if state and form.target == state.name))
    best = None
    for row in candidates:
        words = _words(row["label"]) - own
        score = len(wanted & words) / len(wanted | words) if wanted | words else 0.0
        if best is None or score > best[1]:
            best = (_qid(row["item"]), round(score, 3), "label-overlap+P31(ministry|agency|embassy)+P17")
    return best


def memberships(client: WikidataClient, qids: list[str]) -> list[dict]:
    rows = []
    for i in range(0, len(qids), BATCH):
        query = (
            _WD_PREFIXES
            + f"""SELECT ?item ?iso ?org ?orgLabel WHERE {{
  VALUES ?item {{ {_values(qids[i : i + BATCH])} }}
  OPTIONAL {{ ?item wdt:P298 ?iso }}
  OPTIONAL {{ ?item wdt:P463 ?org . ?org rdfs:label ?orgLabel FILTER (LANG(?orgLabel) = "en") }}
}}"""
        )
        rows += client.select(query)
    return rows


def link(store: Store, client: WikidataClient, threshold: float = 0.7) -> LinkReport:
    """Link what the gazetteer could not, enrich what is linked, and replace the links graph in the store.

    May reach the network (through `client`, whose cache answers what it already asked).
    """
    report = LinkReport()
    g = Graph()
    persons = [
        (r["person"].value, r["label"].value, r["actorQid"].value if r["actorQid"] else None)
        for r in store.query(_PERSONS)
    ]
    found = person_candidates(client, sorted({label for _, label, _ in persons}))
    for node, label, actor_qid in persons:
        best = score_person(found.get(label, []), actor_qid)
        _record(g, report, node, label, best, threshold)
    bodies = [
        (r["body"].value, r["label"].value, r["actorQid"].value if r["actorQid"] else None)
        for r in store.query(_BODIES)
    ]
    agencies = body_candidates(client, sorted({q for *_, q in bodies if q}))
    for node, label, actor_qid in bodies:
        best = score_body(label, agencies.get(actor_qid, []), actor_qid) if actor_qid else None
        _record(g, report, node, label, best, threshold)
    linked = {r["actor"].value: r["qid"].value for r in store.query(_LINKED)}
    _enrich(g, report, linked, memberships(client, sorted(set(linked.values()))))
    mark_listings_stale(store)
    store.replace_graph(str(LINKS_GRAPH), g)
    keep_listings(store)  # (a scope's listing may read the links)
    report.requests = client.requests
    return report


def _record(g: Graph, report: LinkReport, node: str, label: str, best, threshold: float) -> None:
    if best is None or best[1] < threshold:
        report.unlinked.append(label)
        return
    qid, score, method = best
    subject = URIRef(node)
    g.add((subject, CE.wikidata, Literal(qid)))
    g.add((subject, OWL.sameAs, WD[qid]))
    record = URIRef(f"{node}/wikidata-link")
    g.add((record, RDF.type, CE.WikidataLink))
    g.add((record, CE.linkOf, subject))
    g.add((record, CE.item, WD[qid]))
    g.add((record, CE.score, Literal(score, datatype=XSD.decimal)))
    g.add((record, CE.method, Literal(method)))
    report.linked.append((label, qid, score))


def _enrich(g: Graph, report: LinkReport, linked: dict[str, str], rows: list[dict]) -> None:
    """ISO codes and memberships; a bloc the gazetteer knows is our actor node, else the Wikidata item."""
    known = {e.qid: e for e in load_gazetteer().entities.values() if e.qid}
    by_qid: dict[str, list[str]] = {}
    for node, qid in linked.items():
        by_qid.setdefault(qid, []).append(node)
    seen = set()
    for row in rows:
        for node in by_qid.get(_qid(row["item"]), []):
            subject = URIRef(node)
            if row.get("iso") and (subject, CE.isoCode, None) not in g:
                g.add((subject, CE.isoCode, Literal(row["iso"])))
            if row.get("org"):
                org = _qid(row["org"])
                bloc = actor_iri(org) if org in known else WD[org]
                if (subject, ORG.memberOf, bloc) not in seen:
                    seen.add((subject, ORG.memberOf, bloc))
                    g.add((subject, ORG.memberOf, bloc))
                    report.memberships += 1
                if org in known:  # described here too, for the stores whose articles never named it
                    g.add((bloc, RDF.type, CE[known[org].kind]))
                    g.add((bloc, RDFS.label, Literal(known[org].name)))
                    g.add((bloc, CE.wikidata, Literal(org)))
                elif row.get("orgLabel"):
                    g.add((bloc, RDFS.label, Literal(row["orgLabel"])))
