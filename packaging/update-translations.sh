#!/usr/bin/env bash
# Regenerate Counterweight's translation files from the source code.
#
#   bash packaging/update-translations.sh
#
# 1. Qt's lupdate scans desktop/counterweight/ui, desktop/counterweight/charts and the frozen
#    launcher (packaging/pyinstaller/launch.py: its "updated while open" notice) for
#    tr(), QCoreApplication.translate() and QT_TRANSLATE_NOOP() strings and updates
#    resources/translations/counterweight_<lang>.ts (existing translations are kept,
#    strings no longer in the code are dropped; no line numbers, so diffs stay small).
# 2. Qt's lrelease compiles each .ts into the .qm the application loads. The .qm files
#    are committed: a frozen bundle has no lrelease to build them at start-up.
#
# Notes for translators are "#: Translators: ..." comments just above the string. lupdate
# reads every "#:" comment as such a note, and the code also uses "#:" to document
# constants, so after lupdate only the part of a note from "Translators:" on is kept,
# and notes without it are dropped.
#
# Translate with Qt Linguist (pyside6-linguist), then run this script again.
# Settings: PYSIDE6_BIN=DIR holds pyside6-lupdate/pyside6-lrelease (default: beside
# the python3 on PATH, then PATH itself).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
OUT=resources/translations
LANGUAGES=(en fr)

tool() {
    local name=$1
    if [[ -n "${PYSIDE6_BIN:-}" && -x "$PYSIDE6_BIN/$name" ]]; then echo "$PYSIDE6_BIN/$name"; return; fi
    local py_dir
    py_dir=$(dirname "$(command -v python3 || echo /nonexistent/python3)")
    if [[ -x "$py_dir/$name" ]]; then echo "$py_dir/$name"; return; fi
    command -v "$name" || { echo "update-translations.sh: $name not found (pip install PySide6-Essentials)" >&2; exit 1; }
}
LUPDATE=$(tool pyside6-lupdate)
LRELEASE=$(tool pyside6-lrelease)
PYTHON=$(dirname "$LUPDATE")/python3
[[ -x "$PYTHON" ]] || PYTHON=python3

mkdir -p "$OUT"
for lang in "${LANGUAGES[@]}"; do
    ts="$OUT/counterweight_$lang.ts"
    "$LUPDATE" -extensions py -no-obsolete -locations none -source-language en \
        -target-language "$lang" desktop/counterweight/ui desktop/counterweight/charts packaging/pyinstaller/launch.py -ts "$ts"
    "$PYTHON" - "$ts" <<'PY'
import re, sys
path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    text = f.read()
def keep(match):
    note = match.group(2)
    at = note.find("Translators:")
    return "" if at < 0 else f"{match.group(1)}<extracomment>{note[at:]}</extracomment>"
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write(re.sub(r"(\n[ \t]*)<extracomment>(.*?)</extracomment>", keep, text, flags=re.S))
PY
    "$LRELEASE" -silent "$ts" -qm "$OUT/counterweight_$lang.qm"
done
echo "update-translations.sh: wrote ${LANGUAGES[*]/#/$OUT/counterweight_}(.ts/.qm)"
