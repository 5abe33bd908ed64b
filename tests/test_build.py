"""Building: a batch with bad inputs loads the good articles; re-loads are idempotent; changes replace."""

from __future__ import annotations

import pytest

from kg.build import build
from kg.namespaces import CE, ENTITIES_GRAPH, OWL, POSITIONS_GRAPH, article_iri

GOOD = " date 2014-03-17 Latvia condemned the so-called referendum held in Crimea on Sunday.\n"
ACTOR = "https://w3id.org/contested-elections/id/actor/Q211"
OTHER = " date 2014-03-18 Estonia does not recognise the referendum held in Crimea on 16 March 2014.\n"


def test_bad_articles_are_reported_and_the_others_loaded(store, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin.txt").write_bytes("Türkiye".encode("latin-1"))
    (tmp_path / "feed.jsonl").write_text('{"text": "' + OTHER.strip() + '"}\n{broken\n', encoding="utf-8")
    report = build([tmp_path, tmp_path / "missing.txt"], store)
    assert report.loaded == 2
    assert len(report.errors) == 5
    assert all(
        any(name in e for name in ("empty.txt", "binary.txt", "latin.txt", "feed.jsonl:2", "missing.txt"))
        for e in report.errors
    )
    assert report.statements >= 2 and report.positions == 2


def test_reloading_an_unchanged_article_changes_nothing(store, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    build([tmp_path], store)
    before = {str(q) for q in store._store}
    report = build([tmp_path], store)
    assert (report.loaded, report.unchanged) == (0, 1)
    assert {str(q) for q in store._store} == before


def test_a_build_that_wrote_optimizes_the_store_and_one_that_did_not_leaves_it(store, tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(type(store), "optimize", lambda self: calls.append(self.location))
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    build([tmp_path], store)
    assert calls == [store.location]
    build([tmp_path], store)
    assert calls == [store.location]


def test_positions_left_partial_by_a_stopped_build_are_recomputed_by_the_next(store, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    build([tmp_path], store)
    complete = {str(q) for q in store._store}
    # a build stopped after the first chunk of the positions graph: its last line, the count, is missing
    store.update(f"DELETE WHERE {{ GRAPH <{POSITIONS_GRAPH}> {{ <{POSITIONS_GRAPH}> ?p ?o }} }}")
    store.update(f"DELETE WHERE {{ GRAPH <{POSITIONS_GRAPH}> {{ ?s <{CE.supportedBy}> ?o }} }}")
    report = build([tmp_path], store)
    assert (report.loaded, report.unchanged, report.positions) == (0, 2, 2)
    assert {str(q) for q in store._store} == complete


# What the positions graph of an earlier version lacked (its completion mark had no layout either)
EARLIER_LAYOUTS = {
    "speaker tallies": f"?s a <{CE.SpeakerTally}> ; ?p ?o",
    "state counts": "?s ?p ?o FILTER (STRENDS(STR(?p), 'StateCount'))",
    "contradiction links": f"?s ?p ?o VALUES ?p {{ <{CE.contradictedBy}> }}",
}


@pytest.mark.parametrize("lacking", sorted(EARLIER_LAYOUTS))
def test_a_store_built_by_an_earlier_version_gets_what_its_positions_lacked_from_the_next_build(
    store, tmp_path, lacking
):
    voiced = OTHER.replace("2014-03-18 Estonia", "2014-03-18 Estonian Foreign Minister Urmas Paet said Estonia")
    (tmp_path / "a.txt").write_text(voiced, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")  # Latvia condemns the vote, and then recognises it
    (tmp_path / "c.txt").write_text(GOOD.replace("condemned the so-called", "recognised the"), encoding="utf-8")
    build([tmp_path], store)
    complete = {str(q) for q in store._store}
    store.update(f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ {EARLIER_LAYOUTS[lacking]} }} }}")
    store.update(f"DELETE WHERE {{ GRAPH ?g {{ ?graph <{OWL.versionInfo}> ?layout }} }}")
    assert len({str(q) for q in store._store}) <= len(complete) - 2
    report = build([tmp_path], store)
    assert (report.loaded, report.unchanged) == (0, 3)
    assert {str(q) for q in store._store} == complete


def test_a_source_read_twice_in_one_build_is_replaced_not_merged(store, tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "two" / "a.txt").write_text(OTHER, encoding="utf-8")
    build([tmp_path / "one", tmp_path / "two"], store)
    rows = store.query("SELECT DISTINCT ?label WHERE { ?s a ce:Statement ; ce:actor/rdfs:label ?label }")
    assert len(list(store.article_graphs())) == 1
    assert [r["label"].value for r in rows] == ["Estonia"]


@pytest.fixture
def ledgers(monkeypatch) -> list:
    """The ledger each build hands to the positions step (None: the positions are read from the store)."""
    import kg.build

    given = []
    recompute = kg.build.recompute_positions
    monkeypatch.setattr(
        kg.build, "recompute_positions", lambda store, ledger: given.append(ledger) or recompute(store, ledger)
    )
    return given


def test_a_fresh_build_records_the_positions_a_recompute_from_the_store_gives(
    store, tmp_path, seeds, monkeypatch, ledgers
):
    import kg.ledger
    from kg.positions import recompute_positions

    from .conftest import EXAMPLES

    monkeypatch.setattr(kg.ledger, "SORTED_AT_ONCE", 7)  # the rows sorted in runs of 7 lines, then merged
    voiced = OTHER.replace("2014-03-18 Estonia", "2014-03-19 Estonian Foreign Minister Urmas Paet said Estonia")
    (tmp_path / "voiced.txt").write_text(voiced, encoding="utf-8")
    report = build([EXAMPLES, seeds, tmp_path / "voiced.txt"], store)
    assert ledgers[0] is not None and report.positions > 10 and not report.errors
    recorded = quads(store)
    assert recompute_positions(store) == report.positions  # read back from the store, as a later build does
    assert quads(store) == recorded
    assert store.count("SpeakerTally") > 0 and list(store.query("SELECT * WHERE { ?e ce:articleCount ?n }"))


def test_a_fresh_build_that_replaces_an_article_reads_the_positions_from_the_store(store, tmp_path, ledgers):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "two" / "a.txt").write_text(OTHER, encoding="utf-8")
    report = build([tmp_path / "one", tmp_path / "two"], store)
    assert ledgers == [None] and report.positions == 1
    labels = store.query("SELECT ?label WHERE { ?p a ce:Position ; ce:actor/rdfs:label ?label }")
    assert [r["label"].value for r in labels] == ["Estonia"]


def test_a_changed_article_replaces_its_graph(store, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    build([tmp_path], store)
    path.write_text(OTHER, encoding="utf-8")
    report = build([tmp_path], store)
    assert report.loaded == 1
    rows = list(store.query("SELECT DISTINCT ?label WHERE { ?s a ce:Statement ; ce:actor/rdfs:label ?label }"))
    assert [r["label"].value for r in rows] == ["Estonia"]
    assert list(store.article_graphs()) == [str(article_iri("a.txt"))]


def test_an_article_whose_graph_does_not_conform_is_not_loaded(store, tmp_path, monkeypatch):
    import loaders.triples as triples
    from kg.namespaces import CE

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    original = triples.extraction_triples

    def broken(extraction, version):
        ntriples = original(extraction, version)
        if extraction.article.source == "a.txt":  # every statement loses its polarity
            ntriples = "".join(line for line in ntriples.splitlines(True) if f"<{CE.polarity}>" not in line)
        return ntriples

    monkeypatch.setattr(triples, "extraction_triples", broken)
    report = build([tmp_path], store)
    assert report.loaded == 1
    assert len(report.errors) == 1 and report.errors[0].startswith("a.txt: the extracted graph does not conform")
    assert list(store.article_graphs()) == [str(article_iri("b.txt"))]


def test_a_batch_is_validated_once_and_article_by_article_only_when_it_does_not_conform(store, tmp_path, monkeypatch):
    import kg.build
    import loaders.triples as triples

    validated = []
    original_validate, original_triples = kg.build.validate_graph, triples.extraction_triples
    monkeypatch.setattr(kg.build, "validate_graph", lambda data: validated.append(data) or original_validate(data))
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    report = build([tmp_path], store)
    assert report.loaded == 2 and not report.errors
    assert len(validated) == 1  # the two graphs at once

    def without_actors(extraction, version):  # b's statements lose their actor: b alone does not conform
        ntriples = original_triples(extraction, version)
        if extraction.article.source == "b.txt":
            ntriples = "".join(line for line in ntriples.splitlines(True) if f"<{CE.actor}>" not in line)
        return ntriples

    monkeypatch.setattr(triples, "extraction_triples", without_actors)
    (tmp_path / "a.txt").write_text(GOOD + "Later reports followed.\n", encoding="utf-8")  # (changed: read again)
    (tmp_path / "b.txt").write_text(OTHER + "Later reports followed.\n", encoding="utf-8")
    validated.clear()
    report = build([tmp_path], store)
    assert len(validated) == 3  # together, then each alone
    assert report.loaded == 1 and len(report.errors) == 1
    assert report.errors[0].startswith("b.txt: the extracted graph does not conform")


def test_an_article_that_crashes_the_extraction_does_not_stop_the_batch(store, tmp_path, monkeypatch):
    import loaders.statements as statements

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    original = statements.extract

    def flaky(article, nlp, doc=None):
        if article.source == "a.txt":
            raise RuntimeError("boom")
        return original(article, nlp, doc)

    monkeypatch.setattr(statements, "extract", flaky)
    report = build([tmp_path], store)
    assert report.loaded == 1 and report.errors == ["a.txt: extraction failed (RuntimeError: boom)"]


def test_parallel_workers_store_exactly_what_one_process_stores(tmp_path):
    from kg.store import GraphStore

    from .conftest import EXAMPLES

    quads = []
    for workers in (1, 2):
        with GraphStore.open(tmp_path / f"store{workers}") as store:
            report = build([EXAMPLES], store, workers=workers)
            assert report.loaded == 3 and not report.errors
            quads.append({str(q) for q in store._store})
    assert quads[0] == quads[1]


def test_a_batch_that_fails_to_write_loses_only_its_bad_article(store):
    from kg.build import BuildReport, Prepared, _Writer

    entity = f'<{ACTOR}> <http://www.w3.org/2000/01/rdf-schema#label> "Latvia" .'
    batch = [
        Prepared("a.txt", '<urn:a> <urn:p> "a" .', "", 1),
        Prepared("b.txt", '<urn:b> <urn:p> "unterminated', entity, 1),
        Prepared("c.txt", '<urn:c> <urn:p> "c" .', entity, 1),
    ]
    report = BuildReport()  # c.txt's entity line is written with b.txt's in the batch, then alone
    writer = _Writer(store, report)
    for article in batch:
        writer.add(article)
    writer.write_pending()
    assert (report.loaded, report.statements) == (2, 2)
    assert len(report.errors) == 1 and report.errors[0].startswith("b.txt: ")
    graphs = {r["g"].value for r in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert graphs == {str(article_iri("a.txt")), str(article_iri("c.txt")), str(ENTITIES_GRAPH)}
    assert store.query(f'ASK {{ GRAPH <{ENTITIES_GRAPH}> {{ <{ACTOR}> rdfs:label "Latvia" }} }}')


def test_new_articles_are_written_in_batches_growing_with_what_is_written(store, monkeypatch):
    # Few, large writes: RocksDB merges each write's files with the store's in the background, rewriting much
    # of it each time; the first writes are small so that a small build's last, unoverlapped write is short.
    import kg.build
    from kg.build import BuildReport, Prepared, _Writer

    monkeypatch.setattr(kg.build, "WRITE_FIRST", 2)
    monkeypatch.setattr(kg.build, "WRITE_EVERY", 5)
    sizes = []
    add_graphs = store.add_graphs
    monkeypatch.setattr(store, "add_graphs", lambda graphs: (sizes.append(len(graphs)), add_graphs(graphs)))
    report = BuildReport()
    writer = _Writer(store, report)
    for n in range(20):
        writer.add(Prepared(f"{n}.txt", f'<urn:s{n}> <urn:p> "{n}" .', "", 1))
    writer.write_pending()
    assert sizes == [2, 2, 4, 5, 5, 2] and report.loaded == 20


def test_once_the_input_is_read_what_is_queued_is_written_and_then_each_batch_as_it_comes(store, monkeypatch):
    # The write after the last result is then one batch's, not up to WRITE_EVERY articles': the workers are
    # still preparing the last batches while the queue is written.
    import kg.build
    from kg.build import BATCH, BuildReport, Prepared, _Writer

    sizes = []
    add_graphs = store.add_graphs
    monkeypatch.setattr(store, "add_graphs", lambda graphs: (sizes.append(len(graphs)), add_graphs(graphs)))
    monkeypatch.setattr(kg.build, "WRITE_FIRST", 100)
    report = BuildReport()
    writer = _Writer(store, report)
    for n in range(30):
        writer.add(Prepared(f"{n}.txt", f'<urn:s{n}> <urn:p> "{n}" .', "", 1))
    assert sizes == []
    writer.drain()
    assert sizes == [30]
    for n in range(30, 30 + BATCH + 3):
        writer.add(Prepared(f"{n}.txt", f'<urn:s{n}> <urn:p> "{n}" .', "", 1))
    writer.write_pending()
    assert sizes == [30, BATCH, 3] and report.loaded == 30 + BATCH + 3


@pytest.mark.parametrize("count", [0, 3, 16, 40, 47, 48, 100, 103])
def test_the_input_is_cut_into_batches_and_its_last_articles_into_small_ones(count):
    from kg.build import BATCH, LAST_BATCH, TAIL, _batches

    ended = []
    batches = list(_batches(iter(range(count)), LAST_BATCH, on_end=lambda: ended.append(True)))
    assert [n for batch in batches for n in batch] == list(range(count)) and ended == [True]
    sizes = [len(batch) for batch in batches]
    tail = min(count, TAIL)  # the last articles, in the last batches: as many as LAST_BATCH holds, each
    last = sizes[len(sizes) - -(-tail // LAST_BATCH) :] if tail else []
    assert sum(last) == tail and all(size <= LAST_BATCH for size in last)
    assert all(0 < size <= BATCH for size in sizes)
    assert sizes.count(BATCH) == max(0, count - TAIL) // BATCH


def test_the_end_of_the_input_is_told_before_its_last_batches_are_given():
    from kg.build import _batches

    seen = []
    for batch in _batches(iter(range(60)), 4, on_end=lambda: seen.append("end")):
        seen.append(len(batch))
    assert seen == [16, "end", 12, 4, 4, 4, 4, 4, 4, 4, 4]


def test_articles_written_in_batches_of_any_size_give_the_same_store(tmp_path, monkeypatch):
    import kg.build
    from kg.store import GraphStore

    from .conftest import EXAMPLES

    quads = []
    for size in (1, 2, 100):
        monkeypatch.setattr(kg.build, "WRITE_EVERY", size)
        with GraphStore.open(tmp_path / f"store{size}") as store:
            report = build([EXAMPLES], store)
            assert report.loaded == 3 and not report.errors
            quads.append({str(q) for q in store._store})
    assert quads[0] == quads[1] == quads[2]


def test_a_later_build_rewrites_the_touched_positions_as_a_full_recompute_would(store, tmp_path, monkeypatch):
    import kg.build
    from kg.positions import recompute_positions

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    build([tmp_path], store)
    # a.txt now names Lithuania instead of Latvia, and c.txt adds Estonia's reaction, voiced by its minister
    (tmp_path / "a.txt").write_text(GOOD.replace("Latvia", "Lithuania"), encoding="utf-8")
    voiced = OTHER.replace("2014-03-18 Estonia", "2014-03-19 Estonian Foreign Minister Urmas Paet said Estonia")
    (tmp_path / "c.txt").write_text(voiced, encoding="utf-8")
    monkeypatch.setattr(kg.build, "recompute_positions", None)  # the later build must not rebuild the graph
    report = build([tmp_path], store)
    assert (report.loaded, report.unchanged, report.positions) == (2, 1, 2)
    updated = quads(store)
    assert recompute_positions(store) == 2
    assert quads(store) == updated
    labels = store.query(
        "SELECT ?label ?n WHERE { ?p a ce:Position ; ce:actor/rdfs:label ?label ; ce:statementCount ?n }"
    )
    assert sorted((r["label"].value, int(r["n"].value)) for r in labels) == [("Estonia", 2), ("Lithuania", 1)]
    tallies = store.query(
        "SELECT ?label ?n WHERE { ?t a ce:SpeakerTally ; ce:speaker/rdfs:label ?label ; ce:statementCount ?n }"
    )
    assert [(r["label"].value, int(r["n"].value)) for r in tallies] == [("Urmas Paet", 1)]


def test_a_later_build_links_the_contradiction_it_adds_as_a_full_recompute_would(store, tmp_path, monkeypatch):
    import kg.build
    from kg.positions import recompute_positions
    from kg.queries import load_query, run_query

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    build([tmp_path], store)
    (tmp_path / "b.txt").write_text(GOOD.replace("condemned the so-called", "recognised the"), encoding="utf-8")
    monkeypatch.setattr(kg.build, "recompute_positions", None)  # the later build must not rebuild the graph
    build([tmp_path], store)
    rows = [[row[v].value for v in ("actorLabel", "kind")] for row in run_query(store, load_query("contradictions"))]
    assert rows == [["Latvia", "same election"]]
    updated = quads(store)
    recompute_positions(store)
    assert quads(store) == updated


def test_a_build_stopped_before_its_positions_leaves_them_to_the_next_build(store, tmp_path, monkeypatch):
    import kg.build

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    build([tmp_path], store)
    (tmp_path / "a.txt").write_text(GOOD.replace("Latvia", "Lithuania"), encoding="utf-8")
    stopped = RuntimeError("stopped after the articles were written")
    with monkeypatch.context() as patch:
        patch.setattr(kg.build, "update_positions", lambda *args: (_ for _ in ()).throw(stopped))
        with pytest.raises(RuntimeError, match="stopped"):
            build([tmp_path], store)
    report = build([tmp_path], store)  # the article is written: unchanged to this build
    assert (report.loaded, report.unchanged, report.positions) == (0, 1, 1)
    labels = store.query("SELECT ?label WHERE { ?p a ce:Position ; ce:actor/rdfs:label ?label }")
    assert [r["label"].value for r in labels] == ["Lithuania"]


def quads(store) -> set[str]:
    return {str(q) for q in store._store}
