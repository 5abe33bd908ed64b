"""Latency of every canned query at 10k, 100k and 1M triples (pyoxigraph), against the same query in rdflib's
own store where rdflib answers within a minute.

    python bench/query.py --sizes 10000 100000 1000000 --repeat 20

The stores are made of renamed copies of the seed articles' graphs (built by the real pipeline from
../shared/seeds), so the data has the shape of real data. Target: p50 <= 50 ms for every query at 1M triples.
"""

from __future__ import annotations

import argparse
import multiprocessing
import tempfile
from pathlib import Path

from common import ROOT, grow_store, percentiles, report, timed

from kg.build import build
from kg.namespaces import PREFIXES
from kg.queries import bind, canned_queries, load_query
from kg.store import GraphStore

PARAMS = {
    "positions-on-election": {"election": "nagorno-karabakh-2020-03-31-general"},
    "positions-by-bloc": {"election": "nagorno-karabakh-2020-03-31-general"},
    "statements-by-actor": {"actor": "Q43"},
    "sources-of-position": {"actor": "Q43", "election": "nagorno-karabakh-2020-03-31-general"},
}


def _rdflib_run(nquads: bytes, text: str, repeat: int, queue) -> None:
    import time

    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    dataset.parse(data=nquads, format="nquads")
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        list(dataset.query(prologue + text))
        samples.append(time.perf_counter() - start)
    queue.put(samples)


def rdflib_latency(nquads: bytes, text: str, repeat: int, limit: float) -> tuple[float, float] | None:
    """p50 and p95 in rdflib, or None when it does not finish within `limit` seconds."""
    queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=_rdflib_run, args=(nquads, text, repeat, queue))
    process.start()
    process.join(limit)
    if process.is_alive():
        process.kill()
        process.join()
        return None
    return percentiles(queue.get()) if not queue.empty() else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--rdflib-limit", type=float, default=60.0, help="Seconds rdflib gets per query.")
    parser.add_argument("--rdflib-max", type=int, default=100_000, help="Largest store tried with rdflib.")
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "query.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seed = GraphStore.open(Path(tmp) / "seed")
        build([args.seeds], seed)
        rows, data = [], []
        for size in args.sizes:
            store = grow_store(seed, size)
            triples = store.triple_count()
            nquads = (
                store._store.dump(format=__import__("pyoxigraph").RdfFormat.N_QUADS)
                if size <= args.rdflib_max
                else None
            )
            for name in canned_queries():
                query = bind(load_query(name), PARAMS.get(name, {}))
                samples = timed(lambda q=query, s=store: list(s.query(q.text)), args.repeat)
                p50, p95 = percentiles(samples)
                slow = rdflib_latency(nquads, query.text, 3, args.rdflib_limit) if nquads else None
                ratio = f"{slow[0] / p50:.0f}x" if slow else ("> limit" if nquads else "not run")
                rows.append(
                    [
                        triples,
                        name,
                        f"{p50 * 1000:.1f}",
                        f"{p95 * 1000:.1f}",
                        f"{slow[0] * 1000:.0f}" if slow else "-",
                        ratio,
                    ]
                )
                data.append(
                    {
                        "triples": triples,
                        "query": name,
                        "p50_ms": p50 * 1000,
                        "p95_ms": p95 * 1000,
                        "rdflib_p50_ms": slow[0] * 1000 if slow else None,
                    }
                )
                print(rows[-1], flush=True)
        seed.close()
    report(
        "canned queries: pyoxigraph latency, and rdflib's where it finishes",
        ["triples", "query", "p50 ms", "p95 ms", "rdflib p50 ms", "rdflib / oxigraph"],
        rows,
        args.out,
        {"runs": data},
    )


if __name__ == "__main__":
    main()
