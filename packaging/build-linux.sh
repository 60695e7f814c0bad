#!/usr/bin/env bash
# Build the Linux installers in one command:
#
#     bash packaging/build-linux.sh
#
# 0. makes sure of what the build machine needs (below): installs the missing Debian packages
#    with apt-get when run as root or with sudo that needs no password (as packaging/dev.sh
#    does), else stops with the list (COUNTERWEIGHT_SKIP_APT=1: never call apt-get);
# 1. makes a clean build venv in build/linux/venv (Python from $PYTHON, default python3.11)
#    and installs the application from a clean copy of the source, without test extras,
#    plus PyInstaller;
# 2. freezes it with packaging/pyinstaller/counterweight.spec into dist/counterweight/;
# 3. checks that every bundled Qt library and plugin finds its dependencies (in the
#    bundle, or among the system packages the .deb declares), that Qt's platform plugins
#    are there, and that the built program opens its window offscreen and writes the
#    example's PDF brief (packaging/linux/check-bundle.sh; the build stops if not);
# 4. writes dist/counterweight-<version>-linux-x86_64.tar.gz and
#    dist/counterweight_<version>_amd64.deb (installs to /opt/counterweight; the third-party
#    licences are in _internal/licenses/ and, in the .deb, /usr/share/doc/counterweight/ too,
#    with the changelog, a man page, hicolor icons and lintian overrides); its Depends name
#    the glibc and libstdc++ versions the bundle's files need (objdump -T);
# 5. prints the sizes against the budget and exits 3 if one is over it
#    (ALLOW_OVER_BUDGET=1 turns that into a warning).
#
# Needs (Debian 12 / Ubuntu 22.04 or newer; step 0 installs the packages):
#   - Python 3.11 with venv and its shared library (python3.11-venv, libpython3.11);
#   - dpkg-dev (dpkg-deb) and binutils (strip, objdump, as, ld);
#   - the Qt system libraries of packaging/apt-packages.txt's "offscreen" and "window" groups:
#     PyInstaller starts Qt to find its plugins, and without them it silently bundles none;
#   - desktop-file-utils and lintian are used when present (the .desktop file and the .deb
#     are checked), and skipped otherwise;
#   - access to a package index (or PIP_FIND_LINKS / PIP_NO_INDEX pointing at a wheelhouse:
#     packaging/wheelhouse.sh).
# Build on the oldest distribution you support: the bundle needs the build host's glibc
# (Debian's libpython3.11 needs glibc >= 2.35, more than the PySide6 wheels' 2.34; Debian 12
# and Ubuntu 22.04 are fine), and the .deb's Depends say which version it found.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PYTHON=${PYTHON:-python3.11}
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-"pyinstaller>=6.10,<7"}
WORK="$ROOT/build/linux"
DIST="$ROOT/dist"
BUNDLE="$DIST/counterweight"
BUDGET_BUNDLE_MB=150
BUDGET_DEB_MB=60
# The .deb's Maintainer (and its changelog's signature). The project has no mail domain of its
# own, so the default is a role name at a reserved domain that can never receive mail (RFC 2606
# ".invalid"): it claims no one else's address. Set DEB_MAINTAINER to the team that distributes
# the package, e.g. DEB_MAINTAINER="Analysis tools team <tools@agency.example>".
DEB_MAINTAINER=${DEB_MAINTAINER:-"Counterweight maintainers <maintainers@counterweight.invalid>"}

say() { printf '\n== %s\n' "$*"; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }

