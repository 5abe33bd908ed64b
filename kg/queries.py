"""Canned SPARQL queries: finding them, binding their parameters, running them, formatting results.

A canned query is `queries/NAME.rq`. Its opening comment declares its parameters:

    # Parameters:
    #   election  string  optional  only this election ...

A parameter `election` binds the variable `?electionParam` through a VALUES clause at the head of the
query's WHERE. The value is parsed to a typed RDF term (string, iri, date, integer, boolean) and serialised
by pyoxigraph, so a value can never change the structure of the query; a value not of its type is refused.
A parameter of type `actor` takes a label ("Turkey") or a Wikidata QID ("Q43") and is resolved, in the
store, to the IRIs of the actors it names, so that the query can join on the actor itself. A parameter whose
type names one of the ontology's SKOS concept schemes (`PolarityScheme`) takes the label or the local name of
one of its concepts ("reject") and is bound to the concept, which the query joins on; another value is refused
with the scheme's values.

>>> q = load_query("timeline")
>>> sorted(q.parameters)
['election']
>>> [line.strip() for line in bind(q, {"election": "crimea-2014-03-16-referendum"}).text.splitlines()
...  if line.strip().startswith("VALUES")]
['VALUES (?electionParam) { ("crimea-2014-03-16-referendum") }']
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError
from kg.namespaces import PREFIXES
from kg.ordering import ordered_here
from kg.resources import ontology_files, queries_dir
from kg.store import Store

FORMATS = ("table", "csv", "tsv", "json", "turtle")
_PARAM_LINE = re.compile(
    r"^#\s+(?P<name>[A-Za-z][\w-]*)\s+(?P<type>string|actor|iri|date|integer|boolean|[A-Z][\w-]*Scheme)\s+"
    r"(?P<req>optional|required)\s*(?P<doc>.*)$"
)
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    required: bool
    doc: str

    @property
    def variable(self) -> str:
        return f"{self.name.replace('-', '_')}Param"


@dataclass(frozen=True)
class Scope:
    """A `# Scoped by: ?xParam ...` block: the parameters, and the SELECT listing, when one of them is bound,
    the paging values that hold rows with an estimate of their rows (kg.paging). A query may give each of
    its scoping parameters its own listing, which then joins only what that parameter selects. A block may
    add, after `# Sized by:`, a SELECT of the scope's rows (or statements) cheaper than its listing, and after
    `# Kept for:`, a SELECT of the values its parameter takes, for each of which the build keeps the listing's
    results (kg.kept_listings)."""

    variables: tuple[str, ...]
    units: str
    size: str = ""
    kept_for: str = ""


@dataclass(frozen=True)
class Query:
    name: str
    text: str
    title: str = ""
    question: str = ""
    parameters: dict[str, Parameter] = field(default_factory=dict)
    # `# Paged by: ?var` and the SELECT listing the variable's values (kg.paging)
    paged_by: str = ""
    units: str = ""
    # each `# Scoped by:` block (kg.paging)
    scopes: tuple[Scope, ...] = ()
    # `# Filtered by: ?xParam ...`: parameters the query only filters its rows by (kg.paging)
    filtered_by: tuple[str, ...] = ()
    # `# Ranked by: ce:sourceRank`: the build numbers the paging variable's values in order (kg.source_ranks)
    ranked_by: str = ""
    # `# Scope factor: 2`: a scope is paged by its units when it holds more than this many times the rows up to the
    # page's end (kg.paging; its SCOPE_FACTOR when the query does not say)
    scope_factor: float | None = None
    bound: tuple[str, ...] = ()  # the parameters bind() gave values
    values: tuple[tuple[str, tuple[str, ...]], ...] = ()  # each bound variable, with its terms (SPARQL syntax)
    template: str = ""  # the text before bind() bound it

    @property
    def scoped_by(self) -> tuple[str, ...]:
        """Every parameter that scopes the query, in the order its blocks name them."""
        return tuple(dict.fromkeys(v for scope in self.scopes for v in scope.variables))


def canned_queries() -> dict[str, Path]:
    """Every canned query by name."""
    return {p.stem: p for p in sorted(queries_dir().glob("*.rq"))}


def load_query(name_or_file: str | Path) -> Query:
    """A canned query by name, or a query file by path.

    Raises:
        QueryError: no such canned query or file.
    """
    path = Path(name_or_file)
    if not path.is_file():
        path = canned_queries().get(str(name_or_file), Path())
    if not path.is_file():
        known = ", ".join(canned_queries())
        raise QueryError(f"{name_or_file}: no such query file or canned query (canned queries: {known})")
    return parse_query(path.stem, path.read_text(encoding="utf-8"))


def parse_query(name: str, text: str) -> Query:
    """Read the title, question, parameters and paging from a query's opening comment."""
    title = question = paged_by = ranked_by = factor = ""
    filtered_by: tuple[str, ...] = ()
    units: list[str] = []
    scopes: list[tuple[tuple[str, ...], list[str], list[str], list[str]]] = []  # (variables, and the lines of the
    # listing, the sizing query and the query of values its listing is kept for)
    params: dict[str, Parameter] = {}
    section = ""
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if line.startswith("# Title:"):
            title, section = line.split(":", 1)[1].strip(), ""
        elif line.startswith("# Question:"):
            question, section = line.split(":", 1)[1].strip(), ""
        elif line.startswith("# Parameters"):
            section = "parameters"
        elif line.startswith("# Paged by:"):
            paged_by, section = line.split(":", 1)[1].strip().lstrip("?"), "paging"
        elif section == "parameters" and (m := _PARAM_LINE.match(line)):
            params[m["name"]] = Parameter(m["name"], m["type"], m["req"] == "required", m["doc"].strip())
        elif line.startswith("# Ranked by:"):
            ranked_by, section = line.split(":", 1)[1].strip(), ""
        elif line.startswith("# Scope factor:"):
            factor, section = line.split(":", 1)[1].strip(), ""
        elif line.startswith("# Filtered by:"):
            filtered_by, section = tuple(v.lstrip("?") for v in line.split(":", 1)[1].split()), ""
        elif line.startswith("# Scoped by:"):
            scopes.append((tuple(v.lstrip("?") for v in line.split(":", 1)[1].split()), [], [], []))
            section = "scoping"
        elif line.startswith(("# Sized by:", "# Kept for:")):
            if not scopes:  # (a block of no parameters, which kg.paging refuses with the reason)
                scopes.append(((), [], [], []))
            section = "sizing" if line.startswith("# Sized by:") else "keeping"
        elif section == "paging" and line.startswith("#   "):
            units.append(line[1:].strip())
        elif section == "scoping" and line.startswith("#   "):
            scopes[-1][1].append(line[1:].strip())
        elif section in ("sizing", "keeping") and line.startswith("#   "):
            scopes[-1][2 if section == "sizing" else 3].append(line[1:].strip())
        else:
            section = ""
    blocks = tuple(Scope(variables, *(" ".join(lines) for lines in queries)) for variables, *queries in scopes)
    units_query = " ".join(units)
    try:
        scope_factor = float(factor) if factor else None
    except ValueError:
        raise QueryError(f"{name}: '# Scope factor: {factor}' is not a number") from None
    if scope_factor is not None and not 0 <= scope_factor < math.inf:
        raise QueryError(f"{name}: '# Scope factor: {factor}' must be a number of 0 or more")
    return Query(
        name, text, title, question, params, paged_by, units_query, blocks, filtered_by, ranked_by, scope_factor
    )


