"""A remote store: a SPARQL 1.1 endpoint with Update (Oxigraph server, Virtuoso, GraphDB, Fuseki).

Every method here reaches the network. Queries and updates go through SPARQLWrapper; query results come
back as SPARQL JSON (or N-Triples for CONSTRUCT) and are parsed into the same pyoxigraph objects the
embedded store returns, so the rest of `kg` works on both. The default graph of the endpoint must be the
union of its named graphs (Oxigraph server with `--union-default-graph`, Virtuoso by default).

Credentials never come from the command line: `KG_SPARQL_USER` and `KG_SPARQL_PASSWORD` (and
`KG_SPARQL_AUTH`, `basic` or `digest`), or the same keys in the file named by `KG_CONFIG` (KEY=VALUE lines).
The update endpoint is `KG_SPARQL_UPDATE_URL`, else the query URL with `/query` replaced by `/update`
(Oxigraph), else the query URL itself.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.error import HTTPError, URLError

import pyoxigraph as ox
from SPARQLWrapper import BASIC, DIGEST, JSON, POST, POSTDIRECTLY, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg import __version__
from kg.errors import QueryError, StoreError
from kg.namespaces import PREFIXES
from kg.queries import strip_comments
from kg.store import Store

USER_AGENT = f"contested-elections-kg/{__version__} (SPARQL store client)"
_SETTINGS = ("KG_SPARQL_USER", "KG_SPARQL_PASSWORD", "KG_SPARQL_AUTH", "KG_SPARQL_UPDATE_URL", "KG_SPARQL_TIMEOUT")


def settings() -> dict[str, str]:
    """The remote-store settings: the file named by $KG_CONFIG, overridden by the environment.

    Raises:
        StoreError: $KG_CONFIG names a file that cannot be read.
    """
    found: dict[str, str] = {}
    config = os.environ.get("KG_CONFIG")
    if config:
        try:
            lines = Path(config).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise StoreError(f"{config}: cannot read the configuration ({exc.strerror or exc})") from exc
        for line in lines:
            key, sep, value = line.partition("=")
            if sep and key.strip() in _SETTINGS:
                found[key.strip()] = value.strip()
    found.update({k: os.environ[k] for k in _SETTINGS if os.environ.get(k)})
    return found


def update_url_for(query_url: str, configured: str | None = None) -> str:
    """Where updates go.

    >>> update_url_for("http://127.0.0.1:7878/query")
    'http://127.0.0.1:7878/update'
    >>> update_url_for("http://127.0.0.1:8890/sparql", "http://127.0.0.1:8890/sparql-auth")
    'http://127.0.0.1:8890/sparql-auth'
    """
    if configured:
        return configured
    if query_url.rstrip("/").endswith("/query"):
        return query_url.rstrip("/")[: -len("query")] + "update"
    return query_url


_RDF_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "text/rdf+n3": ox.RdfFormat.TURTLE,
    "text/n3": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/ntriples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}

# The datatype of a boolean term in SPARQL JSON results. A quote that no backslash escapes is one of JSON's own,
# never inside a string, so each match is a term's datatype; such a term holds no brace (a type, the datatype and
# "true", "false", "1" or "0"), so the braces around its datatype enclose the term, whatever other terms hold.
_BOOLEAN_DATATYPE = re.compile(rb'(?<!\\)"http://www\.w3\.org/2001/XMLSchema#boolean"')
_BIT = re.compile(rb'((?<!\\)"value"\s*:\s*")([01])"')


def _canonical_booleans(body: bytes) -> bytes:
    """Rewrite xsd:boolean values "1"/"0" (valid lexical forms, sent by Virtuoso) as "true"/"false".

    Rewritten in the bytes, term by term, rather than parsing and writing back the whole JSON.

    >>> body = _canonical_booleans(b'{"head":{"vars":["b","n"]},"results":{"bindings":[{"b":{"type":"literal",'
    ...     b'"datatype":"http://www.w3.org/2001/XMLSchema#boolean","value":"1"},"n":{"type":"literal",'
    ...     b'"datatype":"http://www.w3.org/2001/XMLSchema#integer","value":"0"}}]}}')
    >>> body.count(b'"value":"true"'), body.count(b'"value":"0"')
    (1, 1)
    """
    parts, done = [], 0
    for datatype in _BOOLEAN_DATATYPE.finditer(body):
        opens, closes = body.rfind(b"{", done, datatype.start()), body.find(b"}", datatype.end())
        if opens < 0 or closes < 0:  # (not within a term: no results to rewrite)
            continue
        parts += [body[done:opens], _BIT.sub(_word, body[opens : closes + 1])]
        done = closes + 1
    return b"".join([*parts, body[done:]])


def _word(bit: re.Match) -> bytes:
    return bit[1] + (b"true" if bit[2] == b"1" else b"false") + b'"'


def _asked(solutions: ox.QuerySolutions) -> ox.QueryBoolean:
    """The answer to an ASK that came back as solutions: Virtuoso 7 answers every ASK as a SELECT of one
    variable, `__ASK_RETVAL`, bound to 1 or 0 (and solutions, as a Python object, are always true)."""
    truth = any(term is not None and term.value not in ("0", "false") for row in solutions for term in row)
    answer = b'{"head":{},"boolean":%s}' % (b"true" if truth else b"false")
    return ox.parse_query_results(answer, format=ox.QueryResultsFormat.JSON)


# The form of a query after its prologue (the PREFIX and BASE lines kg writes, or a user's), found here because
# SPARQLWrapper finds it by regular expressions over the whole text: 1 ms a query of 20 KB, a page's windows
# naming their source files (8 of a who-said-what page's 60 ms through the Oxigraph server)
_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.I)
_FORM = re.compile(r"(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", re.I)


def query_form(sparql: str) -> str | None:
    r"""SELECT, CONSTRUCT, DESCRIBE or ASK, from the first keyword after the prologue; None when it is none
    of these.

    >>> query_form("PREFIX ce: <https://w3id.org/contested-elections/ontology#>\n# a comment\nconstruct { ?s ?p ?o }")
    'CONSTRUCT'
    >>> query_form("INSERT DATA { <s> <p> <o> }") is None
    True
    """
    found = _FORM.match(sparql, _PROLOGUE.match(sparql).end())
    return found[1].upper() if found else None


def _prologue() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


class RemoteStore(Store):
    """A store on a SPARQL 1.1 Protocol and Update endpoint."""

    oxigraph: bool | None = None  # whether the endpoint is an Oxigraph server (None until its first answer)

    @property
    def sorts_text_by_code_point(self) -> bool | None:
        """Oxigraph's ORDER BY is known (a listing can then be sorted here, kg.paging); another engine's is not."""
        return self.oxigraph

    def __init__(
        self,
        query_url: str,
        update_url: str,
        user: str | None = None,
        password: str | None = None,
        auth: str = "basic",
        timeout: int = 60,
    ):
        self.location = query_url
        self.query_url, self.update_url = query_url, update_url
        self._user, self._password, self._auth, self._timeout = user, password, auth, timeout

    @classmethod
    def from_url(cls, url: str) -> RemoteStore:
        s = settings()
        return cls(
            url,
            update_url_for(url, s.get("KG_SPARQL_UPDATE_URL")),
            s.get("KG_SPARQL_USER"),
            s.get("KG_SPARQL_PASSWORD"),
            s.get("KG_SPARQL_AUTH", "basic").lower(),
            int(s.get("KG_SPARQL_TIMEOUT", "60")),
        )

    def _client(self, url: str) -> SPARQLWrapper:
        client = SPARQLWrapper(url, agent=USER_AGENT)
        client.setTimeout(self._timeout)
        if self._user:
            client.setHTTPAuth(DIGEST if self._auth == "digest" else BASIC)
            client.setCredentials(self._user, self._password or "")
        return client

    def query(self, sparql: str):
        """Run a query on the endpoint (network). Results are pyoxigraph QuerySolutions, a boolean, or a
        list of triples for CONSTRUCT and DESCRIBE.

        Raises:
            QueryError: the endpoint refuses the query as malformed.
            StoreError: the endpoint cannot be reached or fails.
        """
        client = self._client(self.query_url)
        text = _prologue() + strip_comments(sparql)
        form = query_form(text)
        if form:  # (SPARQLWrapper's documented attributes, set as its setQuery sets them)
            client.queryString, client.queryType = text, form
        else:
            # SPARQLWrapper guesses the query form from the first keyword outside comments, but its comment
            # pattern leaves every other line of a block of comments, so a header saying "added by" made a SELECT
            # an ADD sent as an update; blanking whole-line comments (line numbers kept) leaves it nothing to
            # misread.
            client.setQuery(text)
        client.setMethod(POST)
        if self.oxigraph:  # (known from an earlier answer)
            # takes the query as the body, which spares URL-encoding it (0.6 ms for 20 KB); Virtuoso 7 hangs on
            # such a request, so other endpoints get the URL-encoded form
            client.setRequestMethod(POSTDIRECTLY)
        graph_query = client.queryType in ("CONSTRUCT", "DESCRIBE")
        client.setReturnFormat(TURTLE if graph_query else JSON)
        body, content_type = self._send(client, "query")
        if graph_query:
            rdf_format = _RDF_TYPES.get(content_type.split(";")[0].strip().lower(), ox.RdfFormat.TURTLE)
            return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=rdf_format)]
        if not self.oxigraph:  # (which writes true and false)
            body = _canonical_booleans(body)
        results = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if client.queryType == "ASK" and isinstance(results, ox.QuerySolutions):
            return _asked(results)
        return results

    def update(self, sparql: str) -> None:
        """Run an update on the endpoint (network).

        Raises:
            StoreError: the endpoint refuses or fails the update.
        """
        client = self._client(self.update_url)
        client.setMethod(POST)
        client.setRequestMethod(POSTDIRECTLY)
        client.setQuery(sparql)
        self._send(client, "update")

    def _send(self, client: SPARQLWrapper, what: str) -> tuple[bytes, str]:
        try:
            response = client.query().response
            self.oxigraph = response.headers.get("Server", "").startswith("Oxigraph/")  # (Oxigraph names itself)
            return response.read(), response.headers.get("Content-Type", "")
        except SPARQLWrapperException as exc:
            lines = [line for line in str(exc).splitlines() if line.strip()]
            detail = next((line for line in lines if "Error" in line and line is not lines[0]), "")
            message = " ".join(filter(None, (lines[0] if lines else type(exc).__name__, detail.strip("b'\""))))
            if "QueryBadFormed" in type(exc).__name__ and what == "query":
                raise QueryError(f"{self.location}: the endpoint finds the query malformed ({message})") from exc
            raise StoreError(f"{client.endpoint}: the {what} failed ({message})") from exc
        except HTTPError as exc:
            raise StoreError(f"{client.endpoint}: the {what} failed (HTTP {exc.code} {exc.reason})") from exc
        except (URLError, OSError) as exc:
            raise StoreError(f"{client.endpoint}: cannot reach the endpoint ({exc})") from exc
