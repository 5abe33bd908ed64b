"""Exporting the whole graph as RDF: Turtle, TriG, N-Quads or JSON-LD.

Turtle holds triples only, so the named graphs are merged; TriG, N-Quads and JSON-LD keep one graph per
article.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.store import Store

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def export_rdf(store: Store, fmt: str, output: str | Path | None = None) -> bytes | None:
    """Serialise the store in `fmt` to `output` (a path), or return the bytes when `output` is None.

    Raises:
        KgError: an unknown format, or the output file cannot be written.
    """
    if fmt not in RDF_FORMATS:
        raise KgError(f"unknown RDF format {fmt!r}; use one of {', '.join(RDF_FORMATS)}")
    if output is None:
        return store.dump(RDF_FORMATS[fmt])
    try:
        with open(output, "wb") as handle:
            store.dump(RDF_FORMATS[fmt], handle)
    except OSError as exc:
        raise KgError(f"{output}: cannot write the export ({exc.strerror or exc})") from exc
    return None
