"""Building the graph: read articles, extract statements, validate each article's graph, store it.

One bad article never stops the batch nor touches the store: its error is reported and the next article
is read. An article already in the store with the same content and software version is skipped; a
changed one replaces its named graph in one transaction. Articles are streamed: with `workers` > 1, worker
processes extract, map to RDF and validate, a bounded number of articles at a time, and this process
writes to the store, so memory stays flat however many articles there are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from kg import __version__
from kg.errors import InputError, KgError
from kg.kept_listings import keep_listings, listings_complete, mark_listings_stale
from kg.ledger import StatementLedger
from kg.namespaces import CE, article_iri, is_entity_iri
from kg.parallel import in_order
from kg.positions import mark_positions_stale, positions_complete, recompute_positions, update_positions
from kg.source_ranks import mark_ranks_stale, rank_sources, ranks_complete
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
        return (
            f"{self.articles} articles ({self.loaded} loaded, {self.unchanged} unchanged), "
            f"{self.statements} statements, {self.positions} positions, {len(self.errors)} errors"
        )


@dataclass(frozen=True)
class Prepared:
    """One article made ready for the store: its own triples and the shared entities, as N-Triples."""

    source: str
    own: str
    shared: str
    statements: int


def software_version() -> str:
    """This software's version and the language model's: recorded on every extraction run."""
    from loaders.model import model_description  # noqa: PLC0415

    return f"contested-elections-kg {__version__}; {model_description()}"


def split_entities(ntriples: str) -> tuple[str, str]:
    r"""Split an article's N-Triples into what only it says and the descriptions of shared entities.

    >>> split_entities('<https://w3id.org/contested-elections/id/actor/Q43> <p> "x" .\n<urn:s> <p> "y" .')
    ('<urn:s> <p> "y" .', '<https://w3id.org/contested-elections/id/actor/Q43> <p> "x" .')
    """
    own, shared = [], []
    for line in ntriples.splitlines():
        subject = line[1 : line.find(">")] if line.startswith("<") else ""
        (shared if subject and is_entity_iri(subject) else own).append(line)
    return "\n".join(own), "\n".join(shared)


def statement_actors(ntriples: str) -> set[str]:
    """The actors (IRIs) of the statements in an article's N-Triples.

    >>> sorted(statement_actors('<urn:s> <https://w3id.org/contested-elections/ontology#actor> <urn:a> .'))
    ['urn:a']
    """
    predicate = f"> <{CE.actor}> <"
    return {
        line[line.index(predicate) + len(predicate) : line.rindex(">")]
        for line in ntriples.splitlines()
        if predicate in line
    }


def prepare(article: Article, version: str, doc=None) -> Prepared:
    """Extract, map to RDF and validate one article (in whichever process runs it); `doc` is its parse
    when a batch was parsed at once.

    Raises:
        KgError: the extracted graph does not conform to the shapes.
    """
    ntriples, statements = _mapped(article, version, doc)
    _check(article.source, ntriples)
    return _prepared(article.source, ntriples, statements)


def _mapped(article: Article, version: str, doc=None) -> tuple[str, int]:
    """One article's graph as N-Triples, and the number of statements extracted from it."""
    from loaders.nlp import load_nlp  # noqa: PLC0415
    from loaders.statements import extract  # noqa: PLC0415
    from loaders.triples import extraction_triples  # noqa: PLC0415

    extraction = extract(article, load_nlp(), doc)
    return extraction_triples(extraction, version), len(extraction.statements)


def _check(source: str, ntriples: str) -> None:
    """Validate one article's graph.

    Raises:
        KgError: it does not conform to the shapes (the message names `source` and the first violations).
    """
    validation = validate_graph(ntriples)
    if not validation.conforms:
        details = "; ".join(validation.messages[:5])
        raise KgError(f"{source}: the extracted graph does not conform to the shapes, so it was not loaded ({details})")


