#!/usr/bin/env bash
# Offline wheelhouse for sites that do install Python packages (but have no package index).
#
# On a machine WITH index access, same OS family, CPU and Python minor version as the target:
#     bash packaging/wheelhouse.sh [OUTDIR]          # default: dist/wheelhouse
# It writes OUTDIR/ with a wheel of Counterweight and of every runtime dependency
# (no test extras), requirements.txt pinning them, and INSTALL.txt. Copy OUTDIR to the
# target (removable media) and there, with Python 3.11 or later:
#     python3 -m venv ~/counterweight-venv
#     ~/counterweight-venv/bin/pip install --no-index --find-links OUTDIR counterweight
#     ~/counterweight-venv/bin/counterweight --version
# The PySide6 wheels are platform wheels: build one wheelhouse per target platform
# (set PYTHON to the matching interpreter). The Qt system libraries still have to be on
# the target (see packaging/apt-packages.txt on Debian/Ubuntu).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PYTHON=${PYTHON:-python3.11}
OUT=$(mkdir -p "${1:-$ROOT/dist/wheelhouse}" && cd "${1:-$ROOT/dist/wheelhouse}" && pwd)
WORK="$ROOT/build/wheelhouse"

rm -rf "$WORK"
mkdir -p "$WORK/src"
# build the app's wheel from a clean copy (no stale build/lib files)
cp -a "$ROOT/pyproject.toml" "$ROOT/README.md" "$ROOT/desktop" "$ROOT/resources" "$ROOT/data" "$WORK/src/"
find "$WORK/src" \( -name __pycache__ -o -name '*.egg-info' \) -prune -exec rm -rf {} +
"$PYTHON" -m venv "$WORK/venv"
PIP=("$WORK/venv/bin/python" -m pip --disable-pip-version-check)
"${PIP[@]}" wheel --quiet --no-deps --wheel-dir "$OUT" "$WORK/src"
# then every runtime dependency as a wheel (only binary wheels: nothing compiles on the target)
"${PIP[@]}" download --quiet --only-binary=:all: --dest "$OUT" "$WORK/src"

# prove the folder is complete: install from it alone, offline, into a fresh venv
"$PYTHON" -m venv "$WORK/check"
"$WORK/check/bin/python" -m pip install --quiet --disable-pip-version-check --no-index --find-links "$OUT" counterweight
"$WORK/check/bin/python" -m pip freeze --disable-pip-version-check | grep -v '^counterweight' > "$OUT/requirements.txt"
VERSION=$("$WORK/check/bin/counterweight" --version)
cat > "$OUT/INSTALL.txt" <<TXT
Counterweight offline wheelhouse ($VERSION, for $("$PYTHON" -c 'import sys, sysconfig; print(f"Python {sys.version_info.major}.{sys.version_info.minor}, {sysconfig.get_platform()}")'))

    python3 -m venv counterweight-venv
    counterweight-venv/bin/pip install --no-index --find-links THIS_FOLDER counterweight
    counterweight-venv/bin/counterweight            # the window
    counterweight-venv/bin/counterweight --help     # the command line

(on Windows: counterweight-venv\\Scripts\\pip.exe ... and counterweight-venv\\Scripts\\counterweight.exe)
requirements.txt lists the exact versions in this folder.
TXT
ls "$OUT" | wc -l | xargs echo "wheels and files in $OUT:"
du -sh "$OUT"
