#!/usr/bin/env bash
# Counterweight from a source checkout, on Debian/Ubuntu, in one command.
#
#   bash packaging/dev.sh run [FILE]          open the app (optionally on a project FILE)
#   bash packaging/dev.sh test [PYTEST ARGS]  import contracts, whole test suite, then the
#                                             suite again with PySide6 made unimportable
#
# Each call makes sure, skipping whatever is already in place (a second run takes seconds):
#   1. the Debian packages Qt needs (packaging/apt-packages.txt), installed with apt-get,
#      through sudo when not root;
#   2. a virtual environment in .venv, made with python3 (3.11 or newer);
#   3. `pip install -e '.[test]'` into it, repeated only when pyproject.toml changes.
#
# Settings (environment variables):
#   PYTHON=/path/to/python3.11   interpreter for the virtual environment (default python3)
#   COUNTERWEIGHT_VENV=DIR       where the virtual environment lives (default .venv)
#   COUNTERWEIGHT_SKIP_APT=1     never call apt-get (you install the system packages yourself)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
VENV=${COUNTERWEIGHT_VENV:-$ROOT/.venv}
PYTHON=${PYTHON:-python3}
APT_LIST=$ROOT/packaging/apt-packages.txt
STAMP=$VENV/.counterweight-install-stamp

