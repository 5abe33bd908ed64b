"""`kg serve`: a SPARQL endpoint over the store (read-only on disk, or over a copy in memory)."""

from __future__ import annotations

import signal
import time

import click

from kg.cli import STORE_HELP
from kg.serve import start_server, stop_server
from kg.store import default_store_path


@click.command("serve")
@click.option("--store", "store_path", default=None, help=STORE_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--timeout", "timeout_s", default=30, show_default=True, type=click.IntRange(1), help="Query timeout in seconds."
)
@click.option("--cors", is_flag=True, help="Allow cross-origin requests (for a YASGUI page served elsewhere).")
@click.option(
    "--memory",
    is_flag=True,
    help="Serve a copy of the store held in memory: faster queries on large stores, about 10 s and 350 MB per "
    "million triples to load; a snapshot, which accepts updates to the copy only.",
)
def command(store_path: str | None, host: str, port: int, timeout_s: int, cors: bool, memory: bool) -> None:
    """Serve the store over the SPARQL 1.1 Protocol (query page at http://HOST:PORT/).

    On disk (the default) the endpoint is read-only: updates are refused, and kg build must not write to the
    same store meanwhile. With --memory it serves a snapshot copied into memory at start: kg build may write
    the store meanwhile (restart to serve the new graph), and updates change only the copy. Stop with Ctrl-C.
    """
    signal.signal(signal.SIGTERM, _interrupt)
    started = time.monotonic()
    process = None
    try:
        if memory:
            click.echo("copying the store into memory ...", err=True)
        process = start_server(store_path or default_store_path(), host, port, timeout_s, cors, memory=memory)
        mode = f"a copy in memory, loaded in {time.monotonic() - started:.1f} s" if memory else "read-only"
        click.echo(f"SPARQL endpoint: http://{host}:{port}/query ({mode}; query page at http://{host}:{port}/)")
        process.wait()
    except KeyboardInterrupt:
        pass
    finally:  # (a signal while the endpoint's line is written stops the server too: a client may act on the line)
        if process is not None:
            stop_server(process)


def _interrupt(*_) -> None:
    """SIGTERM stops the server as Ctrl-C does: by unwinding to the `finally` that stops it (stopping it from
    the handler would wait for the process the interrupted `wait` holds, and hang)."""
    raise KeyboardInterrupt
