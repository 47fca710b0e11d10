"""The README is true: its generated tables are current and its examples run exactly as written.

Every ``gapcheck`` command of a ``sh`` block and every ``python`` block is run in a scratch folder holding a copy
of ``examples/`` and ``checklists/``; a ``text`` block that shows a ``$ gapcheck ...`` command is run too, and every
line it shows (other than ``...``) must be in what the command prints. The quick start's install line and the
development commands are left out: they install packages.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

sys.path.insert(0, str(REPO / "docs"))

import readme_tables  # noqa: E402

README = (REPO / "README.md").read_text(encoding="utf-8")
_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.DOTALL | re.MULTILINE)


def _blocks(language: str) -> list[str]:
    return [body for lang, body in _BLOCK.findall(README) if lang == language]


def _commands() -> list[str]:
    """Every gapcheck command of the README's sh blocks, comments stripped, in order."""
    found = []
    for body in _blocks("sh"):
        for line in body.splitlines():
            words = shlex.split(line, comments=True)
            if words[:1] == ["gapcheck"]:
                found.append(shlex.join(words))
    return found


def _shown() -> list[tuple[str, list[str]]]:
    """(command, lines shown) for every text block that starts with ``$ gapcheck``."""
    found = []
    for body in _blocks("text"):
        first, _, rest = body.partition("\n")
        if first.startswith("$ gapcheck"):
            found.append((first[2:], [line.rstrip() for line in rest.splitlines() if line.strip()]))
    return found


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder like a fresh clone's, where the README's commands are typed."""
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(REPO / "examples", folder / "examples", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "checklists", folder / "checklists")
    return folder


def _run(command: str, folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "COLUMNS": "120", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(command, shell=True, cwd=folder, env=env, capture_output=True, text=True, timeout=300,
                          check=False)


@pytest.mark.parametrize("name", sorted(readme_tables.TABLES))
def test_the_generated_tables_are_current(name: str):
    assert readme_tables.current(README, name) == readme_tables.TABLES[name](), \
        f"the {name} table is out of date: run python docs/readme_tables.py"


def test_the_quick_start_is_two_command_lines():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = [body for lang, body in _BLOCK.findall(quick) if lang == "sh"]
    assert len(blocks) == 1 and len(blocks[0].strip().splitlines()) == 2
    assert "gapcheck score examples/" in blocks[0] and "pytest" in blocks[0]


@pytest.mark.slow
def test_every_gapcheck_command_of_the_readme_runs(scratch: Path):
    commands = _commands()
    assert len(commands) >= 10
    failed = {}
    for command in commands:
        done = _run(command, scratch)
        if done.returncode != 0:
            failed[command] = (done.returncode, done.stderr[-800:])
    assert failed == {}


@pytest.mark.slow
def test_every_python_example_of_the_readme_runs(scratch: Path):
    blocks = _blocks("python")
    assert blocks
    failed = {}
    for number, body in enumerate(blocks):
        script = scratch / f"readme_example_{number}.py"
        script.write_text(body, encoding="utf-8")
        done = _run(f"{shlex.quote(sys.executable)} {script.name}", scratch)
        if done.returncode != 0:
            failed[number] = done.stderr[-800:]
    assert failed == {}


@pytest.mark.slow
def test_the_output_the_readme_shows_is_what_gapcheck_prints(scratch: Path):
    shown = _shown()
    assert shown
    wrong = {}
    for command, lines in shown:
        done = _run(command, scratch)
        printed = {line.rstrip() for line in (done.stdout + done.stderr).splitlines()}
        missing = [line for line in lines if line != "..." and line not in printed]
        if missing:
            wrong[command] = missing
    assert wrong == {}
