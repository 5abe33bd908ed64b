"""A knowledge graph of who said what about contested elections.

The public API: open a store, build it from articles, validate it, query it, export it, evaluate it.
"""

__version__ = "0.1.0"

from kg.store import GraphStore  # noqa: E402

__all__ = ["GraphStore", "__version__"]