# ------------------------------------------------------------ 0. what the build machine needs
APT_LIST="$ROOT/packaging/apt-packages.txt"
command -v "$PYTHON" >/dev/null || { echo "$PYTHON is needed (apt-get install python3.11 python3.11-venv)" >&2; exit 2; }
PYVER=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
# Debian packages this build needs, one per line.
build_packages() {
    echo dpkg-dev
    echo binutils
    # A Debian Python needs its shared library (PyInstaller bundles it) and venv packages.
    case "$(readlink -f "$(command -v "$PYTHON")")" in
        /usr/bin/*) echo "libpython$PYVER"; echo "python$PYVER-venv" ;;
    esac
    awk '$1 !~ /^#/ && NF >= 2 && ($1 == "offscreen" || $1 == "window") { print $2 }' "$APT_LIST"
}
if command -v dpkg-query >/dev/null; then
    wanted=$(build_packages)
    have=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' $wanted 2>/dev/null | awk '$2 == "ii" { print $1 }' || true)
    missing_debs=$(comm -23 <(echo "$wanted" | sort -u) <(echo "$have" | sort -u) | paste -sd' ')
    if [ -n "$missing_debs" ]; then
        sudo=()
        if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo); fi
        if [ "${COUNTERWEIGHT_SKIP_APT:-0}" = 1 ] || { [ "$(id -u)" != 0 ] && [ ${#sudo[@]} = 0 ]; }; then
            echo "the build machine lacks these Debian packages (see the top of this script):" >&2
            echo "  apt-get install --no-install-recommends $missing_debs" >&2
            exit 2
        fi
        echo "installing the Debian packages the build needs: $missing_debs" >&2
        apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q)
        compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null || "${apt[@]}" update >&2
        # shellcheck disable=SC2086
        "${apt[@]}" install -y --no-install-recommends $missing_debs >&2 ||
            { "${apt[@]}" update >&2 && "${apt[@]}" install -y --no-install-recommends $missing_debs >&2; } ||
            { echo "could not install: $missing_debs" >&2; exit 2; }
    fi
fi
command -v dpkg-deb >/dev/null || { echo "dpkg-deb is needed (apt-get install dpkg-dev)" >&2; exit 2; }
for tool in strip objdump as ld; do  # as and ld link the trimmed ICU data library (pyinstaller/icu_data.py)
    command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install binutils)" >&2; exit 2; }
done
start=$(date +%s)

# One build at a time: a second run would delete the first one's build/linux and dist/ files.
mkdir -p "$ROOT/build"
exec 9>"$ROOT/build/.build-linux.lock"
flock -n 9 || { echo "another packaging/build-linux.sh is running; waiting for it" >&2; flock 9; }

say "clean build venv ($PYTHON)"
rm -rf "$WORK"
mkdir -p "$WORK" "$DIST"
"$PYTHON" -m venv "$WORK/venv"
PY="$WORK/venv/bin/python"

# Install from a copy, so stale build/lib files of earlier setuptools runs in the
# checkout can never end up in the bundle.
say "install the application (no test extras) and PyInstaller"
mkdir -p "$WORK/src"
cp -a "$ROOT/pyproject.toml" "$ROOT/README.md" "$ROOT/desktop" "$ROOT/resources" "$ROOT/data" "$WORK/src/"
find "$WORK/src" \( -name __pycache__ -o -name '*.egg-info' \) -prune -exec rm -rf {} +
"$PY" -m pip install --quiet --disable-pip-version-check "$WORK/src" "$PYINSTALLER_SPEC"
VERSION=$("$PY" -c 'import counterweight; print(counterweight.__version__)')
"$PY" -m pip list --disable-pip-version-check --format=freeze > "$WORK/build-requirements.txt"
echo "counterweight $VERSION; $(grep -i -E '^(pyinstaller|pyside6-essentials)==' "$WORK/build-requirements.txt" | tr '\n' ' ')"

say "PyInstaller"
t0=$(date +%s)
rm -rf "$BUNDLE"
(cd "$WORK" && "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK/pyinstaller" "$ROOT/packaging/pyinstaller/counterweight.spec")
echo "frozen in $(( $(date +%s) - t0 )) s"
# A Python built with an rpath (pyenv's: ~/.pyenv/versions/X/lib) leaves that build-host
# folder in libpython's and its extension modules' RUNPATH; the bundle must not search there.
"$PY" "$ROOT/packaging/linux/drop_runpath.py" "$BUNDLE"

say "dependency check of the bundled libraries"
# Every library that a bundled file names as NEEDED must be in the bundle, be part of
# glibc, or come from a package the .deb depends on (SYSTEM_OK). Comparing names, rather
# than looking for ldd's "not found", also catches a library that only the build host has
# (a clean target without it would fail to start).
GLIBC='^(libc|libm|libdl|libpthread|librt|libutil|libresolv|ld-linux-x86-64)\.so'
SYSTEM_OK='^(libGL|libEGL|libOpenGL|libGLX|lib(X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|xcb|xkbcommon|fontconfig|freetype|png16|expat|dbus-1|systemd|glib-2|gthread-2|gobject-2|gmodule-2|gio-2|pcre2-8|cups|avahi|gnutls|nettle|hogweed|gmp|p11-kit|tasn1|unistring|idn2|gssapi_krb5|krb5|k5crypto|com_err|keyutils|gcrypt|gpg-error|lz4|zstd|cap|brotli|stdc\+\+|gcc_s|bsd|md)[-.a-z0-9]*)'
bundled=$(find "$BUNDLE" \( -type f -o -type l \) -printf '%f\n' | sort -u)
needed=$(find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' -o -path "$BUNDLE/counterweight" \) -print0 \
    | xargs -0 -n 50 readelf -d 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]$/\1/p' | sort -u)
missing=$(comm -23 <(echo "$needed") <(echo "$bundled") | grep -v -E "$GLIBC" | grep -v -E "$SYSTEM_OK" || true)
if [ -n "$missing" ]; then
    echo "bundled libraries need files that are neither bundled nor declared:" >&2
    echo "$missing" >&2
    exit 4
fi
# Qt's platform plugins, the offscreen window and the example's PDF brief (the build stops
# here when PyInstaller could not start Qt and bundled no plugins).
bash "$ROOT/packaging/linux/check-bundle.sh" "$BUNDLE"
# The spec collects every bundled component's licence files into _internal/licenses/.
LICENSES="$BUNDLE/_internal/licenses"
[ -s "$LICENSES/README.txt" ] || { echo "the bundle has no licenses/README.txt (see licences.py)" >&2; exit 4; }
echo "licence notices: $(find "$LICENSES" -mindepth 1 -maxdepth 1 -type d | wc -l) components, $(du -sh "$LICENSES" | cut -f1)"
# PyInstaller leaves symlinks to the Qt libraries the spec filtered out; drop them.
find "$BUNDLE" -xtype l -delete

say "tar.gz"
TARBALL="$DIST/counterweight-$VERSION-linux-x86_64.tar.gz"
tar -C "$DIST" --owner=0 --group=0 --numeric-owner \
    --transform "s,^counterweight,counterweight-$VERSION," -czf "$TARBALL" counterweight

say ".deb"
DEBROOT="$WORK/deb"
rm -rf "$DEBROOT"
mkdir -p "$DEBROOT/DEBIAN" "$DEBROOT/opt" "$DEBROOT/usr/bin" "$DEBROOT/usr/share/applications" \
    "$DEBROOT/usr/share/icons/hicolor/scalable/apps" "$DEBROOT/usr/share/mime/packages"
cp -a "$BUNDLE" "$DEBROOT/opt/counterweight"
ln -s /opt/counterweight/counterweight "$DEBROOT/usr/bin/counterweight"
install -m 644 "$ROOT/packaging/linux/counterweight.desktop" "$DEBROOT/usr/share/applications/"
install -m 644 "$ROOT/resources/icons/counterweight.svg" "$DEBROOT/usr/share/icons/hicolor/scalable/apps/"
# PNG sizes for menus and docks that do not draw SVG, drawn by Qt from the same SVG.
QT_QPA_PLATFORM=offscreen "$PY" "$ROOT/packaging/make-icons.py" --hicolor "$DEBROOT/usr/share/icons/hicolor"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$ROOT/packaging/linux/counterweight.desktop" ||
        { echo "packaging/linux/counterweight.desktop fails desktop-file-validate" >&2; exit 4; }
else
    echo "desktop-file-validate not installed (desktop-file-utils): the .desktop file is not checked" >&2
fi
# The man page, made from the command line's own argparse parsers.
mkdir -p "$DEBROOT/usr/share/man/man1"
"$PY" "$ROOT/packaging/linux/make-manpage.py" | gzip -9n > "$DEBROOT/usr/share/man/man1/counterweight.1.gz"
mkdir -p "$DEBROOT/usr/share/lintian/overrides"
install -m 644 "$ROOT/packaging/linux/lintian-overrides" "$DEBROOT/usr/share/lintian/overrides/counterweight"
install -m 644 "$ROOT/packaging/linux/counterweight-mime.xml" "$DEBROOT/usr/share/mime/packages/counterweight.xml"
install -m 755 "$ROOT/packaging/linux/postinst" "$ROOT/packaging/linux/postrm" "$DEBROOT/DEBIAN/"
# Debian keeps licences in /usr/share/doc/<package>/: a copyright file (the index of the
# bundled components) and a copy of the licence files, which also stay in the bundle.
DOC="$DEBROOT/usr/share/doc/counterweight"
mkdir -p "$DOC"
cp -a "$LICENSES" "$DOC/licenses"
# changelog.gz of a native package is read as a Debian changelog: one entry for this version
# whose text is CHANGELOG.md, wrapped and indented (dated from SOURCE_DATE_EPOCH when set).
{
    echo "counterweight ($VERSION) stable; urgency=medium"
    echo
    echo "  * Counterweight $VERSION. The project's changelog (CHANGELOG.md) follows."
    echo
    fold -s -w 78 "$ROOT/CHANGELOG.md" | sed -e 's/^/  /' -e 's/^ *$//'
    echo
    echo " -- $DEB_MAINTAINER  $(date -R ${SOURCE_DATE_EPOCH:+-d @$SOURCE_DATE_EPOCH})"
} | gzip -9n > "$DOC/changelog.gz"
APP_LICENSE=$("$PY" -c 'from importlib.metadata import metadata; print(metadata("counterweight")["License"] or "see its documentation")')
{
    echo "Counterweight $VERSION"
    echo "Copyright: Counterweight authors"
    echo "Licence of Counterweight itself: $APP_LICENSE"
    echo
    echo "Qt, PySide6 and shiboken6 are used under the GNU Lesser General Public License version 3,"
    echo "which builds on the GNU General Public License version 3. On Debian systems their complete"
    echo "texts are in /usr/share/common-licenses/LGPL-3 and /usr/share/common-licenses/GPL-3; copies"
    echo "are in the folders of those components below."
    echo
    echo "The third-party components bundled in /opt/counterweight/_internal/ are listed below."
    echo "Their licence files are in /usr/share/doc/counterweight/licenses/ (the same files as"
    echo "/opt/counterweight/_internal/licenses/, in the folder each entry names)."
    echo
    cat "$LICENSES/README.txt"
} > "$DOC/copyright"
chmod -R u=rwX,go=rX "$DOC"
# Depends: Qt's system libraries; the xcb ones come from packaging/apt-packages.txt.
xcb=$(awk '$1 == "window" && $2 ~ /^libxcb/ { print $2 }' "$ROOT/packaging/apt-packages.txt")
# The spec leaves the X11/xcb, font, GLib, D-Bus and C++ runtime libraries to the system
# (see LINUX_SYSTEM_LIBS in the spec), so their packages are listed here too. No Wayland
# libraries: the bundle has no Wayland plugin and runs under XWayland on Wayland desktops.
DEPENDS=$(echo libgl1 libegl1 libfontconfig1 fontconfig-config libfreetype6 libxkbcommon0 \
    libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0 libx11-6 libx11-xcb1 libxcb1 libxcb-glx0 \
    libxcb-randr0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libgcc-s1 $xcb \
    | tr ' \n' '\n\n' | grep . | paste -sd, | sed 's/,/, /g')
# libc6 and libstdc++6 at the versions the bundle's ELF files ask for (objdump -T: the
# highest GLIBC_ and GLIBCXX_ symbol versions): apt then refuses the .deb on an older system
# instead of installing a program that cannot start.
HOST_LIBSTDCXX=$(dpkg-query -W -f='${Version}' libstdc++6 2>/dev/null || true)
DEPENDS="$("$PY" "$ROOT/packaging/linux/deb_depends.py" --host-libstdcxx "$HOST_LIBSTDCXX" "$BUNDLE"), $DEPENDS"
RECOMMENDS=$(echo fonts-dejavu-core fonts-wqy-microhei libcups2 shared-mime-info desktop-file-utils hicolor-icon-theme \
    | tr ' ' '\n' | grep . | paste -sd, | sed 's/,/, /g')
INSTALLED_KB=$(du -sk --apparent-size "$DEBROOT" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@INSTALLED_SIZE@/$INSTALLED_KB/" -e "s|@MAINTAINER@|$DEB_MAINTAINER|" \
    -e "s/@DEPENDS@/$DEPENDS/" -e "s/@RECOMMENDS@/$RECOMMENDS/" \
    "$ROOT/packaging/linux/control.in" > "$DEBROOT/DEBIAN/control"
DEB="$DIST/counterweight_${VERSION}_amd64.deb"
dpkg-deb --root-owner-group -Zxz --build "$DEBROOT" "$DEB" >/dev/null
dpkg-deb --info "$DEB" | sed -n '/Package:/,/Description:/p'
if command -v lintian >/dev/null; then
    say "lintian (the expected findings of a bundle in /opt are in packaging/linux/lintian-overrides)"
    lintian --tag-display-limit 0 "$DEB" || true
fi

say "sizes (budget: bundle < $BUDGET_BUNDLE_MB MB, .deb < $BUDGET_DEB_MB MB)"
bundle_bytes=$(du -sb "$BUNDLE" | cut -f1)
deb_bytes=$(stat -c %s "$DEB")
tar_bytes=$(stat -c %s "$TARBALL")
over=0
printf '%-40s %8s MB\n' "dist/counterweight/ (bundle)" "$(mb "$bundle_bytes")"
printf '%-40s %8s MB\n' "$(basename "$TARBALL")" "$(mb "$tar_bytes")"
printf '%-40s %8s MB\n' "$(basename "$DEB")" "$(mb "$deb_bytes")"
[ "$bundle_bytes" -lt $((BUDGET_BUNDLE_MB * 1048576)) ] || { echo "bundle is OVER BUDGET" >&2; over=1; }
[ "$deb_bytes" -lt $((BUDGET_DEB_MB * 1048576)) ] || { echo ".deb is OVER BUDGET" >&2; over=1; }
echo "total build time $(( $(date +%s) - start )) s"
if [ "$over" = 1 ] && [ "${ALLOW_OVER_BUDGET:-0}" != 1 ]; then
    exit 3
fi
echo "test the bundle: COUNTERWEIGHT_BUNDLE=$BUNDLE python -m pytest tests/packaging/test_bundle.py"
