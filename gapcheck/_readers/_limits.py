"""Untrusted files: size caps, telling file types apart, and checking a workbook before it is parsed.

A profile may come from anyone, so a file is read only after it has shown
that it is what it claims and that reading it will stay small: the bytes on
disk are capped, a workbook's declared and actual decompressed sizes are
capped, XML with a DTD or entity declarations is refused outright, and
every part is parsed once by a defused parser that counts the cells each
sheet spans before the spreadsheet engine lays them out in memory (a sheet
with one cell in A1 and one in XFD1048576 would otherwise ask for billions
of cells). Each refusal is one issue that says what to do.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path
from typing import IO, Any
from xml.sax import SAXException

from defusedxml import DefusedXmlException

from gapcheck._errors import Issue
from gapcheck._readers._raw import Where

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_JSON_BYTES = 5 * 1024 * 1024
MAX_ROWS = 100_000
MAX_CELLS = 3_000_000
MAX_UNCOMPRESSED_BYTES = 150 * 1024 * 1024
MAX_RATIO = 150
RATIO_CHECK_FROM = 2 * 1024 * 1024
MAX_PARTS = 5_000

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_CHUNK = 1 << 20
_XML_START = re.compile(rb"^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)?[\s\x00]*<")
_CELL_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d*)$")

SAVE_AS_XLSX = "Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx)."


def _mb(size: int) -> str:
    return f"{size / 1048576:.0f} MB"


def read_input(path: str | Path, where: Where, limit: int = MAX_FILE_BYTES) -> tuple[bytes | None, list[Issue]]:
    """The file's bytes, or the one issue that explains why they cannot be read."""
    target = Path(path)
    try:
        if not target.exists():
            return None, [where.issue("file-not-found", "There is no file at this path.",
                                      "Check the spelling and the folder.")]
        if not target.is_file():
            return None, [where.issue("not-a-file", "This is a folder, not a file.",
                                      "Name the profile file itself.")]
        size = target.stat().st_size
        if size > limit:
            return None, [too_large(where, size, limit)]
        with target.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as exc:
        return None, [where.issue("unreadable-file", f"The file cannot be read: {exc.strerror or exc}.",
                                  "Check that you may read it and that no other program locks it.")]
    if len(data) > limit:
        return None, [too_large(where, len(data), limit)]
    if not data:
        return None, [where.issue("empty-file", "The file is empty (0 bytes).",
                                  "Check that this is the right file; write a new one with `gapcheck template`.")]
    return data, []


def too_large(where: Where, size: int, limit: int) -> Issue:
    return where.issue(
        "file-too-large", f"The file is {size:,} bytes, over the limit of {_mb(limit)} for a profile.",
        "A profile is normally well under 1 MB; check that this is the right file, or split a long table "
        "into several files.")


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


class _SheetSpan:
    """The rectangle of cells a worksheet part spans, followed through its ``row`` and ``c`` elements.

    Cells are placed as the spreadsheet engine places them: by their ``r``
    reference or, where it is missing, one after the other.
    """

    def __init__(self) -> None:
        self.rows: tuple[int, int] = (0, 0)
        self.columns: tuple[int, int] = (0, 0)
        self._row = 0
        self._column = 0

    def element(self, name: str, reference: str | None) -> None:
        local = name.rpartition(":")[2]
        if local == "row":
            self._row = int(reference) if reference and reference.isdigit() else self._row + 1
            self._column = 0
        elif local == "c":
            match = _CELL_REF.match(reference or "")
            self._column = _column_number(match.group(1)) if match else self._column + 1
            self._add(int(match.group(2)) if match and match.group(2) else max(self._row, 1), self._column)

    def _add(self, row: int, column: int) -> None:
        low, high = self.rows
        self.rows = (min(low, row) if low else row, max(high, row))
        low, high = self.columns
        self.columns = (min(low, column) if low else column, max(high, column))

    @property
    def height(self) -> int:
        return self.rows[1] - self.rows[0] + 1 if self.rows[1] else 0

    @property
    def cells(self) -> int:
        return self.height * (self.columns[1] - self.columns[0] + 1) if self.rows[1] else 0


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def check_workbook(data: bytes, where: Where) -> list[Issue]:
    """Every reason not to hand these bytes to the spreadsheet engine (empty when it is safe to)."""
    if data.startswith(OLE2_MAGIC):
        return [ole2_issue(data, where)]
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - zipfile meets damaged bytes with many exception types
        return [_not_a_zip(data, where)]
    with archive:
        issues = _package_issues(archive, where)
        if issues:
            return issues
        spans, unreadable, issues = _scan_parts(archive, where)
        if issues:
            return issues
        names = _sheet_names(archive)
        if unreadable & names.keys():
            return [_damaged_part(where, min(unreadable & names.keys()))]
        return _span_issues(spans, names, where)


