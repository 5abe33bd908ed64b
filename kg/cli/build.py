"""`kg build PATH...`: load articles into the store."""

from __future__ import annotations

import os
import sys

import click

from kg.build import build
from kg.cli import STORE_HELP
from kg.errors import EXIT_ERROR
from kg.store import open_store
from loaders.readers import input_files


@click.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option("--store", "store_path", default=None, help=STORE_HELP)
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Processes that extract in parallel (the machine's cores, at most).",
)
@click.option(
    "--shacl",
    type=click.Choice(["pyshacl", "turbo"]),
    default=None,
    help="SHACL engine (default: $KG_SHACL_ENGINE, else pyshacl; turbo needs pyshacl-turbo).",
)
def command(paths: tuple[str, ...], store_path: str | None, quiet: bool, workers: int, shacl: str | None) -> None:
    """Extract who said what from the articles in PATHS (files or folders of .txt, .html, .jsonl).

    Prints one line per unreadable article, then a summary; exits 3 when any article failed (the others
    are loaded all the same).
    """
    if shacl:
        os.environ["KG_SHACL_ENGINE"] = shacl  # read by the worker processes too
    files = input_files(paths)
    with (
        open_store(store_path) as store,
        click.progressbar(
            length=len(files), label="articles", file=sys.stderr, hidden=quiet or not sys.stderr.isatty()
        ) as bar,
    ):
        report = build(paths, store, on_file=lambda _: bar.update(1), workers=workers)
    for error in report.errors:
        click.echo(f"kg: {error}", err=True)
    click.echo(report.summary())
    if report.errors:
        sys.exit(EXIT_ERROR)
