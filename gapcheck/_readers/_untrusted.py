"""Untrusted files: size caps, telling file types apart, and a workbook the engine can read safely.

A profile may come from anyone, so a file is read only after it has shown
that it is what it claims and that reading it will stay small: the bytes on
disk are capped, and so are a workbook's declared and actual unpacked
sizes. The parts of a workbook the spreadsheet engine reads are unpacked
and checked (``_sheetxml``: no DTD, no sheet spanning more cells than the
limits), and the engine is then given a new archive holding those checked
parts and nothing else, never the original file: whatever the original's
zip structure says, the engine reads exactly what was checked. Each
refusal is one issue that says what to do.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import posixpath
import re
import stat
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from html import unescape
from pathlib import Path
from typing import Protocol

from gapcheck._bounds import (
    MAX_CELLS,
    MAX_FILE_BYTES,
    MAX_PARTS,
    MAX_RATIO,
    MAX_ROWS,
    MAX_SHARED_STRINGS_BYTES,
    MAX_UNCOMPRESSED_BYTES,
    RATIO_CHECK_FROM,
)
from gapcheck._errors import Issue
from gapcheck._readers._raw import Where
from gapcheck._readers._sheetxml import DTD, SHEET_DATA, UTF16_STARTS, Extent, Unreadable, sheet_extent

SHARED_STRINGS = "xl/sharedstrings.xml"
"""The part the engine reads every text of a workbook from, by this name (compared as :func:`_normal` does)."""

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_ENGINE_PARTS = re.compile(r"(?:.*/)?_rels/[^/]*\.rels|xl/[^/]*\.xml|xl/worksheets/[^/]*")
"""The parts the engine reads cell values from (names compared without case, ``\\`` read as ``/``, as the
engine does): relationships, the workbook with its shared strings and styles, and the worksheets.
Themes, drawings, images and the rest are left out of the copy it is given, unread."""

_EMPTY_SHEET = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                b"<sheetData></sheetData></worksheet>")
_EMPTY_SHEET_CRC = zlib.crc32(_EMPTY_SHEET)

Unread = Callable[[list[str]], Iterable[str]]
"""Given a workbook's sheet names, the names of those the caller will not read."""

SAVE_AS_XLSX = "Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx)."


def _mb(size: int) -> str:
    return f"{size / 1048576:.0f} MB"


def read_input(path: str | Path, where: Where, limit: int = MAX_FILE_BYTES) -> tuple[bytes | None, list[Issue]]:
    """The file's bytes, or the one issue that explains why they cannot be read.

    Opened without waiting, so that a named pipe is refused instead of read forever.
    """
    try:
        with os.fdopen(os.open(path, _OPEN_FLAGS), "rb") as stream:
            status = os.fstat(stream.fileno())
            if not stat.S_ISREG(status.st_mode):
                return None, [_not_a_file(where, stat.S_ISDIR(status.st_mode))]
            if status.st_size > limit:
                return None, [too_large(where, status.st_size, limit)]
            data = stream.read(limit + 1)
    except FileNotFoundError:
        return None, [where.issue("file-not-found", "There is no file at this path.")]
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, [where.issue("symlink-loop", "The path's symbolic links lead back to themselves.")]
        if Path(path).is_dir():
            return None, [_not_a_file(where, folder=True)]
        return None, [where.issue("unreadable-file", f"The file cannot be read: {exc.strerror or exc}.")]
    if len(data) > limit:
        return None, [too_large(where, len(data), limit)]
    if not data:
        return None, [where.issue("empty-file", "The file is empty (0 bytes).")]
    return data, []


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _not_a_file(where: Where, folder: bool) -> Issue:
    if folder:
        return where.issue("not-a-file", "This is a folder, not a file.",
                           "Name one profile file in it; to put all of them side by side, use "
                           f"gapcheck compare {where.file or 'FOLDER'} (gapcheck validate checks a whole folder).")
    return where.issue("not-a-file", "This is a device, pipe or other special file, not a profile file.",
                       "Name the profile file itself (.xlsx, .csv or .json).")


