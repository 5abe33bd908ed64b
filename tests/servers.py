"""Real SPARQL servers on loopback for the remote-store tests: Oxigraph server (PyPI) and Virtuoso 7
(Debian package virtuoso-opensource). Each is started in a temporary folder and stopped afterwards."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from kg.serve import oxigraph_binary

VIRTUOSO_PASSWORD = "KgTestAdmin42"  # replaces the default dba password
WRITER, WRITER_PASSWORD = "kgwriter", "KgTestWriter42"  # the account kg writes with (SPARQL_UPDATE role)


class ServerExited(RuntimeError):
    """The server stopped before it answered."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerExited(f"the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers, even if not 200
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise RuntimeError(f"no answer from {url} within {seconds} s")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def start_oxigraph(folder: Path) -> tuple[str, subprocess.Popen]:
    """An Oxigraph server with updates enabled and the union of graphs as default graph."""
    port = free_port()
    process = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", process)
    return f"http://127.0.0.1:{port}/query", process


def virtuoso_binary() -> str | None:
    return shutil.which("virtuoso-t") or next(
        (p for p in ("/usr/bin/virtuoso-t", "/usr/lib/virtuoso-opensource-7/bin/virtuoso-t") if os.path.exists(p)), None
    )


def start_virtuoso(folder: Path, attempts: int = 3) -> tuple[str, subprocess.Popen]:
    """A Virtuoso 7 in `folder`, on free ports, whose dba password is changed from the default.

    A port found free may be taken before Virtuoso listens on it (it then exits: "Failed HTTP listen"), so a
    start that exits is tried again, on other ports, in a fresh folder."""
    for attempt in range(1, attempts + 1):
        try:
            return _start_virtuoso(folder / f"start{attempt}")
        except ServerExited:
            if attempt == attempts:
                raise
    raise AssertionError("unreachable")


def _start_virtuoso(folder: Path) -> tuple[str, subprocess.Popen]:
    sql_port, http_port = free_port(), free_port()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "virtuoso.ini").write_text(
        f"""
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {folder}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
MaxClientConnections = 4
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
DefaultQuery = select distinct ?Concept where {{[] a ?Concept}} LIMIT 100
""",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [virtuoso_binary(), "+foreground", "+configfile", str(folder / "virtuoso.ini")],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for(f"http://127.0.0.1:{http_port}/sparql?query=ASK%7B%7D", process, 120)
    isql = shutil.which("isql-vt") or shutil.which("isql") or "/usr/bin/isql-vt"

    def sql(password: str, statements: str) -> None:
        done = subprocess.run(
            [isql, f"127.0.0.1:{sql_port}", "dba", password, f"exec={statements}"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        if done.returncode or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql failed: {done.stdout[-300:]} {done.stderr[-300:]}")

    sql("dba", f'set password "dba" "{VIRTUOSO_PASSWORD}";')  # quoted: identifiers are upper-cased
    sql(
        VIRTUOSO_PASSWORD,
        f"DB.DBA.USER_CREATE('{WRITER}', '{WRITER_PASSWORD}'); "
        f"GRANT SPARQL_UPDATE TO \"{WRITER}\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET('{WRITER}', 7);",
    )
    return f"http://127.0.0.1:{http_port}/sparql", process
