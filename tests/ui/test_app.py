"""Starting the desk on a database that cannot be opened: one sentence in a dialog and on stderr, exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ui import app


def test_bad_database_shows_one_sentence_and_exits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str], qapp: object) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    target = tmp_path / "notes.txt"
    target.write_text("hello")
    assert app.run_gui(str(target)) == 1
    assert shown == [f"{target} is not a Makegood database (it is not a SQLite file)."]
    assert capsys.readouterr().err.strip() == f"makegood: {shown[0]}"
    assert target.read_text() == "hello"


def test_default_database_lives_in_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = app.default_database_path()
    assert path.name == "makegood.db"
    assert path.parent.is_dir() and str(path).startswith(str(tmp_path / "data"))


def test_the_window_icon_is_a_real_picture(qapp: object) -> None:
    from PySide6.QtGui import QIcon

    icon = QIcon(str(app.ICON))
    assert not icon.pixmap(32, 32).isNull()


def test_the_desk_starts_with_its_controls_named_and_focus_framed(tmp_path: Path, qtbot: QtBot,
                                                                  qapp: QApplication, db: Path,
                                                                  owner: object, no_housekeeping: None) -> None:
    from PySide6.QtCore import QObject, QSettings
    from PySide6.QtWidgets import QWidget

    from ui import accessibility
    from ui.settings import WindowSettings

    style = qapp.style().name()
    start = app.DeskStart(str(db), WindowSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(start.window)
    try:
        with qtbot.waitSignal(start.ready, timeout=10000):
            start.begin()
        desk = start.window

        def unnamed() -> list[str]:
            return [w.objectName() for w in desk.findChildren(QWidget)
                    if accessibility.focusable(w) and w.isVisible() and not w.accessibleName()]

        qtbot.waitUntil(lambda: not unnamed(), timeout=5000)
        assert isinstance(qapp.style(), accessibility.FocusFrameStyle)
    finally:
        namer = qapp.findChild(QObject, "accessibleNamer")
        if namer is not None:
            qapp.removeEventFilter(namer)
            namer.deleteLater()
        qapp.setStyle(style)
