"""`kg query NAME-or-FILE`: run a canned query or a query file."""

from __future__ import annotations

import click

from kg.cli import STORE_HELP, warn_while_positions_are_rewritten
from kg.paging import paged
from kg.positions import reads_positions
from kg.queries import FORMATS, bind, canned_queries, format_results, load_query, run_query, strip_comments
from kg.store import open_store


def _params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for value in values:
        key, sep, val = value.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{value!r} is not key=value", param_hint="--param")
        params[key.strip()] = val
    return params


@click.command("query")
@click.argument("query", required=False)
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="Bind a declared parameter.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--store", "store_path", default=None, help=STORE_HELP)
@click.option("--limit", type=click.IntRange(min=0), default=None, help="Give at most this many rows (one page).")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True, help="Skip this many rows first.")
@click.option(
    "--after",
    metavar="CURSOR",
    default=None,
    help="Give the page after the one that printed this cursor (on stderr), as cheap as a first page.",
)
@click.option("--list", "list_queries", is_flag=True, help="List the canned queries and their parameters.")
def command(
    query: str | None,
    params: tuple[str, ...],
    fmt: str,
    store_path: str | None,
    limit: int | None,
    offset: int,
    after: str | None,
    list_queries: bool,
) -> None:
    """Run QUERY (a canned query name such as who-said-what, or a .rq file) and print its results.

    With --limit (and --offset), print one page of the results: the same rows as the full listing from row
    OFFSET on, computed without evaluating the whole listing when the query declares how (kg.paging). Unless
    the page ends the listing, the cursor of the next page follows on stderr, for --after.
    """
    if list_queries or query is None:
        if query is None and not list_queries:
            raise click.UsageError("give a query name or file, or --list")
        for name in canned_queries():
            q = load_query(name)
            click.echo(f"{name}: {q.question or q.title}")
            for p in q.parameters.values():
                click.echo(f"    --param {p.name}=<{p.type}>{' (required)' if p.required else ''}  {p.doc}")
            if q.paged_by:
                scoped = ", ".join(f"?{v}" for v in q.scoped_by)
                within = f"; within the scope of {scoped} too" if scoped else ""
                click.echo(f"    pages (--limit, --offset, --after) by ?{q.paged_by}{within}")
        return
    if (offset or after) and limit is None:
        raise click.UsageError(f"{'--offset' if offset else '--after'} pages the results: give --limit too")
    loaded, values = load_query(query), _params(params)
    with open_store(store_path, read_only=True) as store:
        bound = bind(loaded, values, store)
        if reads_positions(strip_comments(bound.text)):
            warn_while_positions_are_rewritten(store, "answers from them may miss the latest articles until it ends")
        if limit is None:
            click.echo(format_results(run_query(store, bound), fmt), nl=False)
            return
        one = paged(store, bound, limit, offset, after)
        click.echo(format_results(one.results, fmt), nl=False)
        if one.next:
            click.echo(f"next page: --after {one.next}", err=True)
