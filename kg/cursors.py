"""The cursor a page gives for the next one (kg.paging): where that page starts, and a digest of the bound
query, so that a cursor pages nothing else.

A cursor is text a user copies into `kg query --after`: URL-safe base64 of a small JSON object, either
{"offset": n} (a page that is a slice of the whole query) or {"unit": term, "skip": n} (a page read from the
units of the paging variable: the unit of the last row given and how many of its rows were given).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json

from kg.errors import QueryError
from kg.queries import Query


def encoded(query: Query, **position) -> str:
    """The cursor of a page of `query` that starts at `position` (`offset`, or `unit` and `skip`)."""
    text = json.dumps({"query": _digest(query), **position}, separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decoded(query: Query, cursor: str) -> dict:
    """Where the page after `cursor` starts: {"offset": n}, or {"unit": term, "skip": n}.

    Raises:
        QueryError: the cursor is not one, or was given by a page of another query or other parameters.
    """
    try:
        position = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        digest = position.pop("query")
        valid = set(position) in ({"offset"}, {"unit", "skip"}) and all(
            isinstance(value, str) if key == "unit" else isinstance(value, int) and value >= 0
            for key, value in position.items()
        )
    except (ValueError, TypeError, AttributeError, KeyError, binascii.Error):
        valid, digest = False, None
    if not valid:
        raise QueryError(f"{query.name}: {cursor!r} is not a page's cursor")
    if digest != _digest(query):
        raise QueryError(f"{query.name}: the cursor was given by a page of another query or other parameters")
    return position


def _digest(query: Query) -> str:
    return hashlib.sha256(query.text.encode()).hexdigest()[:16]
