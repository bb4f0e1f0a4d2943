"""Windows sized for the screen they open on: a dialog asks for a comfortable size, and gets no more than the
screen has (a 1366×768 laptop at 150 % is 911×512 logical pixels) — its layout or scroll area does the rest."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


def frame_allowance(window: QWidget) -> QSize:
    """What the window manager adds around a window (title bar, borders), as measured on the window it opens
    over; nothing when there is none on screen yet."""
    parent = window.parentWidget()
    shown = parent.window() if parent is not None else None
    if shown is None or not shown.isVisible():
        return QSize(0, 0)
    return shown.frameGeometry().size() - shown.geometry().size()


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height``, or to what the screen has free (its frame included) where that
    is smaller."""
    screen = window.screen().availableGeometry()
    frame = frame_allowance(window)
    window.resize(min(width, screen.width() - frame.width()), min(height, screen.height() - frame.height()))