def too_large(where: Where, size: int, limit: int) -> Issue:
    return where.issue(
        "file-too-large", f"The file is {size:,} bytes, over the limit of {_mb(limit)} for a profile.")


def ole2_issue(data: bytes, where: Where) -> Issue:
    """An OLE2 compound file: an encrypted Office Open XML workbook, a legacy .xls, or another old document."""
    if "EncryptionInfo".encode("utf-16-le") in data:
        return where.issue(
            "encrypted-workbook", "The workbook is protected with a password, so it cannot be read.",
            "Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, "
            "clear it) and save it again as .xlsx. Protecting single sheets without a password is fine.")
    if any(name.encode("utf-16-le") in data for name in ("Workbook", "Book")):
        return where.issue("legacy-xls", "This is an old-style Excel 97-2003 workbook (.xls), which gapcheck "
                           "does not read.", SAVE_AS_XLSX)
    return where.issue("not-xlsx", "This is an older Microsoft Office document, not an Excel workbook.",
                       "Name the profile workbook (.xlsx), CSV or JSON file.")


ON_DISK_FROM = 8 * 1024 * 1024
"""Checked parts of this many bytes or more are handed to the engine in a temporary file rather than in memory."""

Part = tuple[str, int, bytes]
"""A checked part of a workbook: its name, its CRC and its content."""


class Writable(Protocol):
    """Where an archive is written: a file or a buffer."""

    def write(self, data: bytes, /) -> int: ...


def checked_workbook(data: bytes, where: Where, unread: Unread | None = None) -> tuple[bytes | None, list[Issue]]:
    """The workbook to hand the engine (the checked parts it reads, in a new archive), or why there is none.

    ``unread(sheet names)`` names sheets the caller will not read: they are
    handed over empty, neither unpacked nor checked, since the engine never
    sees what they hold.
    """
    parts, issues = checked_parts(data, where, unread)
    if parts is None:
        return None, issues
    archive = io.BytesIO()
    write_stored_archive(parts, archive)
    return archive.getvalue(), []


@contextlib.contextmanager
def engine_copy(parts: list[Part]) -> Iterator[str | bytes]:
    """The checked parts as the archive the engine reads: the path of a temporary file, removed afterwards.

    The engine reads a file part by part, so the whole archive is never held
    in memory twice (as Python bytes and as the engine's copy of them): each
    part is let go once written, and reading a workbook needs little more
    memory than its largest part and the engine's table of texts. Parts
    under :data:`ON_DISK_FROM` in all (every profile a person fills in) are
    given in memory, which is quicker; so are all where no temporary file can
    be made.
    """
    handle = None
    if sum(len(content) for _, _, content in parts) >= ON_DISK_FROM:
        with contextlib.suppress(OSError):
            handle = tempfile.NamedTemporaryFile(prefix="gapcheck-", suffix=".xlsx", delete=False)  # noqa: SIM115
    if handle is None:
        archive = io.BytesIO()
        write_stored_archive(parts, archive)
        yield archive.getvalue()
        return
    try:
        with handle:
            write_stored_archive(parts, handle)
        yield handle.name
    finally:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)


def checked_parts(data: bytes, where: Where, unread: Unread | None = None) -> tuple[list[Part] | None, list[Issue]]:
    """The parts of the workbook the engine reads, unpacked and checked, or the issues that say why not."""
    if data.startswith(OLE2_MAGIC):
        return None, [ole2_issue(data, where)]
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - zipfile meets damaged bytes with many exception types
        return None, [_not_a_zip(data, where)]
    with archive:
        issues = _package_issues(archive, where)
        if issues:
            return None, issues
        parts, issues = _engine_parts(archive, data, where, unread)
    if issues:
        return None, issues
    issues = _content_issues(parts, where)
    return (None, issues) if issues else (parts, [])


