from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from models.services.staff import StaffMember
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.settings import WindowSettings


@pytest.fixture(autouse=True)
def _no_blocking_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question box nobody answers would hang the run: answer Discard/No and say so in the test's output;
    tests that expect a question patch it themselves."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(_parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        print(f"unexpected question, answered No: {title}: {text}")
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", unexpected)


@pytest.fixture(autouse=True)
def _desk_in_english(qapp: QApplication) -> None:
    """The desk as run_gui() starts it on an English PC: English plural forms ("1 customer", "2 customers").
    Each test, so a test that switched the language (or a core test before it) leaves nothing behind."""
    install_language(qapp, "en")


@pytest.fixture
def no_housekeeping(monkeypatch: pytest.MonkeyPatch) -> None:
    """The desk's start-up housekeeping (backup, index check, alerts) runs in a worker a little after start; a
    test that keeps the desk open longer than that turns it off, so no worker outlives the test's database."""
    import ui.main_window

    monkeypatch.setattr(ui.main_window, "STARTUP_DELAY_MS", 10**8)


@pytest.fixture
def settings(tmp_path: Path) -> WindowSettings:
    return WindowSettings(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))


def open_window(qtbot: QtBot, db_path: Path, settings: WindowSettings, pin: str | None = "1234",
                who: str | None = "Olga Owner") -> MainWindow:
    """The desk as it opens; with ``pin``, ``who`` (or whoever the sign-in dialog offers) signs in with it."""
    window = MainWindow(str(db_path), settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.customer_pane.sig_search_finished, timeout=5000):
        window.start()
    dialog = find_dialog("switchStaff")
    if pin is not None and dialog is not None:
        sign_in(qtbot, dialog, pin, who)
        window.activateWindow()  # back to the desk, as when the dialog closes on a real screen
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    return window


def sign_in(qtbot: QtBot, dialog: QDialog, pin: str, who: str | None = None) -> None:
    """Choose the name (when given), type the PIN and press Enter, as at the desk."""
    if who is not None:
        combo = dialog.findChild(QComboBox, "staffChoice")
        assert combo is not None
        index = next((i for i in range(combo.count()) if combo.itemText(i).startswith(who)), -1)
        if index >= 0:
            combo.setCurrentIndex(index)
    edit = dialog.findChild(QLineEdit, "staffPin")
    assert edit is not None
    edit.setFocus()
    qtbot.keyClicks(edit, pin)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


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