def _prepared(source: str, ntriples: str, statements: int) -> Prepared:
    own, shared = split_entities(ntriples)
    return Prepared(source, own, shared, statements)


def _prepare_batch(articles: list[Article], version: str) -> list[Prepared | str]:
    """Prepare several articles, parsed together by `nlp.pipe`; an error is returned, not raised.

    Their graphs are validated together, and one by one only when together they do not conform, so that the
    bad ones alone are left out: the shapes' fixed cost is paid once a batch (16 generated articles: 1.24 ms
    an article against 1.80 with pyshacl-turbo, 9.8 against 13.1 with pySHACL). An article's own nodes carry
    its source in their IRIs, so no other graph adds to them; the actors and elections every article
    describes again are described from the same gazetteer entry, as the store then holds them."""
    from loaders.nlp import load_nlp  # noqa: PLC0415
    from loaders.prepared import parse  # noqa: PLC0415

    try:
        docs = parse(articles, load_nlp())
    except Exception:  # noqa: BLE001 - parse one by one below, so the bad article alone fails
        docs = [None] * len(articles)
    mapped: list[tuple[str, str, int] | str] = []  # (source, N-Triples, statements), or an error
    for article, doc in zip(articles, docs, strict=True):
        try:
            mapped.append((article.source, *_mapped(article, version, doc)))
        except KgError as exc:
            mapped.append(str(exc))
        except Exception as exc:  # noqa: BLE001 - one article's failure must not lose the others
            mapped.append(f"{article.source}: extraction failed ({type(exc).__name__}: {exc})")
    graphs = [item for item in mapped if not isinstance(item, str)]
    together = len(graphs) > 1 and _conform_together([ntriples for _, ntriples, _ in graphs])
    results: list[Prepared | str] = []
    for item in mapped:
        if isinstance(item, str):
            results.append(item)
            continue
        source, ntriples, statements = item
        try:
            if not together:
                _check(source, ntriples)
            results.append(_prepared(source, ntriples, statements))
        except KgError as exc:
            results.append(str(exc))
        except Exception as exc:  # noqa: BLE001 - one article's failure must not lose the others
            results.append(f"{source}: validation failed ({type(exc).__name__}: {exc})")
    return results


def _conform_together(graphs: list[str]) -> bool:
    """Whether the union of these graphs (N-Triples) conforms; False also when validating it fails."""
    try:
        return validate_graph("\n".join(graphs)).conforms
    except Exception:  # noqa: BLE001 - then each is validated alone, and the one at fault reports it
        return False


def build(
    paths: Iterable[str | Path], store: Store, on_file: Callable[[str], None] | None = None, workers: int = 1
) -> BuildReport:
    """Load every article under `paths` into `store`, then bring the positions, the source ranks and the kept
    listings up to date.

    Args:
        paths: files or folders of .txt, .html, .jsonl.
        store: the graph store to write to.
        on_file: called with each input file's name once its articles are read (for a progress bar).
        workers: processes that extract in parallel (1: in this process).
    """
    report = BuildReport()
    known: dict[str, ArticleRecord] = store.article_records()
    version = software_version()

    def articles() -> Iterator[Article]:
        for file in input_files(paths):
            for item in [file] if isinstance(file, InputError) else read_file(file):
                if isinstance(item, InputError):
                    report.errors.append(str(item))
                    continue
                record = known.get(item.source)
                if record and record.content_hash == item.content_hash and record.software_version == version:
                    report.unchanged += 1
                    continue
                yield item
            if on_file:
                on_file(file.source if isinstance(file, InputError) else str(file))

    # (the writer takes the three marks away before it writes)
    complete, ranked, kept = positions_complete(store), ranks_complete(store), listings_complete(store)
    # In a store that holds no article yet, every statement the positions count passes through this build
    with _Writer(store, report, StatementLedger() if not known else None) as writer:
        for result in _in_batches(articles(), version, workers, on_input_end=writer.drain):
            if isinstance(result, str):
                report.errors.append(result)
            elif result.source in known or result.source in writer.sources:
                writer.replace(result)
            else:
                writer.add(result)
        writer.write_pending()
        if report.loaded and known and complete:  # only the actors this build touched change position
            report.positions = update_positions(store, writer.actors)
        elif report.loaded or not complete:
            report.positions = recompute_positions(store, writer.ledger)
        else:
            report.positions = store.count("Position")
        if report.loaded or not ranked:
            rank_sources(store)
        # (before the optimization, though its listings would read the merged files twice as fast after it: 0.44 s
        # instead of 0.98 for 1,000 generated articles; written after it, they leave files that the next process to
        # open the store for writing merges in the background, while a command reading the store may be opening
        # them)
        if report.loaded or not kept:
            keep_listings(store)
        if not report.loaded and complete:
            store.flush()
            return report
    store.flush()
    store.optimize()  # what it wrote is read by every query after it
    return report


