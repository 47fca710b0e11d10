"""The wheel carries everything gapcheck needs: checklists, schemas and treaty data."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment holding only the gapcheck wheel (dependencies borrowed by path)."""
    root = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(root), str(REPO)],
        check=True, timeout=300,
    )
    wheel = next(root.glob("gapcheck-*.whl"))
    env = root / "env"
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, timeout=300)
    # Dependencies (pandas, openpyxl, ...) come from the test environment; gapcheck itself only from the wheel.
    (site / "_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def _run(python: Path, code: str, cwd: Path) -> str:
    result = subprocess.run([str(python), "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.slow
def test_wheel_lists_and_loads_the_bundled_checklist(installed: Path, tmp_path: Path):
    out = _run(installed, (
        "import gapcheck, pathlib\n"
        "print(pathlib.Path(gapcheck.__file__).parent)\n"
        "print([c.ref for c in gapcheck.list_checklists()])\n"
        "c = gapcheck.load_checklist('eg-cybercrime-2018')\n"
        "print(len(c.items), len(c.scored_items), c.ref)\n"
        "from gapcheck._checklist_files import known_valid\n"
        "print(c.sha256 in known_valid())\n"
    ), tmp_path)
    where, refs, counts, listed = out.splitlines()
    assert str(REPO) not in where
    for ref in ("eg-cybercrime-2018@1.0.0", "eg-cybercrime-2018@1.1.0", "budapest-2001@1.0.0"):
        assert ref in refs
    assert counts.split() == ["58", "46", "eg-cybercrime-2018@1.1.0"]
    assert listed == "True"  # the list of validated files ships with them


@pytest.mark.slow
def test_wheel_ships_the_schemas(installed: Path, tmp_path: Path):
    out = _run(installed, (
        "from importlib import resources\n"
        "print(sorted(p.name for p in (resources.files('gapcheck') / 'schemas').iterdir()))\n"
    ), tmp_path)
    assert "checklist.schema.json" in out and "profile.schema.json" in out and "report.schema.json" in out
