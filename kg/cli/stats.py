"""`kg stats`: what the graph holds."""

from __future__ import annotations

import click

from kg.cli import STORE_HELP
from kg.stats import graph_stats
from kg.store import open_store


@click.command("stats")
@click.option("--store", "store_path", default=None, help=STORE_HELP)
def command(store_path: str | None) -> None:
    """Count articles, statements, positions, actors, elections and triples."""
    with open_store(store_path, read_only=True) as store:
        stats = graph_stats(store)
    for name, count in stats.items():
        click.echo(f"{name:28} {count}")
