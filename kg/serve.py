"""A read-only SPARQL 1.1 Protocol endpoint over the store, served by the Oxigraph server.

The `oxigraph` package on PyPI ships the Oxigraph server binary; its read-only mode opens the same store
folder as `kg`, answers SPARQL queries (with the union of all graphs as the default graph), refuses updates,
applies a query timeout, and serves a query page (YASGUI) at its root for the browser. `kg build` must not
write to the store while the server runs.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from kg.errors import KgError


def oxigraph_binary() -> str:
    """The Oxigraph server executable installed with the `oxigraph` package.

    Raises:
        KgError: it is not installed.
    """
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise KgError("the Oxigraph server is not installed; pip install oxigraph")
    return found


def server_command(store: str | os.PathLike[str], host: str, port: int, timeout_s: int, cors: bool) -> list[str]:
    """The command line that serves `store` read-only on host:port.

    >>> server_command("s", "127.0.0.1", 7878, 30, False)[1:]  # doctest: +NORMALIZE_WHITESPACE
    ['serve-read-only', '--location', 's', '--bind', '127.0.0.1:7878', '--union-default-graph', '--timeout-s', '30']
    """
    command = [
        oxigraph_binary(),
        "serve-read-only",
        "--location",
        str(store),
        "--bind",
        f"{host}:{port}",
        "--union-default-graph",
        "--timeout-s",
        str(timeout_s),
    ]
    return command + (["--cors"] if cors else [])


def start_server(
    store: str | os.PathLike[str],
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout_s: int = 30,
    cors: bool = False,
    wait_s: float = 20.0,
) -> subprocess.Popen:
    """Start the read-only endpoint and wait until it answers; returns the server process.

    Raises:
        KgError: the store folder does not exist, or the server does not come up in time.
    """
    if not Path(store, "CURRENT").is_file():
        raise KgError(f"{store}: no store there (build one with kg build)")
    process = subprocess.Popen(
        server_command(store, host, port, timeout_s, cors), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + wait_s
    url = f"http://{host}:{port}/query?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = process.stderr.read().decode(errors="replace").strip() if process.stderr else ""
            raise KgError(f"the SPARQL server stopped at start ({error or 'exit ' + str(process.returncode)})")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return process
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    stop_server(process)
    raise KgError(f"the SPARQL server did not answer on {host}:{port} within {wait_s:.0f} s")


def stop_server(process: subprocess.Popen, grace_s: float = 10.0) -> int:
    """Ask the server to stop (SIGTERM), and kill it if it has not within `grace_s`; returns its exit code."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(grace_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode
