"""The `kg` command line: one thin module per command over a plain, tested function.

Exit codes: 0 ok; 1 the graph does not conform (validate) or a score is under its threshold (evaluate);
2 usage error; 3 input or runtime error.
"""

from __future__ import annotations

import importlib
import sys

import click

from kg import __version__
from kg.errors import EXIT_CODES_HELP, EXIT_ERROR, KgError

STORE_HELP = "Store folder, or the URL of a SPARQL 1.1 endpoint with Update (default: $KG_STORE or ./.kg-store)."


def _version_message() -> str:
    try:
        from loaders.model import model_description  # noqa: PLC0415

        model = model_description()
    except OSError as exc:
        model = f"no spaCy model ({exc})"
    return f"kg {__version__}; language model: {model}"


def warn_while_positions_are_rewritten(store, consequence: str) -> None:
    """A line on stderr when a build is rewriting the store's positions (a reading command opens the store
    while a build writes it: kg.positions.positions_being_rewritten), saying what follows for this command."""
    from kg.positions import positions_being_rewritten  # noqa: PLC0415

    if positions_being_rewritten(store):
        click.echo(
            "kg: warning: the positions are being rewritten (a build is writing the store, or stopped before its "
            f"end); {consequence}",
            err=True,
        )


# Each command's module, imported when the command is run or listed: `kg build` then loads neither networkx nor
# the Wikidata client (`import kg.cli` took 0.46 s with every command, 0.18 s now: a build's start, before its
# workers can start parsing)
_COMMANDS = {
    name: f"kg.cli.{name}" for name in ("build", "validate", "query", "export", "stats", "evaluate", "serve", "link")
}


class _Group(click.Group):
    """Loads each command's module when it is needed, and reports a KgError (or an OSError) as one line on
    stderr with exit code 3, instead of a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*super().list_commands(ctx), *_COMMANDS]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in _COMMANDS:
            return importlib.import_module(_COMMANDS[name]).command
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        # An OSError: the store failing while results are read (a disk error, or a file that the merging of a
        # build writing meanwhile removed before a read-only reader opened it); its message names the file.
        except (KgError, OSError) as exc:
            click.echo(f"kg: error: {exc}", err=True)
            sys.exit(EXIT_ERROR)


@click.group(cls=_Group, epilog=EXIT_CODES_HELP)
@click.version_option(__version__, message="%(version)s", prog_name="kg")
def main() -> None:
    """A knowledge graph of who said what about contested elections.

    Build it from news articles, validate it with SHACL, query it with SPARQL, export it, score it.
    """


@main.command("version")
def version_command() -> None:
    """Show the version and which spaCy model the extraction uses."""
    click.echo(_version_message())
