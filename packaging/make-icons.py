"""Make the program icons from resources/icons/counterweight.svg.

Windows (.ico) and macOS (.icns): run once after the SVG changes, from the repository
root, and commit the results::

    QT_QPA_PLATFORM=offscreen python packaging/make-icons.py

Linux (hicolor PNGs, 16 to 256 pixels): packaging/build-linux.sh writes them into the .deb
at build time, with only PySide6 (no Pillow, nothing committed)::

    QT_QPA_PLATFORM=offscreen python packaging/make-icons.py --hicolor DEBROOT/usr/share/icons/hicolor

Each size is drawn from the SVG by Qt (not scaled down from one large picture), so the
small sizes stay sharp; Pillow writes the two container formats. Needs PySide6 and
Pillow (a development tool only: Pillow is not a dependency of Counterweight, and the
icons are committed, so no build machine needs it).
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "counterweight.svg"
ICO = ROOT / "packaging" / "windows" / "counterweight.ico"
ICNS = ROOT / "packaging" / "macos" / "counterweight.icns"
#: Sizes Windows picks from (Explorer, taskbar, Start menu, high-DPI screens).
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
#: Sizes an .icns holds (the @2x variants reuse the larger pictures).
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
#: Sizes of the freedesktop hicolor theme (48 is the one the icon theme spec asks for).
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn at ``size`` x ``size`` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def render(renderer: QSvgRenderer, size: int):
    """The SVG drawn at ``size`` x ``size`` pixels, as a Pillow RGBA image."""
    from PIL import Image  # only the .ico and .icns need Pillow

    image = draw(renderer, size)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def write_hicolor(renderer: QSvgRenderer, theme: Path) -> list[Path]:
    """Write ``theme/NxN/apps/counterweight.png`` for each hicolor size; the paths written."""
    written = []
    for size in HICOLOR_SIZES:
        path = theme / f"{size}x{size}" / "apps" / "counterweight.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not draw(renderer, size).save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        path.chmod(0o644)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Draw the program icons from the SVG.")
    parser.add_argument("--hicolor", type=Path, metavar="THEME_DIR",
                        help="write only the Linux PNGs into this hicolor folder (needs no Pillow)")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    if args.hicolor is not None:
        written = write_hicolor(renderer, args.hicolor)
        print(f"wrote {len(written)} hicolor icons ({', '.join(p.parent.parent.name for p in written)})")
        return 0
    pictures = {size: render(renderer, size) for size in sorted(set(ICO_SIZES) | set(ICNS_SIZES))}
    largest_ico = max(ICO_SIZES)
    pictures[largest_ico].save(ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                               append_images=[pictures[s] for s in ICO_SIZES if s != largest_ico])
    largest_icns = max(ICNS_SIZES)
    pictures[largest_icns].save(ICNS, format="ICNS",
                                append_images=[pictures[s] for s in ICNS_SIZES if s != largest_icns])
    for path in (ICO, ICNS):
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
