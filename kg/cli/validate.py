"""`kg validate`: SHACL report of the whole store."""

from __future__ import annotations

import sys

import click

from kg.cli import STORE_HELP, warn_while_positions_are_rewritten
from kg.errors import EXIT_INVALID
from kg.store import open_store
from kg.validation import validate_store


@click.command("validate")
@click.option("--store", "store_path", default=None, help=STORE_HELP)
def command(store_path: str | None) -> None:
    """Validate every graph against the SHACL shapes and run the quality checks; exit 1 if it does not conform."""
    with open_store(store_path, read_only=True) as store:
        warn_while_positions_are_rewritten(store, "the checks of statements against positions may fail until it ends")
        report = validate_store(store)
    for message in report.messages:
        click.echo(message)
    click.echo(f"{'conforms' if report.conforms else 'does NOT conform'} ({report.graphs} graphs validated)")
    if not report.conforms:
        sys.exit(EXIT_INVALID)
