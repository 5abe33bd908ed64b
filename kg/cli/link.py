"""`kg link`: link persons and bodies to Wikidata online, and enrich linked actors with their blocs."""

from __future__ import annotations

import click

from kg.cli import STORE_HELP
from kg.linking import link
from kg.store import open_store
from kg.wikidata import WIKIDATA_SPARQL, WikidataClient, default_cache


@click.command("link")
@click.option("--endpoint", default=WIKIDATA_SPARQL, show_default=True, help="SPARQL endpoint shaped like Wikidata.")
@click.option(
    "--cache",
    "cache_dir",
    default=None,
    type=click.Path(file_okay=False),
    help="Folder of cached answers (default: $KG_WIKIDATA_CACHE or ~/.cache/contested-elections-kg/wikidata).",
)
@click.option(
    "--threshold",
    default=0.7,
    show_default=True,
    type=click.FloatRange(0, 1),
    help="Lowest score a candidate needs to be linked.",
)
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(1), help="Seconds per request.")
@click.option("--store", "store_path", default=None, help=STORE_HELP)
def command(endpoint: str, cache_dir: str | None, threshold: float, timeout: float, store_path: str | None) -> None:
    """Find Wikidata items for unlinked persons and bodies; add ISO codes and memberships (P463) of actors.

    Reaches the network (one request at a time, batched, cached on disk): a re-run with the same cache
    asks nothing. States and organisations are already linked offline from the bundled gazetteer.
    """
    client = WikidataClient(endpoint, cache_dir=default_cache() if cache_dir is None else cache_dir, timeout=timeout)
    with open_store(store_path) as store:
        report = link(store, client, threshold)
    for label, qid, score in report.linked:
        click.echo(f"linked {label} -> {qid} (score {score})")
    click.echo(report.summary())
