"""Canned queries: parameters bound as typed values, formats, and the who-said-what contract."""

from __future__ import annotations

import csv
import io
import json

import pytest

from kg.errors import QueryError
from kg.queries import bind, canned_queries, format_results, load_query, parse_query, run_query

CONTRACT = [
    "statement",
    "sourceFile",
    "actor",
    "actorLabel",
    "actorQid",
    "speakerLabel",
    "election",
    "electionLabel",
    "territoryLabel",
    "electionDate",
    "stance",
    "polarity",
    "quote",
    "mode",
    "reportedOnly",
    "start",
    "end",
]


def test_every_canned_query_opens_with_title_question_and_parameters():
    for name in canned_queries():
        query = load_query(name)
        assert query.title and query.question, name
        assert "# Parameters:" in query.text, name


def test_who_said_what_has_the_contract_variables(seed_store):
    results = run_query(seed_store, load_query("who-said-what"))
    assert [v.value for v in results.variables] == CONTRACT


def test_who_said_what_json_rows(seed_store):
    data = json.loads(format_results(run_query(seed_store, load_query("who-said-what")), "json"))
    rows = data["results"]["bindings"]
    assert {r["sourceFile"]["value"] for r in rows} == {
        f"00{i}_{h}.txt"
        for i, h in enumerate(
            ["ecd253e702fab257", "201d2ec99bd143ec", "26239abc2867a91e", "73b42734372748b8", "455c540cefd251c0"]
        )
    }
    keys = {r["stance"]["value"].rsplit("#", 1)[1] for r in rows}
    assert keys <= {
        "non-recognition",
        "condemnation",
        "support-territorial-integrity",
        "call-for-peaceful-settlement",
        "recognition",
        "other",
    }
    assert {r["polarity"]["value"] for r in rows} <= {"reject", "endorse", "neutral"}
    assert {r["mode"]["value"] for r in rows} <= {"direct", "indirect", "reported"}
    assert all(r["reportedOnly"]["datatype"].endswith("#boolean") for r in rows)
    assert all(r["electionDate"]["datatype"].endswith("#date") for r in rows)
    turkey = [r for r in rows if r.get("actorQid", {}).get("value") == "Q43"]
    assert turkey and all(r["actorLabel"]["value"] == "Turkey" for r in turkey)


# `speakers` as it was written before the build tallied the statements of each speaker: counted from them
# (typed now: a speaker tally, in the positions graph, has a speaker and an actor too)
SPEAKERS_FROM_STATEMENTS = """
SELECT ?person ?personLabel ?actorLabel (GROUP_CONCAT(DISTINCT ?role; separator=" | ") AS ?roles)
       (COUNT(DISTINCT ?statement) AS ?statementCount)
WHERE {
  ?person a ce:Person ; rdfs:label ?personLabel .
  ?statement a ce:Statement ; ce:speaker ?person ; ce:actor ?actor .
  ?actor rdfs:label ?actorLabel .
  OPTIONAL { ?person ce:role ?role }
}
GROUP BY ?person ?personLabel ?actorLabel"""


def test_speakers_read_from_the_tallies_are_the_speakers_counted_from_the_statements(seed_store):
    def rows(results) -> list[tuple]:
        table = list(csv.reader(io.StringIO(format_results(results, "csv"))))[1:]
        return sorted(
            (person, label, actor, tuple(sorted(roles.split(" | "))), n) for person, label, actor, roles, n in table
        )

    counted = rows(seed_store.query(SPEAKERS_FROM_STATEMENTS))
    assert len(counted) >= 5 and rows(run_query(seed_store, load_query("speakers"))) == counted


# `consensus` as it was written before the build counted each election's states: counted from the positions
CONSENSUS_FROM_POSITIONS = """
SELECT ?electionKey
       (COUNT(DISTINCT ?rejecting) AS ?statesRejecting)
       (COUNT(DISTINCT ?endorsing) AS ?statesEndorsing)
       (COUNT(DISTINCT ?neutral) AS ?statesNeutral)
WHERE {
  ?position a ce:Position ; ce:about ?election ; ce:actor ?state ; ce:polarity ?polarity .
  ?state a ce:State .
  ?election ce:key ?electionKey .
  BIND (IF(?polarity = ce:reject, ?state, ?none) AS ?rejecting)
  BIND (IF(?polarity = ce:endorse, ?state, ?none) AS ?endorsing)
  BIND (IF(?polarity = ce:neutral, ?state, ?none) AS ?neutral)
}
GROUP BY ?electionKey
ORDER BY ?electionKey"""


