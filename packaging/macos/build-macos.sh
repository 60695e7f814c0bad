#!/usr/bin/env bash
# Build Counterweight.app and a .dmg in one command (macOS 12+, from the repository root):
#
#     bash packaging/macos/build-macos.sh
#
# NOT built or tested here: the project's machines run Linux. Written to run unchanged on
# macOS with Python 3.11 (python.org or Homebrew) and the Xcode command-line tools (hdiutil
# is part of macOS). The spec reads packaging/macos/Info.plist (document type for
# *.counterweight) and packaging/macos/counterweight.icns (committed; packaging/make-icons.py).
# The app is not signed or notarised: on managed Macs, sign it with the site's identity
# (codesign --deep --options runtime -s "ID" dist/Counterweight.app) before shipping.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PYTHON=${PYTHON:-python3.11}
WORK="$ROOT/build/macos"
DIST="$ROOT/dist"

rm -rf "$WORK" "$DIST/counterweight" "$DIST/Counterweight.app"
mkdir -p "$WORK/src" "$DIST"
"$PYTHON" -m venv "$WORK/venv"
PY="$WORK/venv/bin/python"
cp -R "$ROOT/pyproject.toml" "$ROOT/README.md" "$ROOT/desktop" "$ROOT/resources" "$ROOT/data" "$WORK/src/"
"$PY" -m pip install --disable-pip-version-check "$WORK/src" "${PYINSTALLER_SPEC:-pyinstaller>=6.10,<7}"
VERSION=$("$PY" -c 'import counterweight; print(counterweight.__version__)')

(cd "$WORK" && "$PY" -m PyInstaller --noconfirm --clean --distpath "$DIST" --workpath "$WORK/pyinstaller" \
    "$ROOT/packaging/pyinstaller/counterweight.spec")
"$DIST/Counterweight.app/Contents/MacOS/counterweight" --version

DMG="$DIST/counterweight-$VERSION-macos.dmg"
rm -f "$DMG"
hdiutil create -volname "Counterweight $VERSION" -srcfolder "$DIST/Counterweight.app" -ov -format UDZO "$DMG"
du -sh "$DIST/Counterweight.app" "$DMG"
echo "test it: COUNTERWEIGHT_BUNDLE=$DIST/counterweight python -m pytest tests/packaging/test_bundle.py"
