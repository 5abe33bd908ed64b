"""Scoring the graph against hand annotations in the format of `seeds-gold.json`.

A position is (article, actor, election, polarity). The graph's positions per article are aggregated from
its statements the way `kg.positions` does it (statements without polarity join the actor's reject or
endorse position). Actors match by Wikidata QID, else by name through the gazetteer's aliases; elections
match by key, else by territory and first polling day.

Measures: position precision, recall and F1; speaker accuracy (a gold entry's speaker, or its absence,
is among the speakers of the matched position's statements); quote accuracy (the gold `quote_contains`
lies inside the words of one of those statements); stance precision and recall over matched positions.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import GoldError
from kg.namespaces import plain_letters, slug, spelling_key
from kg.positions import position_stances
from kg.store import Store
from loaders.gazetteer import load_gazetteer
from loaders.text import normalise

_STATEMENTS = """
SELECT ?statement ?source ?actorLabel ?qid ?key ?territory ?date ?polarity ?stance ?words ?mode
       (GROUP_CONCAT(DISTINCT ?person; separator="|") AS ?persons)
WHERE {
  ?statement a ce:Statement ; prov:wasDerivedFrom ?article ; ce:actor ?actor ; ce:about ?election ;
             ce:polarity ?p ; ce:stance ?s ; ce:words ?words ; ce:mode ?m .
  ?article ce:sourceFile ?source .
  ?actor rdfs:label ?actorLabel . OPTIONAL { ?actor ce:wikidata ?qid }
  ?election ce:key ?key ; ce:territory/rdfs:label ?territory . OPTIONAL { ?election ce:date ?date }
  OPTIONAL { ?statement ce:speaker ?speaker . ?speaker a ce:Person ; rdfs:label ?person }
  BIND (STRAFTER(STR(?p), "#") AS ?polarity) BIND (STRAFTER(STR(?s), "#") AS ?stance)
  BIND (STRAFTER(STR(?m), "#") AS ?mode)
} GROUP BY ?statement ?source ?actorLabel ?qid ?key ?territory ?date ?polarity ?stance ?words ?mode"""


@dataclass
class _Found:
    """What the graph says of one (article, actor, election): its statements' polarities, stances, words."""

    polarities: set[str] = field(default_factory=set)
    stances: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # polarity -> stances
    speakers: list[frozenset[str]] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    label: str = ""


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    positions: Scores = field(default_factory=Scores)
    stances: Scores = field(default_factory=Scores)
    speaker_correct: int = 0
    speaker_total: int = 0
    quote_correct: int = 0
    quote_total: int = 0
    per_article: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    speaker_errors: list[str] = field(default_factory=list)
    quote_errors: list[str] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_total if self.speaker_total else 1.0

    @property
    def quote_accuracy(self) -> float:
        return self.quote_correct / self.quote_total if self.quote_total else 1.0

    def as_dict(self) -> dict:
        return {
            "positions": {
                "precision": self.positions.precision,
                "recall": self.positions.recall,
                "f1": self.positions.f1,
                "tp": self.positions.tp,
                "fp": self.positions.fp,
                "fn": self.positions.fn,
            },
            "speaker_accuracy": self.speaker_accuracy,
            "quote_accuracy": self.quote_accuracy,
            "stances": {"precision": self.stances.precision, "recall": self.stances.recall},
            "per_article": {
                a: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "f1": s.f1} for a, s in sorted(self.per_article.items())
            },
            "missed": self.missed,
            "spurious": self.spurious,
            "speaker_errors": self.speaker_errors,
            "quote_errors": self.quote_errors,
        }

    def report(self) -> str:
        lines = ["article                          tp  fp  fn     f1"]
        for article, s in sorted(self.per_article.items()):
            lines.append(f"{article[:32]:32} {s.tp:3} {s.fp:3} {s.fn:3}  {s.f1:5.3f}")
        for title, items in (
            ("missed", self.missed),
            ("spurious", self.spurious),
            ("speaker errors", self.speaker_errors),
            ("quote errors", self.quote_errors),
        ):
            if items:
                lines.append(f"{title}:")
                lines.extend(f"  {item}" for item in items)
        p = self.positions
        lines.append(
            f"positions: precision {p.precision:.3f} recall {p.recall:.3f} F1 {p.f1:.3f} "
            f"(tp {p.tp}, fp {p.fp}, fn {p.fn})"
        )
        lines.append(
            f"speaker accuracy {self.speaker_accuracy:.3f} ({self.speaker_correct}/{self.speaker_total}); "
            f"quote accuracy {self.quote_accuracy:.3f} ({self.quote_correct}/{self.quote_total})"
        )
        lines.append(f"stances: precision {self.stances.precision:.3f} recall {self.stances.recall:.3f}")
        return "\n".join(lines)


def load_gold(path: str | Path) -> dict:
    """Read and check a gold file.

    Raises:
        GoldError: the file is missing, not JSON, or not in the gold format.
    """
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    articles = gold.get("articles") if isinstance(gold, dict) else None
    if not isinstance(articles, list):
        raise GoldError(f"{path}: a gold file is an object with an 'articles' list")
    for i, article in enumerate(articles):
        if not isinstance(article, dict) or "file" not in article or not isinstance(article.get("positions"), list):
            raise GoldError(f"{path}: articles[{i}] needs a 'file' and a 'positions' list")
        for j, position in enumerate(article["positions"]):
            missing = {"actor", "election", "polarity"} - set(position)
            if missing:
                raise GoldError(f"{path}: articles[{i}].positions[{j}] lacks {', '.join(sorted(missing))}")
    return gold


