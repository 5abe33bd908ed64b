"""A polite, cached client for the Wikidata Query Service (or any SPARQL endpoint shaped like it).

Every method that is not served from the cache reaches the network. The client behaves as Wikimedia asks:
a descriptive User-Agent with a contact, one request at a time, batched `VALUES` lookups, a timeout,
`429 Too Many Requests` honoured with its `Retry-After`, exponential back-off on 5xx, and a clear error when
the service answers that it wants a User-Agent. Every answer is kept on disk (one JSON file per query), so a
re-run, or CI, asks nothing of the network.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import urllib.error
from collections.abc import Callable
from pathlib import Path

from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, QueryBadFormed, SPARQLWrapperException

from kg import __version__
from kg.errors import KgError

WIKIDATA_SPARQL = "https://query.wikidata.org/sparql"
CONTACT = os.environ.get("KG_CONTACT", "https://w3id.org/contested-elections")
USER_AGENT = f"contested-elections-kg/{__version__} ({CONTACT}) SPARQLWrapper"


def default_cache() -> Path:
    return Path(os.environ.get("KG_WIKIDATA_CACHE", Path.home() / ".cache" / "contested-elections-kg" / "wikidata"))


class WikidataError(KgError):
    """The query service refused or failed a request for good."""


class WikidataClient:
    """SELECT queries against a Wikidata-like endpoint, cached on disk, with Wikimedia's etiquette.

    Args:
        endpoint: the SPARQL endpoint (default: the Wikidata Query Service).
        cache_dir: where answers are kept; None disables the cache.
        timeout: seconds to wait for one answer.
        retries: how many times a 429 or 5xx answer is retried.
        sleep: the function that waits (tests pass a recorder).
    """

    def __init__(
        self,
        endpoint: str = WIKIDATA_SPARQL,
        cache_dir: Path | None = None,
        timeout: float = 30,
        retries: int = 4,
        sleep: Callable[[float], None] = time.sleep,
        max_wait: float = 120,
    ):
        self.endpoint, self.cache_dir, self.timeout = endpoint, cache_dir, timeout
        self.retries, self.sleep, self.max_wait = retries, sleep, max_wait
        self.requests = 0  # answers fetched from the network (not from the cache)

    def _cache_path(self, query: str) -> Path | None:
        if self.cache_dir is None:
            return None
        digest = hashlib.sha256(f"{self.endpoint}\n{query}".encode()).hexdigest()
        return Path(self.cache_dir) / f"{digest}.json"

    def select(self, query: str) -> list[dict[str, str]]:
        """The rows of a SELECT query, each a dict of variable -> value (from the cache when there).

        Raises:
            WikidataError: the service refused the query, asked for a User-Agent, or kept failing.
        """
        path = self._cache_path(query)
        if path is not None and path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))["rows"]
        rows = self._fetch(query)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps({"endpoint": self.endpoint, "query": query, "rows": rows}), encoding="utf-8")
        return rows

    def _fetch(self, query: str) -> list[dict[str, str]]:
        client = SPARQLWrapper(self.endpoint, agent=USER_AGENT)
        client.setQuery(query)
        client.setMethod(POST)
        client.setReturnFormat(JSON)
        client.setTimeout(int(self.timeout))
        delay = 1.0
        for attempt in range(self.retries + 1):
            self.requests += 1
            try:
                result = client.queryAndConvert()
                return [{k: v["value"] for k, v in b.items()} for b in result["results"]["bindings"]]
            except QueryBadFormed as exc:
                raise WikidataError(f"{self.endpoint}: the query is malformed ({str(exc).splitlines()[0]})") from exc
            except urllib.error.HTTPError as exc:
                body = exc.read().decode(errors="replace") if exc.fp else ""
                if exc.code == 403 and "user-agent" in body.lower().replace("user agent", "user-agent"):
                    raise WikidataError(
                        f"{self.endpoint}: the service asks for a User-Agent with a contact; "
                        f"set KG_CONTACT (it sent: {body[:120]!r})"
                    ) from exc
                if exc.code == 429 or exc.code >= 500:
                    wait = _retry_after(exc.headers.get("Retry-After")) if exc.code == 429 else None
                    if attempt == self.retries:
                        raise WikidataError(f"{self.endpoint}: HTTP {exc.code} after {attempt + 1} attempts") from exc
                    self.sleep(min(wait if wait is not None else delay, self.max_wait))
                    delay *= 2
                    continue
                raise WikidataError(f"{self.endpoint}: HTTP {exc.code} {exc.reason}") from exc
            except EndPointInternalError as exc:
                if attempt == self.retries:
                    raise WikidataError(f"{self.endpoint}: server error after {attempt + 1} attempts") from exc
                self.sleep(min(delay, self.max_wait))
                delay *= 2
            except (TimeoutError, urllib.error.URLError, OSError, SPARQLWrapperException) as exc:
                if attempt == self.retries:
                    raise WikidataError(f"{self.endpoint}: no answer ({exc})") from exc
                self.sleep(min(delay, self.max_wait))
                delay *= 2
        raise WikidataError(f"{self.endpoint}: no answer")


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds, or an HTTP date).

    >>> _retry_after("3"), _retry_after(None)
    (3.0, None)
    """
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime  # noqa: PLC0415

        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None
