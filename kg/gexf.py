"""A GEXF 1.3 writer that the official schema accepts (networkx's own writer does not: it declares a wrong
xsi namespace and writes a `name` attribute the schema rejects).

Node and edge attributes become typed GEXF attributes; `viz:color`, `viz:size` and `viz:thickness` colour
nodes by type and edges by polarity and size nodes by degree; with `dynamic=True` the graph is dynamic and
`start`/`end` dates become intervals, so Gephi's timeline replays the reactions.

>>> import networkx as nx
>>> g = nx.DiGraph(); g.add_node("a", label="Türkiye", type="State"); g.add_edge("a", "b", polarity="reject")
>>> b"<gexf" in to_gexf(g)
True
"""

from __future__ import annotations

import math
from datetime import date

import lxml.etree as ET
import networkx as nx

from kg import __version__

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"

#: Colours (r, g, b) by node type and by edge polarity.
NODE_COLOURS = {
    "State": (31, 119, 180),
    "InternationalOrganization": (148, 103, 189),
    "GovernmentBody": (23, 190, 207),
    "Person": (255, 127, 14),
    "Election": (64, 64, 64),
    "Article": (140, 140, 140),
    "Statement": (200, 200, 200),
    "Actor": (127, 127, 127),
}
EDGE_COLOURS = {"reject": (214, 39, 40), "endorse": (44, 160, 44), "neutral": (160, 160, 160)}
_STRUCTURAL = {"label", "start", "end", "weight"}


def _type_of(values: list) -> str:
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "integer"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _declare(parent: ET._Element, klass: str, items: list[dict]) -> dict[str, str]:
    """Declare the attributes of nodes or edges; returns name -> attribute id."""
    names = sorted({k for attrs in items for k in attrs if k not in _STRUCTURAL})
    ids: dict[str, str] = {}
    if not names:
        return ids
    element = ET.SubElement(parent, f"{{{GEXF_NS}}}attributes", {"class": klass})
    for index, name in enumerate(names):
        ids[name] = str(index)
        ET.SubElement(
            element,
            f"{{{GEXF_NS}}}attribute",
            {"id": str(index), "title": name, "type": _type_of([a[name] for a in items if name in a])},
        )
    return ids


def _attvalues(parent: ET._Element, attrs: dict, ids: dict[str, str]) -> None:
    values = [(ids[k], v) for k, v in attrs.items() if k in ids and v is not None]
    if values:
        element = ET.SubElement(parent, f"{{{GEXF_NS}}}attvalues")
        for key, value in values:
            ET.SubElement(element, f"{{{GEXF_NS}}}attvalue", {"for": key, "value": _text(value)})


def _colour(parent: ET._Element, rgb: tuple[int, int, int]) -> None:
    r, g, b = rgb
    ET.SubElement(parent, f"{{{VIZ_NS}}}color", {"r": str(r), "g": str(g), "b": str(b)})


def _interval(element: ET._Element, attrs: dict, dynamic: bool) -> None:
    if dynamic and attrs.get("start"):
        element.set("start", attrs["start"])
        if attrs.get("end"):
            element.set("end", attrs["end"])


def to_gexf(graph: nx.Graph, dynamic: bool = False, description: str = "") -> bytes:
    """Serialise a networkx graph as GEXF 1.3 (UTF-8 bytes)."""
    root = ET.Element(
        f"{{{GEXF_NS}}}gexf",
        {"version": "1.3", f"{{{XSI_NS}}}schemaLocation": SCHEMA_LOCATION},
        nsmap={None: GEXF_NS, "viz": VIZ_NS, "xsi": XSI_NS},
    )
    meta = ET.SubElement(root, f"{{{GEXF_NS}}}meta", {"lastmodifieddate": date.today().isoformat()})
    ET.SubElement(meta, f"{{{GEXF_NS}}}creator").text = f"contested-elections-kg {__version__}"
    ET.SubElement(meta, f"{{{GEXF_NS}}}description").text = description or f"view: {graph.graph.get('view', '')}"
    attrs = {
        "defaultedgetype": "directed" if graph.is_directed() else "undirected",
        "idtype": "string",
        "mode": "dynamic" if dynamic else "static",
    }
    if dynamic:
        attrs.update(timeformat="date", timerepresentation="interval")
    element = ET.SubElement(root, f"{{{GEXF_NS}}}graph", attrs)
    node_items = [dict(d) for _, d in graph.nodes(data=True)]
    edge_items = [dict(d) for *_, d in graph.edges(data=True)]
    node_ids = _declare(element, "node", node_items)
    edge_ids = _declare(element, "edge", edge_items)
    degrees = dict(graph.degree())
    nodes = ET.SubElement(element, f"{{{GEXF_NS}}}nodes", {"count": str(graph.number_of_nodes())})
    for node, data in graph.nodes(data=True):
        n = ET.SubElement(nodes, f"{{{GEXF_NS}}}node", {"id": str(node), "label": str(data.get("label", node))})
        _interval(n, data, dynamic)
        _attvalues(n, data, node_ids)
        _colour(n, NODE_COLOURS.get(data.get("type", ""), NODE_COLOURS["Actor"]))
        ET.SubElement(n, f"{{{VIZ_NS}}}size", {"value": f"{6 + 4 * math.sqrt(degrees.get(node, 0)):.2f}"})
    edges = ET.SubElement(element, f"{{{GEXF_NS}}}edges", {"count": str(graph.number_of_edges())})
    for index, (source, target, data) in enumerate(graph.edges(data=True)):
        e = ET.SubElement(edges, f"{{{GEXF_NS}}}edge", {"id": str(index), "source": str(source), "target": str(target)})
        if "weight" in data:
            e.set("weight", repr(float(data["weight"])))
        _interval(e, data, dynamic)
        _attvalues(e, data, edge_ids)
        if data.get("polarity") in EDGE_COLOURS:
            _colour(e, EDGE_COLOURS[data["polarity"]])
        ET.SubElement(e, f"{{{VIZ_NS}}}thickness", {"value": f"{1 + math.log1p(float(data.get('weight', 1))):.2f}"})
    return ET.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
