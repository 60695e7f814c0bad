"""Remove the build host's library search paths from a bundle's ELF files (lintian: custom-library-search-path).

A Python compiled by pyenv (or any Python built with ``LDFLAGS=-Wl,-rpath,...``) gives
``libpython`` and its extension modules a ``RUNPATH`` such as ``~/.pyenv/versions/3.11.7/lib``;
PyInstaller copies them as they are, so the installed program would look for libraries in a
folder of the build machine first. This drops every ``DT_RUNPATH``/``DT_RPATH`` entry none of whose
directories is relative to the file (``$ORIGIN``): the bundle's own libraries are found through
the loader's path and the ``$ORIGIN`` run paths of Qt and the wheels, which are kept.

The entry is removed the way ``chrpath -d`` does it: the later entries of the dynamic section
move up one place and the section ends with one more ``DT_NULL``. Only 64-bit little-endian
ELF files are changed (the Linux bundle is x86_64); anything else is left alone.

    python drop_runpath.py BUNDLE_DIR      # prints what it changed
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

PT_LOAD, PT_DYNAMIC = 1, 2
DT_NULL, DT_STRTAB, DT_RPATH, DT_RUNPATH = 0, 5, 15, 29
_ENTRY = struct.Struct("<qQ")


def _file_offset(data: bytes, phdrs: list[tuple[int, int, int, int]], vaddr: int) -> int | None:
    for p_type, offset, address, size in phdrs:
        if p_type == PT_LOAD and address <= vaddr < address + size:
            return vaddr - address + offset
    return None


def _string(data: bytes, start: int) -> str:
    return data[start:data.index(b"\0", start)].decode("utf-8", "replace")


def host_runpaths(data: bytes) -> tuple[list[str], bytes | None]:
    """The run paths of an ELF file that name no ``$ORIGIN`` folder, and the file without them (None: no change)."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return [], None
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    phdrs = []
    for k in range(phnum):
        p_type, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from("<IIQQQQ", data, phoff + k * phentsize)
        phdrs.append((p_type, offset, vaddr, filesz))
    dynamic = next(((offset, size) for p_type, offset, _v, size in phdrs if p_type == PT_DYNAMIC), None)
    if dynamic is None:
        return [], None
    start, size = dynamic
    entries = [_ENTRY.unpack_from(data, start + k * _ENTRY.size) for k in range(size // _ENTRY.size)]
    entries = entries[:next((k for k, (tag, _v) in enumerate(entries) if tag == DT_NULL), len(entries))]
    strtab = next((value for tag, value in entries if tag == DT_STRTAB), None)
    strtab_off = None if strtab is None else _file_offset(data, phdrs, strtab)
    if strtab_off is None:
        return [], None
    dropped, kept = [], []
    for tag, value in entries:
        if tag in (DT_RPATH, DT_RUNPATH):
            path = _string(data, strtab_off + value)
            if not any(part.startswith(("$ORIGIN", "${ORIGIN}")) for part in path.split(":")):
                dropped.append(path)
                continue
        kept.append((tag, value))
    if not dropped:
        return [], None
    table = b"".join(_ENTRY.pack(tag, value) for tag, value in kept)
    table += _ENTRY.pack(DT_NULL, 0) * (size // _ENTRY.size - len(kept))
    return dropped, data[:start] + table + data[start + len(table):]


def main(folder: str) -> int:
    changed = 0
    for path in sorted(Path(folder).rglob("*")):
        if path.is_symlink() or not path.is_file() or path.stat().st_size < 64:
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        dropped, patched = host_runpaths(path.read_bytes())
        if patched is not None:
            path.write_bytes(patched)
            changed += 1
            print(f"dropped run path {':'.join(dropped)} from {path.relative_to(folder)}")
    print(f"host run paths removed from {changed} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
