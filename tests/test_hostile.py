"""Reliability at the limits: whatever a user gives the command line, it ends with a located issue, quickly.

Each hostile input is generated here, at test time (nothing large is
committed), and run through the command line as a user would: exit status 1
(problems listed) or 2 (usage), never 3 (an internal error), never a
traceback, within a time bound about ten times what was measured on a
2-core machine. Where a hang or noise at the end of the process must be
caught, the command runs in a subprocess.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import subprocess
import sys
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import gapcheck
from gapcheck._bounds import LIMITS, MAX_COLUMNS, MAX_DEPTH
from gapcheck._cli import main
from gapcheck._errors import CATALOGUE, Issue, ProfileError
from gapcheck._readers import profile_from_dict
from tests.conftest import DATA, EXAMPLES, REPO
from tests.data.profiles.make_hostile import CONTENT_TYPES, ROOT_RELS, SHEET_CLOSE, SHEET_OPEN, WORKBOOK

MINI = DATA / "profiles" / "mini-checklist.yaml"
HOSTILE = DATA / "profiles" / "hostile"
NOISE = ("Traceback", "internal error", "Exception ignored")


@pytest.fixture(autouse=True)
def no_debugging(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GAPCHECK_DEBUG", raising=False)


def run(capsys: pytest.CaptureFixture[str], *args: object, limit: float = 10.0,
        codes: Sequence[int] = (1, 2)) -> str:
    """Run the command line in this process; check its exit status, its output and its time; return the output."""
    started = time.perf_counter()
    status = main([str(arg) for arg in args])
    elapsed = time.perf_counter() - started
    out, err = capsys.readouterr()
    output = out + err
    assert status in codes, output
    assert not any(noise in output for noise in NOISE), output
    assert elapsed < limit, f"{elapsed:.1f} s"
    return output


def run_apart(*args: object, cwd: Path, limit: float = 60.0, env: dict[str, str] | None = None,
              codes: Sequence[int] = (1, 2)) -> str:
    """Run the command line in a process of its own: a hang is a timeout, noise at exit is seen."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "gapcheck", *map(str, args)], cwd=cwd, capture_output=True,
                          timeout=limit, env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})})
    elapsed = time.perf_counter() - started
    output = (done.stdout + done.stderr).decode("utf-8", "replace")
    assert done.returncode in codes, output
    assert not any(noise in output for noise in NOISE), output
    assert elapsed < limit
    return output


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows(rows)
    return path


def profile_json(path: Path, **changes: object) -> Path:
    """A small valid JSON profile of the mini checklist, with ``changes`` merged in."""
    data: dict[str, object] = {"format": 1, "checklist": "mini-checklist@1.0.0",
                               "jurisdiction": {"name": "Aurelia", "code": "XAU"},
                               "answers": [{"item": "9.a", "status": "full"}, {"item": "10.f.vii", "status": "full"}]}
    data.update(changes)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# --- patterns that could backtrack: cells long enough to take minutes, if any did --------------

RUN = "a/" * 65_000
"""130,000 characters of word characters and slashes: once over a minute and a half to refuse."""

BAD_ROW = ["Aurelia", "9.b", "maybe", "", ""]
"""A mistyped status, so that every file below has an error, whatever its long cell does."""


@pytest.mark.parametrize("place", ["item", "status", "provisions", "date", "code", "header", "label", "parens",
                                   "brackets", "five-cells"])
def test_a_csv_cell_of_a_long_run_is_refused_or_read_in_seconds(tmp_path: Path, capsys, place: str) -> None:
    header = ["Jurisdiction", "Item", "Status", "Provisions", "Code", "Assessed on"]
    row = ["Aurelia", "9.a", "full", "Act, s. 1", "XAU", "2024-03-01"]
    above: list[list[str]] = []
    if place in ("item", "status", "provisions", "code"):
        row[header.index(place.capitalize())] = RUN
    elif place == "date":
        row[5] = RUN
    elif place == "header":
        header.append(RUN)
    elif place == "label":
        above = [[RUN, "x"], ["Date of assessment", RUN[:100_000]]]
    elif place == "parens":
        header.append("(" * 130_000)
    elif place == "brackets":
        header.append("[" * 65_000 + "(" * 65_000)
    else:
        row = ["Aurelia"] + ["a/" * 30_000] * 5
    path = write_csv(tmp_path / f"{place}.csv", [*above, header, row, BAD_ROW + ["XAU", "2024-03-01"]])
    output = run(capsys, "validate", path, "-c", MINI)
    assert "error" in output


