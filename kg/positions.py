"""Positions: one actor's stance on one election, aggregated over every statement in every article.

Recomputed from the statements in the store after each build, into its own named graph, so that adding
or replacing an article updates every position it touches (a build into a fresh store computes them from the
statements it wrote down as it wrote them, `kg.ledger`, instead of reading them all back). The graph also
holds each election's totals over the corpus (articles and statements about it), so that the aggregate queries
read a few hundred positions instead of every statement. Statements without polarity of their own
(a call for talks) join the actor's reject or endorse position on that vote; an actor that both rejected
and endorsed a vote gets two positions, and each of its reject positions is linked to each of its endorse
positions in the same territory (`ce:contradictedBy`), which the `contradictions` query lists. The graph
also tallies, for each actor, the statements each of its speakers voiced (`ce:SpeakerTally`), which the
`speakers` query reads instead of every statement (a tally, like a position or a link, belongs to its actor),
and counts, for each election, the states that rejected, endorsed or stayed neutral on it, which the
`consensus` query reads instead of every position (counted from the positions graph once it is written,
whichever way it was made).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TextIO

from rdflib.namespace import OWL, RDF, XSD

from kg.ledger import StatementLedger
from kg.namespaces import CE, POSITIONS_GRAPH, local_name, position_iri, speaker_tally_iri
from kg.parallel import in_order
from kg.store import Store

# Read one actor at a time: sorting every statement of the store at once would hold them all in memory.
_ACTORS = """
SELECT DISTINCT ?actor WHERE {
  VALUES ?class { ce:State ce:InternationalOrganization ce:GovernmentBody ce:Person } ?actor a ?class .
} ORDER BY ?actor"""
_STATEMENTS = """
SELECT ?statement ?election ?polarity ?stance ?mode ?article WHERE {
  ?statement ce:actor <%s> ; a ce:Statement ; ce:about ?election ; ce:polarity ?polarity ;
             ce:stance ?stance ; ce:mode ?mode ; prov:wasDerivedFrom ?article .
}"""  # sorted in Python: Oxigraph's ORDER BY doubled the time (4.4 s against 2.3 s for 56,000 rows)
_SPEAKERS = """
SELECT ?speaker (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
  ?statement ce:actor <%s> ; a ce:Statement ; ce:speaker ?speaker .
} GROUP BY ?speaker ORDER BY ?speaker"""
_ELECTIONS = "SELECT ?election WHERE { ?election a ce:Election } ORDER BY ?election"
_TERRITORIES = "SELECT ?election ?territory WHERE { ?election a ce:Election ; ce:territory ?territory }"
# Every election's states by polarity, from the positions graph once written (its own index lists the positions
# about an election; in the union of the graphs, ce:about would also list every statement)
_STATES_BY_POLARITY = f"""
SELECT ?election ?polarity (COUNT(DISTINCT ?state) AS ?states) WHERE {{
  GRAPH <{POSITIONS_GRAPH}> {{ ?position ce:about ?election ; ce:actor ?state ; ce:polarity ?polarity }}
  ?state a ce:State .
}} GROUP BY ?election ?polarity"""
_COUNTED_ELECTIONS = f"""
SELECT ?election WHERE {{ ?election a ce:Election . GRAPH <{POSITIONS_GRAPH}> {{ ?election ce:statementCount ?n }} }}"""
_STATE_COUNTS = {"reject": CE.rejectingStateCount, "endorse": CE.endorsingStateCount, "neutral": CE.neutralStateCount}
_ELECTION_TOTALS = """
SELECT (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
  ?statement ce:about <%s> ; a ce:Statement ; prov:wasDerivedFrom ?article .
}"""
_TYPE, _BOOLEAN, _INTEGER = str(RDF.type), str(XSD.boolean), str(XSD.integer)
_CE = str(CE)  # terms as f"<{_CE}name>": a Namespace lookup per line cost a second per 50,000 statements
_POSITION_LINE_END, _SUPPORTED_BY = f"<{_CE}Position> .", f"> <{_CE}supportedBy> <"
# Actors read at once: Oxigraph answers queries in parallel, releasing the GIL (the positions of a
# 10,000-article store, 392 actors: 5.7 s with one thread, 3.1 with two, 3.0 with four).
READERS = 2


@dataclass
class _Group:
    statements: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # -> (polarity, mode, article)
    stances: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def _polarities(group: _Group) -> list[str]:
    """The polarities of the positions one actor's statements on one election give: reject, endorse or both,
    else neutral."""
    return sorted({p for p, _, _ in group.statements.values()} - {"neutral"}) or ["neutral"]


def position_stances(stances: set[str]) -> set[str]:
    """A position's stances: its statements', without "other" (a position on the vote that fits none of the stances)
    when any other is among them: a quotation that goes on from a rejection adds nothing to what the position is.

    >>> sorted(position_stances({"non-recognition", "other"})), sorted(position_stances({"other"}))
    (['non-recognition'], ['other'])
    """
    return stances - {"other"} if len(stances) > 1 else stances


def _position_lines(actor: str, election: str, group: _Group) -> Iterator[str]:
    """N-Triples of the position(s) of one actor on one election."""
    for polarity in _polarities(group):
        members = sorted(s for s, (p, _, _) in group.statements.items() if p in (polarity, "neutral"))
        node = f"<{position_iri(actor, election, polarity)}>"
        yield f"{node} <{_TYPE}> <{_CE}Position> ."
        yield f"{node} <{_CE}actor> <{actor}> ."
        yield f"{node} <{_CE}about> <{election}> ."
        yield f"{node} <{_CE}polarity> <{_CE}{polarity}> ."
        for stance in sorted(position_stances(set().union(*(group.stances[s] for s in members)))):
            yield f"{node} <{_CE}stance> <{_CE}{stance}> ."
        for statement in members:
            yield f"{node} <{_CE}supportedBy> <{statement}> ."
        yield f'{node} <{_CE}statementCount> "{len(members)}"^^<{_INTEGER}> .'
        articles = {group.statements[s][2] for s in members}
        yield f'{node} <{_CE}articleCount> "{len(articles)}"^^<{_INTEGER}> .'
        reported = all(group.statements[s][1] == "reported" for s in members)
        yield f'{node} <{_CE}reportedOnly> "{str(reported).lower()}"^^<{_BOOLEAN}> .'


def position_lines(
    rows: Iterable[tuple[str, str, str, str, str, str, str]], territories: Mapping[str, str]
) -> Iterator[str]:
    """N-Triples of every position, from (statement, actor, election, polarity, stance, mode, article) rows
    sorted by actor and election, one group in memory at a time; after each actor's, the links of its
    contradictions (`contradiction_lines`), with `territories` giving each election's territory."""
    key, group = None, _Group()
    taken: list[tuple[str, str]] = []  # the (election, polarity) of each position of the actor so far
    for statement, actor, election, polarity, stance, mode, article in rows:
        if (actor, election) != key:
            if key is not None:
                yield from _position_lines(*key, group)
                taken += [(key[1], p) for p in _polarities(group)]
                if actor != key[0]:
                    yield from contradiction_lines(key[0], taken, territories)
                    taken = []
            key, group = (actor, election), _Group()
        group.statements[statement] = (polarity, mode, article)
        group.stances[statement].add(stance)
    if key is not None:
        yield from _position_lines(*key, group)
        yield from contradiction_lines(key[0], [*taken, *((key[1], p) for p in _polarities(group))], territories)


