"""The article: the unit the loaders read, extract from, and store as one named graph.

>>> a = Article(source="a.txt", text="Estonia does not recognise the vote.")
>>> len(a.content_hash)
64
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One news article. Every offset the extraction stores points into `text`.

    Attributes:
        source: the file name (for a file) or URL (when a JSONL record gives one); identifies the article.
        text: the article text (for HTML, the text left after boilerplate removal).
        title: the title when the input gives one.
        published: the publication date when known.
    """

    source: str
    text: str
    title: str | None = None
    published: date | None = None
    content_hash: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "content_hash", hashlib.sha256(self.text.encode("utf-8")).hexdigest())
