"""A batch of assessments: what may be given as sources, and the choices of model and scope."""

from __future__ import annotations

import pytest

from gapcheck import GapcheckError, InvalidArgumentError, compare, progress
from tests.conftest import EXAMPLES


@pytest.mark.parametrize("sources", [None, 5, [str(EXAMPLES / "aurelia.xlsx"), 5]])
def test_sources_that_are_not_files_or_profiles_are_an_invalid_argument(sources):
    with pytest.raises(InvalidArgumentError) as caught:
        compare(sources)
    assert {issue.code for issue in caught.value.issues} == {"not-a-source"}


def test_an_unknown_model_in_compare_is_a_value_error_as_in_score():
    with pytest.raises(ValueError) as caught:
        compare(EXAMPLES, model="weighted")
    assert isinstance(caught.value, GapcheckError) and caught.value.issues[0].code == "unknown-model"


def test_an_unknown_scope_in_progress_is_an_invalid_argument():
    with pytest.raises(InvalidArgumentError):
        progress(EXAMPLES / "history" / "deltaria-2024.xlsx", EXAMPLES / "deltaria.xlsx", scope="statutes")