def contradiction_lines(actor: str, taken: list[tuple[str, str]], territories: Mapping[str, str]) -> Iterator[str]:
    """N-Triples linking each reject position of one actor to each of its endorse positions on an election held
    in the same territory, the same election or another (`ce:contradictedBy`), from the (election, polarity)
    of its positions: the `contradictions` query reads these links instead of pairing every rejection with
    every endorsement. An actor's contradictions are its own, so they are rewritten with its positions."""
    endorsed = [election for election, polarity in taken if polarity == "endorse"]
    for rejected in (election for election, polarity in taken if polarity == "reject"):
        territory = territories.get(rejected)
        for other in (e for e in endorsed if territory is not None and territories.get(e) == territory):
            reject, endorse = position_iri(actor, rejected, "reject"), position_iri(actor, other, "endorse")
            yield f"<{reject}> <{_CE}contradictedBy> <{endorse}> ."


def election_territories(store: Store) -> dict[str, str]:
    """Each election's territory (IRIs), which says which of an actor's positions contradict each other."""
    return {row["election"].value: row["territory"].value for row in store.query(_TERRITORIES)}


def speaker_tally_lines(store: Store, actor: str) -> Iterator[str]:
    """N-Triples of the tallies of one actor's speakers: how many of its statements each voiced."""
    rows = store.query(_SPEAKERS % actor)
    return tally_lines(actor, ((row["speaker"].value, int(row["statements"].value)) for row in rows))


