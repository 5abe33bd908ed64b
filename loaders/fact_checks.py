"""A fact check's claim: the paragraph a "Claim:" label opens, in a text that gives its "Verdict:" (or "Rating:"),
tells what others claimed ("CLAIM: Posts shared widely on Telegram say that Serbia has recognised the results"), which
the check goes on to weigh; no actor's position is taken from it, though its words may still name the votes the check
is about. `loaders.statements` leaves out the statements it finds there.
"""

from __future__ import annotations

import re

from loaders.prepared import PreparedArticle

_CLAIM = re.compile(r"[ \t]*(?:the\s+)?claim\s*:", re.I)
_VERDICT = re.compile(r"^[ \t]*(?:the\s+)?(?:verdict|rating)\s*:", re.I | re.M)


def claims_checked(a: PreparedArticle) -> list[tuple[int, int]]:
    """The spans of the paragraphs a fact check's "Claim:" label opens; none in a text that gives no verdict."""
    if not _VERDICT.search(a.norm):
        return []
    return [(start, end) for start, end in a.paragraphs if _CLAIM.match(a.norm, start, end)]
