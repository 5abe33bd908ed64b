"""Every error the tool reports, in one place, with the exit codes of the CLI.

Messages name what was wrong, where (file, line) and, when it helps, what to do.

>>> str(InputError("a.txt", "the file is empty"))
'a.txt: the file is empty'
>>> str(InputError("b.jsonl", "not valid JSON", line=3))
'b.jsonl:3: not valid JSON'
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_ERROR = 3

EXIT_CODES_HELP = (
    "Exit codes: 0 ok; 1 the graph does not conform to the shapes (validate) or a score is below its "
    "threshold (evaluate); 2 usage error; 3 input or runtime error."
)


class KgError(Exception):
    """Base class of the errors the CLI reports as one line with exit code 3."""


class InputError(KgError):
    """An input file (or one record in it) cannot be read as an article."""

    def __init__(self, source: str, reason: str, line: int | None = None):
        self.source, self.reason, self.line = source, reason, line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class QueryError(KgError):
    """A canned query or a query file is unknown, malformed, or given a bad parameter."""


class ValidationFailure(KgError):
    """An article's graph does not conform to the shapes, so it was not loaded."""


class GoldError(KgError):
    """A gold annotation file is not in the expected format."""


# Reasons for unreadable input, worded once.
EMPTY_FILE = "the file is empty"
BINARY_FILE = "the file is binary, not text (it contains NUL bytes)"
NOT_UTF8 = "the file is not UTF-8 text (invalid byte 0x{byte:02x} at offset {offset}); re-encode it as UTF-8"
NO_ARTICLE = "no article text in it (nothing but white space, markup or a date line)"
NO_SUCH_PATH = "no such file or folder"
UNSUPPORTED_SUFFIX = "unsupported file type {suffix!r}; use .txt, .html, .htm or .jsonl"
BAD_JSON = "not valid JSON ({detail})"
BAD_JSON_RECORD = "a JSONL record must be an object with a non-empty string 'text' ({detail})"
BAD_HTML = "the HTML cannot be parsed ({detail})"
BAD_DATE = "the publication date {value!r} is not a date in YYYY-MM-DD form"