@pytest.mark.parametrize("which", ["seed_store", "fixture_store"])
def test_consensus_read_from_the_election_counts_is_consensus_counted_from_the_positions(which, request):
    store = request.getfixturevalue(which)
    counted = format_results(store.query(CONSENSUS_FROM_POSITIONS), "csv")
    assert counted.count("\n") >= 3 and format_results(run_query(store, load_query("consensus")), "csv") == counted


# `contradictions` as it was written before the build linked them: every rejection paired with every endorsement
CONTRADICTIONS_FROM_POSITIONS = """
SELECT DISTINCT ?actorLabel ?kind ?rejectedKey ?endorsedKey
WHERE {
  { SELECT ?actor ?e1 WHERE { ?rejected a ce:Position ; ce:polarity ?p1 ; ce:actor ?actor ; ce:about ?e1 .
                              FILTER (?p1 = ce:reject) } }
  { SELECT ?actor ?e2 WHERE { ?endorsed a ce:Position ; ce:polarity ?p2 ; ce:actor ?actor ; ce:about ?e2 .
                              FILTER (?p2 = ce:endorse) } }
  ?e1 ce:territory ?territory ; ce:key ?rejectedKey .
  ?e2 ce:territory ?territory ; ce:key ?endorsedKey .
  ?actor rdfs:label ?actorLabel .
  BIND (IF(?e1 = ?e2, "same election", "changed between elections") AS ?kind)
}
ORDER BY ?actorLabel ?rejectedKey ?endorsedKey"""


def test_contradictions_read_from_their_links_are_the_contradictions_paired_from_the_positions(fixture_store):
    paired = format_results(fixture_store.query(CONTRADICTIONS_FROM_POSITIONS), "csv")
    kinds = {line.split(",")[1] for line in paired.splitlines()[1:]}
    assert kinds == {"same election", "changed between elections"}
    assert format_results(run_query(fixture_store, load_query("contradictions")), "csv") == paired


def test_rows_are_distinct(seed_store):
    results = run_query(seed_store, load_query("who-said-what"))
    rows = [tuple(str(s[v]) for v in results.variables) for s in results]
    assert len(rows) == len(set(rows))


def test_parameter_filters_rows(seed_store):
    bound = bind(load_query("who-said-what"), {"actor": "Q43", "polarity": "reject"}, seed_store)
    rows = list(run_query(seed_store, bound))
    assert rows and {r["actorLabel"].value for r in rows} == {"Turkey"}
    assert {r["polarity"].value for r in rows} == {"reject"}


def test_a_polarity_is_bound_to_its_concept_which_the_query_joins_on(seed_store):
    bound = bind(load_query("who-said-what"), {"polarity": "neutral"}, seed_store)
    assert "<https://w3id.org/contested-elections/ontology#neutral>" in bound.text
    rows = list(run_query(seed_store, bound))
    assert rows and {r["polarity"].value for r in rows} == {"neutral"}


@pytest.mark.parametrize("value", ["Neutral", "rejected", "re ject", "reject>", "stance", "non-recognition", ""])
def test_a_value_that_is_no_polarity_is_refused_with_the_polarities(value):
    with pytest.raises(QueryError, match=r"not a valid PolarityScheme \(one of endorse, neutral, reject\)"):
        bind(load_query("who-said-what"), {"polarity": value})


def test_an_actor_is_found_by_label_in_any_case_or_by_qid(seed_store):
    by_qid = bind(load_query("statements-by-actor"), {"actor": "Q43"}, seed_store)
    by_label = bind(load_query("statements-by-actor"), {"actor": "tURKEY"}, seed_store)
    assert "actor/Q43>" in by_qid.text
    assert [str(r["statement"]) for r in run_query(seed_store, by_qid)] == [
        str(r["statement"]) for r in run_query(seed_store, by_label)
    ]


