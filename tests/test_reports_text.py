"""Plain-text tables and issue lists printed by the command line."""

from __future__ import annotations

from gapcheck._errors import Issue
from gapcheck._reports._text import issues_table, render_table


def test_a_table_that_fits_is_printed_on_one_line_per_row():
    text = render_table(("a", "b"), [("one", "two")], max_width=40)
    assert text.splitlines() == ["a    b", "---  ---", "one  two"]


def test_a_wide_column_wraps_at_spaces_to_fit_the_width():
    text = render_table(("code", "problem"), [("x", "the quick brown fox jumps over the lazy dog")], max_width=20)
    assert all(len(line) <= 20 for line in text.splitlines())
    assert " ".join(text.split()[4:]) == "x the quick brown fox jumps over the lazy dog"


def test_a_word_is_never_broken_even_when_the_table_cannot_fit():
    text = render_table(("code", "problem"), [("checklist-not-found", "short")], max_width=10)
    assert "checklist-not-found" in text


def test_issues_of_several_files_are_grouped_under_each_file_name():
    long_name = "/a/very/long/folder/name/that/would/never/fit/in/a/column/xkz-broken.json"
    issues = [Issue("invalid-status", "'maybe' is not a status.", file=long_name, pointer="/answers/0/status"),
              Issue("unanswered-items", "3 items unanswered.", severity="warning", file="other.xlsx"),
              Issue("invalid-status", "'perhaps' is not a status.", file=long_name, pointer="/answers/2/status")]
    text = issues_table(issues)
    assert text.count(f"In {long_name}:") == 1 and text.count("In other.xlsx:") == 1
    block = text.split("In other.xlsx:")[0]
    assert "'maybe'" in block and "'perhaps'" in block


def test_an_issue_tied_to_no_file_comes_first_without_a_heading():
    issues = [Issue("unknown-item", "No such item.", file="p.xlsx", row=3),
              Issue("bad-option", "No such model.")]
    text = issues_table(issues)
    assert text.startswith("severity") and text.index("bad-option") < text.index("In p.xlsx:")


def test_an_issue_about_a_whole_file_says_so():
    text = issues_table([Issue("empty-file", "The file is empty.", file="p.csv")])
    assert "whole file" in text


def test_a_header_wider_than_its_column_wraps_with_it():
    text = render_table(("rank", "assessed %"), [("1", "100.0")], max_width=13)
    assert text.splitlines()[:2] == ["rank  assessed", "      %"]


def test_a_location_never_starts_a_line_with_its_separator():
    text = render_table(("where", "problem"), [("row 2 › status", "x")], max_width=12)
    assert not any(line.lstrip().startswith("›") for line in text.splitlines())
    assert "\u00a0" not in text


def test_a_narrow_terminal_lists_each_issue_as_a_block():
    issue = Issue("invalid-status", "'maybe' is not a status.", file="p.csv", row=3, column="Status",
                  hint="Use full, partial, planned, none, not_applicable or unknown.")
    text = issues_table([issue], max_width=60)
    assert text.splitlines() == ["In p.csv:", "error invalid-status at row 3 › Status",
                                 "  'maybe' is not a status.",
                                 "  What to do: Use full, partial, planned, none,",
                                 "  not_applicable or unknown."]