def test_a_workbook_of_twenty_cells_of_32000_characters_is_refused_in_seconds(tmp_path: Path, capsys) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Assessment"
    for index in range(20):
        sheet.append(["w/" * 16_000, "(" * 32_000, "[x" * 16_000])
        if index == 3:
            sheet.append(["Jurisdiction", "Item", "Status"])
            sheet.append(["Aurelia", "9.a", "maybe"])
    book.save(tmp_path / "long-cells.xlsx")
    assert "invalid-status" in run(capsys, "validate", tmp_path / "long-cells.xlsx", "-c", MINI)


def test_a_checklist_of_long_citations_and_ids_is_refused_in_seconds(tmp_path: Path, capsys) -> None:
    text = MINI.read_text(encoding="utf-8").replace('id: "9.a", citation: "E/CN.15/2018/12, para. 9 (a)"',
                                                    f'id: "{"9.a" * 20_000}", citation: "{RUN}"')
    (tmp_path / "long.yaml").write_text(text, encoding="utf-8")
    assert "checklist-schema" in run(capsys, "checklist", "validate", tmp_path / "long.yaml")


# --- linear time, checked: every pattern read through the public reader, at n and 4n characters ---

ALPHABETS = ["a", "aZ09_", "a/", "/", "(", "(a", "[", "[(", "0.", "1-", "1/", "9 (", "para ", "art.", " ", ";",
             ";\n", "\n", ".", "-", "_x0041_", "?", "\u2713", "\ud800a", "\x0b"]
PLACES = ["csv:item", "csv:status", "csv:provisions", "csv:notes", "csv:jurisdiction", "csv:code", "csv:date",
          "csv:header", "csv:label", "csv:label-value", "json:item", "json:status", "json:assessed_on", "json:code",
          "json:name", "json:provisions", "json:key"]


def _hostile_file(folder: Path, place: str, text: str) -> Path:
    """A profile whose ``place`` holds ``text``; every other value good."""
    kind, _, where = place.partition(":")
    if kind == "json":
        data: dict[str, object] = {"format": 1, "checklist": "mini-checklist@1.0.0",
                                   "jurisdiction": {"name": "Aurelia", "code": "XAU"}, "assessed_on": "2024-03-01",
                                   "answers": [{"item": "9.a", "status": "full", "provisions": ["Act"]}]}
        answer = data["answers"][0]  # type: ignore[index]
        if where in ("item", "status"):
            answer[where] = text
        elif where == "provisions":
            answer["provisions"] = [text, text]
        elif where in ("name", "code"):
            data["jurisdiction"][where] = text  # type: ignore[index]
        elif where == "key":
            answer[text] = 1
        else:
            data[where] = text
        path = folder / "p.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        return path
    text = text.encode("utf-8", "replace").decode("utf-8")  # a CSV file is UTF-8: no lone surrogate in it
    header = ["Jurisdiction", "Code", "Assessed on", "Item", "Status", "Provisions", "Notes"]
    row = ["Aurelia", "XAU", "2024-03-01", "9.a", "full", "Act", ""]
    above: list[list[str]] = []
    columns = {"jurisdiction": 0, "code": 1, "date": 2, "item": 3, "status": 4, "provisions": 5, "notes": 6}
    if where in columns:
        row[columns[where]] = text
    elif where == "header":
        header.append(text)
    elif where == "label":
        above = [[text, "x"]]
    else:
        above = [["Date of assessment", text]]
    return write_csv(folder / "p.csv", [*above, header, row])


def _seconds(folder: Path, place: str, text: str) -> float:
    """The best of two readings, each of a text of its own (the readers remember texts they have read)."""
    best = float("inf")
    for again in "xy":
        path = _hostile_file(folder, place, text[:-1] + again)
        started = time.perf_counter()
        gapcheck.validate_profile(path, MINI)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("place", PLACES)
