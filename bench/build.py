"""Build throughput and peak memory of `kg build` on N generated articles, against a bare `nlp.pipe` of the
same spaCy pipeline over the same texts, in the same run.

    python bench/build.py --sizes 100 1000 --workers 2

Each build runs as its own `kg build` process (so its peak memory is measured alone); the baseline runs
`nlp.pipe(texts, n_process=workers)` in another process. Targets: >= 20 articles/s with both cores, >= 0.8x
the bare pipe, and peak memory flat in N.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, generate_articles, report, write_corpus

PIPE = """
import json, sys, time
from loaders.nlp import load_nlp
nlp = load_nlp()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
start = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=64, n_process=int(sys.argv[2])):
    pass
print(time.perf_counter() - start)
"""


def child_peak_mb(command: list[str]) -> tuple[float, float, str]:
    """Run a command; return (seconds, peak resident MB of the child, its stdout)."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 3):
        raise SystemExit(f"failed: {' '.join(command)}\n{done.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "build.json")
    args = parser.parse_args()
    rows, data = [], []
    kg = str(Path(sys.executable).with_name("kg"))
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write_corpus(generate_articles(n), Path(tmp) / "corpus.jsonl")
            seconds, peak, out = child_peak_mb([kg, "build", str(corpus), "--store", f"{tmp}/store", "--quiet",
                                                "--workers", str(args.workers)])
            pipe = subprocess.run([sys.executable, "-c", PIPE, str(corpus), str(args.workers)], capture_output=True,
                                  text=True, cwd=ROOT, check=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
            pipe_seconds = float(pipe.stdout.strip().splitlines()[-1])
        rate, pipe_rate = n / seconds, n / pipe_seconds
        rows.append([n, args.workers, f"{rate:.1f}", f"{pipe_rate:.1f}", f"{rate / pipe_rate:.2f}", f"{peak:.0f}",
                     out.strip().splitlines()[-1][:60]])
        data.append({"articles": n, "workers": args.workers, "build_seconds": seconds, "articles_per_s": rate,
                     "pipe_articles_per_s": pipe_rate, "ratio": rate / pipe_rate, "peak_mb": peak})
        print(json.dumps(data[-1]), flush=True)
    report("kg build vs nlp.pipe (generated articles; the build time includes loading the model)",
           ["N", "workers", "build art/s", "nlp.pipe art/s", "ratio", "peak MB", "summary"], rows, args.out,
           {"runs": data})


if __name__ == "__main__":
    main()
