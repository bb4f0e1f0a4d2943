from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from models.services.staff import StaffMember
from ui.main_window import MainWindow
from ui.settings import WindowSettings


@pytest.fixture
def settings(tmp_path: Path) -> WindowSettings:
    return WindowSettings(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))


def open_window(qtbot: QtBot, db_path: Path, settings: WindowSettings) -> MainWindow:
    window = MainWindow(str(db_path), settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.customer_pane.sig_search_finished, timeout=5000):
        window.start()
    return window


def find_dialog(name: str) -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and isinstance(widget, QDialog) and widget.isVisible():
            return widget
    return None


@pytest.fixture
def window(qtbot: QtBot, db: Path, owner: StaffMember, settings: WindowSettings) -> Iterator[MainWindow]:
    win = open_window(qtbot, db, settings)
    assert win.current_staff == owner
    yield win
    win.close()