say() { printf 'dev.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

usage() {
  cat >&2 <<'EOF'
usage: bash packaging/dev.sh run [FILE]
       bash packaging/dev.sh test [PYTEST ARGS]
EOF
}

# ---------------------------------------------------------------- system packages

# Packages of the given groups of packaging/apt-packages.txt, one per line.
apt_packages() {
  awk -v groups=" $* " '$1 !~ /^#/ && NF >= 2 && index(groups, " " $1 " ") { print $2 }' "$APT_LIST"
}

# Those of the given packages that dpkg does not list as installed, one per line.
missing_debs() {
  local installed
  installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" 2>/dev/null | awk '$2 == "ii" { print $1 }' || true)
  local p
  for p in "$@"; do
    grep -qxF "$p" <<<"$installed" || echo "$p"
  done
}

python_version() { "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])'; }

# True when the interpreter can make a virtual environment with pip in it (Debian ships
# ensurepip separately, in python3.X-venv).
python_can_make_venv() { "$1" -c 'import ensurepip, venv' >/dev/null 2>&1; }

apt_install() {
  local sudo=() help="
  ask an administrator to run: apt-get install --no-install-recommends $*
  (once they are installed, this step is skipped; COUNTERWEIGHT_SKIP_APT=1 skips it always)"
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "these Debian packages are missing and only root can install them.$help"
    # Without a terminal sudo cannot ask for a password: say so instead of failing twice.
    [ -t 0 ] || sudo -n true 2>/dev/null ||
      die "these Debian packages are missing and sudo needs a password, but there is no terminal to type it.$help"
    sudo=(sudo)
  fi
  local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q)
  say "installing Debian packages: $*"
  if ! compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null; then
    "${apt[@]}" update || die "apt-get update failed"
  fi
  if ! "${apt[@]}" install -y --no-install-recommends "$@"; then
    say "retrying after apt-get update"
    { "${apt[@]}" update && "${apt[@]}" install -y --no-install-recommends "$@"; } ||
      die "could not install the Debian packages: $*$help"
  fi
}

# $@: groups of packaging/apt-packages.txt to make sure of.
ensure_system_packages() {
  [ "${COUNTERWEIGHT_SKIP_APT:-0}" = 1 ] && return 0
  if ! command -v dpkg-query >/dev/null 2>&1; then
    say "not a Debian-based system: install the equivalents of packaging/apt-packages.txt ($*) yourself"
    return 0
  fi
  local wanted
  mapfile -t wanted < <(apt_packages "$@")
  if ! command -v "$PYTHON" >/dev/null 2>&1; then
    [ "$PYTHON" = python3 ] || die "PYTHON=$PYTHON is not an executable"
    wanted+=(python3 python3-venv)
  elif ! venv_usable && ! python_can_make_venv "$PYTHON"; then
    wanted+=("python$(python_version "$PYTHON")-venv")
  fi
  local missing
  mapfile -t missing < <(missing_debs "${wanted[@]}")
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
}

# ---------------------------------------------------------------- virtual environment

# The venv exists, runs, and its scripts point at it (a copied or moved venv does not).
venv_usable() {
  [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1 &&
    [[ $(head -n 1 "$VENV/bin/pip" 2>/dev/null) == "#!$VENV/bin/python"* ]]
}

ensure_venv() {
  venv_usable && return 0
  if [ -e "$VENV" ]; then
    [ -f "$VENV/pyvenv.cfg" ] || die "$VENV exists but is not a virtual environment; move it away"
    say "recreating $VENV (it was copied, moved or broken)"
    rm -rf -- "$VENV"
  fi
  local version
  version=$(python_version "$PYTHON") || die "cannot run $PYTHON"
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
    die "Counterweight needs Python 3.11 or newer, and $PYTHON is $version; set PYTHON=/path/to/python3.11"
  python_can_make_venv "$PYTHON" ||
    die "$PYTHON cannot create virtual environments; install python$version-venv"
  say "creating $VENV with $PYTHON ($version)"
  "$PYTHON" -m venv "$VENV"
}

# pip install -e '.[test]' unless pyproject.toml is unchanged since the last install
# and the installed package is this checkout's.
ensure_installed() {
  local want have=""
  want="$(sha256sum pyproject.toml | cut -d' ' -f1) $(python_version "$VENV/bin/python")"
  [ -f "$STAMP" ] && have=$(cat "$STAMP")
  if [ "$want" = "$have" ] && [ "$("$VENV/bin/python" -c 'import counterweight; print(counterweight.__file__)' 2>/dev/null)" = "$ROOT/desktop/counterweight/__init__.py" ]; then
    return 0
  fi
  say "installing Counterweight and its dependencies into $VENV (first time: about 500 MB to download)"
  rm -f "$STAMP"
  "$VENV/bin/python" -m pip install --disable-pip-version-check -e '.[test]'
  echo "$want" >"$STAMP"
}

setup() {  # $@: package groups
  ensure_system_packages "$@"
  ensure_venv
  ensure_installed
}

# ---------------------------------------------------------------- run

cmd_run() {
  if [ -z "${QT_QPA_PLATFORM:-}" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    cat >&2 <<'EOF'
dev.sh: no display: DISPLAY and WAYLAND_DISPLAY are both unset, so there is nowhere to
open the Counterweight window.
  - On a desktop, run this command from a terminal inside the graphical session.
  - Over SSH, connect with `ssh -X` so the window opens on your screen.
  - On a machine without a screen, use a virtual one:
        apt-get install xvfb xauth
        xvfb-run -a bash packaging/dev.sh run [FILE]
  - To check only that the app starts, without a window:
        QT_QPA_PLATFORM=offscreen bash packaging/dev.sh run
EOF
    exit 2
  fi
  setup offscreen window
  exec "$VENV/bin/counterweight" "$@"
}

# ---------------------------------------------------------------- test

# Counts from pytest's closing line in log $1, as "passed failed skipped" (errors count as failed).
pytest_counts() {
  "$VENV/bin/python" - "$1" <<'PY'
import re, sys
text = re.sub(r"\x1b\[[0-9;]*m", "", open(sys.argv[1], encoding="utf-8", errors="replace").read())
lines = [l for l in text.splitlines() if re.search(r"\b(passed|failed|errors?|skipped|deselected|no tests ran)\b.* in [0-9.]+s", l)]
counts = {k: 0 for k in ("passed", "failed", "error", "skipped")}
for number, word in re.findall(r"(\d+) (passed|failed|errors?|skipped)", lines[-1] if lines else ""):
    counts[word.rstrip("s") if word.startswith("error") else word] += int(number)
print(counts["passed"], counts["failed"] + counts["error"], counts["skipped"])
PY
}

cmd_test() {
  setup offscreen test
  export QT_QPA_PLATFORM=offscreen
  local color=()
  [ -t 1 ] && color=(--color=yes)
  LOG_DIR=$(mktemp -d)
  trap 'rm -rf -- "$LOG_DIR"' EXIT
  local log=$LOG_DIR
  local names=() results=() rc
  local total_passed=0 total_failed=0 total_skipped=0

  step() {  # $1: label, $2: log name, then the command
    local label=$1 name=$2
    shift 2
    printf '\n===== dev.sh: %s =====\n' "$label"
    set +e
    "$@" 2>&1 | tee "$log/$name"
    rc=${PIPESTATUS[0]}
    set -e
    names+=("$label")
    if [ "$rc" = 0 ]; then results+=("ok")
    elif [ "$rc" = 5 ] && [[ $name != lint* ]]; then results+=("ok (no tests selected)")
    else results+=("FAILED (exit $rc)")
    fi
    if [[ $name != lint* ]]; then
      local p f s
      read -r p f s < <(pytest_counts "$log/$name") || true
      total_passed=$((total_passed + p)); total_failed=$((total_failed + f)); total_skipped=$((total_skipped + s))
    fi
  }

  step "import contracts (lint-imports)" lint "$VENV/bin/lint-imports"
  step "unused imports and undefined names (ruff)" lint-names "$VENV/bin/ruff" check --no-cache
  step "pytest, whole suite" full "$VENV/bin/python" -m pytest "${color[@]}" "$@"
  step "pytest, PySide6 blocked (tests that need no Qt)" noqt \
    "$VENV/bin/python" -m pytest -p tests.no_qt -p no:cacheprovider "${color[@]}" "$@"

  printf '\n===== dev.sh: summary =====\n'
  local i failed=0
  for i in "${!names[@]}"; do
    printf '  %-50s %s\n' "${names[$i]}" "${results[$i]}"
    [[ ${results[$i]} == ok* ]] || failed=1
  done
  # Closing line summed over both pytest runs (the no-Qt run repeats part of the suite).
  printf 'total: %d passed, %d failed, %d skipped\n' "$total_passed" "$total_failed" "$total_skipped"
  return "$failed"
}

# ---------------------------------------------------------------- main

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  test) shift; cmd_test "$@" ;;
  -h|--help|help) usage; exit 0 ;;
  *) usage; exit 2 ;;
esac
