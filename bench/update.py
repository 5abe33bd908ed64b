"""A news desk's hourly run: `kg build` of a few new articles into a store built before, timed as a whole
process, with its peak memory; then a run with nothing new.

    python bench/update.py --base 10000 --new 50 --repeat 2

The base store is built first from `--base` generated articles (its time is reported too); each timed run adds
`--new` other generated articles (another seed each time), so the build writes them and rewrites the positions
of the actors their statements name (`kg.positions.update_positions`) instead of every position.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from build import build_command, measure
from common import ROOT, generate_articles, report, write_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=int, default=10000, help="Articles in the store built before.")
    parser.add_argument("--new", type=int, default=50, help="New articles added by each timed run.")
    parser.add_argument("--repeat", type=int, default=2, help="Timed runs, each adding new articles.")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--shacl", choices=["pyshacl", "turbo"], default="turbo")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "update.json")
    args = parser.parse_args()
    kg = str(Path(sys.executable).with_name("kg"))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KG_SHACL_ENGINE": args.shacl}
    rows, data = [], []

    def run(what: str, corpus: Path, store: str) -> None:
        seconds, peak, parent_peak, summary = measure(build_command(kg, corpus, store, args.workers), env)
        rows.append([what, f"{seconds:.1f}", f"{peak:.0f}", f"{parent_peak:.0f}", summary[:70]])
        data.append(
            {"run": what, "seconds": seconds, "peak_mb": peak, "parent_peak_mb": parent_peak, "summary": summary}
        )
        print(json.dumps(data[-1]), flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        store = f"{tmp}/store"
        corpus = write_corpus(generate_articles(args.base), Path(tmp) / "base.jsonl")
        run(f"base: {args.base} articles", corpus, store)
        for k in range(args.repeat):
            corpus = write_corpus(generate_articles(args.new, seed=100 + k), Path(tmp) / f"new{k}.jsonl")
            run(f"+{args.new} new articles", corpus, store)
        run("nothing new", corpus, store)
    report(
        f"kg build into a store of {args.base} articles ({args.workers} workers, {args.shacl})",
        ["run", "seconds", "build MB", "parent MB", "summary"],
        rows,
        args.out,
        {"runs": data},
    )


if __name__ == "__main__":
    main()