BATCH = 16
# With workers, the input's last TAIL articles are prepared in batches of LAST_BATCH, so that the workers finish
# within a small batch's time of each other: with full batches (half a second each) one core sat idle for a quarter
# of a second, on average, at a build's end, while the other prepared the last batch. (Parses do not depend on
# the batch: the fixtures' 1,136 parse alike in batches of 16, 4 and 1.)
TAIL, LAST_BATCH = 2 * BATCH, 4
# New articles written to the store at once: WRITE_FIRST, then as many as the build has written, up to
# WRITE_EVERY. Each write adds files that RocksDB merges with those before in the background, and each merge
# rewrites much of the store. In a 10,000-article build, with the workers parsing on the same two cores:
# batches of 100 cost 34 CPU-s of merging; growing to 500, 12 s (the parent's peak 217 MB); to 1,000, 10 s
# (302 MB: the bulk loader holds a batch's index entries, and a batch is held until written, ~30 KB an
# article). Small first writes keep a small build's last write, which nothing overlaps, short.
WRITE_FIRST, WRITE_EVERY = 100, 500
FLUSH_EVERY = 100  # changed articles (each in its own transaction, held in memory) between flushes


class _Writer:
    """Writes prepared articles to the store: new ones in batches growing to WRITE_EVERY, each in one atomic
    step (a batch that fails is written again article by article, so that only a bad article is lost), changed
    ones each in its own transaction. Remembers the shared-entity lines written: most articles describe the
    same actors and elections again, and writing them again costs as much as writing the article. Given a
    ledger, records in it the statements of every article written, until an article is replaced (the ledger
    would then hold the statements of both versions, and the positions are read from the store instead)."""

    def __init__(self, store: Store, report: BuildReport, ledger: StatementLedger | None = None) -> None:
        self.store, self.report, self.ledger = store, report, ledger
        self.sources: set[str] = set()  # written or pending in this build (a source read twice must replace)
        self._pending: list[Prepared] = []
        self._entity_lines: set[str] = set()  # as many as there are distinct entity triples, not articles
        self.actors: set[str] = set()  # the actors of the statements written or replaced (their positions change)
        self._replaced = 0
        self._marked_stale = False
        self._draining = False  # the input is all read: write each batch of results as it comes

    def add(self, article: Prepared) -> None:
        """Queue an article that is not in the store."""
        self._pending.append(article)
        self.sources.add(article.source)
        if len(self._pending) >= (BATCH if self._draining else min(WRITE_EVERY, max(WRITE_FIRST, self.report.loaded))):
            self.write_pending()

    def drain(self) -> None:
        """The input is all read: write what is queued now, while the workers prepare the last batches, and from
        then on each batch's worth of results as it comes, so that the write after the last result, which nothing
        overlaps, is one batch's and not up to WRITE_EVERY articles' (0.2 s of a 1,000-article build's end)."""
        self._draining = True
        self.write_pending()

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, *exc) -> None:
        self._drop_ledger()

    def _drop_ledger(self) -> None:
        if self.ledger is not None:
            self.ledger.close()
            self.ledger = None

    def replace(self, article: Prepared) -> None:
        """Replace an article already in the store (after the queued ones, which may hold an older version)."""
        self.write_pending()
        self._drop_ledger()
        graph = str(article_iri(article.source))
        old = self.store.query(
            f"SELECT DISTINCT ?actor WHERE {{ GRAPH <{graph}> {{ ?statement <{CE.actor}> ?actor }} }}"
        )
        self.actors.update(row["actor"].value for row in old)
        self._mark_stale()
        self._write_one(article, new=False)
        self._replaced += 1
        if self._replaced % FLUSH_EVERY == 0:
            self.store.flush()  # Oxigraph keeps transactional writes in memory until flushed

    def write_pending(self) -> None:
        batch, self._pending = self._pending, []
        if not batch:
            return
        lines: set[str] = set()
        graphs = []
        for article in batch:
            shared = [
                line for line in article.shared.splitlines() if line not in self._entity_lines and line not in lines
            ]
            lines.update(shared)
            graphs.append((str(article_iri(article.source)), article.own, "\n".join(shared)))
        self._mark_stale()
        try:
            self.store.add_graphs(graphs)
        except KgError:
            for article in batch:
                self._write_one(article, new=True)
            return
        self._entity_lines |= lines
        for article in batch:
            self._loaded(article)

    def _mark_stale(self) -> None:
        """Before the first write: the positions, the source ranks and the kept listings are out of date until
        the build's end brings them up to date."""
        if not self._marked_stale:
            mark_positions_stale(self.store)
            mark_ranks_stale(self.store)
            mark_listings_stale(self.store)
            self._marked_stale = True

    def _write_one(self, article: Prepared, new: bool) -> None:
        unseen = "\n".join(line for line in article.shared.splitlines() if line not in self._entity_lines)
        try:
            self.store.replace_graph(str(article_iri(article.source)), article.own, unseen, new)
        except KgError as exc:
            self.report.errors.append(f"{article.source}: {exc}")
            return
        self._entity_lines.update(article.shared.splitlines())
        self.sources.add(article.source)
        self._loaded(article)

    def _loaded(self, article: Prepared) -> None:
        self.actors.update(statement_actors(article.own))
        if self.ledger is not None:
            self.ledger.record(article.own, article.shared)
        self.report.loaded += 1
        self.report.statements += article.statements


