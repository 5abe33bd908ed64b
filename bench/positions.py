"""Peak memory and time of recomputing the positions graph (the last step of every `kg build`) on on-disk stores
of growing size, each in a fresh process, so that its peak is measured alone.

    python bench/positions.py --sizes 100000 1000000 3000000

The stores are grown as in bench/query.py (renamed copies of a base built from ../shared/seeds and 40 generated
articles), written to disk, and opened by a child process that recomputes the positions: it reads the
statements one actor at a time, writes the positions as N-Triples to a file, clears the old graph and loads the
new one in chunks. Target: memory that does not grow with the store beyond the engine's caches.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from common import ROOT, generate_articles, grow_store, report, write_corpus

from kg.build import build
from kg.store import GraphStore

_CHILD = """
import json, sys, time
from kg.positions import recompute_positions
from kg.store import GraphStore

def status_mb(key):  # VmHWM (the peak) restarts at exec; ru_maxrss would carry the parent's over
    line = next(line for line in open("/proc/self/status") if line.startswith(key + ":"))
    return int(line.split()[1]) / 1024

store = GraphStore.open(sys.argv[1])
before = status_mb("VmHWM")
start = time.perf_counter()
positions = recompute_positions(store)
seconds = time.perf_counter() - start
statements = store.count("Statement")
peak = status_mb("VmHWM")
print(json.dumps({"triples": store.triple_count(), "statements": statements, "positions": positions,
                  "seconds": seconds, "opened_mb": before, "peak_mb": peak}))
store.close()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 3_000_000])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "positions.json")
    args = parser.parse_args()
    import pyoxigraph as ox

    rows, data = [], []
    with tempfile.TemporaryDirectory() as tmp:
        seed = GraphStore.open(Path(tmp) / "seed")
        build([args.seeds, write_corpus(generate_articles(40, seed=11), Path(tmp) / "generated.jsonl")], seed)
        for size in args.sizes:
            grown = grow_store(seed, size)
            dump = Path(tmp) / f"grown-{size}.nq"
            grown._store.dump(str(dump), format=ox.RdfFormat.N_QUADS)
            del grown
            on_disk = GraphStore.open(Path(tmp) / f"store-{size}")
            on_disk._store.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
            on_disk.close()
            dump.unlink()
            child = subprocess.run(
                [sys.executable, "-c", _CHILD, str(Path(tmp) / f"store-{size}")],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            result = json.loads(child.stdout.strip().splitlines()[-1])
            data.append(result)
            rows.append(
                [
                    f"{result['triples']:,}",
                    f"{result['statements']:,}",
                    result["positions"],
                    f"{result['seconds']:.1f}",
                    f"{result['opened_mb']:.0f}",
                    f"{result['peak_mb']:.0f}",
                ]
            )
            print(rows[-1], flush=True)
        seed.close()
    report(
        "recomputing the positions: time and peak memory of a fresh process",
        ["triples", "statements", "positions", "seconds", "MB after opening", "peak MB"],
        rows,
        args.out,
        {"runs": data},
    )


if __name__ == "__main__":
    main()