def _not_a_zip(data: bytes, where: Where) -> Issue:
    if data.startswith(ZIP_MAGIC):
        return where.issue("truncated-file", "The workbook is incomplete: the file ends before its table of contents.")
    if _looks_like_text(data):
        return where.issue("not-xlsx", "The file is not an Excel workbook: it holds plain text (perhaps CSV).",
                           "Rename it to .csv if it is a CSV file, or save it from the spreadsheet program as .xlsx.")
    return where.issue("not-xlsx", "The file is not an Excel workbook.",
                       "Save it from the spreadsheet program as an Excel Workbook (.xlsx).")


def _looks_like_text(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(sample) - 3  # only a character cut at the end of the sample
    return True


def _package_issues(archive: zipfile.ZipFile, where: Where) -> list[Issue]:
    infos = archive.infolist()
    names = {info.filename for info in infos}
    if len(infos) > MAX_PARTS:
        return [_bomb(where, f"it holds {len(infos):,} parts")]
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/workbook.") for n in names):
        return [_not_workbook_package(names, archive, where)]
    if "xl/workbook.bin" in names:
        return [where.issue("not-xlsx", "This is an Excel binary workbook (.xlsb), which gapcheck does not read.",
                            SAVE_AS_XLSX)]
    if any(info.flag_bits & 0x1 for info in infos):
        return [where.issue("encrypted-workbook", "Parts of the workbook are encrypted, so it cannot be read.",
                            "Remove the password and save it again as .xlsx.")]
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        return [_bomb(where, f"it would unpack to {_mb(total)}")]
    for info in infos:
        if info.file_size > RATIO_CHECK_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            return [_bomb(where, f"its part {info.filename} unpacks {info.file_size // max(info.compress_size, 1):,} "
                                 "times larger than it is stored")]
    strings = sum(info.file_size for info in infos if _normal(info.filename) == SHARED_STRINGS)
    if strings > MAX_SHARED_STRINGS_BYTES:
        return [where.issue(
            "shared-strings-too-large", f"The workbook's texts (its shared-strings part) unpack to {_mb(strings)}, "
            f"over the limit of {_mb(MAX_SHARED_STRINGS_BYTES)}: the spreadsheet engine holds them all at once.")]
    return []


def _not_workbook_package(names: set[str], archive: zipfile.ZipFile, where: Where) -> Issue:
    if "mimetype" in names and b"opendocument" in _head(archive, "mimetype", 200):
        return where.issue("not-xlsx", "This is an OpenDocument file (.ods), not an Excel workbook.", SAVE_AS_XLSX)
    if any(n.startswith("word/") for n in names):
        return where.issue("not-xlsx", "This is a Word document, not a workbook.",
                           "Name the profile workbook (.xlsx), CSV or JSON file.")
    return where.issue("not-xlsx", "This is a zip archive, not an Excel workbook.",
                       "Name the profile workbook (.xlsx) itself, not an archive that contains it.")


def _head(archive: zipfile.ZipFile, name: str, size: int) -> bytes:
    try:
        with archive.open(name) as stream:
            return stream.read(size)
    except Exception:  # noqa: BLE001 - a part that cannot be read names nothing
        return b""


def _bomb(where: Where, reason: str) -> Issue:
    return where.issue("decompression-bomb", f"The workbook is not safe to open: {reason}.",
                       "A profile workbook unpacks to a few megabytes at most; this file was built to exhaust memory "
                       "or is damaged. Ask for the original file.")


def _engine_parts(archive: zipfile.ZipFile, data: bytes, where: Where, unread: Unread | None) -> tuple[
        list[tuple[str, int, bytes]], list[Issue]]:
    """``(name, CRC, content)`` of every part the engine reads, unpacked and checked against the directory."""
    infos = [info for info in archive.infolist()
             if not info.is_dir() and _ENGINE_PARTS.fullmatch(_normal(info.filename))]
    contents: list[bytes | None] = [None] * len(infos)
    for index, info in enumerate(infos):
        if not _normal(info.filename).startswith("xl/worksheets/"):
            contents[index] = _unpacked(archive, info, data)
            if contents[index] is None:
                return [], [_damaged_part(where, info.filename)]
    sheets = _sheet_parts([(info.filename, content) for info, content in zip(infos, contents) if content])
    empty = {sheets[name] for name in unread(list(sheets)) if name in sheets} if unread else set()
    parts = []
    for info, content in zip(infos, contents):
        if content is None and _normal(info.filename) in empty:
            parts.append((info.filename, _EMPTY_SHEET_CRC, _EMPTY_SHEET))
            continue
        if content is None:
            content = _unpacked(archive, info, data)
            if content is None:
                return [], [_damaged_part(where, info.filename)]
        parts.append((info.filename, info.CRC, content))
    return parts, []


def _normal(name: str) -> str:
    """A part name as the engine compares it: without case, ``\\`` read as ``/``."""
    return name.replace("\\", "/").lower()


def _unpacked(archive: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes) -> bytes | None:
    """A part's content, or None unless it unpacks to exactly its declared size and checksum.

    Deflated parts (all that spreadsheet programs write) are inflated here
    directly, never past the declared size, so that a part whose data runs
    on beyond what the directory says is refused, not cut short.
    """
    try:
        if info.compress_type == zipfile.ZIP_DEFLATED:
            inflater = zlib.decompressobj(-15)
            start = _data_start(data, info)
            stored = memoryview(data)[start:start + info.compress_size]  # no copy of what may be megabytes
            content = inflater.decompress(stored, info.file_size + 1)
            if not inflater.eof or len(content) != info.file_size:
                return None
        else:
            content = archive.read(info)
    except Exception:  # noqa: BLE001 - bad headers, bad deflate data, unknown method, bad CRC: all mean damage
        return None
    return content if zlib.crc32(content) == info.CRC else None


def _data_start(data: bytes, info: zipfile.ZipInfo) -> int:
    """Where a part's stored bytes begin: after its local header, whose name and extra field vary in length."""
    offset = info.header_offset
    if data[offset:offset + 4] != ZIP_MAGIC:
        raise zipfile.BadZipFile(f"no local header for {info.filename}")
    name_length, extra_length = struct.unpack_from("<HH", data, offset + 26)
    return offset + 30 + name_length + extra_length


def _content_issues(parts: list[tuple[str, int, bytes]], where: Where) -> list[Issue]:
    """What the engine must not read: a DTD, a part in UTF-16, a sheet spanning too many cells."""
    for name, _, content in parts:
        if content.startswith(UTF16_STARTS):
            return [_damaged_part(where, name, "is written in UTF-16, which the spreadsheet engine does not read")]
        if DTD.search(content):
            return [where.issue(
                "xml-entities", f"The workbook's part {name} declares a DTD or XML entities, which gapcheck refuses.",
                "Spreadsheet programs never write these; the file may be built to attack the reader. "
                "Save the workbook again from Excel or LibreOffice, or ask for the original.")]
    oversized: dict[str, Extent] = {}
    spanned = 0
    for name, _, content in parts:
        if SHEET_DATA not in content:
            continue
        try:
            extent = sheet_extent(content, _over_limits)
        except Unreadable as exc:
            return [_damaged_part(where, name, f"cannot be laid out safely: {exc}")]
        if _over_limits(extent):
            oversized[name] = extent
        spanned += extent.cells
    if not oversized and spanned <= MAX_CELLS:
        return []
    if not oversized:  # each sheet within the limits, all of them together not: the engine holds every one
        return [where.issue(
            "sheet-too-large", f"The workbook's sheets together span {spanned:,} cells; gapcheck reads at most "
            f"{MAX_CELLS:,}.", "Delete the sheets that hold no answers, or stray cells far to the right or below "
            "a table (Ctrl+End shows the last one), then save again.")]
    names = {part: sheet for sheet, part in _sheet_parts([(name, content) for name, _, content in parts]).items()}
    return _span_issues(oversized, names, where)


def _over_limits(extent: Extent) -> bool:
    return extent.height > MAX_ROWS or extent.cells > MAX_CELLS


def _damaged_part(where: Where, part: str, reason: str = "cannot be read") -> Issue:
    return where.issue(
        "corrupt-file", f"The workbook is damaged: its part {part} {reason}.",
        "Open it in Excel or LibreOffice (they may offer to repair it) and save it again as .xlsx.")


def write_stored_archive(parts: list[Part], stream: Writable) -> None:
    """Write the parts as a zip archive, stored without compression (quick to write, quick for the engine to read).

    Each part's content is let go (its place in ``parts`` emptied) as soon as
    it is written, so that the archive and the parts are never all in memory
    at once.
    """
    directory: list[bytes] = []
    offset = 0
    for index in range(len(parts)):
        name, crc, content = parts[index]
        parts[index] = (name, crc, b"")
        encoded = name.encode("utf-8")
        fields = (20, 0 if encoded.isascii() else 0x800, 0, 0, 0x21, crc, len(content), len(content), len(encoded))
        local = struct.pack("<4s5H3I2H", ZIP_MAGIC, *fields, 0)
        directory.append(struct.pack("<4sH5H3I5H2I", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, 0, offset) + encoded)
        stream.write(local)
        stream.write(encoded)
        stream.write(content)
        offset += len(local) + len(encoded) + len(content)
        del content
    central = b"".join(directory)
    stream.write(central)
    stream.write(struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, len(parts), len(parts), len(central), offset, 0))