def test_reading_a_long_run_at_any_place_takes_time_linear_in_its_length(tmp_path: Path, place: str) -> None:
    """Every place, with the runs that once took minutes: word characters and slashes, brackets, digits."""
    for unit in ("a/", "(", "[(", "1-", "9 (", "art."):
        small = _seconds(tmp_path, place, unit * 5_000)
        large = _seconds(tmp_path, place, unit * 20_000)
        assert large < 8 * small + 0.25, (place, unit, small, large)  # linear gives 4x; quadratic 16x


@settings(max_examples=30)
@given(place=st.sampled_from(PLACES), alphabet=st.sampled_from(ALPHABETS), seed=st.integers(0, 2**16))
def test_reading_any_long_run_takes_time_linear_in_its_length(tmp_path: Path, place: str, alphabet: str,
                                                              seed: int) -> None:
    rng = random.Random(seed)
    unit = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
    size = 15_000
    small = _seconds(tmp_path, place, (unit * size)[:size])
    large = _seconds(tmp_path, place, (unit * 4 * size)[:4 * size])
    assert large < 8 * small + 0.25, (place, unit, small, large)  # linear gives 4x; quadratic 16x


# --- nesting: checklists and profiles thousands of levels deep --------------------------------


@pytest.mark.parametrize(("name", "text"), [
    ("flow.yaml", "[" * 5_000 + "]" * 5_000),
    ("block.yaml", "".join("  " * level + "-\n" for level in range(1_500))),
    ("mapping.yaml", "".join("  " * level + f"k{level}:\n" for level in range(1_500))),
    ("deep.json", "[" * 5_000 + "]" * 5_000),
    ("object.json", '{"a":' * 3_000 + "1" + "}" * 3_000),
])
def test_a_checklist_nested_thousands_deep_is_too_deeply_nested(tmp_path: Path, capsys, name: str,
                                                               text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert "too-deeply-nested" in run(capsys, "checklist", "validate", path)
    assert "too-deeply-nested" in run(capsys, "score", EXAMPLES / "aurelia.xlsx", "-c", path)


def test_a_profile_whose_status_nests_400_deep_is_too_deeply_nested_at_the_status(tmp_path: Path, capsys) -> None:
    deep = json.loads("[" * 400 + '"full"' + "]" * 400)
    path = profile_json(tmp_path / "deep.json", answers=[{"item": "9.a", "status": deep}])
    good = profile_json(tmp_path / "good.json", jurisdiction={"name": "Borealis", "code": "XBO"})
    output = run(capsys, "validate", "--format", "json", path, "-c", MINI)
    assert [(i["code"], i["pointer"]) for i in json.loads(output)] == [("too-deeply-nested", "/answers/0/status")]
    run(capsys, "score", path, "-c", MINI)
    run(capsys, "compare", path, good, "-c", MINI, codes=(1,))


def test_a_profile_nested_without_end_from_python_is_one_issue() -> None:
    endless: list[object] = []
    endless.append(endless)
    with pytest.raises(ProfileError) as raised:
        profile_from_dict({"format": 1, "jurisdiction": {"name": "Aurelia"}, "answers": endless}, MINI)
    assert [(i.code, i.pointer) for i in raised.value.issues] == [("too-deeply-nested", "/answers")]


def test_nesting_up_to_the_bound_is_read_as_a_value_of_the_wrong_type(tmp_path: Path, capsys) -> None:
    status = json.loads("[" * (MAX_DEPTH - 3) + '"full"' + "]" * (MAX_DEPTH - 3))
    path = profile_json(tmp_path / "nested.json", answers=[{"item": "9.a", "status": status}])
    output = run(capsys, "validate", path, "-c", MINI)
    assert "invalid-value" in output and "too-deeply-nested" not in output


# --- text no file can hold ---------------------------------------------------------------------


def _strict_console(monkeypatch: pytest.MonkeyPatch) -> tuple[io.BytesIO, io.BytesIO]:
    """Standard output and error as a UTF-8 console that refuses what it cannot encode, as a terminal does."""
    out, err = io.BytesIO(), io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="utf-8", errors="strict"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(err, encoding="utf-8", errors="strict"))
    return out, err