def _not_a_zip(data: bytes, where: Where) -> Issue:
    if data.startswith(ZIP_MAGIC):
        return where.issue("truncated-file", "The workbook is incomplete: the file ends before its table of contents.",
                           "The file was cut short while copying or downloading; fetch or save it again.")
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


def _scan_parts(archive: zipfile.ZipFile, where: Where) -> tuple[dict[str, _SheetSpan], set[str], list[Issue]]:
    """Parse every XML part once, in chunks: CRCs checked, DTDs and entities refused, cell spans measured.

    Parts are recognised by their content, not their name, because a
    workbook may point its sheets at any part. Legacy VML drawings (cell
    comments) are often not well-formed; the engine never reads them, so
    they are only set aside, and refused if a sheet turns out to be one.
    """
    spans: dict[str, _SheetSpan] = {}
    unreadable: set[str] = set()
    for info in archive.infolist():
        span = _SheetSpan()
        try:
            with archive.open(info) as stream:
                _parse_xml(stream, span)
        except DefusedXmlException:
            return {}, set(), [where.issue(
                "xml-entities", f"The workbook's part {info.filename} declares a DTD or XML entities, "
                "which gapcheck refuses.",
                "Spreadsheet programs never write these; the file may be built to attack the reader. "
                "Save the workbook again from Excel or LibreOffice, or ask for the original.")]
        except SAXException:
            if not info.filename.lower().endswith(".vml"):
                return {}, set(), [_damaged_part(where, info.filename)]
            unreadable.add(info.filename)
        except Exception:  # noqa: BLE001 - bad CRC, bad deflate data, unknown method: all mean damage
            return {}, set(), [_damaged_part(where, info.filename)]
        if span.rows[1]:
            spans[info.filename] = span
    return spans, unreadable, []


def _damaged_part(where: Where, part: str) -> Issue:
    return where.issue(
        "corrupt-file", f"The workbook is damaged: its part {part} cannot be read.",
        "Open it in Excel or LibreOffice (they may offer to repair it) and save it again as .xlsx.")


def _parse_xml(stream: IO[bytes], span: _SheetSpan) -> None:
    """Feed an XML part, in chunks, to a defused parser that reports each row and cell to ``span``."""
    head = stream.read(_CHUNK)
    if not _XML_START.match(head):
        while stream.read(_CHUNK):  # not XML (an image, say): read through only to check its CRC
            pass
        return
    parser = _cell_parser(span)
    chunk = head
    while chunk:
        parser.feed(chunk)
        chunk = stream.read(_CHUNK)
    parser.close()


def _cell_parser(span: _SheetSpan) -> Any:
    """A defused expat reader (no DTD, no entities) that hands every element straight to ``span``."""
    from defusedxml.expatreader import DefusedExpatParser

    class CellParser(DefusedExpatParser):  # type: ignore[misc]
        def start_element(self, name: str, attrs: dict[str, str]) -> None:
            span.element(name, attrs.get("r"))

    return CellParser(forbid_dtd=True)


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """``{part name: sheet name}`` from the workbook and its relationships, for naming a sheet in a message."""
    from defusedxml import ElementTree

    try:
        workbook = ElementTree.fromstring(_head(archive, "xl/workbook.xml", 4 * _CHUNK))
        relations = ElementTree.fromstring(_head(archive, "xl/_rels/workbook.xml.rels", 4 * _CHUNK))
    except Exception:  # noqa: BLE001 - naming sheets is a courtesy; the engine reports a broken workbook
        return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in relations}
    names: dict[str, str] = {}
    for sheet in workbook.iter():
        if not sheet.tag.endswith("}sheet"):
            continue
        rel_id = next((value for key, value in sheet.attrib.items() if key.endswith("}id")), None)
        target = targets.get(rel_id, "")
        part = posixpath.normpath(target.lstrip("/") if target.startswith("/") else f"xl/{target}")
        names[part] = sheet.get("name", part)
    return names


def _span_issues(spans: dict[str, _SheetSpan], names: dict[str, str], where: Where) -> list[Issue]:
    issues: list[Issue] = []
    for part, extent in spans.items():
        sheet = where.at(sheet=names.get(part, part))
        if extent.height > MAX_ROWS:
            issues.append(sheet.issue(
                "too-many-rows", f"The sheet spans {extent.height:,} rows; gapcheck reads at most {MAX_ROWS:,}.",
                "Delete the unused rows at the bottom of the sheet (select them, Delete Row), or split the table."))
        elif extent.cells > MAX_CELLS:
            issues.append(sheet.issue(
                "sheet-too-large",
                f"The sheet spans {extent.cells:,} cells (rows {extent.rows[0]:,}-{extent.rows[1]:,}, "
                f"columns {extent.columns[0]:,}-{extent.columns[1]:,}); gapcheck reads at most {MAX_CELLS:,}.",
                "Delete stray cells far to the right or below the table (Ctrl+End shows the last one), "
                "then save again."))
    return issues
