"""The .deb's versioned libc6 and libstdc++6 dependencies, from the bundle's ELF files.

Run by packaging/build-linux.sh::

    python packaging/linux/deb_depends.py [--host-libstdcxx VERSION] dist/counterweight

prints ``libc6 (>= 2.35), libstdc++6 (>= 11)``: the highest ``GLIBC_x.y`` and ``GLIBCXX_3.4.n``
symbol versions that any bundled executable or library asks of the system (``objdump -T``,
undefined symbols only), the latter turned into the GCC release whose libstdc++ first had it.
Debian's libstdc++6 package carries the GCC version (12.2.0-14 on Debian 12). A GLIBCXX
version newer than the table falls back to the build host's own libstdc++6 version
(``--host-libstdcxx``), which certainly has it.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

#: GLIBCXX_3.4.n -> the GCC release that introduced it (libstdc++'s ABI policy document).
GLIBCXX_TO_GCC = {
    19: "4.8.3", 20: "4.9", 21: "5", 22: "6", 23: "7", 24: "7.2", 25: "8", 26: "9", 27: "10",
    28: "10", 29: "11", 30: "12", 31: "13", 32: "13.2", 33: "14",
}
_GLIBC = re.compile(r"\bGLIBC_(\d+(?:\.\d+)+)\b")
_GLIBCXX = re.compile(r"\bGLIBCXX_3\.4(?:\.(\d+))?\b")


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def required_versions(objdump_text: str) -> tuple[str | None, int | None]:
    """The highest GLIBC version and GLIBCXX_3.4 minor that undefined symbols of ``objdump -T`` need."""
    glibc: str | None = None
    glibcxx: int | None = None
    for line in objdump_text.splitlines():
        if "*UND*" not in line:
            continue  # symbols a library defines itself say nothing about the system
        for found in _GLIBC.findall(line):
            if glibc is None or _key(found) > _key(glibc):
                glibc = found
        for found in _GLIBCXX.findall(line):
            minor = int(found or 0)
            glibcxx = minor if glibcxx is None else max(glibcxx, minor)
    return glibc, glibcxx


def depends(glibc: str | None, glibcxx: int | None, host_libstdcxx: str = "") -> str:
    """The Depends entries for the versions found."""
    parts = [f"libc6 (>= {glibc})" if glibc else "libc6"]
    if glibcxx is None:
        parts.append("libstdc++6")
    elif glibcxx in GLIBCXX_TO_GCC:
        parts.append(f"libstdc++6 (>= {GLIBCXX_TO_GCC[glibcxx]})")
    elif host_libstdcxx:
        parts.append(f"libstdc++6 (>= {host_libstdcxx.split('-')[0]})")
    else:
        raise SystemExit(f"GLIBCXX_3.4.{glibcxx} is newer than deb_depends.GLIBCXX_TO_GCC knows: add it")
    return ", ".join(parts)


def elf_files(bundle: Path) -> Iterable[Path]:
    """Every regular ELF file under ``bundle``."""
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    yield path


def objdump(paths: list[Path]) -> str:
    """``objdump -T`` of the files, in batches."""
    chunks = []
    for start in range(0, len(paths), 50):
        batch = [str(p) for p in paths[start:start + 50]]
        result = subprocess.run(["objdump", "-T", *batch], capture_output=True, text=True, check=False)
        chunks.append(result.stdout)
    return "\n".join(chunks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--host-libstdcxx", default="", help="the build host's libstdc++6 package version")
    args = parser.parse_args(argv)
    files = list(elf_files(args.bundle))
    if not files:
        print(f"no ELF files under {args.bundle}", file=sys.stderr)
        return 2
    glibc, glibcxx = required_versions(objdump(files))
    print(depends(glibc, glibcxx, args.host_libstdcxx))
    return 0


if __name__ == "__main__":
    sys.exit(main())
