"""Starting the desk: the Qt application, the default database location, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

ORGANIZATION = "Makegood"
APPLICATION = "Makegood"
ICON = Path(__file__).resolve().parent.parent / "resources" / "makegood.svg"


def set_identity() -> None:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def default_database_path() -> Path:
    """makegood.db in the user's data folder (created on first use)."""
    set_identity()
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "makegood.db"


def run_gui(target: str | None) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from models.errors import DeskError
    from models.services.database import open_desk
    from ui import accessibility
    from ui.main_window import MainWindow

    set_identity()
    app = QApplication.instance() or QApplication(sys.argv)
    if isinstance(app, QApplication):
        app.setWindowIcon(QIcon(str(ICON)))
    location = target if target is not None else str(default_database_path())
    notices: list[str] = []
    try:
        name = open_desk(location, notify=notices.append, check_index=False)  # checked once the window is up
    except DeskError as exc:
        print(f"makegood: {exc.message}", file=sys.stderr)
        QMessageBox.critical(None, QCoreApplication.translate("Makegood", "Makegood cannot open the database"),
                             exc.message)
        return 1
    for notice in notices:
        print(f"makegood: {notice}", file=sys.stderr)
    if isinstance(app, QApplication):
        accessibility.install(app)  # every control named as its window shows; the focused list framed
    window = MainWindow(name)
    window.show()
    window.start()
    for notice in notices:
        window.bus.message_posted.emit(notice)
    return int(app.exec())
