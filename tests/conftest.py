"""Shared fixtures: the bundled checklist and the test data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def checklist():
    """The bundled checklist, newest version."""
    from gapcheck import load_checklist

    return load_checklist("eg-cybercrime-2018")


@pytest.fixture()
def data_dir() -> Path:
    return DATA


@pytest.fixture(autouse=True)
def fixed_terminal_width(monkeypatch):
    """Command-line tables wrap to the terminal; a fixed width keeps what the tests read the same on every machine."""
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("LINES", "50")
