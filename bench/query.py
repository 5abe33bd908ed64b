"""Latency of every canned query at 10k, 100k and 1M triples (pyoxigraph), against the same query in rdflib's
own store where rdflib answers within a minute.

    python bench/query.py --sizes 10000 100000 1000000 --repeat 20

The stores are made of renamed copies of a base store built by the real pipeline from ../shared/seeds and
40 generated articles (which add endorsements, so that every query has rows), so the data has the shape of
real data. Each query runs in the forms a user runs it: scoped by its parameters (one election, one actor,
both) and, where they are optional, over the whole store; a listing (a query declaring `# Paged by:`) is
also read a page at a time, `--page` rows from the start and from row `--deep-offset` (kg.paging), as an
interactive client reads it: by offset, and as the page after the cursor of the page before it (the cursor is
made before the timing; where the listing ends before that row there is no cursor, and no such form). rdflib
gets the same query with LIMIT and OFFSET. Target: p50 <= 50 ms for every query at 1M triples. A whole
listing's cost grows with the rows it returns, so the table gives them. Oxigraph is timed on disk by default, as
`kg` opens it; `--store memory` times the engine on an in-memory copy (1.4 to 7 times faster at 1M), `--store
served` the whole path of `kg serve --memory`: the Oxigraph server holding the copy, queried over HTTP by kg's
SPARQL client (`kg query --store URL`), results parsed back into Python objects.
Each form (query, parameters, page) is timed in a fresh process that opens the store as `kg query` does
(`--store memory`: in this process, which holds the copy).

The renamed copies repeat the seeds' few actors and votes, so their positions are few (744 at 1M triples) and the
aggregates read little. `--generated N` times every form instead on the store `kg build --workers 2` makes of N
generated articles (the build benchmark's corpus; 10,000 give 1.3M triples and 12,722 positions of 191 states on
54 votes), on disk, without rdflib:

    python bench/query.py --generated 10000 --repeat 10
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import multiprocessing
import socket
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from common import ROOT, generate_articles, grow_store, on_disk, percentiles, report, timed, write_corpus

from kg.build import build
from kg.namespaces import PREFIXES
from kg.paging import paged
from kg.queries import bind, canned_queries, load_query, run_query
from kg.serve import start_server, stop_server
from kg.store import GraphStore, open_store

ELECTION = "nagorno-karabakh-2020-03-31-general"
# every query, in each form a user runs it: scoped by its parameters, and unscoped where they are optional
CASES = {
    "who-said-what": [
        {"actor": "Q43", "election": ELECTION},
        {"election": ELECTION},
        {"actor": "Q43"},
        {"polarity": "reject"},
        {"polarity": "endorse"},
        {"polarity": "neutral"},
        {"actor": "Q43", "polarity": "endorse"},
        {"election": ELECTION, "polarity": "neutral"},
        {},
    ],
    "positions-on-election": [{"election": ELECTION}],
    "positions-by-bloc": [{"election": ELECTION}],
    "actors-rejecting": [{"election": ELECTION}, {}],
    "actors-endorsing": [{"election": ELECTION}, {}],
    "statements-by-actor": [{"actor": "Q43"}],
    "sources-of-position": [{"actor": "Q43", "election": ELECTION}],
    "timeline": [{"election": ELECTION}, {}],
    "consensus": [{}],
    "contradictions": [{}],
    "coverage": [{}],
    "speakers": [{}],
}


def _rdflib_run(nquads: bytes, text: str, repeat: int, queue) -> None:
    import time

    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    dataset.parse(data=nquads, format="nquads")
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    samples = []
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            list(dataset.query(prologue + text))
            samples.append(time.perf_counter() - start)
    except Exception as exc:  # noqa: BLE001 - rdflib's failure is a result of the benchmark
        queue.put(f"fails ({type(exc).__name__})")
        return
    queue.put(samples)


def rdflib_latency(nquads: bytes, text: str, repeat: int, limit: float) -> tuple[float, float] | str:
    """p50 and p95 in rdflib; or why not: "> limit" when it does not finish within `limit` seconds, or
    "fails (Error)" when rdflib raises on the query."""
    queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=_rdflib_run, args=(nquads, text, repeat, queue))
    process.start()
    process.join(limit)
    if process.is_alive():
        process.kill()
        process.join()
        return "> limit"
    outcome = queue.get() if not queue.empty() else "fails (no result)"
    return outcome if isinstance(outcome, str) else percentiles(outcome)


def time_cases_at(location: str, repeat: int, forms: list) -> list[dict]:
    """`time_cases` on the store at `location` (a folder or an endpoint's URL), opened as `kg query` opens it. Run in
    a fresh process for each form (query, parameters, page), as `kg query` runs one query per process: one that
    holds the harness's in-memory copy of the store answered ~20% slower, and one that had just produced a whole
    listing of 51,408 rows read the next first page ~10% slower (38 -> 42 ms at 1M triples on disk)."""
    store = open_store(location, read_only=True)
    try:
        return time_cases(store, repeat, forms)
    finally:
        store.close()


def time_cases(store, repeat: int, forms: list) -> list[dict]:
    """The `forms` (query name, parameters, page or None) on `store`, as `kg query` runs them
    (kg.queries.run_query, or a page through kg.paging): each one's rows, p50 and p95 in seconds, and the query
    text rdflib is given."""
    gc.collect()
    gc.freeze()  # (the collector walking the harness's objects made the p95 of a page through HTTP 2-3x its p50)
    cases = []
    for name, params, cut in forms:
        query = bind(load_query(name), params, store)
        if cut is None:
            run, text = (lambda q=query: list(run_query(store, q))), query.text
        else:
            limit, offset, after = cut
            cursor = paged(store, query, limit, offset - limit).next if after and offset >= limit else None
            if after and cursor is None:
                print(f"  {name} {params}: the listing ends before row {offset}, no cursor to time", flush=True)
                continue
            at = (0, cursor) if cursor else (offset, None)
            run = lambda q=query, n=limit, c=at: list(paged(store, q, n, *c).results)  # noqa: E731
            text = f"{query.text}\nLIMIT {limit} OFFSET {offset}"
        count = len(run())
        p50, p95 = percentiles(timed(run, repeat))
        print(f"  {name} {params} {cut or ''}: {p50 * 1000:.1f} ms", flush=True)
        cases.append({"query": name, "params": params, "cut": cut, "rows": count, "p50": p50, "p95": p95, "text": text})
    return cases


def time_in_fresh_processes(location: str, repeat: int, forms: list) -> list[dict]:
    """`time_cases_at` for each form, each in a fresh process."""
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=spawn, max_tasks_per_child=1) as fresh:
        return [c for form in forms for c in fresh.submit(time_cases_at, location, repeat, [form]).result()]


def built_store(articles: int, folder: Path) -> str:
    """The store `kg build --workers 2` makes of `articles` generated articles (pyshacl-turbo where installed)."""
    corpus = write_corpus(generate_articles(articles), folder / "generated.jsonl")
    location = str(folder / "built")
    kg = str(Path(sys.executable).with_name("kg"))
    engine = ["--shacl", "turbo"] if importlib.util.find_spec("pyshacl_turbo") else []
    print(f"building {articles} generated articles ...", flush=True)
    subprocess.run([kg, "build", str(corpus), "--store", location, "--quiet", "--workers", "2", *engine], check=True)
    return location


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--rdflib-limit", type=float, default=60.0, help="Seconds rdflib gets per query.")
    parser.add_argument("--rdflib-max", type=int, default=100_000, help="Largest store tried with rdflib.")
    parser.add_argument("--page", type=int, default=100, help="Rows in a page of a listing.")
    parser.add_argument("--deep-offset", type=int, default=5_000, help="Offset of the deep page of a listing.")
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument(
        "--store",
        choices=["disk", "memory", "served"],
        default="disk",
        help="Oxigraph on disk (what kg opens), in memory, or the copy in memory that `kg serve --memory` serves, "
        "over HTTP; rdflib is always in memory.",
    )
    parser.add_argument("--queries", nargs="+", choices=sorted(CASES), help="Only these queries (default: all).")
    parser.add_argument(
        "--generated",
        type=int,
        metavar="N",
        help="Time the queries on the store `kg build` makes of N generated articles instead (on disk, no rdflib).",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "query.json")
    args = parser.parse_args()
    if set(CASES) != set(canned_queries()):
        parser.error(f"CASES must name every canned query: {sorted(set(canned_queries()) ^ set(CASES))}")
    chosen = {name: CASES[name] for name in args.queries or CASES}
    pages = [None, (args.page, 0, False), (args.page, args.deep_offset, False), (args.page, args.deep_offset, True)]
    forms = [
        (name, params, cut)
        for name, of_query in chosen.items()
        for params in of_query
        for cut in (pages if load_query(name).paged_by else [None])
    ]
    if args.generated:
        with tempfile.TemporaryDirectory() as tmp:
            location = built_store(args.generated, Path(tmp))
            store = open_store(location, read_only=True)
            triples, positions = store.triple_count(), store.count("Position")
            store.close()
            cases = time_in_fresh_processes(location, args.repeat, forms)
        rows = [
            [triples, c["query"], _form(c), c["rows"], f"{c['p50'] * 1000:.1f}", f"{c['p95'] * 1000:.1f}"]
            for c in cases
        ]
        data = [{"triples": triples, "positions": positions, "articles": args.generated, **_record(c)} for c in cases]
        title = (
            f"canned queries on {args.generated} generated articles built by kg build ({positions} positions), on disk"
        )
        report(title, ["triples", "query", "parameters", "rows", "p50 ms", "p95 ms"], rows, args.out, {"runs": data})
        return
    with tempfile.TemporaryDirectory() as tmp:
        seed = GraphStore.open(Path(tmp) / "seed")
        generated = write_corpus(generate_articles(40, seed=11), Path(tmp) / "generated.jsonl")
        build([args.seeds, generated], seed)
        rows, data = [], []
        for size in args.sizes:
            store = grow_store(seed, size)
            triples = store.triple_count()
            nquads = (
                store._store.dump(format=__import__("pyoxigraph").RdfFormat.N_QUADS)
                if size <= args.rdflib_max
                else None
            )
            server = None
            if args.store == "memory":
                cases = time_cases(store, args.repeat, forms)
            else:
                on_disk(store, Path(tmp) / f"store-{size}").close()
                del store  # (the in-memory copy: 1M triples of it made the disk store's queries ~20% slower)
                location = str(Path(tmp) / f"store-{size}")
                if args.store == "served":
                    port = free_port()
                    server = start_server(Path(location), port=port, timeout_s=600, memory=True)
                    location = f"http://127.0.0.1:{port}/query"
                cases = time_in_fresh_processes(location, args.repeat, forms)
            for case in cases:
                slow = rdflib_latency(nquads, case["text"], 3, args.rdflib_limit) if nquads else "not run"
                timed_rdflib = not isinstance(slow, str)
                ratio = f"{slow[0] / case['p50']:.0f}x" if timed_rdflib else slow
                rows.append(
                    [
                        triples,
                        case["query"],
                        _form(case),
                        case["rows"],
                        f"{case['p50'] * 1000:.1f}",
                        f"{case['p95'] * 1000:.1f}",
                        f"{slow[0] * 1000:.0f}" if timed_rdflib else "-",
                        ratio,
                    ]
                )
                data.append(
                    {
                        "triples": triples,
                        "store": args.store,
                        **_record(case),
                        "rdflib_p50_ms": slow[0] * 1000 if timed_rdflib else None,
                        "rdflib_outcome": "timed" if timed_rdflib else slow,
                    }
                )
                print(rows[-1], flush=True)
            if server is not None:
                stop_server(server)
        seed.close()
    report(
        f"canned queries: pyoxigraph latency ({args.store} store), and rdflib's where it finishes",
        ["triples", "query", "parameters", "rows", "p50 ms", "p95 ms", "rdflib p50 ms", "rdflib / oxigraph"],
        rows,
        args.out,
        {"runs": data},
    )


def _form(case: dict) -> str:
    """How a table names a case's form: its parameters, and its page."""
    cut, params = case["cut"], case["params"]
    named = " ".join(f"{k}={v[:12]}" for k, v in sorted(params.items())) or "(all)"
    return named + ((f" rows {cut[1]}+" + (" after a cursor" if cut[2] else "")) if cut else "")


def _record(case: dict) -> dict:
    """A case as the JSON output records it."""
    cut = case["cut"]
    return {
        "query": case["query"],
        "params": case["params"],
        "page": {"limit": cut[0], "offset": cut[1], "after_cursor": cut[2]} if cut else None,
        "rows": case["rows"],
        "p50_ms": case["p50"] * 1000,
        "p95_ms": case["p95"] * 1000,
    }


if __name__ == "__main__":
    main()
