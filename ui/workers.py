"""Running work off the GUI thread: a function in a QThreadPool, its result or error back as a signal."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

if TYPE_CHECKING:  # the database layer loads after the window has painted (ui/app.py)
    from models.errors import DeskError


class WorkerSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)  # a DeskError: one sentence for the person
    progressed = Signal(int, int)


class Worker(QRunnable):
    """Calls ``fn(report)``, where ``report(done, total)`` posts progress and returns False once cancelled."""

    def __init__(self, fn: Callable[[Callable[[int, int], bool]], Any]) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self._fn = fn
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _report(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._fn(self._report)
        except Exception as exc:  # shown to the person, not swallowed: the run must not kill the app
            from models.errors import as_desk_error

            self.signals.failed.emit(as_desk_error(exc))
        else:
            self.signals.finished.emit(result)


class _Relay(QObject):
    """Lives in the GUI thread, so the worker's signals reach the callbacks there (queued), never in the
    worker's own thread."""

    def __init__(self, worker: Worker, on_done: Callable[[Any], None], on_error: Callable[[DeskError], None],
                 on_progress: Callable[[int, int], None] | None) -> None:
        super().__init__()
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        worker.signals.finished.connect(self.done)
        worker.signals.failed.connect(self.error)
        worker.signals.progressed.connect(self.progress)

    @Slot(object)
    def done(self, result: Any) -> None:
        _live.discard(self)
        self._on_done(result)

    @Slot(object)
    def error(self, error: DeskError) -> None:
        _live.discard(self)
        self._on_error(error)

    @Slot(int, int)
    def progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)


_live: set[_Relay] = set()  # relays of the runs still under way, kept alive until they report


def start(pool: QThreadPool, fn: Callable[[Callable[[int, int], bool]], Any],
          on_done: Callable[[Any], None], on_error: Callable[[DeskError], None],
          on_progress: Callable[[int, int], None] | None = None) -> Worker:
    """Run ``fn`` in ``pool``; the callbacks are called in the GUI thread."""
    worker = Worker(fn)
    worker.setAutoDelete(False)
    relay = _Relay(worker, on_done, on_error, on_progress)
    relay.worker = worker  # type: ignore[attr-defined]
    _live.add(relay)
    pool.start(worker)
    return worker
