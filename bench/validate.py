"""SHACL cost of adding one article to stores of growing size: the article's graph is validated on its own
as it is built, so the cost must not grow with the store.

    python bench/validate.py --sizes 10000 1000000 --repeat 20
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

from common import ROOT, generate_articles, grow_store, percentiles, report, timed

from kg.build import build, prepare, software_version
from kg.namespaces import article_iri
from kg.store import GraphStore
from loaders.article import Article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "validate.json")
    args = parser.parse_args()
    version = software_version()
    records = generate_articles(args.repeat, seed=11)
    articles = [Article(r["url"], r["text"], r["title"], date.fromisoformat(r["published"])) for r in records]
    prepare(articles[0], version)  # load the model before timing
    rows, data = [], []
    with tempfile.TemporaryDirectory() as tmp:
        seed = GraphStore.open(Path(tmp) / "seed")
        build([args.seeds], seed)
        for size in args.sizes:
            store = grow_store(seed, size)
            triples = store.triple_count()
            for engine in ("pyshacl", "turbo"):
                os.environ["KG_SHACL_ENGINE"] = engine
                queue = iter(articles * 2)

                def add_one(queue=queue, store=store) -> None:
                    article = next(queue)
                    prepared = prepare(article, version)  # extract, RDF, SHACL + checks
                    store.replace_graph(str(article_iri(article.source)), prepared.own, prepared.shared)

                p50, p95 = percentiles(timed(add_one, args.repeat))
                rows.append([triples, engine, f"{p50 * 1000:.1f}", f"{p95 * 1000:.1f}"])
                data.append({"triples": triples, "engine": engine, "p50_ms": p50 * 1000, "p95_ms": p95 * 1000})
                print(rows[-1], flush=True)
        seed.close()
    report(
        "adding one article (extraction, SHACL and SPARQL checks, write) to a store of growing size",
        ["store triples", "SHACL engine", "p50 ms", "p95 ms"],
        rows,
        args.out,
        {"runs": data},
    )


if __name__ == "__main__":
    main()
