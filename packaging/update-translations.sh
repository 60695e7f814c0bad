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
    before=$(mktemp)
    cp "$ts" "$before" 2>/dev/null || : >"$before"
    "$LUPDATE" -extensions py -no-obsolete -locations none -source-language en \
        -target-language "$lang" desktop/counterweight/ui desktop/counterweight/charts packaging/pyinstaller/launch.py -ts "$ts"
    "$PYTHON" - "$ts" "$before" <<'PY'
import html, re, sys
path, before = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    text = f.read()
def keep(match):
    note = match.group(2)
    at = note.find("Translators:")
    return "" if at < 0 else f"{match.group(1)}<extracomment>{note[at:]}</extracomment>"
text = re.sub(r"(\n[ \t]*)<extracomment>(.*?)</extracomment>", keep, text, flags=re.S)
# lupdate marks a string as plural ("%n") only for self.tr(text, "", n); QCoreApplication.translate(ctx, text,
# "", n) passes n too, but lupdate writes its entry singular, and Qt then ignores the translation whenever n > 1.
# Such entries are made plural here, and their finished plural translations are carried over from the file as it
# was before lupdate (which would otherwise cut them to one form and mark them unfinished).
MESSAGE = re.compile(r"(<message[^>]*>)(.*?</message>)", re.S)
TRANSLATION = re.compile(r"<translation([^>]*)>(.*?)</translation>|<translation([^>]*?)\s*/>", re.S)
def contexts(xml):
    for ctx in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", xml, re.S):
        yield ctx.group(1), ctx
with open(before, encoding="utf-8") as f:
    previous = f.read()
finished = {}
for name, ctx in contexts(previous):
    for m in MESSAGE.finditer(ctx.group(2)):
        t = TRANSLATION.search(m.group(2))
        if 'numerus="yes"' in m.group(1) and t and t.group(2) is not None and "type=" not in t.group(1):
            finished[(name, html.unescape(m.group(2).split("</source>")[0]))] = t.group(0)
def plural_in(name):
    def plural(match):
        head, body = match.group(1), match.group(2)
        source = body.split("</source>")[0]
        if "numerus=" in head or "%n" not in source:
            return match.group(0)
        def forms(t):  # one plural form per line, as lupdate writes them (two, for English as for French)
            if (name, html.unescape(source)) in finished:  # ElementTree and lupdate escape quotes differently
                return finished[(name, html.unescape(source))]
            attrs, said = t.group(1) or t.group(3) or "", t.group(2) or ""
            if "<numerusform" in said:
                return t.group(0)
            form = f"\n            <numerusform>{said}</numerusform>"
            return f"<translation{attrs}>{form}{form}\n        </translation>"
        return head[:-1] + ' numerus="yes">' + TRANSLATION.sub(forms, body, count=1)
    return plural
parts, at = [], 0
for name, ctx in contexts(text):
    parts += [text[at:ctx.start(2)], MESSAGE.sub(plural_in(name), ctx.group(2))]
    at = ctx.end(2)
text = "".join(parts) + text[at:]
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write(text)
PY
    rm -f "$before"
    "$LRELEASE" -silent "$ts" -qm "$OUT/counterweight_$lang.qm"
done
echo "update-translations.sh: wrote ${LANGUAGES[*]/#/$OUT/counterweight_}(.ts/.qm)"