@pytest.mark.parametrize("args", [
    ["validate", "{p}"], ["validate", "--format", "json", "{p}"], ["score", "{p}", "-o", "{d}/r.xlsx", "-o",
                                                                    "{d}/r.json", "-o", "{d}/r.md"],
    ["compare", "{p}", "{b}", "-o", "{d}/c.json", "-o", "{d}/c.md"], ["dual-criminality", "{p}", "{b}"],
    ["dual-criminality", "{p}", "{b}", "--format", "json"],
])
@pytest.mark.parametrize("where", ["name", "notes", "provisions", "item", "field"])
def test_a_lone_surrogate_anywhere_in_json_never_stops_a_command(tmp_path: Path, monkeypatch, args: list[str],
                                                                 where: str) -> None:
    answer = {"item": "9.a", "status": "full"}
    changes: dict[str, object] = {}
    if where == "name":
        changes["jurisdiction"] = {"name": "Aur\ud800elia", "code": "XAU"}
    elif where == "field":
        changes["unknown\ud800"] = 1
    else:
        answer = {"item": "9.a\ud800", "status": "full"} if where == "item" else \
            {**answer, where: ["Act\udfff"] if where == "provisions" else "n\ud800"}
    if "answers" not in changes:
        changes["answers"] = [answer, {"item": "10.f.vii", "status": "full"}]
    path = profile_json(tmp_path / "odd.json", **changes)
    other = profile_json(tmp_path / "b.json", jurisdiction={"name": "Borealis", "code": "XBO"})
    out, err = _strict_console(monkeypatch)
    status = main([arg.format(p=path, b=other, d=tmp_path) for arg in args] + ["-c", str(MINI)])
    sys.stdout.flush()
    sys.stderr.flush()
    output = (out.getvalue() + err.getvalue()).decode("utf-8")
    assert status == (1 if where in ("item", "field") else 0), output
    assert not any(noise in output for noise in NOISE), output
    for report in tmp_path.glob("*.*"):
        if report.suffix in (".json", ".md"):
            report.read_bytes().decode("utf-8")  # UTF-8 throughout: no surrogate written
        elif report.suffix == ".xlsx":
            assert zipfile.ZipFile(report).testzip() is None


def test_a_file_name_of_bytes_that_are_not_utf8_is_shown_not_refused(tmp_path: Path, monkeypatch) -> None:
    name = os.fsdecode(b"odd-\xff.json")
    path = profile_json(tmp_path / name)
    out, err = _strict_console(monkeypatch)
    assert main(["validate", str(path), "-c", str(MINI)]) == 0
    assert main(["score", str(path), "-c", str(MINI), "-o", str(tmp_path / os.fsdecode(b"r-\xfe.md"))]) == 0
    sys.stdout.flush()
    sys.stderr.flush()
    output = (out.getvalue() + err.getvalue()).decode("utf-8")
    assert "odd-?.json" in output or "odd-\ufffd.json" in output
    assert not any(noise in output for noise in NOISE)


@pytest.mark.parametrize("text", ["Aur\ud800elia", "Act\x0b 1", "x\ufffe", "\udcff"])
def test_every_issue_holds_only_storable_text(text: str) -> None:
    found = Issue("unknown-item", f"{text} is not an item", hint=text, file=text, sheet=text, column=text,
                  pointer=text)
    for value in (found.message, found.hint, found.file, found.sheet, found.column, found.pointer):
        assert value is not None
        value.encode("utf-8")
        assert "\ufffd" in value


# --- paths: links that loop, folders that link to their parents, too many files -----------------


