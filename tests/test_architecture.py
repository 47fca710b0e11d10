"""Data flows one way: files -> readers -> model -> scoring -> reports, with the CLI on top.

Each private module sits in a layer; no module may import (even inside a
function) a module of a higher layer. Scoring and comparison never read
files, and the command line speaks only to the public namespace. A new
module must be given a layer here.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "gapcheck"

LAYERS = {
    "gapcheck._version": 0,
    "gapcheck._errors": 0,
    "gapcheck._ids": 0,
    "gapcheck._bounds": 0,
    "gapcheck._text": 0,
    "gapcheck._outputs": 1,
    "gapcheck._treaties": 1,
    "gapcheck._checklist": 1,
    "gapcheck._profile": 1,
    "gapcheck._tailoring": 1,
    "gapcheck._crosswalks": 1,
    "gapcheck._checklist_files": 2,
    "gapcheck._diff": 2,
    "gapcheck._readers": 2,
    "gapcheck._versions": 2,
    "gapcheck._sources": 2,
    "gapcheck._template": 2,
    "gapcheck._result": 3,
    "gapcheck._xccdf": 3,
    "gapcheck._scoring": 3,
    "gapcheck._compare": 4,
    "gapcheck._dual_criminality": 4,
    "gapcheck._progress": 4,
    "gapcheck._projection": 4,
    "gapcheck._reports": 5,
    "gapcheck._api": 6,
    "gapcheck": 6,
    "gapcheck._cli": 7,
    "gapcheck.__main__": 7,
}
"""model (1) -> readers (2) -> scoring (3) -> comparison (4) -> reports (5) -> public API (6) -> command line (7)."""

READING = 2
"""The layer that reads files; scoring (3) and comparison (4) never import it."""

CLI_MAY_IMPORT = {"gapcheck", "gapcheck._errors", "gapcheck._version"}
"""The command line is a thin layer: the public namespace, the exception tree and the version, nothing else."""


def _layer(module: str) -> int:
    parts = module.split(".")
    for size in range(len(parts), 0, -1):
        prefix = ".".join(parts[:size])
        if prefix in LAYERS:
            return LAYERS[prefix]
    raise AssertionError(f"{module} has no layer in tests/test_architecture.py")


def _module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("gapcheck"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("gapcheck"))
    return found


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_layer():
    for path in _modules():
        _layer(_module_name(path))


def test_no_module_imports_a_layer_above_it():
    upward = [
        f"{_module_name(path)} imports {imported}"
        for path in _modules()
        for imported in _imports(path)
        if _layer(imported) > _layer(_module_name(path))
    ]
    assert upward == []


def test_scoring_and_comparison_never_import_the_readers():
    reading = [
        f"{_module_name(path)} imports {imported}"
        for path in _modules()
        if _layer(_module_name(path)) in (3, 4)
        for imported in _imports(path)
        if _layer(imported) == READING
    ]
    assert reading == []


def test_the_command_line_imports_only_the_public_namespace():
    beyond = [
        f"{_module_name(path)} imports {imported}"
        for path in sorted((PACKAGE / "_cli").rglob("*.py")) + [PACKAGE / "__main__.py"]
        for imported in _imports(path)
        if imported not in CLI_MAY_IMPORT and not imported.startswith("gapcheck._cli")
    ]
    assert beyond == []


def test_checklists_are_data_not_code_and_have_one_home():
    assert not list((PACKAGE.parent / "checklists").rglob("*.py"))
    assert not (PACKAGE / "checklists").exists()  # one copy in the tree: the top-level folder
