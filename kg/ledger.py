"""The statements a build writes, kept as the rows the positions are computed from.

At the end of a build into a fresh store, the positions used to be computed by reading every statement back from
the store, one actor at a time: about 100 µs a statement on disk (RocksDB lookups), 4 s of a 10,000-article build,
with the workers done and a core idle. A build into a store that holds no article yet sees every statement pass
through it, so it writes them down as it writes their articles (a few µs a statement): one line per (statement,
stance) and per (statement, speaker), to a temporary file, so that memory stays flat however many articles
there are; the elections' totals are counted as they come (a few numbers per election). At the end the file
is sorted by actor, a chunk at a time, and read back one actor at a time, as the store would have given it.

What is recorded is what the positions' queries read (kg.positions): a statement's actor, vote, polarity,
stances, mode and article from its article's own N-Triples, and the classes of the actors and votes from the
shared entities' lines, so that a statement counts as it would in the store.
"""

from __future__ import annotations

import heapq
import itertools
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field

from rdflib.namespace import PROV, RDF

from kg.namespaces import CE, local_name

SORTED_AT_ONCE = 200_000  # lines sorted in memory at a time (about 60 MB); more are merged from sorted runs
_TYPE, _STATEMENT, _ELECTION = str(RDF.type), str(CE.Statement), str(CE.Election)
_ACTOR_CLASSES = {str(CE.State), str(CE.InternationalOrganization), str(CE.GovernmentBody), str(CE.Person)}
_FIELDS = {
    str(CE.actor): "actor",
    str(CE.about): "election",
    str(CE.polarity): "polarity",
    str(CE.mode): "mode",
    str(PROV.wasDerivedFrom): "article",
}
_MANY = {str(CE.stance): "stances", str(CE.speaker): "speakers"}


@dataclass
class ActorRows:
    """One actor's recorded rows: (statement, actor, election, polarity, stance, mode, article), the concepts
    by local name, sorted by election and statement; and its speakers with the statements each voiced."""

    actor: str
    rows: list[tuple[str, str, str, str, str, str, str]]
    speakers: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


class StatementLedger:
    """The rows of every statement recorded, on disk until they are read back by actor."""

    def __init__(self) -> None:
        handle, name = tempfile.mkstemp(prefix="kg-ledger-", suffix=".tsv")
        self._path = name
        self._file = os.fdopen(handle, "w", encoding="utf-8")
        self._actors: set[str] = set()  # of the classes positions are made for
        self._elections: set[str] = set()
        self._totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # election -> [articles, statements]

    def record(self, own: str, shared: str) -> None:
        """Record one written article's statements (`own`: its N-Triples) and the classes of the entities it
        describes (`shared`)."""
        for subject, predicate, value in _iri_triples(shared):
            if predicate == _TYPE and value in _ACTOR_CLASSES:
                self._actors.add(subject)
            elif predicate == _TYPE and value == _ELECTION:
                self._elections.add(subject)
        statements: dict[str, dict] = defaultdict(lambda: {"stances": [], "speakers": []})
        for subject, predicate, value in _iri_triples(own):
            if predicate in _FIELDS:
                statements[subject][_FIELDS[predicate]] = value
            elif predicate in _MANY:
                statements[subject][_MANY[predicate]].append(value)
            elif predicate == _TYPE and value == _STATEMENT:
                statements[subject]["statement"] = True
        lines, counted = [], defaultdict(set)
        for statement, found in statements.items():
            if "statement" not in found:
                continue
            if "election" in found and "article" in found:  # (what an election's totals count)
                counted[found["election"]].add(found["article"])
                self._totals[found["election"]][1] += 1
            if "actor" not in found:
                continue
            actor = found["actor"]
            lines.extend(f"{actor}\tS\t{speaker}\t{statement}\n" for speaker in found["speakers"])
            if all(name in found for name in ("election", "polarity", "mode", "article")) and found["stances"]:
                polarity, mode = local_name(found["polarity"]), local_name(found["mode"])
                cells = "\t".join((found["election"], statement, polarity, mode, found["article"]))
                lines.extend(f"{actor}\tP\t{cells}\t{local_name(stance)}\n" for stance in found["stances"])
        for election, articles in counted.items():
            self._totals[election][0] += len(articles)
        self._file.writelines(lines)

    def actors(self) -> Iterator[ActorRows]:
        """The recorded rows of each actor (of the classes positions are made for), one actor at a time."""
        self._file.flush()
        with ExitStack() as stack:
            for actor, lines in itertools.groupby(self._sorted(stack), key=lambda line: line[: line.index("\t")]):
                if actor not in self._actors:
                    continue
                found = ActorRows(actor, [])
                for line in lines:
                    _, kind, *cells = line.rstrip("\n").split("\t")
                    if kind == "P":
                        election, statement, polarity, mode, article, stance = cells
                        found.rows.append((statement, actor, election, polarity, stance, mode, article))
                    else:
                        found.speakers[cells[0]].add(cells[1])
                yield found

    def totals(self) -> Iterator[tuple[str, int, int]]:
        """(election, articles, statements) of each vote statements were about, in the order of their IRIs."""
        for election in sorted(self._totals):
            if election in self._elections:
                yield election, *self._totals[election]

    def close(self) -> None:
        self._file.close()
        os.unlink(self._path)

    def _sorted(self, stack: ExitStack) -> Iterator[str]:
        """The recorded lines sorted (by actor first: a line starts with it and a tab, which sorts before any
        character of an IRI), SORTED_AT_ONCE at a time into runs, merged."""
        runs = []
        with open(self._path, encoding="utf-8") as recorded:
            while chunk := list(itertools.islice(recorded, SORTED_AT_ONCE)):
                chunk.sort()
                run = stack.enter_context(tempfile.TemporaryFile("w+", encoding="utf-8", prefix="kg-ledger-"))  # noqa: SIM115
                run.writelines(chunk)
                run.seek(0)
                runs.append(run)
        return heapq.merge(*runs)


def _iri_triples(ntriples: str) -> Iterator[tuple[str, str, str]]:
    """(subject, predicate, object) of the N-Triples lines whose three terms are IRIs."""
    for line in ntriples.splitlines():
        if line.startswith("<") and line.endswith("> ."):
            parts = line[1:-3].split("> <")
            if len(parts) == 3:
                yield parts[0], parts[1], parts[2]
