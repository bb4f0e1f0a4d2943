"""One cold start, run as its own process: ``python -m benchmarks.startup app|bare DB``.

Prints the wall-clock time (time.time()) at which the window was painted and usable, then the resident
memory in MiB; the parent subtracts the moment it started the process, so interpreter start-up counts.
"app" is Makegood's main window with its customer list filled; "bare" is an empty QMainWindow.
"""

from __future__ import annotations

import os
import sys
import time


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    done = {}

    def finish() -> None:
        done["at"] = time.time()
        app.quit()

    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.resize(1200, 720)
        window.show()
        def painted() -> None:
            window.repaint()
            finish()

        QTimer.singleShot(0, painted)
    else:
        import tempfile

        from PySide6.QtCore import QSettings

        from models.db import open_database
        from ui.main_window import MainWindow
        from ui.settings import WindowSettings

        open_database(sys.argv[2], check_index=False)  # as the desk opens it (it checks the index later)
        # a desk that remembers who was signed in yesterday, as on every morning but the first
        settings = WindowSettings(QSettings(os.path.join(tempfile.mkdtemp(), "desk.ini"),
                                            QSettings.Format.IniFormat))
        settings.set_last_staff_id(sys.argv[2], 1)
        window = MainWindow(sys.argv[2], settings)
        window.show()
        def listed(_query: str) -> None:
            window.repaint()
            finish()

        window.customer_pane.sig_search_finished.connect(listed)
        window.start()
    app.exec()
    print(f"{done['at']:.6f} {rss_mib():.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
