"""Write the hostile and broken input files the reader tests use, into hostile/ beside this script.

Run once with ``python tests/data/profiles/make_hostile.py``; the outputs are
committed. Every file is small (well under 1 MB) even where it claims to be
huge: the decompression bombs declare or compress gigabytes into kilobytes,
the sparse sheet spans billions of cells with two values.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).parent / "hostile"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Assessment" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_OPEN = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' \
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_CLOSE = "</sheetData></worksheet>"


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


GOOD_ROWS = (
    f'<row r="1">{inline("A1", "Jurisdiction")}{inline("B1", "Item")}{inline("C1", "Status")}</row>'
    f'<row r="2">{inline("A2", "Aurelia")}{inline("B2", "9.a")}{inline("C2", "full")}</row>'
)


def workbook(sheet: str | bytes, sheet_part: str = "xl/worksheets/sheet1.xml",
             extra_parts: dict[str, str] | None = None) -> bytes:
    """A minimal, valid workbook whose only sheet has the XML given (and any extra parts, by name)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr(sheet_part, sheet)
        for name, content in (extra_parts or {}).items():
            archive.writestr(name, content)
    return buffer.getvalue()


def assessment(rows: str) -> str:
    """A worksheet: the good rows (a header and one answer), then ``rows``."""
    return SHEET_OPEN + GOOD_ROWS + rows + SHEET_CLOSE


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE2 compound file (version 3, 512-byte sectors) holding the named streams.

    Each stream is padded to 4096 bytes so that it lives in regular sectors
    and no mini stream is needed.
    """
    free, end, fat_sector = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    data = [content.ljust(4096, b"\0") for content in streams.values()]
    fat = [fat_sector, end]
    starts = []
    for content in data:
        first, count = len(fat), len(content) // 512
        starts.append(first)
        fat += [first + i + 1 for i in range(count - 1)] + [end]
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack(
        "<HHHHH6sIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, bytes(6), 0, 1, 1, 0, 0x1000, end, 0, end, 0)
    header += struct.pack("<109I", 0, *([free] * 108))

    def entry(name: str, kind: int, right: int, child: int, start: int, size: int) -> bytes:
        encoded = name.encode("utf-16-le") + b"\0\0"
        return (encoded.ljust(64, b"\0") + struct.pack("<HBBIII", len(encoded), kind, 1, free, right, child)
                + bytes(16) + bytes(4) + bytes(16) + struct.pack("<IQ", start, size))

    names = list(streams)
    directory = entry("Root Entry", 5, free, 1, end, 0)
    for index, (name, start) in enumerate(zip(names, starts), start=1):
        directory += entry(name, 2, index + 1 if index < len(names) else free, free, start, len(streams[name]))
    directory = directory.ljust(512, b"\0")
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat).ljust(512, b"\xff")
    return header + fat_bytes + directory + b"".join(data)


def patch_declared_size(data: bytes, member: str, size: int) -> bytes:
    """Make a member claim ``size`` uncompressed bytes, in its local header and in the central directory."""
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(member)
    struct.pack_into("<I", out, info.header_offset + 22, size)
    position = data.find(b"PK\x01\x02")
    while position != -1:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46:position + 46 + name_length].decode() == member:
            struct.pack_into("<I", out, position + 24, size)
        position = data.find(b"PK\x01\x02", position + 4)
    return bytes(out)


def flip_compressed_byte(data: bytes, member: str) -> bytes:
    """Damage a member's compressed bytes in the middle, as a bad disk or transfer would."""
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(member)
    name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_length + extra_length
    out[start + info.compress_size // 2] ^= 0xFF
    return bytes(out)


def billion_laughs() -> str:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    ]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet [' + "".join(entities) + "]>\n"
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            f'<row r="1">{inline("A1", "&lol9;")}</row>' + SHEET_CLOSE)


