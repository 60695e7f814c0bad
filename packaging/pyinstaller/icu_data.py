"""A smaller ICU data library for the Linux bundle (called by counterweight.spec).

Qt Core links to ICU, whose data library (``libicudata.so.73`` in the PySide6 wheel,
30.5 MB) holds one "common data" package: locale data, collation, converters, time-zone
names, break-iterator dictionaries, transliterators, display names of languages,
regions, currencies and units, spell-out rules... Qt calls only four kinds of ICU
function (the ICU symbols ``libQt6Core`` imports): case mapping (``u_strToUpper``/
``u_strToLower``), converters (``ucnv_*``, for text in legacy encodings), collation
(``ucol_*``, QCollator) and calendars/time-zone names (``ucal_*``, QTimeZone). The data
trees none of those reach are left out (``DROPPED``), and the package is linked into a
small library of the same name exporting the same symbol, so ICU finds it exactly
where it found the original.

Two guards keep this safe when PySide6 is upgraded: :func:`unreachable_icu_imports`
stops the build when a bundled library calls an ICU function outside ``QT_ICU_CALLS``
(it might need a dropped tree), and the trim only removes listed trees, so new kinds
of data are kept. tests/packaging/test_icu_data.py runs QCollator, QTimeZone names,
legacy-encoding decoding and locale case mapping in many locales with the full and the
trimmed data and compares the results.

The "common data" format (ICU's udata.h, ``CmnD`` version 1): a data header, a table of
contents (count, then for each item the offsets of its name and its data, relative to
the start of the table), the names (padded with 0xAA bytes), then the items, each 16-byte
aligned. Rebuilding the wheel's package with every item gives back the same bytes.
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from pathlib import Path

#: Data trees (item names after "icudt73l/") that none of ``QT_ICU_CALLS`` can reach:
#: break iteration (ubrk: word/line/sentence rules and the CJK/Thai/Khmer dictionaries),
#: transliteration (utrans), rule-based number spell-out (unum), display names of
#: languages, scripts, regions, currencies and units (uloc_getDisplay*, ucurr, measure
#: formats), IDNA2003/stringprep profiles (usprep), spoof checks (uspoof), character
#: names (u_charName).
DROPPED = re.compile(r"(brkitr|translit|rbnf|lang|region|curr|unit)/.*|[^/]+\.(spp|cfu)|unames\.icu")

#: The ICU functions (without the version suffix) the kept data serves. Anything else
#: imported from ICU by a bundled library stops the build (see unreachable_icu_imports).
QT_ICU_CALLS = re.compile(
    r"u_strTo(Upper|Lower)|ucnv_\w+|UCNV_(FROM_U|TO_U)_CALLBACK_\w+|ucol_(open|close|setAttribute|"
    r"strcoll|getSortKey)|ucal_(open|close|getCanonicalTimeZoneID|getTimeZoneDisplayName)"
)


class IcuDataError(RuntimeError):
    """The ICU library is not what this module expects: the build stops."""


# --- ELF (64-bit little-endian, what the Linux x86_64 wheels ship) ---------------------


def _sections(data: bytes) -> list[tuple[str, int, int, int, int, int]]:
    """(name, type, address, offset, size, link) of every section."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise IcuDataError("not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    raw = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    strtab = raw[shstrndx][4]

    def name(at: int) -> str:
        return data[strtab + at:data.index(b"\0", strtab + at)].decode()

    return [(name(s[0]), s[1], s[3], s[4], s[5], s[6]) for s in raw]


def _dynamic_symbols(data: bytes) -> list[tuple[str, int, int, int]]:
    """(name, section index, value, size) of every dynamic symbol."""
    sections = _sections(data)
    dynsym = [s for s in sections if s[0] == ".dynsym"]
    if not dynsym:
        raise IcuDataError("no dynamic symbol table")
    _, _, _, offset, size, link = dynsym[0]
    strtab = sections[link][3]
    symbols = []
    for at in range(offset, offset + size, 24):
        st_name, _info, _other, shndx, value, sym_size = struct.unpack_from("<IBBHQQ", data, at)
        name = data[strtab + st_name:data.index(b"\0", strtab + st_name)].decode()
        symbols.append((name, shndx, value, sym_size))
    return symbols


def common_data(library: Path) -> tuple[str, bytes]:
    """The exported ``icudtNN_dat`` symbol's name and the package bytes it holds."""
    data = library.read_bytes()
    sections = _sections(data)
    for name, shndx, value, size in _dynamic_symbols(data):
        if re.fullmatch(r"icudt\d+_dat", name) and shndx:
            _, _, address, offset, _, _ = sections[shndx]
            package = data[offset + value - address:offset + value - address + size]
            if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
                raise IcuDataError(f"{name} in {library.name} is not an ICU common data package")
            return name, package
    raise IcuDataError(f"{library.name} exports no icudtNN_dat symbol")


