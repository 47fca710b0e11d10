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

import errno
import glob
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from gapcheck._bounds import MAX_INPUT_FILES
from gapcheck._errors import Issue, issue
from gapcheck._profile import FOLDER_SUFFIXES

MAX_FOLDERS = 100_000
"""Folders one pattern may walk through: a bound on time, however the links are laid out."""


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
    if is_loop(path):
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


def is_loop(path: Path) -> bool:
    """True for a path whose symbolic links lead back to themselves (any stat of it fails with ELOOP)."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    except ValueError:
        return False
    return False


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
    recursive = "**" in pattern
    depth = None if recursive else pattern.count("/") + 1
    matcher = re.compile(_translate(pattern))
    found: list[Path] = []
    for path, relative in _walk(base, depth):
        if matcher.fullmatch(relative) and is_profile_file(path):
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


def _translate(pattern: str) -> str:
    """A glob pattern as a regular expression over '/'-separated relative paths; ``**`` spans folders."""
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if pattern.startswith("**/", index):
            out.append("(?:[^/]*/)*")
            index += 3
            continue
        if pattern.startswith("**", index):
            out.append(".*")
            index += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            end = pattern.find("]", index + 1)
            if end == -1:
                out.append(re.escape(char))
            else:
                body = pattern[index + 1:end].replace("\\", "\\\\")
                out.append(f"[^{body[1:]}]" if body.startswith("!") else f"[{body}]")
                index = end
        else:
            out.append(re.escape(char))
        index += 1
    return "".join(out)


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