def _term(param: Parameter, value: str) -> ox.Literal | ox.NamedNode:
    try:
        if param.type == "iri":
            if not re.fullmatch(r"[a-zA-Z][\w+.-]*:[^\s<>\"{}|^`\\]+", value):
                raise ValueError("not an absolute IRI")
            return ox.NamedNode(value)
        if param.type == "date":
            return ox.Literal(date.fromisoformat(value).isoformat(), datatype=ox.NamedNode(_XSD + "date"))
        if param.type == "integer":
            return ox.Literal(str(int(value)), datatype=ox.NamedNode(_XSD + "integer"))
        if param.type == "boolean":
            if value.lower() not in ("true", "false"):
                raise ValueError("not true or false")
            return ox.Literal(value.lower(), datatype=ox.NamedNode(_XSD + "boolean"))
        if param.type.endswith("Scheme"):
            return _concept(param.type, value)
        return ox.Literal(value)
    except ValueError as exc:
        raise QueryError(f"parameter {param.name}: {value!r} is not a valid {param.type} ({exc})") from exc


def _concept(scheme: str, value: str) -> ox.NamedNode:
    """The concept of the ontology's `scheme` whose label or local name is `value`.

    Raises:
        ValueError: the scheme has no such concept (the message lists its concepts), or there is no such scheme.
    """
    concepts = scheme_concepts(scheme)
    if not concepts:
        raise ValueError(f"the ontology has no concept scheme ce:{scheme}")
    if value not in concepts:
        raise ValueError(f"one of {', '.join(sorted({iri.rsplit('#', 1)[1] for iri in concepts.values()}))}")
    return ox.NamedNode(concepts[value])


