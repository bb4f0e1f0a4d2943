"""The baseline of every cold-start figure: an empty QMainWindow shown and painted, nothing else.

Run as a script (``python benchmarks/bare_window.py``), as main.py is: it prints the wall-clock time
(time.time()) at which the window had painted, then its resident memory in MiB.
"""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 720)
window.show()
painted: list[float] = []


def paint() -> None:
    window.repaint()
    painted.append(time.time())
    app.quit()


QTimer.singleShot(0, paint)
app.exec()
with open("/proc/self/status") as status:
    rss = next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:"))
print(f"{painted[0]:.6f} {rss:.1f}")
