"""Build throughput and peak memory of `kg build` on N generated articles, against a bare `nlp.pipe` of the
same spaCy pipeline over the same texts, in the same run.

    python bench/build.py --sizes 100 1000 --workers 2

Each build runs as its own `kg build` process (so its peak memory is measured alone: that of its largest
process, and that of its parent, which writes the store while the workers parse); the baseline runs
`nlp.pipe(texts, n_process=workers)` in another process. Both run once untimed first (so that neither pays for
cold disk caches), then alternate `--repeat` times: on a shared machine the same run varies by 10-20%.
Targets: >= 20 articles/s with both cores, >= 0.8x the bare pipe, and peak memory flat in N.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import median

from common import ROOT, generate_articles, report, write_corpus

# The bare pipe, run like the build: a process that loads the model, reads the texts and parses them all.
PIPE = """
import json, sys
from loaders.nlp import load_nlp
nlp = load_nlp()
texts = (json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8"))
for _ in nlp.pipe(texts, batch_size=16, n_process=int(sys.argv[2])):
    pass
"""
# Measures one command in a fresh parent, so that its peak memory is its own (ru_maxrss of children
# only grows within one parent). The command's own process (the build's parent, which writes the store) is
# also followed alone, through its high-water mark read every 0.2 s.
MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
own = 0.0
while child.poll() is None:
    try:
        with open(f"/proc/{child.pid}/status") as status:
            own = max([own] + [int(l.split()[1]) / 1024 for l in status if l.startswith("VmHWM")])
    except OSError:
        pass
    time.sleep(0.2)
out, err = child.communicate()
seconds = time.perf_counter() - start
print(child.returncode, seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, own)
print(out.strip().splitlines()[-1] if out.strip() else err[-500:])
"""


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float, float, str]:
    """Run a command as a whole process; return (wall seconds, peak resident MB of its largest process, peak
    of the command's own process, last line of its output)."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, cwd=ROOT, check=True, env=env
    )
    head, tail = done.stdout.splitlines()[0], done.stdout.splitlines()[-1]
    code, seconds, peak, own = head.split()
    if int(code) not in (0, 3):
        raise SystemExit(f"failed: {' '.join(command)}\n{tail}")
    return float(seconds), float(peak), float(own), tail


def build_command(kg: str, corpus: Path, store: str, workers: int) -> list[str]:
    return [kg, "build", str(corpus), "--store", store, "--quiet", "--workers", str(workers)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--shacl",
        choices=["pyshacl", "turbo"],
        default="pyshacl",
        help="SHACL engine of the build (turbo needs pyshacl-turbo installed).",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "build.json")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="Runs of each, build and pipe alternating: the table gives the median times and the runs' ratios.",
    )
    args = parser.parse_args()
    rows, data = [], []
    kg = str(Path(sys.executable).with_name("kg"))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KG_SHACL_ENGINE": args.shacl}
    with tempfile.TemporaryDirectory() as tmp:  # untimed: neither timed run pays for cold disk caches
        corpus = write_corpus(generate_articles(16), Path(tmp) / "corpus.jsonl")
        measure(build_command(kg, corpus, f"{tmp}/store", args.workers), env)
        measure([sys.executable, "-c", PIPE, str(corpus), str(args.workers)], env)
    for n in args.sizes:
        runs = []  # (build seconds, peak, parent peak, summary, pipe seconds, pipe peak), build and pipe alternating
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write_corpus(generate_articles(n), Path(tmp) / "corpus.jsonl")
            for run in range(args.repeat):
                built = measure(build_command(kg, corpus, f"{tmp}/store{run}", args.workers), env)
                piped = measure([sys.executable, "-c", PIPE, str(corpus), str(args.workers)], env)
                runs.append((*built, piped[0], piped[1]))
        ratios = sorted(pipe / build for build, *_, pipe, _ in runs)
        seconds, pipe_seconds = median(r[0] for r in runs), median(r[4] for r in runs)
        peak, parent_peak, pipe_peak = (max(r[i] for r in runs) for i in (1, 2, 5))
        out = runs[-1][3]
        rate, pipe_rate = n / seconds, n / pipe_seconds
        rows.append(
            [
                n,
                args.workers,
                args.shacl,
                f"{rate:.1f}",
                f"{pipe_rate:.1f}",
                f"{rate / pipe_rate:.2f}" + (f" ({ratios[0]:.2f}-{ratios[-1]:.2f})" if len(runs) > 1 else ""),
                f"{peak:.0f}",
                f"{parent_peak:.0f}",
                f"{pipe_peak:.0f}",
                out[:58],
            ]
        )
        data.append(
            {
                "articles": n,
                "workers": args.workers,
                "shacl": args.shacl,
                "build_seconds": seconds,
                "articles_per_s": rate,
                "pipe_seconds": pipe_seconds,
                "pipe_articles_per_s": pipe_rate,
                "ratio": rate / pipe_rate,
                "run_ratios": ratios,
                "runs": [{"build_seconds": r[0], "pipe_seconds": r[4]} for r in runs],
                "peak_mb": peak,
                "parent_peak_mb": parent_peak,
                "pipe_peak_mb": pipe_peak,
                "summary": out,
            }
        )
        print(json.dumps(data[-1]), flush=True)
    report(
        "kg build vs nlp.pipe, both timed as whole processes (start, model load, parse ...)",
        ["N", "workers", "shacl", "build art/s", "pipe art/s", "ratio", "build MB", "parent MB", "pipe MB", "summary"],
        rows,
        args.out,
        {"runs": data},
    )


if __name__ == "__main__":
    main()