def _batches(
    articles: Iterator[Article], last_batch: int = BATCH, on_end: Callable[[], None] | None = None
) -> Iterator[list[Article]]:
    """The articles in batches of BATCH, the input's last TAIL in batches of `last_batch`; `on_end` is called once
    the input is all read."""
    held: list[Article] = []
    for article in articles:
        held.append(article)
        if len(held) == BATCH + TAIL:  # (the last TAIL are held back until the input ends)
            yield held[:BATCH]
            held = held[BATCH:]
    if on_end:
        on_end()
    if len(held) > TAIL:
        yield held[:-TAIL]
        held = held[-TAIL:]
    for start in range(0, len(held), last_batch):
        yield held[start : start + last_batch]


def _in_batches(
    articles: Iterator[Article], version: str, workers: int, on_input_end: Callable[[], None] | None = None
) -> Iterator[Prepared | str]:
    """Prepare articles in batches, in this process or in `workers` processes, in order, with at most two
    batches per worker in flight (so memory does not grow with the number of articles); `on_input_end` is called
    once the input is all read."""
    if workers <= 1:
        for batch in _batches(articles, on_end=on_input_end):
            yield from _prepare_batch(batch, version)
        return
    batches = _batches(articles, LAST_BATCH, on_input_end)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for prepared in in_order(pool, partial(_prepare_batch, version=version), batches, 2 * workers):
            yield from prepared
