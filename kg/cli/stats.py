"""`kg stats`: what the graph holds."""

from __future__ import annotations

import click

from kg.cli import STORE_HELP
from kg.stats import graph_stats
from kg.store import GraphStore


@click.command("stats")
@click.option("--store", "store_path", default=None, help=STORE_HELP)
def command(store_path: str | None) -> None:
    """Count articles, statements, positions, actors, elections and triples."""
    for name, count in graph_stats(GraphStore.open(store_path)).items():
        click.echo(f"{name:28} {count}")