def unreachable_icu_imports(folder: Path) -> dict[str, list[str]]:
    """ICU functions that libraries under ``folder`` import and ``QT_ICU_CALLS`` does not list.

    The ICU libraries themselves (``libicu*``) are skipped: they are the implementation.
    """
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file() or path.name.startswith("libicu"):
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        calls = {m.group(1) for name, shndx, _, _ in _dynamic_symbols(path.read_bytes())
                 if not shndx and (m := re.fullmatch(r"(u[a-z]*_\w+|UCNV_\w+)_\d\d", name))}
        if odd := sorted(c for c in calls if not QT_ICU_CALLS.fullmatch(c)):
            found[str(path.relative_to(folder))] = odd
    return found


# --- the common data package ------------------------------------------------------------


def items(package: bytes) -> list[tuple[str, bytes]]:
    """(name, data) of every item, in table order; names keep their "icudt73l/" prefix."""
    header_size, = struct.unpack_from("<H", package, 0)
    count, = struct.unpack_from("<I", package, header_size)
    entries = [struct.unpack_from("<II", package, header_size + 4 + 8 * i) for i in range(count)]
    ends = [data_at for _, data_at in entries[1:]] + [len(package) - header_size]
    result = []
    for (name_at, data_at), end in zip(entries, ends):
        start = header_size + name_at
        name = package[start:package.index(b"\0", start)].decode("ascii")
        result.append((name, package[header_size + data_at:header_size + end]))
    return result


def _pad16(blob: bytes, fill: bytes = b"\0") -> bytes:
    return blob + fill * (-len(blob) % 16)


def package_of(header: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    """A common data package with ``header`` (the original's) and these items, in this order."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    table_size = 4 + 8 * len(kept)
    first_item = len(_pad16(b"\0" * (len(header) + table_size + len(names)))) - len(header)
    table, name_at, data_at = [struct.pack("<I", len(kept))], table_size, first_item
    for name, blob in kept:
        table.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        data_at += len(_pad16(blob))
    head = _pad16(header + b"".join(table) + names, b"\xaa")  # as ICU's pkgdata pads them
    return head + b"".join(_pad16(blob) for _, blob in kept)


def trimmed(package: bytes) -> bytes:
    """The package without the ``DROPPED`` trees."""
    header_size, = struct.unpack_from("<H", package, 0)
    kept = [(name, blob) for name, blob in items(package)
            if not DROPPED.fullmatch(name.split("/", 1)[-1])]
    return package_of(package[:header_size], kept)


# --- the replacement library -----------------------------------------------------------


def link_library(symbol: str, package: bytes, soname: str, out: Path) -> None:
    """Write a shared library exporting ``symbol`` (16-byte aligned, read-only) = ``package``.

    Needs binutils' ``as`` and ``ld`` (the build already needs binutils for ``strip``).
    The result has no dependencies at all, like the original.
    """
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "data.bin").write_bytes(package)
        (work / "data.s").write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n'
            f'{symbol}:\n\t.incbin "data.bin"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
        subprocess.run(["as", "-o", "data.o", "data.s"], cwd=work, check=True)
        subprocess.run(["ld", "-shared", "-z", "noexecstack", "-soname", soname, "-o", "lib.so", "data.o"],
                       cwd=work, check=True)
        built = work / "lib.so"
        name, copied = common_data(built)
        if name != symbol or copied != package:
            raise IcuDataError("the linked library does not hold the package it was given")
        out.write_bytes(built.read_bytes())
        out.chmod(0o755)


def slim_bundled_icu(bundle: Path) -> tuple[int, int]:
    """Replace the bundle's ``libicudata.so.NN`` with the trimmed one; (bytes before, after)."""
    libraries = [p for p in bundle.rglob("libicudata.so.*") if not p.is_symlink()]
    if len(libraries) != 1:
        raise IcuDataError(f"expected one libicudata library in the bundle, found {libraries}")
    if odd := unreachable_icu_imports(bundle):
        raise IcuDataError(
            "a bundled library calls ICU functions the trimmed ICU data may not serve: "
            f"{odd}; check them against DROPPED in packaging/pyinstaller/icu_data.py, then extend QT_ICU_CALLS"
        )
    library = libraries[0]
    before = library.stat().st_size
    symbol, package = common_data(library)
    link_library(symbol, trimmed(package), library.name, library)
    return before, library.stat().st_size