def test_an_unknown_actor_is_named_in_the_error(seed_store):
    with pytest.raises(QueryError, match="no actor labelled or identified 'Narnia'"):
        bind(load_query("who-said-what"), {"actor": "Narnia"}, seed_store)
    with pytest.raises(QueryError, match="resolved in a store"):
        bind(load_query("who-said-what"), {"actor": "Turkey"})


@pytest.mark.parametrize("param", ["actor", "election"])
def test_a_value_that_would_change_the_query_is_only_ever_a_literal(seed_store, param):
    hostile = 'Q43" ) } } SELECT * WHERE { ?s ?p ?o } #'
    if param == "actor":
        with pytest.raises(QueryError, match="no actor labelled or identified"):
            bind(load_query("who-said-what"), {param: hostile}, seed_store)
    else:
        bound = bind(load_query("who-said-what"), {param: hostile}, seed_store)
        assert list(run_query(seed_store, bound)) == []


@pytest.mark.parametrize(
    "params, message",
    [
        ({"nope": "x"}, "unknown parameter nope"),
    ],
)
def test_bad_parameters_are_refused(params, message):
    with pytest.raises(QueryError, match=message):
        bind(load_query("who-said-what"), params)


@pytest.mark.parametrize(
    "kind, value",
    [
        ("iri", "http://x> } DROP ALL {"),
        ("date", "yesterday"),
        ("integer", "1; DROP"),
        ("boolean", "maybe"),
        ("iri", "not an iri"),
        ("StanceScheme", "reject"),
        ("NoSuchScheme", "reject"),
    ],
)
def test_typed_parameters_refuse_values_not_of_their_type(kind, value):
    query = parse_query(
        "q", f"# Title: t\n# Question: q\n# Parameters:\n#   p  {kind}  optional  doc\nSELECT * WHERE {{}}"
    )
    with pytest.raises(QueryError, match="is not a valid"):
        bind(query, {"p": value})


@pytest.mark.parametrize("value", ["support for territorial integrity", "support-territorial-integrity"])
def test_a_concept_is_given_by_its_label_or_its_local_name(value):
    query = parse_query("q", "# Parameters:\n#   s  StanceScheme  optional  doc\nSELECT * WHERE { ?x ?y ?sParam }")
    assert (
        "<https://w3id.org/contested-elections/ontology#support-territorial-integrity>"
        in bind(query, {"s": value}).text
    )


def test_required_parameter_must_be_given():
    query = parse_query(
        "q", "# Title: t\n# Question: q\n# Parameters:\n#   p  string  required  doc\nSELECT * WHERE {}"
    )
    with pytest.raises(QueryError, match="missing required parameter p"):
        bind(query, {})


def test_unknown_query_lists_the_canned_ones():
    with pytest.raises(QueryError, match="who-said-what"):
        load_query("no-such-query")


def test_formats(seed_store):
    query = bind(load_query("who-said-what"), {"actor": "Estonia"}, seed_store)
    csv_text = format_results(run_query(seed_store, query), "csv")
    assert csv_text.splitlines()[0] == ",".join(CONTRACT)
    tsv_text = format_results(run_query(seed_store, query), "tsv")
    assert tsv_text.splitlines()[0].startswith("?statement\t")
    table = format_results(run_query(seed_store, query), "table")
    assert "ce:non-recognition" in table and table.rstrip().endswith("rows)")
    with pytest.raises(QueryError, match="gives rows"):
        format_results(run_query(seed_store, query), "turtle")


def test_construct_gives_turtle(seed_store):
    query = parse_query("c", "CONSTRUCT { ?s a ce:Position } WHERE { ?s a ce:Position } LIMIT 2")
    assert "Position" in format_results(run_query(seed_store, query), "turtle")


def test_malformed_query_is_a_query_error(seed_store):
    with pytest.raises(QueryError, match="does not parse"):
        run_query(seed_store, parse_query("bad", "SELECT WHERE {"))
