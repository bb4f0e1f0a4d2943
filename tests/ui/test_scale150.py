"""A 1366×768 laptop at 150 % gives the desk 911×512 logical pixels: the main window and every dialog must fit,
with every pane reachable and no button cut off."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from models.services.staff import StaffMember
from tests.ui.conftest import open_window
from tests.ui.desk_tour import dialogs, fill_desk
from ui.settings import WindowSettings

pytestmark = pytest.mark.usefixtures("no_housekeeping")

ROOT = Path(__file__).resolve().parents[2]
LAPTOP_WIDTH, LAPTOP_HEIGHT = 911, 512


def demands(widget: QWidget) -> tuple[int, int]:
    """The least size the window's layout lets it shrink to."""
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    layout = widget.layout()
    if layout is not None:
        hint = hint.expandedTo(layout.totalMinimumSize())
    return hint.width(), hint.height()


def test_no_window_demands_more_than_911_by_512(qtbot: QtBot, db: Path, owner: StaffMember,
                                                 settings: WindowSettings) -> None:
    _repeater, overdue = fill_desk(owner)
    window = open_window(qtbot, db, settings)
    width, height = demands(window)
    assert width <= LAPTOP_WIDTH and height <= LAPTOP_HEIGHT
    # three panes side by side: each keeps a usable width inside 911
    panes = [window.splitter.widget(i) for i in range(window.splitter.count())]
    assert sum(p.minimumSizeHint().width() for p in panes) + 2 * window.splitter.handleWidth() <= LAPTOP_WIDTH - 20
    for name, make in dialogs(window.operations, owner, overdue, window).items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        width, height = demands(dialog)
        assert width <= LAPTOP_WIDTH and height <= LAPTOP_HEIGHT, (name, width, height)
        dialog.close()
    window.close()


def test_the_desk_at_150_percent_fits_and_is_grabbed(tmp_path: Path) -> None:
    """Runs tests/ui/scale150_desk.py in a Qt started at 150 % on a 1366×768 screen; its grabs are saved as
    /tmp/scale150-<screen>.png to look at."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR="1.5",
               MAKEGOOD_SCALE_SHOTS="/tmp")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             str(ROOT / "tests" / "ui" / "scale150_desk.py")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout
    for screen in ("today", "customer", "complaint", "resolution", "dialog-settings", "dialog-trends"):
        assert (Path("/tmp") / f"scale150-{screen}.png").stat().st_size > 5_000
