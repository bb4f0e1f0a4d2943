"""Colours that stay readable in light and dark palettes alike.

Nothing in ui/ hard-codes a light or dark colour: error lines, warning banners, overdue marks and chart ink start
from a hue and are darkened (on a light palette) or lightened (on a dark one) until they reach the WCAG contrast
ratio against the background they are painted on — 4.5:1 for text, 3:1 for chart bars and lines.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QPalette

TEXT_CONTRAST = 4.5  # WCAG 2 AA for normal text
GRAPHIC_CONTRAST = 3.0  # WCAG 2 AA for the parts of a chart one must see

ERROR_HUE = "#b00020"
OVERDUE_HUE = "#c62828"
WARNING_HUE = "#e0b100"


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio, 1 (same) to 21 (black on white)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(palette: QPalette) -> bool:
    """A dark palette paints light text on a dark window."""
    return luminance(palette.color(QPalette.ColorRole.Window)) < luminance(
        palette.color(QPalette.ColorRole.WindowText))


def readable(hue: QColor | str, *backgrounds: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """``hue`` made darker (on light backgrounds) or lighter (on dark ones) until it reaches ``minimum`` against
    every background; the hue and saturation stay, so red still reads as red."""
    return QColor.fromRgba(_readable(QColor(hue).rgba(), tuple(b.rgba() for b in backgrounds), minimum))


@lru_cache(maxsize=256)
def _readable(hue: int, backgrounds: tuple[int, ...], minimum: float) -> int:
    colour = QColor.fromRgba(hue)
    grounds = [QColor.fromRgba(b) for b in backgrounds]
    if not grounds:
        return hue
    lighten = sum(luminance(g) for g in grounds) / len(grounds) < 0.18  # nearer black than white
    h, s, lightness, a = colour.hslHueF(), colour.hslSaturationF(), colour.lightnessF(), colour.alphaF()
    step = 0.01 if lighten else -0.01
    while min(contrast(colour, g) for g in grounds) < minimum and 0.0 < lightness < 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        colour = QColor.fromHslF(h, s, lightness, a)
    return colour.rgba()


def mix(one: QColor, other: QColor, share: float) -> QColor:
    """``share`` of ``other`` laid over ``one``."""
    return QColor.fromRgbF(one.redF() + (other.redF() - one.redF()) * share,
                           one.greenF() + (other.greenF() - one.greenF()) * share,
                           one.blueF() + (other.blueF() - one.blueF()) * share)


def error_text(palette: QPalette) -> QColor:
    """Red for a message shown in place, on the window's background (and on a text field's, where it lands)."""
    return readable(ERROR_HUE, palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base))


def overdue_text(palette: QPalette) -> QColor:
    """Red for an overdue row of a list, on its plain and its alternate row colour."""
    return readable(OVERDUE_HUE, palette.color(QPalette.ColorRole.Base),
                    palette.color(QPalette.ColorRole.AlternateBase))


def banner_colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """Background, border and text of a warning banner: a tint of amber over the window, the window's own text
    (made readable on the tint if it is not already)."""
    window = palette.color(QPalette.ColorRole.Window)
    background = mix(window, QColor(WARNING_HUE), 0.30 if is_dark(palette) else 0.18)
    text = readable(palette.color(QPalette.ColorRole.WindowText), background)
    border = readable(WARNING_HUE, background, minimum=GRAPHIC_CONTRAST)
    return background, border, text


def error_style(palette: QPalette) -> str:
    return f"color: {error_text(palette).name()};"


def banner_style(palette: QPalette) -> str:
    background, border, text = banner_colours(palette)
    return (f"background: {background.name()}; color: {text.name()}; border: 1px solid {border.name()};"
            " padding: 6px;")
