"""`kg serve`: a read-only SPARQL endpoint over the store."""

from __future__ import annotations

import signal

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
def command(store_path: str | None, host: str, port: int, timeout_s: int, cors: bool) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol (query page at http://HOST:PORT/).

    Updates are refused; stop with Ctrl-C. Do not run kg build on the same store meanwhile.
    """
    process = start_server(store_path or default_store_path(), host, port, timeout_s, cors)
    click.echo(f"SPARQL endpoint: http://{host}:{port}/query (read-only; query page at http://{host}:{port}/)")
    signal.signal(signal.SIGTERM, lambda *_: stop_server(process))
    try:
        process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        stop_server(process)
