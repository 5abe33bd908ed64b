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

import json
import os
from pathlib import Path
from urllib.error import HTTPError, URLError

import pyoxigraph as ox
from SPARQLWrapper import BASIC, DIGEST, JSON, POST, TURTLE, SPARQLWrapper
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


_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
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


def _canonical_booleans(body: bytes) -> bytes:
    """Rewrite xsd:boolean values "1"/"0" (valid lexical forms, sent by Virtuoso) as "true"/"false".

    >>> _canonical_booleans(b'{"head":{"vars":["b"]},"results":{"bindings":[{"b":{"type":"literal",'
    ...     b'"datatype":"http://www.w3.org/2001/XMLSchema#boolean","value":"1"}}]}}').count(b'"true"')
    1
    """
    if _BOOLEAN.encode() not in body:
        return body
    data = json.loads(body)
    for row in data.get("results", {}).get("bindings", []):
        for term in row.values():
            if term.get("datatype") == _BOOLEAN and term.get("value") in ("0", "1"):
                term["value"] = "true" if term["value"] == "1" else "false"
    return json.dumps(data).encode()


def _prologue() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


class RemoteStore(Store):
    """A store on a SPARQL 1.1 Protocol and Update endpoint."""

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
        # SPARQLWrapper guesses the query form from the first keyword outside comments, but its comment pattern
        # leaves every other line of a block of comments, so a header saying "added by" made a SELECT an ADD
        # sent as an update; blanking whole-line comments (line numbers kept) leaves it nothing to misread.
        client.setQuery(_prologue() + strip_comments(sparql))
        client.setMethod(POST)
        graph_query = client.queryType in ("CONSTRUCT", "DESCRIBE")
        client.setReturnFormat(TURTLE if graph_query else JSON)
        body, content_type = self._send(client, "query")
        if graph_query:
            rdf_format = _RDF_TYPES.get(content_type.split(";")[0].strip().lower(), ox.RdfFormat.TURTLE)
            return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=rdf_format)]
        return ox.parse_query_results(_canonical_booleans(body), format=ox.QueryResultsFormat.JSON)

    def update(self, sparql: str) -> None:
        """Run an update on the endpoint (network).

        Raises:
            StoreError: the endpoint refuses or fails the update.
        """
        client = self._client(self.update_url)
        client.setMethod(POST)
        client.setRequestMethod("postdirectly")
        client.setQuery(sparql)
        self._send(client, "update")

    def _send(self, client: SPARQLWrapper, what: str) -> tuple[bytes, str]:
        try:
            response = client.query().response
            # Oxigraph names itself; its ORDER BY is known (a listing can then be sorted here, kg.paging)
            self.sorts_text_by_code_point = response.headers.get("Server", "").startswith("Oxigraph/")
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
