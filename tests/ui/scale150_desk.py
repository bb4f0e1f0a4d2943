"""The whole desk on a 1366×768 laptop at 150 % (911×512 logical pixels). Not collected by itself:
tests/ui/test_scale150.py runs it in a fresh process under QT_SCALE_FACTOR=1.5 and a 1366×768 offscreen screen,
because the scale factor is read once, when Qt starts. Saves scale150-<screen>.png and scale150-dialog-<name>.png
into $MAKEGOOD_SCALE_SHOTS."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QSplitter,
    QWidget,
)
from pytestqt.qtbot import QtBot

from models.services.staff import StaffMember
from tests.ui.conftest import open_window
from tests.ui.desk_tour import dialogs, fill_desk, tour
from ui.settings import WindowSettings

pytestmark = pytest.mark.usefixtures("no_housekeeping")

LAPTOP = QSize(911, 512)


def scrolled(widget: QWidget) -> bool:
    """Inside a scroll area: reachable by scrolling even when out of sight."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return True
        parent = parent.parentWidget()
    return False


def cut_off(root: QWidget) -> list[str]:
    """Controls that do not fit: outside their window, or narrower or lower than their text needs."""
    found = []
    window = root.window()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QAbstractButton | QComboBox | QLineEdit):
            continue
        if scrolled(widget) or isinstance(widget.parentWidget(), QComboBox):
            continue
        place = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        need = widget.minimumSizeHint()
        if isinstance(widget, QLineEdit):  # a line edit scrolls its text: it needs only its height
            need.setWidth(0)
        if not window.rect().contains(place) or widget.width() < need.width() or widget.height() < need.height():
            found.append(f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r} "
                         f"{widget.width()}×{widget.height()} needs {need.width()}×{need.height()}")
    for splitter in root.findChildren(QSplitter):
        for index in range(splitter.count()):
            pane = splitter.widget(index)
            if pane.isVisible() and pane.width() < pane.minimumSizeHint().width():
                found.append(f"pane {pane.objectName()!r} {pane.width()} wide, needs {pane.minimumSizeHint().width()}")
    return found


def fits(window: QWidget) -> bool:
    frame = window.frameGeometry()
    return frame.width() <= LAPTOP.width() and frame.height() <= LAPTOP.height()


def test_the_desk_at_150_percent_on_a_1366_by_768_screen(qtbot: QtBot, db: Path, owner: StaffMember,
                                                         settings: WindowSettings) -> None:
    screen = QApplication.primaryScreen()
    assert screen.devicePixelRatio() == 1.5 and screen.availableGeometry().size() == LAPTOP
    shots = Path(os.environ.get("MAKEGOOD_SCALE_SHOTS", "/tmp"))
    repeater, overdue = fill_desk(owner)
    window = open_window(qtbot, db, settings)
    window.showMaximized()
    qtbot.waitUntil(lambda: window.size() == LAPTOP, timeout=3000)
    problems: list[str] = []
    for name in tour(qtbot, window, repeater, overdue):
        qtbot.wait(50)
        window.grab().save(str(shots / f"scale150-{name}.png"))
        problems += [f"{name}: {p}" for p in cut_off(window)]
    for name, make in dialogs(window.operations, owner, overdue, window).items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(100)
        dialog.grab().save(str(shots / f"scale150-dialog-{name}.png"))
        if not fits(dialog):
            problems.append(f"{name}: {dialog.frameGeometry().width()}×{dialog.frameGeometry().height()}")
        problems += [f"{name}: {p}" for p in cut_off(dialog)]
        dialog.close()
    window.close()
    assert problems == [], "\n".join(problems)