def lying_size(data: bytes, member: str, size: int) -> bytes:
    """Make a member declare only its first ``size`` bytes (with their CRC), while its data runs on."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        prefix = archive.read(member)[:size]
    crc = struct.pack("<I", zlib.crc32(prefix))
    out = bytearray(patch_declared_size(data, member, size))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(member)
    out[info.header_offset + 14:info.header_offset + 18] = crc
    position = data.find(b"PK\x01\x02")
    while position != -1:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46:position + 46 + name_length].decode() == member:
            out[position + 16:position + 20] = crc
        position = data.find(b"PK\x01\x02", position + 4)
    return bytes(out)


STYLES_WITH_DOCTYPE = ('<?xml version="1.0"?>\n<!doctype styleSheet>'
                       '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')
FAR_CELL = '<c r="XFD1048576"><v>1</v></c>'
FAR_ROW = f'<row r="3">{FAR_CELL}</row>'
PREFIXED_SHEET = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
    '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Item</x:t></x:is></x:c>'
    '<x:c r="B1" t="inlineStr"><x:is><x:t>Status</x:t></x:is></x:c><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row>'
    "</x:sheetData></x:worksheet>"
)


def ods_package() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", '<?xml version="1.0"?><office:document-content/>')
    return buffer.getvalue()


def files() -> dict[str, bytes]:
    good = workbook(assessment(""))
    return {
        "good-minimal.xlsx": good,
        "legacy.xls": compound_file({"Workbook": b"\x09\x08\x10\x00\x00\x06\x05\x00"}),
        "legacy-renamed.xlsx": compound_file({"Workbook": b"\x09\x08\x10\x00\x00\x06\x05\x00"}),
        "encrypted.xlsx": compound_file({"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00",
                                         "EncryptedPackage": b"\x00" * 16}),
        "csv-renamed.xlsx": b"jurisdiction,item,status\nAurelia,9.a,full\n",
        "ods-renamed.xlsx": ods_package(),
        "truncated.xlsx": good[: len(good) // 2],
        "corrupt.xlsx": flip_compressed_byte(good, "xl/worksheets/sheet1.xml"),
        "empty.xlsx": b"",
        "empty.csv": b"",
        "bomb-declared.xlsx": patch_declared_size(good, "xl/worksheets/sheet1.xml", 0xF0000000),
        "bomb-ratio.xlsx": workbook(SHEET_OPEN + GOOD_ROWS + " " * (60 * 1024 * 1024) + SHEET_CLOSE),
        "entities.xlsx": workbook(billion_laughs()),
        "sparse.xlsx": workbook(SHEET_OPEN + GOOD_ROWS + '<row r="1000"><c r="XFD1000"><v>1</v></c></row>'
                                + SHEET_CLOSE),
        "tall.xlsx": workbook(SHEET_OPEN + GOOD_ROWS + '<row r="200000"><c r="A200000"><v>1</v></c></row>'
                              + SHEET_CLOSE),
        "undecodable.csv": b"jurisdiction,item,status,notes\nAurelia,9.a,full,Caf\x81 \x8d\x90\n",
        "binary.csv": b"jurisdiction,item,status\n\x00\x01\x02\x00\xff\xfe\x00",
        "deep.json": b"[" * 100_000 + b"]" * 100_000,
        # Ways around a check that measures cells: each spans A1:XFD1048576, or the whole height.
        "garbage-before-xml.xlsx": workbook(b"GIF89a\x00\x01 not XML " + assessment(FAR_ROW).encode()),
        "row-reference-with-letters.xlsx": workbook(assessment('<row r="XFD1048576"><c><v>1</v></c></row>')),
        "far-row-cells-without-references.xlsx": workbook(assessment('<row r="1048576"><c><v>1</v></c></row>')),
        "two-references.xlsx": workbook(assessment('<row r="3"><c r="A3" r="XFD1048576"><v>1</v></c></row>')),
        "single-quoted-reference.xlsx": workbook(assessment("<row r='3'><c r='XFD1048576'><v>1</v></c></row>")),
        "spaced-reference.xlsx": workbook(assessment('<row r="3"><c r \n= "XFD1048576"><v>1</v></c></row>')),
        "unspaced-reference.xlsx": workbook(assessment('<row r="3"><c t="n"r="XFD1048576"><v>1</v></c></row>')),
        "escaped-reference.xlsx": workbook(assessment('<row r="3"><c r="&#88;FD1048576"><v>1</v></c></row>')),
        "prefixed-cells.xlsx": workbook(PREFIXED_SHEET),
        "cell-after-far-cell.xlsx": workbook(assessment(f'<row r="3">{FAR_CELL}<c><v>2</v></c></row>')),
        "uppercase-part-name.xlsx": workbook(assessment(FAR_ROW), "XL/WORKSHEETS/SHEET1.XML"),
        # Parts the engine would read otherwise than they were checked.
        "nested-cells.xlsx": workbook(assessment('<row r="3"><c><c><v>1</v></c><row r="900000"/></c></row>')),
        "lying-size.xlsx": lying_size(workbook(assessment(FAR_ROW)), "xl/worksheets/sheet1.xml", len(assessment(""))),
        "utf16.xlsx": workbook(assessment("").replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")),
        "doctype-in-styles.xlsx": workbook(assessment(""), extra_parts={"xl/styles.xml": STYLES_WITH_DOCTYPE}),
    }


def main() -> None:
    """Write the files not written yet: a zip records when it was made, so rewriting would change them all."""
    for name, content in files().items():
        if not (HERE / name).exists():
            (HERE / name).write_bytes(content)
            print(f"{name}: {len(content):,} bytes")


if __name__ == "__main__":
    main()