def tally_lines(actor: str, counts: Iterable[tuple[str, int]]) -> Iterator[str]:
    """N-Triples of the tallies of one actor's speakers, from (speaker, statements voiced) pairs."""
    for speaker, statements in counts:
        node = f"<{speaker_tally_iri(speaker, actor)}>"
        yield f"{node} <{_TYPE}> <{_CE}SpeakerTally> ."
        yield f"{node} <{_CE}speaker> <{speaker}> ."
        yield f"{node} <{_CE}actor> <{actor}> ."
        yield f'{node} <{_CE}statementCount> "{statements}"^^<{_INTEGER}> .'


def _elections(store: Store) -> list[str]:
    return [row["election"].value for row in store.query(_ELECTIONS)]


def _election_total_lines(store: Store, election: str) -> list[str]:
    """N-Triples of one election's totals over the corpus: how many articles and statements are about it."""
    [row] = store.query(_ELECTION_TOTALS % election)
    return total_lines(election, int(row["articles"].value), int(row["statements"].value))


def total_lines(election: str, articles: int, statements: int) -> list[str]:
    """N-Triples of one election's totals (none for an election no statement is about)."""
    if statements == 0:
        return []
    node = f"<{election}>"
    return [
        f'{node} <{CE.articleCount}> "{articles}"^^<{_INTEGER}> .',
        f'{node} <{CE.statementCount}> "{statements}"^^<{_INTEGER}> .',
    ]


def positions_complete(store: Store) -> bool:
    """Whether the positions graph was written to its end (a build stopped while writing it leaves it
    partial, and the next build must recompute it even if no article changed), in this version's LAYOUT (a
    store built before has no speaker tallies, state counts or contradiction links, which the queries read)."""
    graph = f"<{POSITIONS_GRAPH}>"
    return bool(
        store.query(f'ASK {{ GRAPH {graph} {{ {graph} <{CE.statementCount}> ?n ; <{OWL.versionInfo}> "{LAYOUT}" }} }}')
    )


# What the positions graph holds, written with its completion mark: a graph of another layout is recomputed
# (stores built before the speaker tallies, the elections' state counts or the contradiction links)
LAYOUT = "positions, speaker tallies, state counts, contradiction links"


# What a query names when it reads the positions graph: positions, speaker tallies, an election's totals or
# counts, or contradictions
_POSITION_TERMS = re.compile(
    r"(?:\bce:|ontology#)"
    r"(?:Position|SpeakerTally|articleCount|statementCount|(?:rejecting|endorsing|neutral)StateCount|contradictedBy)\b"
)


def reads_positions(query_text: str) -> bool:
    """Whether a query reads the positions graph (names a position, a speaker tally or an election's totals).

    >>> reads_positions("SELECT * WHERE { ?p a ce:Position }"), reads_positions("SELECT ?statementCount {}")
    (True, False)
    """
    return bool(_POSITION_TERMS.search(query_text))


def positions_being_rewritten(store: Store) -> bool:
    """Whether the store holds statements but its positions graph has no completion mark: a build is writing
    (it takes the mark away before its first write and puts it back last), or one stopped before its end. The
    positions are then those of the store before that build, or partly rewritten."""
    graph = f"<{POSITIONS_GRAPH}>"
    if store.query(f"ASK {{ GRAPH {graph} {{ {graph} <{CE.statementCount}> ?n }} }}"):
        return False
    return bool(store.query(f"ASK {{ ?statement a <{CE.Statement}> }}"))


def _actor_rows(store: Store, actor: str) -> list[tuple[str, str, str, str, str, str, str]]:
    """The (statement, actor, election, polarity, stance, mode, article) rows of one actor, sorted by election."""
    rows = [
        (
            statement.value,
            actor,
            election.value,
            local_name(polarity.value),
            local_name(stance.value),
            local_name(mode.value),
            article.value,
        )
        for statement, election, polarity, stance, mode, article in store.query(_STATEMENTS % actor)  # as selected
    ]
    return sorted(rows, key=lambda row: (row[2], row[0]))


