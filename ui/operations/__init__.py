"""One way for every action (in the spirit of Anki's aqt.operations).

A pane hands the service call to ``Operations.run`` (or ``run_in_background`` for long work). The operation runs
it, turns every error — a business rule, a database locked after waiting, a full disk, a server gone — into one
sentence that is shown in the status bar and handed back to the pane to show in place, and on success broadcasts
what changed on the bus, so every pane refreshes itself and no caller can forget to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool
from PySide6.QtGui import QGuiApplication

from models.errors import DeskError, as_desk_error
from ui import workers
from ui.bus import DeskBus

T = TypeVar("T")
Report = Callable[[int, int], bool]  # (done, total) -> keep going?


class Operations(QObject):
    """Runs the desk's actions for one window; closing the window waits for the ones under way."""

    def __init__(self, bus: DeskBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self._pool = QThreadPool(self)

    def run(
        self,
        fn: Callable[[], T],
        *,
        changes: Iterable[str] = (),
        failed: Callable[[DeskError], None] | None = None,
        done: Callable[[T], str] | str | None = None,
    ) -> T | None:
        """Run ``fn`` now. On success broadcast ``changes`` and post ``done``; on failure post the sentence, call
        ``failed`` with the error (to show it in place) and return None: nothing typed is touched."""
        # a save may wait up to the busy timeout for another desk: the pointer says the desk is waiting
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = fn()
        except Exception as exc:  # every failure becomes a sentence; the desk never crashes on a save
            QGuiApplication.restoreOverrideCursor()
            self._fail(as_desk_error(exc), failed)
            return None
        QGuiApplication.restoreOverrideCursor()
        self._succeed(result, changes, done)
        return result

    def run_in_background(
        self,
        fn: Callable[[Report], T],
        *,
        changes: Iterable[str] = (),
        succeeded: Callable[[T], None] | None = None,
        failed: Callable[[DeskError], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
        done: Callable[[T], str] | str | None = None,
    ) -> workers.Worker:
        """Run ``fn(report)`` off the GUI thread; the callbacks come back on the GUI thread."""
        kinds = tuple(changes)

        def on_done(result: Any) -> None:
            self._succeed(result, kinds, done)
            if succeeded is not None:
                succeeded(result)

        return workers.start(self._pool, fn, on_done, lambda exc: self._fail(exc, failed), progress)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the operations under way (closing the window must not cut a save in half)."""
        return bool(self._pool.waitForDone(msecs))

    def _succeed(self, result: Any, changes: Iterable[str], done: Callable[[Any], str] | str | None) -> None:
        kinds = set(changes)
        if kinds:
            self.bus.data_changed.emit(kinds)
        text = (done(result) if callable(done) else done) if done is not None else ""
        if text:  # an empty sentence leaves whatever the status bar says
            self.bus.message_posted.emit(text)

    def _fail(self, error: DeskError, failed: Callable[[DeskError], None] | None) -> None:
        self.bus.message_posted.emit(error.message)
        if failed is not None:
            failed(error)
