"""The app's icons (menu, window, Windows .exe, macOS .app) are drawn from resources/makegood.svg and kept in step
with it: change the SVG, run ``python bundle/render_icons.py``."""

from __future__ import annotations

from PySide6.QtGui import QImage, QImageReader
from pytestqt.qtbot import QtBot

from bundle import render_icons

ARGB = QImage.Format.Format_ARGB32


def test_the_menu_icons_are_the_svg_as_drawn_now(qtbot: QtBot) -> None:
    for size in (48, 128, 256):
        stored = QImage(str(render_icons.png_path(size)))
        assert stored.size().width() == size and stored.size().height() == size
        assert stored.convertToFormat(ARGB) == render_icons.render(size).convertToFormat(ARGB), (
            f"makegood-{size}.png is out of date: run python bundle/render_icons.py")


def test_the_windows_and_macos_icons_hold_those_pngs(qtbot: QtBot) -> None:
    pngs = {size: render_icons.png_path(size).read_bytes() for size in (48, 128, 256)}
    ico = render_icons.ICONS / "makegood.ico"
    assert ico.read_bytes() == render_icons.ico(pngs)
    assert (render_icons.ICONS / "makegood.icns").read_bytes() == render_icons.icns(pngs)
    reader = QImageReader(str(ico))  # and an icon reader finds every size in it
    sizes = set()
    for _ in range(reader.imageCount()):
        sizes.add(reader.read().width())
        reader.jumpToNextImage()
    assert sizes == {48, 128, 256}


def test_the_icon_is_drawn_not_blank(qtbot: QtBot) -> None:
    image = render_icons.render(48)
    assert image.pixelColor(24, 20).alpha() == 255  # the speech bubble
    assert image.pixelColor(0, 47).alpha() == 0  # on a transparent square
