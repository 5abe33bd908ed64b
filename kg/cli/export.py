"""`kg export`: the graph as RDF."""

from __future__ import annotations

import sys

import click

from kg.cli import STORE_HELP
from kg.export import RDF_FORMATS, export_rdf
from kg.store import open_store


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(list(RDF_FORMATS)), default="trig", show_default=True)
@click.option("-o", "--output", default=None, help="File to write (default: standard output).")
@click.option("--store", "store_path", default=None, help=STORE_HELP)
def command(fmt: str, output: str | None, store_path: str | None) -> None:
    """Export the whole graph (every article's graph and the positions) as RDF."""
    with open_store(store_path) as store:
        data = export_rdf(store, fmt, output)
    if data is not None:
        sys.stdout.buffer.write(data)
