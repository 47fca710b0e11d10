"""The public namespace: what `import gapcheck` promises."""

from __future__ import annotations

import importlib

import gapcheck


def test_every_exported_name_resolves():
    for name in gapcheck.__all__:
        assert getattr(gapcheck, name) is not None, name


def test_exports_are_exactly_the_documented_list():
    assert sorted(gapcheck.__all__) == sorted(set(gapcheck.__all__))
    assert set(dir(gapcheck)) == set(gapcheck.__all__)


def test_exceptions_share_one_root():
    for name in ("ChecklistError", "UnknownChecklistError", "ProfileError", "ComparisonError", "InvalidArgumentError",
                 "OutputError"):
        assert issubclass(getattr(gapcheck, name), gapcheck.GapcheckError)


def test_unknown_attribute_raises_attribute_error():
    try:
        gapcheck.no_such_name  # noqa: B018
    except AttributeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")


def test_private_modules_are_not_exported():
    assert not any(name.startswith("_") and name != "__version__" for name in gapcheck.__all__)


def test_version_matches_the_package_metadata():
    metadata = importlib.import_module("importlib.metadata")
    assert metadata.version("gapcheck") == gapcheck.__version__


def test_every_exported_class_and_function_reports_gapcheck_as_its_module():
    """Tracebacks, help() and Sphinx show ``gapcheck.Result``, never the private module behind it."""
    for name in gapcheck.__all__:
        value = getattr(gapcheck, name)
        if isinstance(value, type) or callable(value):
            assert value.__module__ == "gapcheck", name

