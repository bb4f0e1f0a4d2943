"""Render resources/makegood.svg into the icons the built app and the Linux menu use (bundle/icons/):
PNGs at 48, 128 and 256 px, drawn with Qt's own SVG renderer, and the same PNGs packed into makegood.ico
(Windows) and makegood.icns (macOS).

Run it after changing the SVG: ``python bundle/render_icons.py``; tests/bundle checks the files are up to date.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "makegood.svg"
ICONS = ROOT / "bundle" / "icons"
PNG_SIZES = (48, 128, 256)
ICNS_TYPES = {128: b"ic07", 256: b"ic08"}  # PNG-coded entries macOS reads since 10.5


def render(size: int) -> QImage:
    """The SVG drawn on a transparent square of ``size`` pixels."""
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise ValueError(f"{SOURCE} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_path(size: int) -> Path:
    return ICONS / f"makegood-{size}.png"


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon holding the PNGs as they are (PNG entries: Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    directory, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = size if size < 256 else 0  # 0 means 256 in an icon directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + directory + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon holding the PNGs of the sizes it has a PNG entry type for."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data
                    for size, data in sorted(pngs.items()) if size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs want bytes, Qt a str
        raise OSError("Qt could not encode a PNG")
    return bytes(data.data())


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    ICONS.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(render(size)) for size in PNG_SIZES}
    files = {png_path(size): data for size, data in pngs.items()}
    files[ICONS / "makegood.ico"] = ico(pngs)
    files[ICONS / "makegood.icns"] = icns(pngs)
    for path, data in files.items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