def recompute_positions(store: Store, ledger: StatementLedger | None = None) -> int:
    """Rebuild the positions graph from the store's statements, streaming, or from a `ledger` of them all (a
    build into a fresh store); returns the number of positions."""
    if ledger is not None:
        written = _ledger_file(ledger, election_territories(store))
    else:
        written = _position_file(store, [a["actor"].value for a in store.query(_ACTORS)])
    with written as (path, count, statements):
        store.replace_graph_from_file(str(POSITIONS_GRAPH), path)
    _complete(store, statements)
    return count


@contextmanager
def _ledger_file(ledger: StatementLedger, territories: Mapping[str, str]) -> Iterator[tuple[Path, int, int]]:
    """As `_position_file`, from the ledger's rows instead of the store's statements."""
    with _temporary_file() as path:
        with open(path, "w", encoding="utf-8") as handle:
            count, statements = _write_lines(handle, _ledger_lines(ledger, territories))
        yield path, count, statements


def _ledger_lines(ledger: StatementLedger, territories: Mapping[str, str]) -> Iterator[list[str]]:
    """N-Triples of every actor's positions, contradictions and speaker tallies, then of every election's
    totals, from the ledger's rows."""
    for found in ledger.actors():
        tallies = ((speaker, len(voiced)) for speaker, voiced in sorted(found.speakers.items()))
        yield [*position_lines(found.rows, territories), *tally_lines(found.actor, tallies)]
    for election, articles, statements in ledger.totals():
        yield total_lines(election, articles, statements)


def mark_positions_stale(store: Store) -> None:
    """Take away the positions graph's completion mark, before a build writes articles. A build stopped before
    it brings the positions up to date then leaves them marked incomplete, and the next build recomputes them:
    otherwise it would find the articles written, skip them as unchanged, and never count their statements."""
    graph = f"<{POSITIONS_GRAPH}>"
    store.update(f"DELETE WHERE {{ GRAPH {graph} {{ {graph} ?p ?o }} }}")


def update_positions(store: Store, actors: Iterable[str]) -> int:
    """Rewrite the positions and speaker tallies of `actors` only (those whose statements a build added,
    changed or took away) and the elections' totals; returns the number of positions in the store. A position
    (or a tally) belongs to one actor, so the others stay as they are: a build that adds a few articles to a
    large store rewrites the positions of the actors they name instead of all of them. Of those, only the
    triples that differ are removed and added (a new statement changes a position's counts and adds a
    `supportedBy`, and leaves the rest): removing a triple costs about as much as writing it.

    Only for a graph that was complete before the build wrote its articles: `kg.build` checks, takes the mark
    away before writing, and recomputes a graph that was not complete instead.
    """
    graph = f"<{POSITIONS_GRAPH}>"
    mark_positions_stale(store)  # (already done by a build): if this stops half-way, the next build rebuilds
    store.update(f"""DELETE {{ GRAPH {graph} {{ ?e ?p ?o }} }} WHERE {{
        GRAPH {graph} {{ ?e <{_CE}articleCount> ?n ; ?p ?o FILTER NOT EXISTS {{ ?e a <{_CE}Position> }} }} }}""")
    with _change_files(store, sorted(set(actors))) as (stale, fresh):
        store.remove_from_file(str(POSITIONS_GRAPH), stale)
        store.add_from_file(str(POSITIONS_GRAPH), fresh)
    [row] = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?position <{_CE}supportedBy> ?s }} }}")
    _complete(store, int(row["n"].value))
    return store.count("Position")


def _actor_lines(store: Store, territories: Mapping[str, str], actor: str) -> list[str]:
    """N-Triples of one actor's positions, contradictions and speaker tallies."""
    return [*position_lines(_actor_rows(store, actor), territories), *speaker_tally_lines(store, actor)]


@contextmanager
def _position_file(store: Store, actors: list[str]) -> Iterator[tuple[Path, int, int]]:
    """A temporary N-Triples file of the positions and speaker tallies of `actors` and of every election's
    totals, with the number of positions and of statements supporting them. The actors are read by READERS
    threads (the step runs alone at the end of a build, with the other cores idle), a few at a time."""
    with _temporary_file() as path, ThreadPoolExecutor(READERS) as pool:
        with open(path, "w", encoding="utf-8") as handle:
            actor_lines = partial(_actor_lines, store, election_territories(store))
            count, statements = _write_lines(handle, in_order(pool, actor_lines, actors, 4 * READERS))
            _write_election_totals(store, pool, handle)
        yield path, count, statements


