"""Docs that cannot drift: the README names every command, canned query and exit code, and CI runs the
README's test command."""

from __future__ import annotations

import re
import zipfile

from kg.cli import main
from kg.queries import canned_queries

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def first_commands() -> list[str]:
    return re.findall(r"```bash\n(.+?)\n```", README, re.S)[:2]


def test_readme_starts_with_the_two_setup_commands():
    install_and_run, run_tests = first_commands()
    assert "pip install ." in install_and_run and "kg build examples/corpus" in install_and_run
    assert "kg query who-said-what" in install_and_run
    assert "pip install '.[test]'" in run_tests and run_tests.endswith("pytest")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert first_commands()[1] in ci.splitlines()


def test_every_command_is_documented():
    for name in main.commands:
        assert f"kg {name}" in README, name


def test_every_canned_query_is_documented():
    for name in canned_queries():
        assert f"`{name}`" in README, name


def test_exit_codes_are_documented():
    for code in ("`0` ok", "`1`", "`2` usage error", "`3` input or runtime error"):
        assert code in README


def test_the_wheel_ships_the_ontology_and_the_queries(tmp_path):
    import subprocess
    import sys

    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    [wheel] = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kg/_data/ontology/shapes.ttl" in names
    assert "kg/_data/queries/who-said-what.rq" in names
    assert "loaders/data/states.tsv" in names
