"""A SPARQL 1.1 Protocol endpoint over the store, served by the Oxigraph server.

The `oxigraph` package on PyPI ships the Oxigraph server binary. By default its read-only mode opens the same
store folder as `kg`, answers SPARQL queries (with the union of all graphs as the default graph), refuses
updates, applies a query timeout, and serves a query page (YASGUI) at its root for the browser; `kg build`
must not write to the store while it runs.

With `memory=True` the server holds a copy of the store in memory instead: the binary's in-memory server is
started, and the store is dumped (`oxigraph dump`) and streamed into it in one transaction before the
endpoint is announced. The on-disk engine keeps RocksDB's default block cache, which pyoxigraph and the
binary do not let us size, so a query that reads thousands of statements decompresses the same blocks again
and again; in memory the canned queries run 1.6 to 7 times as fast at a million triples (README,
"Performance"). The price: the copy takes about 10 s and 350 MB per million triples to make, it is a
snapshot (a later build is seen after a restart; the build may write meanwhile), and the in-memory server is
Oxigraph's read-write one, so an update sent to it changes the copy (never the store on disk).
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


def server_command(
    store: str | os.PathLike[str], host: str, port: int, timeout_s: int, cors: bool, memory: bool = False
) -> list[str]:
    """The command line that serves `store` read-only on host:port (or, with `memory`, an empty in-memory
    server for a copy of it).

    >>> server_command("s", "127.0.0.1", 7878, 30, False)[1:]  # doctest: +NORMALIZE_WHITESPACE
    ['serve-read-only', '--location', 's', '--bind', '127.0.0.1:7878', '--union-default-graph', '--timeout-s', '30']
    >>> server_command("s", "127.0.0.1", 7878, 30, True, memory=True)[1:]  # doctest: +NORMALIZE_WHITESPACE
    ['serve', '--bind', '127.0.0.1:7878', '--union-default-graph', '--timeout-s', '30', '--cors']
    """
    mode = ["serve"] if memory else ["serve-read-only", "--location", str(store)]
    command = [
        oxigraph_binary(),
        *mode,
        "--bind",
        f"{host}:{port}",
        "--union-default-graph",
        "--timeout-s",
        str(timeout_s),
    ]
    return command + (["--cors"] if cors else [])


def copy_into_server(store: str | os.PathLike[str], url: str, chunk: int = 1 << 20) -> None:
    """Stream every quad of the on-disk `store` into the (empty, in-memory) Oxigraph server at `url`.

    `oxigraph dump` writes N-Quads to a pipe and they are POSTed to the server's Graph Store endpoint as they
    come, so neither side holds the text; the server loads the request in one transaction, so a query sees
    the whole copy or nothing. The dump opens the store read-only, as the on-disk server does: `kg build`
    must not write to it until the copy is made (afterwards it may).

    Raises:
        KgError: the dump fails, or the server refuses the data.
    """
    dump = subprocess.Popen(
        [oxigraph_binary(), "dump", "--location", str(store), "--format", "application/n-quads"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert dump.stdout is not None and dump.stderr is not None
    body = iter(lambda: dump.stdout.read(chunk), b"")
    request = urllib.request.Request(
        f"{url}/store", data=body, method="POST", headers={"Content-Type": "application/n-quads"}
    )
    refused = None
    try:
        with urllib.request.urlopen(request):
            pass
    except urllib.error.HTTPError as exc:
        refused = f"{exc.code} {exc.read().decode(errors='replace').strip()[:300]}"
    except (urllib.error.URLError, ConnectionError) as exc:
        refused = str(exc)
    finally:
        dump.stdout.close()
        if dump.poll() is None and refused is not None:
            dump.kill()
        error = _first_line(dump.stderr.read())
        dump.stderr.close()
        dump.wait()
    if dump.returncode != 0 and not (refused and dump.returncode < 0):  # (not the dump we stopped ourselves)
        raise KgError(f"{store}: could not read the store to copy it ({error or 'exit ' + str(dump.returncode)})")
    if refused:
        raise KgError(f"{store}: the in-memory server refused the copy ({refused})")


def start_server(
    store: str | os.PathLike[str],
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout_s: int = 30,
    cors: bool = False,
    wait_s: float = 20.0,
    memory: bool = False,
) -> subprocess.Popen:
    """Start the endpoint and wait until it answers (with `memory`, until it holds the copy of the store);
    returns the server process.

    Raises:
        KgError: the store folder does not exist, the server does not come up in time, or the copy fails.
    """
    if not Path(store, "CURRENT").is_file():
        raise KgError(f"{store}: no store there (build one with kg build)")
    process = subprocess.Popen(
        server_command(store, host, port, timeout_s, cors, memory), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        _wait_until_answering(process, host, port, wait_s)
        if memory:
            copy_into_server(store, f"http://{host}:{port}")
    except BaseException:  # an error, or Ctrl-C while waiting or copying: leave no server behind
        stop_server(process)
        raise
    return process


def _wait_until_answering(process: subprocess.Popen, host: str, port: int, wait_s: float) -> None:
    """Poll the endpoint until it answers a query; raise KgError if it exits or does not answer in time."""
    deadline = time.monotonic() + wait_s
    url = f"http://{host}:{port}/query?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = _first_line(process.stderr.read()) if process.stderr else ""
            raise KgError(f"the SPARQL server stopped at start ({error or 'exit ' + str(process.returncode)})")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise KgError(f"the SPARQL server did not answer on {host}:{port} within {wait_s:.0f} s")


def _first_line(stderr: bytes) -> str:
    """The message of an Oxigraph error, without the stack trace it adds when RUST_BACKTRACE is set."""
    lines = [line.strip() for line in stderr.decode(errors="replace").splitlines() if line.strip()]
    return lines[0] if lines else ""


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