def _actor_key(name: str, qid: str | None) -> str:
    if qid:
        return qid
    entity = load_gazetteer().lookup(name)
    return (entity.qid or entity.name) if entity else slug(name)


def _election_keys(key: str, territory: str | None = None, day: str | None = None) -> set[str]:
    """The key itself, and territory+date (with the territory's canonical name) to match on."""
    keys = {key}
    parts = key.split("-")
    if territory is None and len(parts) >= 5:
        territory, day = "-".join(parts[:-4]), "-".join(parts[-4:-1])
    if territory and day:
        forms = load_gazetteer().territory_forms
        canonical = next((f.target for t, f in forms.items() if slug(t) == slug(territory)), territory)
        keys.add(f"{slug(canonical)}@{day}")
    return keys


def _speakers(value) -> frozenset[str]:
    if not value:
        return frozenset()
    names = value if isinstance(value, list) else [value]
    return frozenset(_plain(n) for n in names)


def _plain(name: str) -> str:
    """A person's name compared without case or diacritics ("Mélanie Joly" is "melanie joly"), an official the
    gazetteer knows by the name it gives them, as the graph does ("Tayyip Erdogan" and "Nikol Pashinian" are "recep
    tayyip erdogan" and "nikol pashinyan"; "Mikhail Saakashvili" is "mikheil saakashvili": transliterations of one
    first name, with the same initial, and one surname)."""
    name = name.strip()
    gaz = load_gazetteer()
    canonical = gaz.spellings.get(spelling_key(name))
    offices = gaz.officials[canonical] if canonical else gaz.offices(name)
    if canonical or offices and plain_letters(offices[0].name)[:1].lower() == plain_letters(name)[:1].lower():
        name = offices[0].name
    return plain_letters(name).lower()


def evaluate(store: Store, gold: dict) -> Evaluation:
    """Score the store's statements against a gold annotation."""
    found: dict[tuple[str, str, str], _Found] = defaultdict(_Found)
    for r in store.query(_STATEMENTS):
        source = Path(r["source"].value).name
        actor = _actor_key(r["actorLabel"].value, r["qid"].value if r["qid"] else None)
        for election in _election_keys(r["key"].value, r["territory"].value, r["date"].value if r["date"] else None):
            f = found[(source, actor, election)]
            f.label = f"{r['actorLabel'].value} / {r['key'].value}"
            f.polarities.add(r["polarity"].value)
            f.stances[r["polarity"].value].add(r["stance"].value)
            persons = r["persons"].value if r["persons"] else ""
            f.speakers.append(frozenset(_plain(p) for p in persons.split("|") if p))
            f.words.append(normalise(r["words"].value))
    result = Evaluation()
    gold_files = {a["file"] for a in gold["articles"]}
    matched_found: set[tuple[str, str, str]] = set()
    for article in gold["articles"]:
        file = article["file"]
        entries: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
        for p in article["positions"]:
            entries[(_actor_key(p["actor"], p.get("actor_qid")), p["election"], p["polarity"])].append(p)
        for (actor, election, pol), gold_entries in entries.items():
            match = next((k for k in ((file, actor, e) for e in sorted(_election_keys(election))) if k in found), None)
            f = found.get(match) if match else None
            label = f"{file}: {gold_entries[0]['actor']} / {election} / {pol}"
            if f is None or pol not in _polarities(f):
                result.positions.fn += 1
                result.per_article[file].fn += 1
                result.missed.append(label)
                continue
            matched_found.add(match)
            result.positions.tp += 1
            result.per_article[file].tp += 1
            gold_stances = set().union(*(set(e.get("stances") or []) for e in gold_entries))
            mine = _stances(f, pol)
            result.stances.tp += len(gold_stances & mine)
            result.stances.fp += len(mine - gold_stances)
            result.stances.fn += len(gold_stances - mine)
            for e in gold_entries:
                result.speaker_total += 1
                if _speakers(e.get("speaker")) in set(f.speakers):
                    result.speaker_correct += 1
                else:
                    result.speaker_errors.append(
                        f"{label}: expected {e.get('speaker')!r}, found {sorted(sorted(s) for s in set(f.speakers))}"
                    )
                if e.get("quote_contains"):
                    result.quote_total += 1
                    if any(normalise(e["quote_contains"]) in w for w in f.words):
                        result.quote_correct += 1
                    else:
                        result.quote_errors.append(f"{label}: no words contain {e['quote_contains']!r}")
    _spurious(found, matched_found, gold_files, result)
    return result


def _polarities(f: _Found) -> set[str]:
    return (f.polarities - {"neutral"}) or {"neutral"}


def _stances(f: _Found, polarity: str) -> set[str]:
    """The stances of the position (as kg.positions makes it: "other" only when it has no other)."""
    return position_stances(f.stances[polarity] | (f.stances["neutral"] if polarity != "neutral" else set()))


def _spurious(found, matched, gold_files: set[str], result: Evaluation) -> None:
    """Positions of the graph, in annotated articles, that no gold entry matches (counted once each)."""
    seen: set[tuple[str, str, str]] = set()
    for (file, actor, election), f in sorted(found.items()):
        if file not in gold_files or "@" in election:
            continue
        twins = {(file, actor, e) for e in _election_keys(election)}
        for pol in sorted(_polarities(f)):
            key = (file, actor, f"{election}/{pol}")
            if key in seen or (
                twins & matched and pol in set().union(*(_polarities(found[t]) for t in twins & matched))
            ):
                continue
            seen.add(key)
            result.positions.fp += 1
            result.per_article[file].fp += 1
            result.spurious.append(f"{file}: {f.label} / {pol}")