def _loop(folder: Path, name: str) -> Path:
    first, second = folder / name, folder / f"{name}-again"
    first.symlink_to(second.name)
    second.symlink_to(first.name)
    return first


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="needs symbolic links")
def test_a_profile_path_that_is_a_symlink_loop_is_one_issue(tmp_path: Path, capsys) -> None:
    loop = _loop(tmp_path, "loop.xlsx")
    assert "symlink-loop" in run(capsys, "validate", loop)
    assert "symlink-loop" in run(capsys, "score", loop)
    assert "symlink-loop" in run(capsys, "compare", loop, EXAMPLES / "aurelia.xlsx")
    checklist = _loop(tmp_path, "checklist.yaml")
    assert "symlink-loop" in run(capsys, "score", EXAMPLES / "aurelia.xlsx", "-c", checklist)
    assert "symlink-loop" in run(capsys, "checklist", "validate", checklist)
    assert "symlink-loop" in run(capsys, "score", EXAMPLES / "aurelia.xlsx", "--tailoring", checklist)


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="needs symbolic links")
@pytest.mark.parametrize("command", [["score", EXAMPLES / "aurelia.xlsx"],
                                     ["compare", EXAMPLES / "aurelia.xlsx", EXAMPLES / "borealis.xlsx"],
                                     ["template"]])
def test_an_output_path_that_is_a_symlink_loop_is_refused_with_an_issue(tmp_path: Path, capsys,
                                                                       command: list[object]) -> None:
    loop = _loop(tmp_path, "report.xlsx")
    assert "symlink-loop" in run(capsys, *command, "-o", loop)
    folder = _loop(tmp_path, "folder")
    assert "symlink-loop" in run(capsys, *command, "-o", folder / "report.xlsx")


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="needs symbolic links")
def test_a_pattern_over_a_folder_that_links_to_its_parent_ends(tmp_path: Path) -> None:
    folder = tmp_path / "loopdir"
    (folder / "sub").mkdir(parents=True)
    (folder / "calderon.csv").write_bytes((EXAMPLES / "calderon.csv").read_bytes())
    (folder / "sub" / "up").symlink_to("..")
    (folder / "sub" / "top").symlink_to(folder)
    output = run_apart("compare", "loopdir/**/*.csv", cwd=tmp_path, limit=60, codes=(0, 1))
    assert output.count("Calderon") >= 1


def test_a_folder_of_more_files_than_one_command_reads_stops_with_an_issue(tmp_path: Path, capsys,
                                                                          monkeypatch) -> None:
    from gapcheck._readers import _discovery

    monkeypatch.setattr(_discovery, "MAX_INPUT_FILES", 3)
    for index in range(5):
        profile_json(tmp_path / f"p{index}.json", jurisdiction={"name": f"Land {index}", "code": f"XA{'ABCDE'[index]}"})
    assert "too-many-files" in run(capsys, "compare", tmp_path, "-c", MINI, codes=(1,))
    assert "too-many-files" in run(capsys, "compare", f"{tmp_path}/**/*.json", "-c", MINI, codes=(1,))
    assert "too-many-files" in run(capsys, "validate", tmp_path, "-c", MINI, codes=(1,))


@pytest.mark.parametrize("pattern", ["[!].json", "[z-a].json", "[].json", "**/**/**/**/**/*.json",
                                     "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b.json"])
def test_a_glob_pattern_of_any_shape_is_read_as_a_pattern(tmp_path: Path, capsys, pattern: str) -> None:
    profile_json(tmp_path / f"{'a' * 80}.json")
    run(capsys, "validate", f"{tmp_path}/{pattern}", "-c", MINI, codes=(0, 1))


# --- damaged members: one broken file is listed, the batch goes on ------------------------------


def corrupt_member(source: Path, target: Path, member: str) -> Path:
    """A copy of a workbook whose ``member`` has damaged compressed data (its directory left as it was)."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            copy.writestr(info, original.read(info.filename))
    data = bytearray(target.read_bytes())
    with zipfile.ZipFile(target) as archive:
        info = archive.getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 2, start + info.compress_size - 2):
        data[offset] ^= 0x5A
    target.write_bytes(bytes(data))
    return target


def test_a_damaged_properties_part_in_the_output_path_is_not_an_internal_error(tmp_path: Path, capsys) -> None:
    damaged = corrupt_member(EXAMPLES / "aurelia.xlsx", tmp_path / "damaged.xlsx", "docProps/core.xml")
    assert "output-exists" in run(capsys, "score", EXAMPLES / "borealis.xlsx", "-o", damaged)


def test_a_damaged_workbook_in_a_folder_is_listed_and_the_others_compared(tmp_path: Path, capsys) -> None:
    for name in ("aurelia.xlsx", "borealis.xlsx"):
        (tmp_path / name).write_bytes((EXAMPLES / name).read_bytes())
    corrupt_member(EXAMPLES / "deltaria.xlsx", tmp_path / "deltaria.xlsx", "docProps/core.xml")
    corrupt_member(EXAMPLES / "aurelia.xlsx", tmp_path / "broken.xlsx", "xl/worksheets/sheet3.xml")
    output = run(capsys, "compare", tmp_path, codes=(1,))
    assert "Aurelia" in output and "Borealis" in output and "broken.xlsx" in output
    run(capsys, "validate", tmp_path, codes=(1,))


# --- a full disk: one line, nothing left behind, no noise from clean-up ------------------------

_FULL_DISK = """
import errno, io, sys, zipfile
import gapcheck._outputs as outputs

