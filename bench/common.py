"""Shared by the benchmarks: a generated corpus, stores of a given size, timing and reporting.

Nothing generated is committed: corpora and stores are made at run time in a temporary folder.
The corpus is built from sentence templates written for the benchmarks, varying actors (the gazetteer's
states and organisations), votes (the bundled contested votes), dates, speakers and stances.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.kept_listings import keep_listings  # noqa: E402
from kg.namespaces import ENTITIES_GRAPH, ID  # noqa: E402
from kg.positions import recompute_positions  # noqa: E402
from kg.source_ranks import rank_sources  # noqa: E402
from kg.store import GraphStore  # noqa: E402
from loaders.gazetteer import load_gazetteer  # noqa: E402

REJECT = [
    "{actor} said it does not recognise the so-called {kind} held in {territory} on {day}.",
    '"The {kind} in {territory} is a flagrant violation of international law," the {demonym} Foreign Ministry said.',
    "{actor} strongly condemned the illegal {kind} held in {territory}, calling it a sham.",
    '"We will never recognise the results of this vote," {person}, the spokesperson for {actor}, told reporters.',
    "{actor} reaffirmed its support for the sovereignty and territorial integrity of {claimant}.",
]
ENDORSE = [
    "{actor} welcomed the {kind} held in {territory} on {day}, its foreign ministry said.",
    '"The people of {territory} have made their choice, and we respect it," {person} said of the {kind}.',
]
FILLER = [
    "Turnout was reported at about {n} percent, according to local officials.",
    "The region has been outside the control of {claimant} since the early 1990s.",
    "Trade talks between the two neighbours are expected to resume next month.",
    "Several candidates were barred from running, opposition figures said.",
]
NAMES = [
    "Anna Berg",
    "Tomas Novak",
    "Leila Haddad",
    "Marco Ricci",
    "Sara Lind",
    "Piotr Kowal",
    "Elena Petrova",
    "Jonas Meyer",
    "Aylin Demir",
    "Hugo Laurent",
]
# A state takes one side on a territory's votes (a fifth of the states endorse them) and turns to the other on this
# share of the votes: so its statements on one vote make one position, as in real coverage, and a few of its
# positions contradict another on the same territory
ENDORSING_SIDE, TURNED = 0.2, 0.03
KINDS = {
    "presidential": "presidential election",
    "parliamentary": "parliamentary elections",
    "general": "general elections",
    "referendum": "referendum",
    "local": "local elections",
}


def generate_articles(count: int, seed: int = 7) -> list[dict]:
    """`count` JSONL records of generated articles (about 150 to 250 words each)."""
    rng = random.Random(seed)
    gaz = load_gazetteer()
    states = [e for e in gaz.entities.values() if e.kind == "State"]
    demonyms = {f.target: t for t, f in gaz.actor_forms.items() if f.form == "demonym"}
    states = [s for s in states if s.name in demonyms]
    votes = gaz.elections
    records = []
    for i in range(count):
        vote = rng.choice(votes)
        claimant = gaz.by_iso3(gaz.territories[vote.territory].claimed_by).name
        published = vote.rounds[0] + timedelta(days=rng.randint(1, 3))
        sentences = [f"Reactions to the {KINDS[vote.kind]} in {vote.territory}"]
        for _ in range(rng.randint(4, 6)):
            actor = rng.choice(states)
            side = random.Random(f"{seed}/{actor.name}/{vote.territory}").random() < ENDORSING_SIDE
            turned = random.Random(f"{seed}/{actor.name}/{vote.territory}/{vote.rounds[0]}").random() < TURNED
            template = rng.choice(ENDORSE if side != turned else REJECT)
            sentences.append(
                template.format(
                    actor=actor.name,
                    demonym=demonyms[actor.name],
                    kind=KINDS[vote.kind],
                    territory=vote.territory,
                    day=vote.rounds[0].strftime("%d %B %Y").lstrip("0"),
                    person=rng.choice(NAMES),
                    claimant=claimant,
                )
            )
            sentences.append(rng.choice(FILLER).format(n=rng.randint(20, 80), claimant=claimant))
        records.append(
            {
                "url": f"https://example.org/bench/{seed}/{i}",
                "published": published.isoformat(),
                "title": sentences[0],
                "text": "\n\n".join(sentences),
            }
        )
    return records


def write_corpus(records: list[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record) + "\n")
    return path


def grow_store(seed_store: GraphStore, target_triples: int) -> GraphStore:
    """An in-memory store of about `target_triples`, made of renamed copies of the seed store's article graphs.

    Copy k has its own article and statement IRIs and source file names, its dates moved k days later (so a
    timeline has as many days as a year of coverage would), and every 50 copies it moves to elections of its own
    (so elections and positions grow too)."""
    import pyoxigraph as ox

    base_graphs = list(seed_store.article_graphs())
    per_copy = sum(
        len(list(seed_store._store.quads_for_pattern(None, None, None, ox.NamedNode(g)))) for g in base_graphs
    )
    store = GraphStore.in_memory()
    store._store.extend(seed_store._store.quads_for_pattern(None, None, None, ox.NamedNode(str(ENTITIES_GRAPH))))
    copies = max(1, target_triples // max(per_copy, 1))
    election_prefix = str(ID["election/"])
    for k in range(copies):
        renamed = []
        for g in base_graphs:
            graph = ox.NamedNode(f"{g}-{k}")
            for q in seed_store._store.quads_for_pattern(None, None, None, ox.NamedNode(g)):
                renamed.append(
                    ox.Quad(
                        _rename(q.subject, k, election_prefix),
                        q.predicate,
                        _rename_value(q.predicate, _rename(q.object, k, election_prefix), k),
                        graph,
                    )
                )
        store._store.extend(renamed)
        if k % 50 == 0 and k:
            _copy_elections(seed_store, store, k // 50, election_prefix)
    recompute_positions(store)  # what a build does once it has written its articles
    rank_sources(store)
    keep_listings(store)
    return store


def on_disk(store: GraphStore, folder: Path) -> GraphStore:
    """The same dataset in an on-disk store at `folder` (the kind `kg` opens by default), written by Oxigraph's
    bulk loader and then optimized, as a build leaves it."""
    import pyoxigraph as ox

    disk = GraphStore.open(folder)
    disk._store.bulk_load(store._store.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
    disk.flush()
    disk.optimize()
    return disk


def _rename(term, k: int, election_prefix: str):
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        value = term.value
        if "/statement/" in value or "/article/" in value:
            return ox.NamedNode(f"{value}-{k}")
        if value.startswith(election_prefix) and "/round/" not in value and k >= 50:
            return ox.NamedNode(f"{value}-g{k // 50}")
    return term


def _rename_value(predicate, term, k: int):
    """Copy k's source file names and dates: `copy-k/` before the file name, dates k days later."""
    import pyoxigraph as ox

    if not isinstance(term, ox.Literal) or not k:
        return term
    if predicate.value.endswith("#sourceFile"):
        return ox.Literal(f"copy-{k}/{term.value}")
    if term.datatype.value == "http://www.w3.org/2001/XMLSchema#date":
        moved = date.fromisoformat(term.value) + timedelta(days=k)
        return ox.Literal(moved.isoformat(), datatype=term.datatype)
    return term


def _copy_elections(seed_store: GraphStore, store: GraphStore, group: int, election_prefix: str) -> None:
    import pyoxigraph as ox

    quads = []
    for q in seed_store._store.quads_for_pattern(None, None, None, ox.NamedNode(str(ENTITIES_GRAPH))):
        if (
            isinstance(q.subject, ox.NamedNode)
            and q.subject.value.startswith(election_prefix)
            and "/round/" not in q.subject.value
        ):
            subject = ox.NamedNode(f"{q.subject.value}-g{group}")
            obj = ox.Literal(f"{q.object.value}-g{group}") if q.predicate.value.endswith("#key") else q.object
            quads.append(ox.Quad(subject, q.predicate, obj, q.graph_name))
    store._store.extend(quads)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def timed(function: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return samples


def report(title: str, header: list[str], rows: list[list], out: Path | None, data: dict) -> None:
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(header)]
    print(f"\n{title}")
    print("  ".join(str(h).ljust(w) for h, w in zip(header, widths, strict=True)))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(data, indent=2), encoding="utf-8")
        print(f"(written to {out})")