def _write_lines(handle: TextIO, batches: Iterable[Iterable[str]]) -> tuple[int, int]:
    """Write N-Triples lines; returns how many positions they describe and how many statements support them."""
    count = statements = 0
    for lines in batches:
        for line in lines:
            handle.write(line + "\n")
            count += line.endswith(_POSITION_LINE_END)
            statements += _SUPPORTED_BY in line
    return count, statements


@contextmanager
def _change_files(store: Store, actors: list[str]) -> Iterator[tuple[Path, Path]]:
    """Two temporary N-Triples files: the stored triples of `actors`' positions and tallies that their
    statements no longer give, and those they give that are not stored, with every election's totals."""
    with _temporary_file() as stale_path, _temporary_file() as fresh_path, ThreadPoolExecutor(READERS) as pool:
        with open(stale_path, "w", encoding="utf-8") as stale, open(fresh_path, "w", encoding="utf-8") as fresh:
            changes = partial(_actor_change, store, election_territories(store))
            for stored, computed in in_order(pool, changes, actors, 4 * READERS):
                stale.writelines(line + "\n" for line in sorted(stored - computed))
                fresh.writelines(line + "\n" for line in sorted(computed - stored))
            _write_election_totals(store, pool, fresh)
        yield stale_path, fresh_path


def _actor_change(store: Store, territories: Mapping[str, str], actor: str) -> tuple[set[str], set[str]]:
    """One actor's position, contradiction and tally triples as stored and as its statements now give them
    (N-Triples)."""
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{POSITIONS_GRAPH}> {{ ?s <{_CE}actor> <{actor}> ; ?p ?o }} }}")
    return {f"{row['s']} {row['p']} {row['o']} ." for row in rows}, set(_actor_lines(store, territories, actor))


def _write_election_totals(store: Store, pool: ThreadPoolExecutor, handle: TextIO) -> None:
    """Write every election's totals to `handle`, read by the pool's threads."""
    for lines in in_order(pool, partial(_election_total_lines, store), _elections(store), 4 * READERS):
        handle.writelines(line + "\n" for line in lines)


@contextmanager
def _temporary_file() -> Iterator[Path]:
    """The path of a new empty file, removed on exit."""
    handle, name = tempfile.mkstemp(suffix=".nt")
    os.close(handle)
    try:
        yield Path(name)
    finally:
        os.unlink(name)


def state_count_lines(store: Store) -> list[str]:
    """N-Triples of each election's counts of states by polarity (how many states took a reject, an endorse and
    a neutral position on it; zeros included, for every election with statements), from the positions graph as
    written. One query over every position (0.15 s for 15,000 on disk), so that `consensus` reads three numbers
    an election instead."""
    counts: dict[str, dict[str, int]] = {row["election"].value: {} for row in store.query(_COUNTED_ELECTIONS)}
    for row in store.query(_STATES_BY_POLARITY):
        counts.setdefault(row["election"].value, {})[local_name(row["polarity"].value)] = int(row["states"].value)
    return [
        f'<{election}> <{predicate}> "{by_polarity.get(polarity, 0)}"^^<{_INTEGER}> .'
        for election, by_polarity in sorted(counts.items())
        for polarity, predicate in _STATE_COUNTS.items()
    ]


def _complete(store: Store, statements: int) -> None:
    """Write each election's state counts and then the completion mark (the number of statements supporting a
    position), last, so that the mark is there only if every line before it was written."""
    lines = "\n".join([*state_count_lines(store), _mark_line(statements)])
    store.update(f"INSERT DATA {{ GRAPH <{POSITIONS_GRAPH}> {{\n{lines}\n}} }}")


def _mark_line(statements: int) -> str:
    """The completion mark, written last: the number of statements supporting a position, and the layout."""
    graph = f"<{POSITIONS_GRAPH}>"
    return f'{graph} <{CE.statementCount}> "{statements}"^^<{_INTEGER}> .\n{graph} <{OWL.versionInfo}> "{LAYOUT}" .'
