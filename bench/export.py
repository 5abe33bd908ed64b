"""GEXF export time for 10k and 100k position edges (target: 100k edges in <= 10 s).

    python bench/export.py --edges 10000 100000

The positions graph is generated: every state of the gazetteer takes a position on made-up elections until
the number of edges is reached.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from common import ROOT, report
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.export import export_network
from kg.namespaces import CE, ENTITIES_GRAPH, POSITIONS_GRAPH, actor_iri, election_iri
from kg.store import GraphStore
from loaders.gazetteer import load_gazetteer


def positions_store(edges: int, seed: int = 3) -> GraphStore:
    rng = random.Random(seed)
    states = [e for e in load_gazetteer().entities.values() if e.kind == "State"]
    entities, positions = Graph(), Graph()
    for state in states:
        node = actor_iri(state.key)
        entities.add((node, RDF.type, CE.State))
        entities.add((node, RDFS.label, Literal(state.name)))
        entities.add((node, CE.wikidata, Literal(state.qid)))
    elections = -(-edges // len(states))
    count = 0
    for e in range(elections):
        key = f"bench-{e:05d}-referendum"
        election = election_iri(key)
        entities.add((election, RDF.type, CE.Election))
        entities.add((election, RDFS.label, Literal(f"Bench referendum {e}")))
        entities.add((election, CE.key, Literal(key)))
        for state in states:
            if count == edges:
                break
            polarity = rng.choice(["reject", "endorse", "neutral"])
            position = URIRef(f"{election}/position/{state.key}")
            statement = URIRef(f"{election}/statement/{state.key}")
            for p, o in (
                (RDF.type, CE.Position),
                (CE.actor, actor_iri(state.key)),
                (CE.about, election),
                (CE.polarity, CE[polarity]),
                (CE.stance, CE.other),
                (CE.supportedBy, statement),
                (CE.statementCount, Literal(1)),
                (CE.reportedOnly, Literal(False, datatype=XSD.boolean)),
            ):
                positions.add((position, p, o))
            count += 1
    store = GraphStore.in_memory()
    store.replace_graph(str(POSITIONS_GRAPH), positions)
    store.replace_graph(str(ENTITIES_GRAPH), entities)
    article = URIRef("urn:bench:article")
    supporting = Graph()
    supporting.add((article, RDF.type, CE.Article))
    supporting.add((article, CE.sourceFile, Literal("bench.txt")))
    for position in positions.subjects(RDF.type, CE.Position):
        statement = positions.value(position, CE.supportedBy)
        supporting.add((statement, RDF.type, CE.Statement))
        supporting.add((statement, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), article))
    store.replace_graph("urn:bench:graph", supporting)
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edges", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "export.json")
    args = parser.parse_args()
    rows, data = [], []
    for edges in args.edges:
        store = positions_store(edges)
        for dynamic in (False, True):
            start = time.perf_counter()
            document = export_network(store, "gexf", "positions", dynamic)
            seconds = time.perf_counter() - start
            rows.append([edges, "dynamic" if dynamic else "static", f"{seconds:.2f}", f"{len(document) / 1e6:.1f}"])
            data.append({"edges": edges, "dynamic": dynamic, "seconds": seconds, "bytes": len(document)})
            print(rows[-1], flush=True)
    report("GEXF export of the positions view", ["edges", "mode", "seconds", "MB"], rows, args.out, {"runs": data})


if __name__ == "__main__":
    main()
