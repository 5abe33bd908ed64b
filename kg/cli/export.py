"""`kg export [FORMAT]`: the graph as RDF, or a network view for Gephi."""

from __future__ import annotations

import sys

import click

from kg.cli import STORE_HELP
from kg.export import NETWORK_FORMATS, RDF_FORMATS, export_network, export_rdf
from kg.network import VIEWS
from kg.store import open_store

FORMATS = list(RDF_FORMATS) + list(NETWORK_FORMATS)


@click.command("export")
@click.argument("format_argument", metavar="[FORMAT]", required=False, type=click.Choice(FORMATS))
@click.option("--format", "format_option", type=click.Choice(FORMATS), help="Same as FORMAT (default: trig).")
@click.option("-o", "--output", default=None, help="File to write (default: standard output).")
@click.option(
    "--view",
    type=click.Choice(VIEWS),
    default="positions",
    show_default=True,
    help="Network view, for gexf and graphml.",
)
@click.option("--dynamic", is_flag=True, help="GEXF with dates as time intervals, for Gephi's timeline.")
@click.option("--store", "store_path", default=None, help=STORE_HELP)
def command(
    format_argument: str | None,
    format_option: str | None,
    output: str | None,
    view: str,
    dynamic: bool,
    store_path: str | None,
) -> None:
    """Export the graph: RDF (turtle, trig, nquads, jsonld) or a network (gexf, graphml) for Gephi."""
    if format_argument and format_option and format_argument != format_option:
        raise click.UsageError(f"two formats given: {format_argument} and {format_option}")
    fmt = format_argument or format_option or "trig"
    with open_store(store_path, read_only=True) as store:
        if fmt in NETWORK_FORMATS:
            data = export_network(store, fmt, view, dynamic, output)
        else:
            data = export_rdf(store, fmt, output)
    if data is not None:
        sys.stdout.buffer.write(data)
