"""Where the ontology, the shapes and the canned queries live, installed or in a checkout.

The wheel ships `ontology/` and `queries/` as `kg/_data/ontology` and `kg/_data/queries`; in a source
checkout (or an editable install) they are the top-level folders of the repository.

>>> (ontology_dir() / "shapes.ttl").is_file()
True
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name}/ folder is neither installed with kg nor beside it ({_PACKAGE})")


def ontology_dir() -> Path:
    return _data_dir("ontology")


def queries_dir() -> Path:
    return _data_dir("queries")


@cache
def ontology_files() -> tuple[Path, ...]:
    """The ontology proper (classes, properties, SKOS schemes), without the shapes."""
    return tuple(p for p in sorted(ontology_dir().glob("*.ttl")) if p.name != "shapes.ttl")


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"
