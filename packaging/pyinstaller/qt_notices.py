"""The third-party code compiled into Qt's libraries, and the texts of its notices.

Read by ``licences.py`` beside this file (its :func:`licences.qt_parts_notices` adds a part's
notice when the Qt library holding it is collected). Where each text comes from and the evidence
for each part: ``packaging/licence-texts/qt-third-party/README.md``.
"""

from __future__ import annotations

from dataclasses import dataclass


#: Folder (in the repository and under ``licenses/``) of the notices of the code inside Qt.
QT_PARTS_FOLDER = "qt-third-party"
QT_PARTS_ORIGIN = "inside Qt (PySide6 wheel)"
#: The PySide6 version whose libraries :data:`QT_PARTS` was read from.
QT_PARTS_CHECKED_FOR = "6.11.3"
_CORE = r"(libQt6Core\.so.*|Qt6Core\.dll|QtCore)"
_GUI = r"(libQt6Gui\.so.*|Qt6Gui\.dll|QtGui)"


@dataclass(frozen=True)
class QtPart:
    """Third-party code compiled into a Qt library, and the texts that carry its notice.

    ``library`` is a regular expression matched against the names of the collected files:
    the part is listed only when a library holding it goes into the bundle.
    """

    name: str
    version: str
    licence: str
    library: str
    files: tuple[str, ...]


#: Evidence for each entry (version strings, dynamic dependencies) and where each text comes
#: from: packaging/licence-texts/qt-third-party/README.md. Texts are verbatim copies.
QT_PARTS: tuple[QtPart, ...] = (
    QtPart("About the texts in qt-third-party/ (sources, versions)", "", "see the file", _CORE, ("README.md",)),
    QtPart("ICU (libicuuc, libicui18n, libicudata; the data trimmed by icu_data.py)", "73.2",
           "Unicode-DFS-2016 (Unicode licence of ICU 58 to 73) and ICU's third-party notices",
           r"libicu(uc|i18n|data)\.so.*", ("icu-LICENSE",)),
    QtPart("PCRE2 with its JIT compiler SLJIT (Qt Core)", "10.49",
           "BSD-3-Clause with the PCRE2 binary-like packages exception; SLJIT: BSD-2-Clause",
           _CORE, ("pcre2-copyright", "qtbase-copyright")),
    QtPart("double-conversion (Qt Core)", "Qt 6.11.3's copy", "BSD-3-Clause", _CORE,
           ("qtbase-copyright", "icu-LICENSE")),
    QtPart("TinyCBOR, forkfd, easing equations by Robert Penner, RFC 6234 SHA-2, SHA-3/Keccak with "
           "brg_endian, MD4, MD5, SHA-1, SipHash, BLAKE2, Unicode character and CLDR locale data (Qt Core)",
           "Qt 6.11.3's copies", "MIT; MIT; BSD-3-Clause; BSD-3-Clause; CC0-1.0 and brg-endian; public domain;"
           " CC0-1.0; CC0-1.0 OR Apache-2.0; Unicode licence", _CORE, ("qtbase-copyright",)),
    QtPart("HarfBuzz (Qt GUI)", "14.6.0", "MIT (HarfBuzz's old-style MIT)", _GUI,
           ("harfbuzz-copyright", "qtbase-copyright")),
    QtPart("libpng (Qt GUI)", "1.6.59", "libpng-2.0", _GUI, ("libpng-copyright", "qtbase-copyright")),
    QtPart("MD4C, FreeType's anti-aliasing rasteriser, Khronos OpenGL and Vulkan headers, Vulkan Memory"
           " Allocator (Qt GUI); XCB-XInput (Qt XCB platform library)", "Qt 6.11.3's copies",
           "MIT; FTL OR GPL-2.0; MIT; MIT; MIT", _GUI, ("qtbase-copyright",)),
    QtPart("X11 region code in QRegion (Qt GUI)", "Qt 6.11.3's copy", "X11 AND HPND", _GUI,
           ("libx11-copyright",)),
    QtPart("Emoji Segmenter (Qt GUI)", "Qt 6.11.3's copy", "Apache-2.0", _GUI, ("Apache-2.0",)),
    QtPart("XSVG arc code in the SVG parser (Qt SVG)", "Qt 6.11.3's copy", "HPND-sell-variant",
           r"(libQt6Svg\.so.*|Qt6Svg\.dll|QtSvg)", ("qtsvg-copyright",)),
    QtPart("Smooth scaling of QImage, from Imlib2 (Qt GUI)", "Qt 6.11.3's copy", "BSD-2-Clause AND Imlib2",
           _GUI, ("imlib2-smoothscale-notice",)),
    QtPart("Adobe Glyph List For New Fonts, glyph names of the PDF writer (Qt GUI)", "1.7 (Qt's attribution)",
           "BSD-3-Clause", _GUI, ("aglfn-LICENSE",)),
    QtPart("WebGradients presets of QGradient (Qt GUI)", "Qt 6.11.3's copy", "MIT", _GUI, ("webgradients-notice",)),
)

#: Every Qt library and plugin the bundles keep, as read for :data:`QT_PARTS` (names as
#: collected: Linux ``.so`` files; Windows and macOS use the same module names). Qt itself is under
#: the LGPL v3 (the PySide6 wheels' notice); the third-party code inside each of these files is in
#: QT_PARTS, or there is none. A Qt file missing here has not been read: the bundle test fails
#: until it is, and its third-party code (if any) is added to QT_PARTS and README.md.
QT_FILES_EXAMINED: tuple[str, ...] = (
    r"lib(Qt6(Core|Gui|Widgets|Svg|Charts|PrintSupport|DBus|OpenGL|OpenGLWidgets|XcbQpa)\.so\.6)",
    r"libicu(uc|i18n|data)\.so\.73",
    r"libq(xcb|offscreen|svg|svgicon)\.so",
    r"lib(compose|ibus)platforminputcontextplugin\.so",
    r"libcupsprintersupport\.so",
    r"libqxcb-(egl|glx)-integration\.so",
)
