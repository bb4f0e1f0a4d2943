"""Starting the desk on a database that cannot be opened: one sentence in a dialog and on stderr, exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

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


def test_the_desk_starts_with_its_controls_named_and_focus_framed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  qapp: QApplication, db: Path,
                                                                  owner: object, no_housekeeping: None) -> None:
    from PySide6.QtCore import QObject, QSettings, Qt
    from PySide6.QtWidgets import QWidget

    from ui import accessibility
    from ui.main_window import MainWindow
    from ui.settings import WindowSettings

    def window(name: str) -> MainWindow:  # the user's own window settings stay untouched
        return MainWindow(name, WindowSettings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)))

    seen: dict[str, object] = {}

    def run_the_loop_a_little() -> int:
        desk = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))
        deadline = 50
        while deadline and any(not w.accessibleName() for w in desk.findChildren(QWidget)
                               if accessibility.focusable(w) and w.isVisible()):
            qapp.processEvents()
            deadline -= 1
        seen["unnamed"] = [w.objectName() for w in desk.findChildren(QWidget)
                           if accessibility.focusable(w) and w.isVisible() and not w.accessibleName()]
        seen["style"] = qapp.style()
        for top in qapp.topLevelWidgets():
            top.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            top.close()
        return 0

    style = qapp.style().name()
    monkeypatch.setattr("ui.main_window.MainWindow", window)
    monkeypatch.setattr(QApplication, "exec", staticmethod(run_the_loop_a_little))
    try:
        assert app.run_gui(str(db)) == 0
    finally:
        namer = qapp.findChild(QObject, "accessibleNamer")
        if namer is not None:
            qapp.removeEventFilter(namer)
            namer.deleteLater()
        qapp.setStyle(style)
    assert seen["unnamed"] == []
    assert isinstance(seen["style"], accessibility.FocusFrameStyle)
