"""The `kg` command line: exit codes, messages and outputs (each command over its tested function)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main

from .conftest import EXAMPLES, GOLD


@pytest.fixture
def run(tmp_path):
    runner = CliRunner()
    store = str(tmp_path / "store")

    def invoke(*args: str):
        extra = (
            ["--store", store]
            if args and args[0] in {"build", "validate", "query", "export", "stats", "evaluate"}
            else []
        )
        return runner.invoke(main, [*args, *extra], catch_exceptions=False)

    return invoke


@pytest.fixture
def built(run):
    result = run("build", str(EXAMPLES))
    assert result.exit_code == 0, result.output
    return run


def test_help_documents_the_exit_codes(run):
    result = run("--help")
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "Exit codes: 0 ok; 1" in text and "3 input or runtime error" in text


def test_version_names_the_language_model(run):
    result = run("version")
    assert result.exit_code == 0 and "en_core_web_sm" in result.output, result.output


def test_build_prints_a_summary(built):
    result = built("stats")
    assert result.exit_code == 0, result.output
    assert "Statement" in result.output


def test_build_reports_bad_input_with_exit_3_and_loads_the_rest(run, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("build", str(EXAMPLES), str(tmp_path / "empty.txt"), str(tmp_path / "nowhere"))
    assert result.exit_code == 3, result.output
    assert "empty.txt: the file is empty" in result.output
    assert "nowhere: no such file or folder" in result.output
    assert "3 articles (3 loaded, 0 unchanged)" in result.output


def test_validate_conforms(built):
    result = built("validate")
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_validate_exits_1_when_the_graph_does_not_conform(built, tmp_path):
    from kg.store import GraphStore

    with GraphStore.open(tmp_path / "store") as store:
        store._store.update(
            "DELETE WHERE { GRAPH ?g { ?s <https://w3id.org/contested-elections/ontology#polarity> ?o } }"
        )
    result = built("validate")
    assert result.exit_code == 1, result.output
    assert "does NOT conform" in result.output


def test_query_json_is_sparql_results_json(built):
    result = built("query", "who-said-what", "--format", "json", "--param", "polarity=endorse")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["results"]["bindings"]
    assert rows and {r["polarity"]["value"] for r in rows} == {"endorse"}


def test_query_usage_errors_exit_2(run):
    assert run("query", "who-said-what", "--param", "novalue").exit_code == 2
    assert run("query", "who-said-what", "--format", "xml").exit_code == 2
    assert run("query").exit_code == 2
    assert run("query", "timeline", "--limit", "-1").exit_code == 2
    offset_alone = run("query", "timeline", "--offset", "3")
    assert offset_alone.exit_code == 2 and "give --limit too" in offset_alone.output
    assert run("query", "timeline", "--after", "abc").exit_code == 2


def test_query_pages_are_slices_of_the_full_listing(built):
    full = built("query", "who-said-what", "--format", "csv")
    assert full.exit_code == 0, full.output
    header, *rows = full.output.splitlines()
    assert len(rows) > 4
    for limit, offset in [("3", "0"), ("2", "3"), ("50", "1")]:
        result = built("query", "who-said-what", "--format", "csv", "--limit", limit, "--offset", offset)
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines() == [header, *rows[int(offset) : int(offset) + int(limit)]]


def test_query_pages_follow_their_cursors_to_the_end(built):
    header, *rows = built("query", "who-said-what", "--format", "csv").output.splitlines()
    walked, args = [], ["--offset", "1"]
    while True:
        result = built("query", "who-said-what", "--format", "csv", "--limit", "2", *args)
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines()[0] == header
        walked += result.stdout.splitlines()[1:]
        if not result.stderr:
            break
        assert result.stderr.startswith("next page: --after ")
        args = ["--after", result.stderr.split()[-1]]
    assert walked == rows[1:]
    other = built("query", "who-said-what", "--limit", "2", "--after", args[-1], "--param", "polarity=reject")
    assert other.exit_code == 3 and "another query or other parameters" in other.output


def test_query_errors_exit_3_with_one_line(built):
    result = built("query", "who-said-what", "--param", "nope=1")
    assert result.exit_code == 3
    assert result.output.strip().splitlines() == [
        "kg: error: who-said-what: unknown parameter nope (it takes: actor, election, polarity)"
    ]


def test_query_list(run):
    result = run("query", "--list")
    assert result.exit_code == 0 and "who-said-what" in result.output
    assert (
        "pages (--limit, --offset, --after) by ?sourceFile; "
        "within the scope of ?polarityParam, ?electionParam, ?actorParam" in result.output
    )


@pytest.mark.parametrize(
    "fmt, marker", [("turtle", "@prefix"), ("trig", "positions {"), ("nquads", "> ."), ("jsonld", "@id")]
)
def test_export_formats(built, tmp_path, fmt, marker):
    out = tmp_path / f"graph.{fmt}"
    result = built("export", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert marker in out.read_text(encoding="utf-8")


def test_export_to_an_unwritable_place_exits_3(built, tmp_path):
    result = built("export", "-o", str(tmp_path / "no" / "such" / "dir" / "g.trig"))
    assert result.exit_code == 3 and "cannot write the export" in result.output


def test_evaluate_prints_scores_and_honours_min_f1(built, tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(
        json.dumps(
            {
                "articles": [
                    {
                        "file": "abkhazia-2025.txt",
                        "positions": [
                            {
                                "actor": "Georgia",
                                "actor_qid": "Q230",
                                "election": "abkhazia-2025-02-15-presidential",
                                "polarity": "reject",
                                "stances": ["non-recognition"],
                            }
                        ],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    result = built("evaluate", str(gold))
    assert result.exit_code == 0 and "positions: precision" in result.output, result.output
    assert built("evaluate", str(gold), "--min-f1", "0.99").exit_code == 1


def test_evaluate_on_the_seed_gold_format(run):
    if not GOLD.is_file():
        pytest.skip("no seed gold")
    result = run("evaluate", str(GOLD), "--json")
    assert result.exit_code == 0
    assert json.loads(result.output)["positions"]["fn"] > 0  # an empty store finds nothing


def test_the_build_command_loads_neither_the_other_commands_nor_pyshacl():
    # a build's start is on the path of every article: its workers start once the command is loaded
    code = (
        "import sys, click; from kg.cli import main; "
        "main.get_command(click.Context(main), 'build'); "
        "print(sorted(m for m in ('networkx', 'pyshacl', 'kg.cli.export', 'kg.cli.link') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"


def test_reading_commands_answer_while_a_build_holds_the_store(built, tmp_path):
    from kg.positions import mark_positions_stale
    from kg.store import GraphStore

    with GraphStore.open(tmp_path / "store") as writer:  # holds the store's lock, as a running build does
        for command in (("stats",), ("validate",), ("query", "timeline"), ("export", "-o", str(tmp_path / "g.trig"))):
            result = built(*command)
            assert result.exit_code == 0, (command, result.output)
        listing = built("query", "who-said-what", "--format", "json")
        assert json.loads(listing.stdout)["results"]["bindings"]
        assert "warning" not in listing.stderr and "warning" not in built("query", "coverage").stderr

        mark_positions_stale(writer)  # what a build does before its first write
        writer.flush()
        assert "the positions are being rewritten" in built("query", "coverage").stderr
        assert "the checks of statements against positions may fail" in built("validate").stderr
        assert "warning" not in built("query", "who-said-what").stderr  # (it reads no position)


def test_a_store_opened_to_be_read_refuses_writes_and_a_missing_one_is_created_empty(built, tmp_path):
    from kg.errors import StoreError
    from kg.store import GraphStore

    reader = GraphStore.open(tmp_path / "store", read_only=True)
    assert reader.read_only and reader.triple_count() > 0
    with pytest.raises(StoreError, match="opened read-only"):
        reader.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(StoreError, match="opened read-only"):
        reader.add_graphs([("urn:g", "<urn:a> <urn:b> <urn:c> .", "")])
    reader.close()
    with GraphStore.open(tmp_path / "nothing-yet", read_only=True) as empty:
        assert empty.triple_count() == 0


def test_a_store_failing_while_its_rows_are_read_is_one_line_and_exit_3(built, monkeypatch):
    import kg.cli.query

    def failing(results, fmt):
        raise OSError("IO error: No such file or directory: store/000042.sst")

    monkeypatch.setattr(kg.cli.query, "format_results", failing)
    result = built("query", "timeline")
    assert (
        result.exit_code == 3 and result.stderr == "kg: error: IO error: No such file or directory: store/000042.sst\n"
    )
