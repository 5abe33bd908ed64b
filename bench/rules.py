"""Time of the extraction rules alone (no parse, no RDF, no store): milliseconds an article for
`loaders.statements.extract` over generated articles whose parses are made first, so that a change to the rules can be
weighed apart from spaCy's share of a build.

    python bench/rules.py --articles 400 --passes 3 --runs 3

Each run extracts every article `passes` times; the table gives each run's time an article and the statements made
(the same count from two codes says they read the generated corpus alike). To weigh two versions of the rules, run
the script from a checkout of each, in alternating order, on a quiet machine: runs of one code differ by 10-20% here.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from common import ROOT, generate_articles, report, write_corpus

from loaders.nlp import load_nlp
from loaders.prepared import parse
from loaders.readers import read_paths
from loaders.statements import extract


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--passes", type=int, default=3, help="extractions of every article in one run")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "rules.json")
    args = parser.parse_args()
    nlp = load_nlp()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(generate_articles(args.articles), Path(tmp) / "generated.jsonl")
        articles = list(read_paths([corpus]))
    docs = parse(articles, nlp)
    statements = sum(len(extract(a, nlp, d).statements) for a, d in zip(articles, docs, strict=True))
    per_article = []
    for _ in range(args.runs):
        start = time.perf_counter()
        for _ in range(args.passes):
            for article, doc in zip(articles, docs, strict=True):
                extract(article, nlp, doc)
        per_article.append((time.perf_counter() - start) / (args.passes * len(articles)) * 1000)
    rows = [[i + 1, f"{ms:.2f}", statements] for i, ms in enumerate(per_article)]
    rows.append(["median", f"{statistics.median(per_article):.2f}", statements])
    report(
        f"Extraction rules, {len(articles)} generated articles, {args.passes} passes a run",
        ["run", "ms an article", "statements"],
        rows,
        args.out,
        {"articles": len(articles), "passes": args.passes, "ms_per_article": per_article, "statements": statements},
    )


if __name__ == "__main__":
    main()
