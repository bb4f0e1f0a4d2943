"""The colours ui.theme hands out: readable (WCAG 4.5:1 for text, 3:1 for chart ink) on light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.desk_tour import applied, dark_palette
from ui import theme
from ui.forms import banner_label, error_label

Role = QPalette.ColorRole


def light_palette() -> QPalette:
    return QApplication.style().standardPalette()


def test_contrast_is_the_wcag_ratio(qapp: QApplication) -> None:
    assert theme.contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert theme.contrast(QColor("#b00020"), QColor("#b00020")) == pytest.approx(1.0)


@pytest.mark.parametrize("make", [light_palette, dark_palette], ids=["light", "dark"])
def test_text_colours_reach_4_5_on_the_background_they_are_painted_on(qapp: QApplication, make: object) -> None:
    palette = make()  # type: ignore[operator]
    error = theme.error_text(palette)
    assert theme.contrast(error, palette.color(Role.Window)) >= 4.5
    assert theme.contrast(error, palette.color(Role.Base)) >= 4.5
    overdue = theme.overdue_text(palette)
    for role in (Role.Base, Role.AlternateBase):
        assert theme.contrast(overdue, palette.color(role)) >= 4.5
    background, border, text = theme.banner_colours(palette)
    assert theme.contrast(text, background) >= 4.5
    assert theme.contrast(border, background) >= 3.0
    for colour, hue in ((error, theme.ERROR_HUE), (overdue, theme.OVERDUE_HUE)):  # still the same red
        assert abs(colour.hslHue() - QColor(hue).hslHue()) <= 3


def test_the_dark_palette_does_not_get_the_light_colours(qapp: QApplication) -> None:
    dark, light = dark_palette(), light_palette()
    assert theme.is_dark(dark) and not theme.is_dark(light)
    # the light desk's red on the dark window would be unreadable: the dark desk gets a lighter one
    assert theme.contrast(QColor(theme.ERROR_HUE), dark.color(Role.Window)) < 4.5
    assert theme.luminance(theme.error_text(dark)) > theme.luminance(theme.error_text(light))
    assert theme.banner_colours(dark)[0] != theme.banner_colours(light)[0]


def test_a_colour_already_readable_is_kept(qapp: QApplication) -> None:
    assert theme.readable("#000000", QColor("white")) == QColor("#000000")
    assert theme.readable("#ffffff", QColor("black")) == QColor("#ffffff")
    grey = theme.readable("#808080", QColor("white"))  # 3.9:1 made darker, not another hue
    assert theme.contrast(grey, QColor("white")) >= 4.5 and grey.red() == grey.green() == grey.blue()


def test_labels_follow_a_palette_switched_while_the_desk_is_open(qtbot: QtBot) -> None:
    error = error_label(None, "someError")
    banner = banner_label(None, "someBanner")
    qtbot.addWidget(error)
    qtbot.addWidget(banner)
    error.show()  # one on screen when the palette switches,
    qtbot.waitExposed(error)
    light_sheet = error.styleSheet(), banner.styleSheet()
    with applied(dark_palette()):
        qtbot.waitUntil(lambda: error.styleSheet() == theme.error_style(dark_palette()), timeout=2000)
        assert error.styleSheet() != light_sheet[0]
        banner.show()  # one shown after it did
        assert banner.styleSheet() == theme.banner_style(dark_palette()) != light_sheet[1]
    qtbot.waitUntil(lambda: (error.styleSheet(), banner.styleSheet()) == light_sheet, timeout=2000)
