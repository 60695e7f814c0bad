#!/usr/bin/env bash
# Check a frozen Linux bundle before it is packaged (called by packaging/build-linux.sh):
#
#     bash packaging/linux/check-bundle.sh dist/counterweight
#
# 1. Qt's platform plugins are there (offscreen for reports and tests, xcb for the window).
#    PyInstaller finds Qt's plugins by starting Qt in a child process; on a build machine
#    without Qt's system libraries that fails with one warning among hundreds of lines, and
#    the bundle gets no plugins at all: every window and PDF then aborts on the user's machine.
# 2. The built program runs: --version, the window opened offscreen (COUNTERWEIGHT_SMOKE_TEST=1
#    says "smoke test: window shown"; COUNTERWEIGHT_SMOKE_BRIEF=OUT.pdf then exports the brief
#    from the window, in a child process, and quits), and `report` of the bundled example writes a PDF.
# Exits 0 when all pass, 5 (with the reason on stderr) when one fails.
set -uo pipefail

BUNDLE=${1:?usage: check-bundle.sh BUNDLE_FOLDER}
EXE="$BUNDLE/counterweight"
TIMEOUT_S=${CHECK_BUNDLE_TIMEOUT_S:-180}

fail() { printf 'check-bundle: %s\n' "$*" >&2; exit 5; }

[ -x "$EXE" ] || fail "no executable at $EXE"

platforms="$BUNDLE/_internal/PySide6/Qt/plugins/platforms"
for plugin in libqoffscreen.so libqxcb.so; do
    [ -s "$platforms/$plugin" ] || fail "the bundle has no Qt platform plugin $plugin (in $platforms).
PyInstaller could not start Qt on this machine to find its plugins: install the 'offscreen' and
'window' packages of packaging/apt-packages.txt and build again (see the top of build-linux.sh)."
done
echo "Qt platform plugins: $(cd "$platforms" && ls | paste -sd' ')"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
# A user's bare environment: its own home and data folder, offscreen Qt, no display.
run() {
    env -i PATH=/usr/bin:/bin HOME="$work/home" COUNTERWEIGHT_HOME="$work/data" XDG_RUNTIME_DIR="$work" \
        LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}

version=$(run timeout "$TIMEOUT_S" "$EXE" --version 2>&1) || fail "'counterweight --version' failed: $version"
echo "$version"

out=$(run COUNTERWEIGHT_SMOKE_TEST=1 COUNTERWEIGHT_SMOKE_BRIEF="$work/window-brief.pdf" timeout "$TIMEOUT_S" "$EXE" 2>&1)
status=$?
if [ $status != 0 ] || ! grep -q 'smoke test: window shown' <<<"$out"; then
    fail "the built program did not open its window offscreen (exit status $status):
$(tail -n 15 <<<"$out")"
fi
grep 'smoke test: window shown' <<<"$out" | head -n 1
# the window's File > Export brief starts the bundle's own executable as a child (ui/smoke.py)
if ! grep -q 'smoke test: brief written in a child process' <<<"$out"; then
    fail "the window did not export its brief through a child process:
$(tail -n 15 <<<"$out")"
fi
grep 'smoke test: brief written' <<<"$out" | head -n 1

example=$(find "$BUNDLE/_internal" -path '*/data/examples/north-korea-troops.json' | head -n 1)
[ -n "$example" ] || fail "the example decision is not in the bundle (data/examples/north-korea-troops.json)"
out=$(run timeout "$TIMEOUT_S" "$EXE" report "$example" -o "$work/brief.pdf" 2>&1)
status=$?
if [ $status != 0 ] || [ "$(head -c 5 "$work/brief.pdf" 2>/dev/null)" != "%PDF-" ]; then
    fail "the built program did not write the example's PDF brief (exit status $status):
$(tail -n 15 <<<"$out")"
fi
echo "$(head -n 1 <<<"$out")"
if grep -q -E 'Traceback|qt\.qpa\.plugin' <<<"$out"; then
    fail "the example's report printed errors:
$(tail -n 15 <<<"$out")"
fi
echo "bundle check: plugins, window, the window's brief and the PDF brief all fine"
