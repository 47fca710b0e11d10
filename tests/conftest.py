"""Shared fixtures (the bundled checklist, the test data folder) and the one hypothesis settings profile.

Tests that need another number of examples say so with ``@settings(max_examples=N)``; everything else
(no deadline, the health checks that do not apply, fixed examples in CI) is set here once.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "gapcheck",
    deadline=None,  # reading and writing workbooks takes as long as it takes on a busy machine
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    max_examples=25,
)
settings.register_profile("ci", settings.get_profile("gapcheck"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "gapcheck")
"""On a developer's machine every run explores new examples, which is how the property tests find new cases;
in CI (``CI`` set, as .ci/run sets it) the examples are the same on every run, so that a submission is judged on
what it changed, not on which random case a run happened to try."""

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
