"""Loaders: turn news articles into statements about contested votes, and those into RDF.

Stages, one module each: `readers` (txt, html, jsonl), `text` (offset-preserving normalisation),
`nlp` (spaCy), `mentions` and `gazetteer` (actors, bodies, territories), `quotes`, `dates`, `elections`,
`prepared` (the parsed article), `events` (speech and stance verbs, quotations), `speakers` (attribution and
coreference), `stance`, `statements` (the pipeline) and `triples` (RDF).
"""

from loaders.article import Article
from loaders.readers import read_file, read_paths

__all__ = ["Article", "read_file", "read_paths"]