def _sheet_parts(contents: list[tuple[str, bytes]]) -> dict[str, str]:
    """``{sheet name: part name}`` (part names as :func:`_normal` gives them) from the workbook and its relationships.

    Read with regular expressions, not a parser: the map only names sheets
    in messages and says which parts to leave empty, and a wrong map can do
    no more than that, since every part the engine is given is checked.
    """
    by_name = {_normal(name): content for name, content in contents}
    targets = dict(_RELATIONSHIP.findall(by_name.get("xl/_rels/workbook.xml.rels", b"")))
    sheets: dict[str, str] = {}
    for name, rel_id in _SHEET.findall(by_name.get("xl/workbook.xml", b"")):
        target = _text(targets.get(rel_id, b""))
        part = _normal(posixpath.normpath(target.lstrip("/") if target.startswith("/") else f"xl/{target}"))
        sheets.setdefault(_text(name) or part, part)
    return sheets


def _text(value: bytes) -> str:
    text = value.decode("utf-8", "replace")
    return unescape(text) if "&" in text else text


_SHEET = re.compile(rb"""<(?:[^\s<>/:]++:)?sheet(?=[^<>]*?\sname="([^"]*)")"""
                    rb"""(?=[^<>]*?\s(?:[^\s<>=:]++:)?id="([^"]*)")""")
