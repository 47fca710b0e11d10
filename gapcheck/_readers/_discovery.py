"""Which files a command reads: a file as given, a folder's profile files, a glob pattern's matches.

A folder stands for the profile files directly inside it; a pattern such as
``'assessments/**/*.xlsx'`` for every profile file it matches, at any depth
with ``**``. Walks are bounded, whatever the disk holds: a symbolic link is
never followed into a folder already visited (a link to a parent folder
would otherwise loop for ever), and past :data:`~gapcheck._bounds.MAX_INPUT_FILES`
files the walk stops with one ``too-many-files`` issue. Hidden files and the
``~$name.xlsx`` lock files Excel leaves beside an open workbook are skipped.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from gapcheck._bounds import MAX_FOLDERS, MAX_INPUT_FILES
from gapcheck._errors import Issue, issue
from gapcheck._outputs import is_symlink_loop
from gapcheck._profile import FOLDER_SUFFIXES


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Issue]]:
    """Files as given, folders as their profile files (sorted), patterns as their matches (sorted).

    Each file is listed once, in the order first met, however many paths name it.
    """
    found: dict[str, Path] = {}
    issues: list[Issue] = []
    for raw in paths:
        matches, problems = files_of(os.fspath(raw))
        issues.extend(problems)
        for match in matches:
            found.setdefault(_identity(match), match)
            if len(found) > MAX_INPUT_FILES:
                issues.append(_too_many(os.fspath(raw)))
                return list(found.values())[:MAX_INPUT_FILES], issues
    return list(found.values()), issues


def files_of(text: str) -> tuple[list[Path], list[Issue]]:
    """The files one path stands for, or the problem with it."""
    path = Path(text)
    if is_symlink_loop(path):
        return [], [issue("symlink-loop", "The path's symbolic links lead back to themselves.", file=text)]
    if path.is_file():
        return [path], []
    if path.is_dir():
        found = [p for p in _entries(path) if is_profile_file(p)]
        if len(found) > MAX_INPUT_FILES:
            return found[:MAX_INPUT_FILES], [_too_many(text)]
        problem = "The folder holds no profile file."
    elif glob.has_magic(text):
        found, problems = _pattern_matches(text)
        if problems:
            return found, problems
        problem = "No profile file matches this pattern."
    else:
        return [], [issue("file-not-found", "There is no such file or folder.", file=text,
                          hint="Check the path; quote glob patterns so that the shell passes them on.")]
    if found:
        return found, []
    return [], [issue("no-input-files", problem, file=text)]


def is_profile_file(path: Path) -> bool:
    """A file a folder or pattern contributes: a profile suffix, not hidden, not a lock file."""
    return (path.suffix.lower() in FOLDER_SUFFIXES and not path.name.startswith((".", "~$"))
            and _is_regular(path))


def _is_regular(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _identity(path: Path) -> str:
    """What makes two paths one file: the real path where it can be found, else the path as written."""
    try:
        return os.path.realpath(path)
    except (OSError, ValueError, RuntimeError):
        return os.fspath(path)


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def _too_many(text: str) -> Issue:
    return issue("too-many-files", f"{text} stands for more than {MAX_INPUT_FILES:,} files; the first "
                 f"{MAX_INPUT_FILES:,} are read.", file=text)


# --- glob patterns, walked without following links into folders already seen --------------


def _pattern_matches(text: str) -> tuple[list[Path], list[Issue]]:
    base, pattern = _split_pattern(text)
    if pattern is None:
        return [], []
    segments = _segments(pattern)
    depth = None if any(segment is None for segment in segments) else len(segments)
    found: list[Path] = []
    for path, relative in _walk(base, depth):
        if _matches(segments, relative.split("/")) and is_profile_file(path):
            found.append(path)
            if len(found) > MAX_INPUT_FILES:
                return sorted(found)[:MAX_INPUT_FILES], [_too_many(text)]
    return sorted(found), []


def _split_pattern(text: str) -> tuple[Path, str | None]:
    """``"a/b/**/*.csv"`` -> (``a/b``, ``"**/*.csv"``): the folder to walk and the pattern below it."""
    parts = Path(text).parts
    fixed: list[str] = []
    for part in parts:
        if glob.has_magic(part):
            break
        fixed.append(part)
    rest = parts[len(fixed):]
    base = Path(*fixed) if fixed else Path(".")
    if not rest or not base.is_dir():
        return base, None
    return base, "/".join(rest)


def _segments(pattern: str) -> list[re.Pattern[str] | None]:
    """A glob pattern, one matcher per folder level; None for ``**`` (any number of levels, runs of it as one).

    Each level is matched alone, with :func:`fnmatch.translate` (whose expressions cannot backtrack without
    end, and which reads any bracket, even ``[!]`` or ``[z-a]``), so that no part of a pattern can match
    across a ``/``.
    """
    found: list[re.Pattern[str] | None] = []
    for part in pattern.split("/"):
        if part == "**":
            if not found or found[-1] is not None:
                found.append(None)
        elif part:
            found.append(re.compile(fnmatch.translate(part)))
    return found


def _matches(segments: list[re.Pattern[str] | None], parts: list[str]) -> bool:
    """Whether a relative path (its folder levels) fits the pattern, followed level by level: linear time."""
    here = _past_any_levels(segments, {0})
    for part in parts:
        after: set[int] = set()
        for position in here:
            if position == len(segments):
                continue
            matcher = segments[position]
            if matcher is None:
                after.add(position)  # ``**`` takes this level and may take more
            elif matcher.match(part):
                after.add(position + 1)
        here = _past_any_levels(segments, after)
        if not here:
            return False
    return len(segments) in here


def _past_any_levels(segments: list[re.Pattern[str] | None], positions: set[int]) -> set[int]:
    """The positions reachable without taking a level: ``**`` may stand for none."""
    reached = set(positions)
    for position in positions:
        while position < len(segments) and segments[position] is None:
            position += 1
            reached.add(position)
    return reached


def _walk(base: Path, depth: int | None) -> Iterator[tuple[Path, str]]:
    """Every file under ``base`` with its relative path, each real folder visited once, hidden ones skipped."""
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[Path, str, int]] = [(base, "", 0)]
    folders = 0
    while stack:
        folder, prefix, level = stack.pop()
        try:
            status = os.stat(folder)
        except OSError:
            continue
        key = (status.st_dev, status.st_ino)
        if key in seen:
            continue
        seen.add(key)
        folders += 1
        if folders > MAX_FOLDERS:
            return
        subfolders: list[tuple[Path, str, int]] = []
        for entry in _entries(folder):
            relative = f"{prefix}{entry.name}"
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                continue
            if is_dir:
                if depth is None or level + 1 < depth:
                    subfolders.append((entry, relative + "/", level + 1))
            else:
                yield entry, relative
        stack.extend(reversed(subfolders))
