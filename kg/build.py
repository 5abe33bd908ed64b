"""Building the graph: read articles, extract statements, validate each article's graph, store it.

One bad article never stops the batch nor touches the store: its error is reported and the next article
is read. An article already in the store with the same content and software version is skipped; a
changed one replaces its named graph in one transaction. Articles are streamed, one at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg import __version__
from kg.errors import InputError, KgError
from rdflib import Graph

from kg.namespaces import article_iri, is_entity
from kg.positions import recompute_positions
from kg.store import ArticleRecord, Store
from kg.validation import validate_graph
from loaders.article import Article
from loaders.readers import input_files, read_file


@dataclass
class BuildReport:
    """What a build did: articles loaded, skipped as unchanged, statements, positions and errors."""

    loaded: int = 0
    unchanged: int = 0
    statements: int = 0
    positions: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.loaded + self.unchanged

    def summary(self) -> str:
        return (f"{self.articles} articles ({self.loaded} loaded, {self.unchanged} unchanged), "
                f"{self.statements} statements, {self.positions} positions, {len(self.errors)} errors")


def software_version() -> str:
    """This software's version and the language model's: recorded on every extraction run."""
    from loaders.nlp import model_description  # noqa: PLC0415 (loads spaCy only when building)

    return f"contested-elections-kg {__version__}; {model_description()}"


def build(paths: Iterable[str | Path], store: Store,
          on_file: Callable[[str], None] | None = None) -> BuildReport:
    """Load every article under `paths` into `store`, then recompute the positions.

    Args:
        paths: files or folders of .txt, .html, .jsonl.
        store: the graph store to write to.
        on_file: called with each input file's name once its articles are handled (for a progress bar).
    """
    builder = _Builder(store)
    for file in input_files(paths):
        for item in [file] if isinstance(file, InputError) else read_file(file):
            builder.handle(item)
        if on_file:
            on_file(file.source if isinstance(file, InputError) else str(file))
    report = builder.report
    report.positions = recompute_positions(store) if report.loaded else store.count("Position")
    store.flush()
    return report


class _Builder:
    """Loads articles one by one; loads the language model only when an article needs extraction."""

    def __init__(self, store: Store):
        self.store = store
        self.report = BuildReport()
        self.known: dict[str, ArticleRecord] = store.article_records()
        self._version: str | None = None
        self._nlp = None

    @property
    def version(self) -> str:
        self._version = self._version or software_version()
        return self._version

    def handle(self, item: Article | InputError) -> None:
        if isinstance(item, InputError):
            self.report.errors.append(str(item))
            return
        record = self.known.get(item.source)
        if record and record.content_hash == item.content_hash and record.software_version == self.version:
            self.report.unchanged += 1
            return
        try:
            self.report.statements += self._load(item)
            self.report.loaded += 1
        except KgError as exc:
            self.report.errors.append(str(exc))
        except Exception as exc:  # noqa: BLE001 - one article's failure must not lose the others
            self.report.errors.append(f"{item.source}: extraction failed ({type(exc).__name__}: {exc})")

    def _load(self, article: Article) -> int:
        from loaders.nlp import load_nlp  # noqa: PLC0415
        from loaders.statements import extract  # noqa: PLC0415
        from loaders.triples import extraction_graph  # noqa: PLC0415

        self._nlp = self._nlp or load_nlp()
        extraction = extract(article, self._nlp)
        graph = extraction_graph(extraction, self.version)
        validation = validate_graph(graph)
        if not validation.conforms:
            details = "; ".join(validation.messages[:5])
            raise KgError(f"{article.source}: the extracted graph does not conform to the shapes, "
                          f"so it was not loaded ({details})")
        own, shared = split_entities(graph)
        self.store.replace_graph(str(article_iri(article.source)), own, shared)
        return len(extraction.statements)


def split_entities(graph: Graph) -> tuple[Graph, Graph]:
    """Split an article's graph into what only it says and the descriptions of shared entities."""
    own, shared = Graph(), Graph()
    for triple in graph:
        (shared if is_entity(triple[0]) else own).add(triple)
    return own, shared
