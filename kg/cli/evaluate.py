"""`kg evaluate GOLD.json`: score the graph against hand annotations."""

from __future__ import annotations

import json
import sys

import click

from kg.cli import STORE_HELP
from kg.errors import EXIT_INVALID
from kg.evaluate import evaluate, load_gold
from kg.store import open_store


@click.command("evaluate")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--store", "store_path", default=None, help=STORE_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--min-f1", type=float, default=None, help="Exit 1 when the position F1 is below this.")
def command(gold: str, store_path: str | None, as_json: bool, min_f1: float | None) -> None:
    """Position precision/recall/F1, speaker and quote accuracy, stance precision/recall, per article."""
    gold_data = load_gold(gold)
    with open_store(store_path, read_only=True) as store:
        result = evaluate(store, gold_data)
    click.echo(json.dumps(result.as_dict(), indent=2) if as_json else result.report())
    if min_f1 is not None and result.positions.f1 < min_f1:
        sys.exit(EXIT_INVALID)