@cache
def scheme_concepts(scheme: str) -> dict[str, str]:
    """The concepts of the ontology's SKOS scheme `ce:<scheme>`, by label and by local name, as IRIs."""
    graph = ox.Store()
    for path in ontology_files():
        graph.load(path=str(path), format=ox.RdfFormat.TURTLE)
    scheme_iri = ox.NamedNode(PREFIXES["ce"] + scheme)  # (a parameter's type: a name, checked when read)
    found = graph.query(
        f"SELECT ?concept ?label WHERE {{ ?concept skos:inScheme {scheme_iri} ; rdfs:label ?label }}", prefixes=PREFIXES
    )
    concepts: dict[str, str] = {}
    for row in found:
        iri = row["concept"].value
        concepts[row["label"].value] = concepts[iri.rsplit("#", 1)[1]] = iri
    return concepts


def bind(query: Query, values: dict[str, str], store: Store | None = None) -> Query:
    """The query with its parameters bound by a VALUES clause of typed terms.

    `store` resolves the parameters of type `actor` (one VALUES row per actor the value names).

    Raises:
        QueryError: an unknown parameter, a missing required one, a value not of its type, or an actor
            that the store does not know.
    """
    unknown = sorted(set(values) - set(query.parameters))
    if unknown:
        declared = ", ".join(query.parameters) or "none"
        raise QueryError(f"{query.name}: unknown parameter {', '.join(unknown)} (it takes: {declared})")
    missing = [p.name for p in query.parameters.values() if p.required and p.name not in values]
    if missing:
        raise QueryError(f"{query.name}: missing required parameter {', '.join(missing)}")
    if not values:
        return query
    params = [query.parameters[k] for k in sorted(values)]
    choices = [_terms(p, values[p.name], store) for p in params]
    variables = " ".join(f"?{p.variable}" for p in params)
    rows = " ".join(f"({' '.join(str(t) for t in row)})" for row in itertools.product(*choices))
    block = f"VALUES ({variables}) {{ {rows} }}"
    return replace(
        insert_in_where(query, block),
        bound=tuple(p.name for p in params),
        values=tuple((p.variable, tuple(str(t) for t in terms)) for p, terms in zip(params, choices, strict=True)),
        template=query.text,
    )


def insert_in_where(query: Query, block: str, used_by: str | None = None) -> Query:
    """The query with `block` (a VALUES clause, a FILTER) at the head of its outermost WHERE group, where the
    query's patterns and filters see the values it binds; with `used_by`, a variable, at the head of the WHERE
    group where the query first uses it instead (a sub-select's, which the engine evaluates on its own: a
    VALUES outside one that groups an actor's statements by article is joined after grouping every actor's).

    Raises:
        QueryError: the query has no WHERE group.
    """
    text = strip_comments(query.text)
    where = _WHERE.search(text)
    if where is None:
        raise QueryError(f"{query.name}: the query has no WHERE {{ ... }} group to bind values in")
    used = re.search(rf"[?$]{used_by}\b", text[where.end() :]) if used_by else None
    if used:  # the innermost WHERE group still open where the variable is first used
        at = where.end() + used.start()
        inner = (w for w in reversed(list(_WHERE.finditer(text, 0, at))) if _open_until(text, w.end(), at))
        where = next(inner, where)  # (none open: used only after the WHERE group, as in its GROUP BY)
    return replace(query, text=f"{query.text[: where.end()]}\n  {block}\n{query.text[where.end() :]}")


