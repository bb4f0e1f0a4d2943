"""Starting the desk: the Qt application, the default database location, the main window."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ui.settings import WindowSettings

if TYPE_CHECKING:
    from models.early import CustomerRow
    from models.errors import DeskError

ORGANIZATION = "Makegood"
APPLICATION = "Makegood"
ICON = Path(__file__).resolve().parent.parent / "resources" / "makegood.svg"


def set_identity() -> None:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QtGui.QGuiApplication.setDesktopFileName("makegood")  # bundle/makegood.desktop: the menu's icon on Wayland


def default_database_path() -> Path:
    """makegood.db in the user's data folder (created on first use)."""
    set_identity()
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "makegood.db"


class StartupTrace:
    """When MAKEGOOD_STARTUP_TRACE is set, each phase of the start is written to stderr as
    ``makegood-startup: <phase> <time.time()>`` (benchmarks/startup.py reads them; nothing else does)."""

    def __init__(self) -> None:
        self.enabled = bool(os.environ.get("MAKEGOOD_STARTUP_TRACE"))

    def __call__(self, phase: str) -> None:
        if self.enabled:
            print(f"makegood-startup: {phase} {time.time():.6f}", file=sys.stderr, flush=True)


class DeskStart(QObject):
    """The start in the order a receptionist notices it.

    The window paints first, with the search box taking typing at once; the database layer then loads and the
    database opens off the GUI thread; the list fills (with what was typed meanwhile, if anything); only then
    are the other panes, the menus and the sign-in built. Housekeeping (backup, index check, alerts) waits
    longer still (MainWindow.STARTUP_DELAY_MS).
    """

    ready = Signal()  # the whole desk is built and asking who is at the desk
    failed = Signal(str)  # the database could not be opened: the sentence said
    _first_page_found = Signal(object)  # from the reading thread, queued to the GUI thread

    def __init__(self, location: str, settings: WindowSettings | None = None,
                 trace: StartupTrace | None = None) -> None:
        super().__init__()
        from ui.main_window import MainWindow

        self._location = location
        self._trace = trace or StartupTrace()
        self._notices: list[str] = []
        self._list_filled = False
        self.window = MainWindow("", settings, staged=True)  # named once the database is open

    def begin(self) -> None:
        self.window.show()
        QTimer.singleShot(0, self._painted)

    def _painted(self) -> None:
        self.window.repaint()
        self._trace("painted")
        self._first_page_found.connect(self._first_page_read)
        # a plain thread: starting Qt's pool and its worker classes would cost more than the read itself
        threading.Thread(target=self._first_page, name="first page", daemon=True).start()
        # (no Qt.ConnectionType here: creating QtCore.Qt's enums takes ~17 ms, which the read need not wait for)
        self.window.customer_pane.sig_search_finished.connect(self._listed)

    def _first_page(self) -> None:  # in its own thread, with the standard library only
        found = None
        try:
            from models.early import first_page
            from ui.panes.customer_pane import LIST_PAGE

            found = first_page(self._location, LIST_PAGE)
        finally:  # whatever happened, the database is opened properly next, which says what is wrong
            self._first_page_found.emit(found)

    def _first_page_read(self, found: tuple[int, list[CustomerRow]] | None) -> None:
        if found is not None:
            self.window.customer_pane.show_first_page(found[1])
        self._open()

    def _open(self) -> None:
        from ui import workers

        workers.start(QThreadPool.globalInstance(), lambda _report: self._open_desk(), self._opened, self._failed)

    def _open_desk(self) -> str:  # in a worker thread: the window keeps painting and taking keys
        from models.services.database import open_desk

        return open_desk(self._location, notify=self._notices.append, check_index=False)  # checked later

    def _listed(self, _query: str) -> None:
        if self._list_filled:
            return
        self._list_filled = True
        self.window.repaint()
        self._trace("list filled")
        QApplication.setWindowIcon(QtGui.QIcon(str(ICON)))  # loading the SVG icon engine waits until now

    def _opened(self, name: str) -> None:
        self._trace("database open")
        app = QApplication.instance()
        if isinstance(app, QApplication):  # after the first paint: its style and event filter cost ~20 ms
            from ui import accessibility

            accessibility.install(app)  # every control named as its window shows; the focused list framed
        for notice in self._notices:
            print(f"makegood: {notice}", file=sys.stderr)
        self.window.set_database_name(name)
        self.window.complete()
        self.window.start()
        self.window.customer_pane.set_ready()
        for notice in self._notices:
            self.window.bus.message_posted.emit(notice)
        self._trace("ready")
        self.ready.emit()

    def _failed(self, error: DeskError) -> None:
        print(f"makegood: {error.message}", file=sys.stderr)
        self.window.hide()
        title = QCoreApplication.translate("Makegood", "Makegood cannot open the database")
        QtWidgets.QMessageBox.critical(None, title, error.message)
        self.window.close()
        self.failed.emit(error.message)


def run_gui(target: str | None) -> int:
    trace = StartupTrace()
    trace("python")
    set_identity()
    app = QApplication.instance() or QApplication(sys.argv)
    from ui.i18n import install_translations

    install_translations(app)  # before any widget: every tr() and QLocale() after this speaks the desk's language
    location = target if target is not None else str(default_database_path())
    start = DeskStart(location, trace=trace)
    start.failed.connect(lambda _message: app.exit(1))
    start.begin()
    return int(app.exec())
