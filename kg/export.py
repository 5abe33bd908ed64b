"""Exporting the graph: as RDF (Turtle, TriG, N-Quads, JSON-LD), or as a network for Gephi (GEXF 1.3,
GraphML) in one of the views of `kg.network`.

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


NETWORK_FORMATS = ("gexf", "graphml")


def export_network(
    store: Store, fmt: str, view: str = "positions", dynamic: bool = False, output: str | Path | None = None
) -> bytes | None:
    """Write a network view as GEXF 1.3 or GraphML to `output`, or return the bytes.

    Raises:
        KgError: an unknown format or view, or the output file cannot be written.
    """
    import io  # noqa: PLC0415

    import networkx as nx  # noqa: PLC0415

    from kg.gexf import to_gexf  # noqa: PLC0415
    from kg.network import build_view  # noqa: PLC0415

    if fmt not in NETWORK_FORMATS:
        raise KgError(f"unknown network format {fmt!r}; use one of {', '.join(NETWORK_FORMATS)}")
    graph = build_view(store, view)
    if fmt == "gexf":
        data = to_gexf(graph, dynamic=dynamic)
    else:
        buffer = io.BytesIO()
        nx.write_graphml(graph, buffer, named_key_ids=True)
        data = buffer.getvalue()
    if output is None:
        return data
    try:
        Path(output).write_bytes(data)
    except OSError as exc:
        raise KgError(f"{output}: cannot write the export ({exc.strerror or exc})") from exc
    return None
