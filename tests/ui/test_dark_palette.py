"""The desk under a dark system palette (and the default light one): banners, in-place errors and overdue marks
keep a WCAG contrast of 4.5:1 against what is really painted behind them — measured on the pixels of a grab, and
on the colours ui.theme hands out. The grabs are saved as /tmp/<light|dark>-<screen>.png to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from models.services.staff import StaffMember
from tests.ui.conftest import open_window
from tests.ui.desk_tour import applied, close_to, dark_palette, dialogs, fill_desk, ink_on_ground, region, tour
from ui import theme
from ui.panes.today_queue import QueueModel
from ui.panes.trends_dashboard import TrendsDashboard
from ui.settings import WindowSettings

pytestmark = pytest.mark.usefixtures("no_housekeeping")

Role = QPalette.ColorRole


def assert_readable(image_of: QWidget, ink: QColor, rect: QRect | None = None) -> None:
    """The text in the grab is the colour the theme chose, and stands out 4.5:1 from its real background."""
    seen, ground = ink_on_ground(region(image_of), rect)
    assert close_to(seen, ink), (seen.name(), ink.name())
    assert theme.contrast(seen, ground) >= 4.5, (image_of.objectName(), seen.name(), ground.name())


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_banners_errors_and_overdue_marks_stay_readable(qtbot: QtBot, db: Path, owner: StaffMember,
                                                        settings: WindowSettings, scheme: str) -> None:
    repeater, overdue_complaint = fill_desk(owner)
    palette = dark_palette() if scheme == "dark" else QApplication.style().standardPalette()
    with applied(palette):
        window = open_window(qtbot, db, settings)
        checked = set()
        for screen in tour(qtbot, window, repeater, overdue_complaint):
            window.grab().save(f"/tmp/{scheme}-{screen}.png")
            if screen == "today":
                view = window.today_queue.view
                view.selectionModel().clear()  # a selected row is painted in the highlight colours instead
                rows = [r for r in range(view.model().rowCount())
                        if view.model().index(r, 0).data(QueueModel.BUCKET_ROLE) == "overdue"]
                assert rows
                for row in rows:
                    cell = view.visualRect(view.model().index(row, 0))
                    assert_readable(view.viewport(), theme.overdue_text(palette), cell)
                checked.add("overdue")
            elif screen == "customer":
                banner = window.history_pane.banner
                assert banner.objectName() == "concessionBanner" and banner.isVisible()
                assert_readable(banner, palette.color(Role.WindowText))
                checked.add("banner")
            elif screen == "complaint":
                errors = [label for label in window.complaint_pane.findChildren(QLabel)
                          if label.objectName().endswith("Error") and label.isVisible()]
                assert len(errors) >= 2  # the category and the summary are missing
                for label in errors:
                    assert_readable(label, theme.error_text(palette))
                checked.add("errors")
        board = dialogs(window.operations, owner, overdue_complaint, window)["trends"]()
        assert isinstance(board, TrendsDashboard)
        qtbot.addWidget(board)
        board.resize(1100, 700)
        with qtbot.waitSignal(board.sig_refreshed, timeout=20000):
            board.show()
        board.alert.setText("⚠ Product failed too soon: 9 complaints in 6 weeks, 3× usual")  # as a spike says it
        board.alert.show()
        qtbot.waitUntil(lambda: board.alert.height() > 20)
        qtbot.wait(200)  # the charts lay out their axes once the event loop turns
        board.grab().save(f"/tmp/{scheme}-trends.png")
        background, _border, text = theme.banner_colours(palette)
        alert_ink, alert_ground = ink_on_ground(region(board.alert))
        assert close_to(alert_ground, background) and close_to(alert_ink, text)
        assert theme.contrast(alert_ink, alert_ground) >= 4.5
        board.close()
        for name, make in dialogs(window.operations, owner, overdue_complaint, window).items():
            if name == "trends":
                continue
            dialog = make()
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.grab().save(f"/tmp/{scheme}-dialog-{name}.png")  # to look at
            # each dialog paints its window in the palette's colours, not a light one of its own (a letter's
            # preview is mostly white paper, as printed)
            _ink, ground = ink_on_ground(dialog.grab().toImage())
            assert name == "letter" or close_to(ground, palette.color(Role.Window)), (name, ground.name())
            dialog.close()
        window.close()
    assert checked == {"overdue", "banner", "errors"}
