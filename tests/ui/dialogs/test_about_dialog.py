"""Help → About shows what --version prints, and Copy puts exactly that on the clipboard."""

from __future__ import annotations

import subprocess
import sys

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.db import SCHEMA_VERSION
from models.version import __version__
from tests.test_cli import ROOT
from ui.dialogs.about_dialog import AboutDialog


def test_about_shows_the_versions_and_copies_them(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.objectName() == "aboutDialog"
    shown = dialog.versions.toPlainText().splitlines()
    assert shown[:4] == [f"Makegood {__version__}", f"Database schema {SCHEMA_VERSION}", f"Qt {qVersion()}",
                         f"PySide6 {PySide6.__version__}"]
    assert [line.split(" ")[0] for line in shown[4:]] == ["peewee", "ReportLab", "SQLite", "Python"]
    QApplication.clipboard().setText("something else")
    assert not dialog.copied.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "\n".join(shown)
    assert dialog.copied.isVisible() and dialog.copied.text().startswith("Copied")


def test_about_says_what_the_command_line_says(qtbot: QtBot) -> None:
    printed = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"], capture_output=True, text=True,
                             cwd=ROOT, timeout=60, check=True).stdout
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.versions.toPlainText() + "\n" == printed


def test_help_about_in_the_desk_shows_the_versions(qtbot: QtBot, window: object) -> None:
    from PySide6.QtWidgets import QMenu, QPlainTextEdit

    from tests.ui.conftest import find_dialog
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    help_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&Help")
    assert isinstance(help_menu, QMenu) and window.about_action in help_menu.actions()
    window.about_action.trigger()
    qtbot.waitUntil(lambda: find_dialog("aboutDialog") is not None, timeout=5000)
    dialog = find_dialog("aboutDialog")
    assert dialog is not None
    shown = dialog.findChild(QPlainTextEdit, "aboutVersions")
    assert shown is not None and f"Makegood {__version__}" in shown.toPlainText()
    dialog.close()