class Full(io.FileIO):
    written = 0
    def write(self, data):
        Full.written += len(data)
        if Full.written > 2_000:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(data)

def opened(self, path, stamp):
    zipfile.ZipFile.__init__(self, Full(path, "w"), "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    self._date_time = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)

outputs._StampedZip.__init__ = opened
from gapcheck._cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("report", ["r.xlsx", "template.xlsx"])
def test_a_report_written_onto_a_full_disk_is_one_line_and_no_traceback(tmp_path: Path, report: str) -> None:
    command = ["template", "-o", report] if report.startswith("template") else \
        ["score", str(EXAMPLES / "aurelia.xlsx"), "-o", report]
    done = subprocess.run([sys.executable, "-c", _FULL_DISK, *command], cwd=tmp_path, capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    output = (done.stdout + done.stderr).decode("utf-8", "replace")
    assert done.returncode == 1, output
    assert "output-not-writable" in output and "No space left on device" in output
    assert not any(noise in output for noise in NOISE), output
    assert list(tmp_path.iterdir()) == []


# --- workbooks and tables that would hold too much ---------------------------------------------


def _shared_strings_workbook(path: Path, unpacked: int) -> Path:
    """A workbook with a good table whose shared-strings part unpacks to about ``unpacked`` bytes."""
    rng = random.Random(7)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))) for _ in range(300)]
    texts = ["Jurisdiction", "Item", "Status", "Aurelia", "9.a", "full"]
    size = 0
    while size < unpacked:
        texts.append(f"{len(texts):08d} " + " ".join(rng.choices(words, k=14)))
        size += len(texts[-1]) + 16
    strings = "".join(f"<si><t>{text}</t></si>" for text in texts)
    rels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    rows = ''.join(f'<row r="{r + 1}">' + ''.join(f'<c r="{"ABC"[c]}{r + 1}" t="s"><v>{3 * r + c}</v></c>'
                                                   for c in range(3)) + "</row>" for r in range(2))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        archive.writestr("xl/worksheets/sheet1.xml", SHEET_OPEN + rows + SHEET_CLOSE)
        archive.writestr("xl/sharedStrings.xml", '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                                                 f'main">{strings}</sst>')
    return path


def test_a_shared_strings_part_over_its_bound_is_refused_before_it_is_unpacked(tmp_path: Path, capsys,
                                                                             monkeypatch) -> None:
    from gapcheck._readers import _untrusted

    path = _shared_strings_workbook(tmp_path / "texts.xlsx", 200_000)
    monkeypatch.setattr(_untrusted, "MAX_SHARED_STRINGS_BYTES", 100_000)
    output = run(capsys, "validate", path, "-c", MINI)
    assert "shared-strings-too-large" in output and CATALOGUE["shared-strings-too-large"].severity == "error"


_PEAK = """
import json, sys
from gapcheck._readers import load_profiles
issues = load_profiles(sys.argv[1], sys.argv[2])[1]
peak = next(int(line.split()[1]) for line in open('/proc/self/status') if line.startswith('VmHWM'))
print(json.dumps({"errors": [i.code for i in issues if i.is_error], "peak_kb": peak}))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="measures memory through /proc")
def test_reading_a_workbook_takes_memory_within_three_times_what_it_unpacks_to(tmp_path: Path) -> None:
    """Measured: 12 MB of texts take about 25 MB more than a small workbook: the engine's table of them."""
    def peak(path: Path) -> int:
        done = subprocess.run([sys.executable, "-c", _PEAK, str(path), str(MINI)], capture_output=True, text=True,
                              timeout=120, check=True, env={**os.environ, "PYTHONPATH": str(REPO)})
        report = json.loads(done.stdout)
        assert report["errors"] == [], report
        return int(report["peak_kb"]) * 1024

    unpacked = 12 * 1024 * 1024
    large = _shared_strings_workbook(tmp_path / "large.xlsx", unpacked)
    small = _shared_strings_workbook(tmp_path / "small.xlsx", 1_000)
    assert peak(large) - peak(small) < 3 * unpacked + large.stat().st_size


def test_a_csv_row_wider_than_a_worksheet_is_refused_before_it_is_split(tmp_path: Path, capsys) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("Item,Status," + "," * MAX_COLUMNS + "\n9.a,full\n" + "ab," * 3_000_000 + "\n", encoding="utf-8")
    assert "sheet-too-large" in run(capsys, "validate", path, "-c", MINI, limit=10)


def test_a_csv_table_of_more_cells_than_the_bound_is_refused(tmp_path: Path, capsys, monkeypatch) -> None:
    from gapcheck._readers import _csv

    monkeypatch.setattr(_csv, "MAX_CELLS", 1_000)
    path = write_csv(tmp_path / "cells.csv", [["Item", "Status"] + ["x"] * 98] + [["9.a", "full"] + ["ab"] * 98] * 20)
    assert "sheet-too-large" in run(capsys, "validate", path, "-c", MINI)


def test_a_csv_of_millions_of_short_lines_is_refused_in_bounded_memory(tmp_path: Path, capsys) -> None:
    path = tmp_path / "lines.csv"
    path.write_text("Item,Status\n" + "a\n" * 5_000_000, encoding="utf-8")
    assert "too-many-rows" in run(capsys, "validate", path, "-c", MINI)


def test_a_workbook_of_many_sparse_sheets_is_refused_for_the_cells_they_span_together(tmp_path: Path,
                                                                                    capsys) -> None:
    count = 60
    sheets = "".join(f'<sheet name="S{i}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i in range(count))
    book = WORKBOOK.replace('<sheets><sheet name="Assessment" sheetId="1" r:id="rId1"/></sheets>',
                            f"<sheets>{sheets}</sheets>")
    rels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships">' + "".join(
                f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                f'relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(count))
            + "</Relationships>")
    corners = '<row r="1"><c r="A1"><v>1</v></c></row><row r="999"><c r="ZZ999"><v>1</v></c></row>'
    path = tmp_path / "sparse.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", book)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        for index in range(count):
            archive.writestr(f"xl/worksheets/sheet{index + 1}.xml", SHEET_OPEN + corners + SHEET_CLOSE)
    output = run(capsys, "validate", path, "-c", MINI, limit=10)
    assert "sheet-too-large" in output and "together" in output


# --- every committed hostile file, through the command line ------------------------------------


@pytest.mark.parametrize("name", sorted(path.name for path in HOSTILE.iterdir() if path.name != "good-minimal.xlsx"))
def test_every_committed_hostile_file_is_refused_through_the_command_line(capsys, name: str) -> None:
    run(capsys, "validate", HOSTILE / name, "-c", MINI, limit=10)


def test_every_hostile_workbook_in_a_folder_is_listed_and_the_good_one_read(tmp_path: Path, capsys) -> None:
    for path in HOSTILE.iterdir():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    profile_json(tmp_path / "borealis.json", jurisdiction={"name": "Borealis", "code": "XBO"})
    output = run(capsys, "compare", tmp_path, "-c", MINI, codes=(1,), limit=30)
    assert "Aurelia" in output and "Borealis" in output


# --- the limits, in one place -------------------------------------------------------------------


def test_every_limit_is_listed_with_what_it_bounds() -> None:
    from gapcheck import _bounds

    declared = {name for name in vars(_bounds) if name.startswith(("MAX_", "RATIO_"))}
    assert declared == set(LIMITS)
    assert all(value == getattr(_bounds, name) and text for name, (value, text) in LIMITS.items())
