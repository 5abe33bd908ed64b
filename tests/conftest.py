"""Shared fixtures: the language model (loaded once), the seed articles and gold in ../shared, stores."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
import rdflib
import spacy

from kg.store import GraphStore

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "eval" / "seeds-gold.json"
REFERENCE = SHARED / "reference"
EXAMPLES = ROOT / "examples" / "corpus"
# the referendums Russia held in four occupied regions of Ukraine in September 2022, which many tests read
OCCUPIED_2022 = {f"{region}-2022-09-23-referendum" for region in ("donetsk", "luhansk", "zaporizhzhia", "kherson")}


def pytest_report_header(config):
    return f"rdflib {rdflib.__version__}, pyoxigraph {pyoxigraph.__version__}, spaCy {spacy.__version__}"


@pytest.fixture(scope="session")
def nlp():
    from loaders.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def seed_store(seeds, tmp_path_factory) -> GraphStore:
    """A store built once from the seed articles (shared by read-only tests)."""
    from kg.build import build

    store = GraphStore.open(tmp_path_factory.mktemp("seeds") / "store")
    report = build([seeds], store)
    assert not report.errors, report.errors
    return store


@pytest.fixture(scope="session")
def fixture_store() -> GraphStore:
    """The query manifest's small dataset (tests/queries/fixture.trig), with its positions computed, its source
    files ranked and its scope listings kept, as a build leaves a store; read-only."""
    from kg.kept_listings import keep_listings
    from kg.positions import recompute_positions
    from kg.source_ranks import rank_sources

    store = GraphStore.in_memory()
    store._store.load(path=str(Path(__file__).parent / "queries" / "fixture.trig"), format=pyoxigraph.RdfFormat.TRIG)
    recompute_positions(store)
    rank_sources(store)
    keep_listings(store)
    return store


@pytest.fixture
def store(tmp_path) -> GraphStore:
    return GraphStore.open(tmp_path / "store")


def extract_text(nlp, text: str, published=None):
    """Statements of a short text, as (actor, election key, polarity, stances, mode) tuples."""
    from loaders.article import Article
    from loaders.statements import extract

    result = extract(Article("t.txt", text, published=published), nlp)
    return [(s.actor.name, s.election.key, s.polarity, sorted(s.stances), s.mode) for s in result.statements]


def words_in(nlp, text: str, published=None) -> list[tuple[str, str]]:
    """(actor, words) of the statements of a short text, in order."""
    from loaders.article import Article
    from loaders.statements import extract

    return [
        (s.actor.name, text[slice(*s.words)])
        for s in extract(Article("t.txt", text, published=published), nlp).statements
    ]


def speakers_of(statements) -> set[tuple[str, tuple[str, ...]]]:
    """(actor, persons who spoke) of `loaders.statements.extract`'s statements."""
    return {(s.actor.name, s.speaker.persons) for s in statements}


def speakers_in(nlp, text: str, published=None) -> set[tuple[str, tuple[str, ...]]]:
    """(actor, persons who spoke) of the statements of a short text."""
    from loaders.article import Article
    from loaders.statements import extract

    return speakers_of(extract(Article("t.txt", text, published=published), nlp).statements)


def verdicts(statements) -> set[tuple[str, str, tuple[str, ...]]]:
    """(actor, polarity, stances) of `extract_text`'s statements."""
    return {(actor, polarity, tuple(stances)) for actor, _, polarity, stances, _ in statements}


def stances_of(nlp, text: str, published, actor: str) -> set[str]:
    """The stances of one actor's statements in a short text."""
    return {s for who, _, stances in verdicts(extract_text(nlp, text, published)) if who == actor for s in stances}


def positions(statements) -> set[tuple[str, str, str]]:
    """(actor, election key, polarity) of `extract_text`'s statements."""
    return {(actor, key, polarity) for actor, key, polarity, _, _ in statements}


def sides(statements) -> set[tuple[str, str, str]]:
    """The positions `kg.positions` makes of `extract_text`'s statements: an actor's neutral words on a vote
    join its reject or endorse position there, and stand alone only when it took no side."""
    found: dict[tuple[str, str], set[str]] = {}
    for actor, key, polarity, _, _ in statements:
        found.setdefault((actor, key), set()).add(polarity)
    return {(actor, key, p) for (actor, key), ps in found.items() for p in (ps - {"neutral"} or {"neutral"})}