def _open_until(text: str, start: int, at: int) -> bool:
    """Whether the group whose `{` ends just before `start` is still open at `at` (braces counted)."""
    depth = 1
    for char in text[start:at]:
        depth += 1 if char == "{" else -1 if char == "}" else 0
        if not depth:
            return False
    return True


def _terms(param: Parameter, value: str, store: Store | None) -> list[ox.Literal | ox.NamedNode]:
    if param.type != "actor":
        return [_term(param, value)]
    if store is None:
        raise QueryError(f"parameter {param.name}: an actor is resolved in a store, and none was given")
    return [ox.NamedNode(iri) for iri in resolve_actor(store, value, param.name)]


_ACTORS = """
SELECT DISTINCT ?actor WHERE {
  VALUES ?class { ce:State ce:InternationalOrganization ce:GovernmentBody ce:Person }
  { ?actor rdfs:label ?name } UNION { ?actor ce:wikidata ?name }
  ?actor a ?class .
  FILTER (LCASE(STR(?name)) = LCASE(%s))
} ORDER BY ?actor"""


def resolve_actor(store: Store, value: str, name: str = "actor") -> list[str]:
    """The IRIs of the actors whose label or Wikidata QID is `value` (case-insensitive).

    Raises:
        QueryError: no actor in the store has this label or QID.
    """
    found = [row["actor"].value for row in store.query(_ACTORS % ox.Literal(value.strip()))]
    if not found:
        raise QueryError(f"parameter {name}: no actor labelled or identified {value!r} in the store")
    return found


_WHERE = re.compile(r"\bWHERE\s*\{", re.I)


def strip_comments(text: str) -> str:
    """The query with its comment lines blanked (same length), so WHERE is not found inside a comment."""
    return re.sub(r"(?m)^\s*#.*$", lambda m: " " * len(m.group()), text)


def run_query(store: Store, query: Query):
    """Run a (bound) query on the store; on the embedded store, its ORDER BY is done in Python where
    kg.ordering gives the engine's order for certain (a third of `coverage`'s time at a million triples).

    Raises:
        QueryError: the query does not parse.
    """
    try:
        ordered = ordered_here(store, query.text, strip_comments(query.text)) if store.sorts_results_here else None
        return ordered if ordered is not None else store.query(query.text)
    except SyntaxError as exc:
        raise QueryError(f"{query.name}: the query does not parse ({exc})") from exc


def format_results(results, fmt: str) -> str:
    """Serialise query results: SPARQL 1.1 JSON/CSV/TSV, a text table, or Turtle for CONSTRUCT."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if isinstance(results, (ox.QueryTriples, list)):  # a list of triples from a remote store
        if fmt != "turtle":
            raise QueryError("a CONSTRUCT or DESCRIBE query gives triples: use --format turtle")
        return ox.serialize(results, format=ox.RdfFormat.TURTLE).decode()
    if isinstance(results, ox.QueryBoolean):
        return json.dumps({"head": {}, "boolean": bool(results)}) if fmt == "json" else str(bool(results)).lower()
    if fmt == "turtle":
        raise QueryError("a SELECT query gives rows: use --format table, csv, tsv or json")
    if fmt == "json":
        return results.serialize(format=ox.QueryResultsFormat.JSON).decode()
    if fmt == "tsv":
        return results.serialize(format=ox.QueryResultsFormat.TSV).decode()
    variables = [v.value for v in results.variables]
    rows = [[_plain(solution[v], compact=fmt == "table") for v in variables] for solution in results]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(variables)
        writer.writerows(rows)
        return out.getvalue()
    return _table(variables, rows)


def _plain(term, compact: bool = False) -> str:
    """The value of a term; in a table, IRIs are shortened to prefixed names (ce:condemnation)."""
    if term is None:
        return ""
    if compact and isinstance(term, ox.NamedNode):
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda p: -len(p[1])):
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace) :]}"
    return term.value


def _table(variables: list[str], rows: list[list[str]], width: int = 48) -> str:
    cells = [[(c if len(c) <= width else c[: width - 1] + "…").replace("\n", " ") for c in r] for r in rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(variables)]
    line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()  # noqa: E731
    out = [line(variables), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} rows)")
    return "\n".join(out) + "\n"