_RELATIONSHIP = re.compile(rb"""<(?:[^\s<>/:]++:)?Relationship(?=[^<>]*?\sId="([^"]*)")(?=[^<>]*?\sTarget="([^"]*)")""")
"""A sheet's name and relationship, a relationship's id and target; double-quoted (as every spreadsheet
program writes them), in any order."""


def _span_issues(spans: dict[str, Extent], names: dict[str, str], where: Where) -> list[Issue]:
    issues: list[Issue] = []
    for part, extent in spans.items():
        sheet = where.at(sheet=names.get(_normal(part), part))
        if extent.height > MAX_ROWS:
            issues.append(sheet.issue(
                "too-many-rows", f"The sheet spans {extent.height:,} rows; gapcheck reads at most {MAX_ROWS:,}.",
                "Delete the unused rows at the bottom of the sheet (select them, Delete Row), or split the table."))
        else:
            issues.append(sheet.issue(
                "sheet-too-large",
                f"The sheet spans {extent.cells:,} cells (rows {extent.first_row:,}-{extent.last_row:,}, "
                f"columns {extent.first_column:,}-{extent.last_column:,}); gapcheck reads at most {MAX_CELLS:,}.",
                "Delete stray cells far to the right or below the table (Ctrl+End shows the last one), "
                "then save again."))
    return issues
