"""A walk round the whole desk for the looks tests: a dark palette, every dialog the desk opens, and the main
window's screens (Today queue with an overdue promise, a repeat complainer with the concession banner, a complaint
with its in-place errors, the resolution) over the demo's data."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from models.entities import Complaint, Promise
from models.services import complaints, demo, promises, remedy_offers, staff
from models.services.staff import StaffMember
from ui import theme
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.sizing import fit_to_screen

Role = QPalette.ColorRole


def dark_palette() -> QPalette:
    """A dark palette as a dark desktop theme hands it to Qt (Fusion's usual dark scheme)."""
    palette = QPalette()
    colours = {Role.Window: "#353535", Role.WindowText: "#f0f0f0", Role.Base: "#232323",
               Role.AlternateBase: "#2d2d2d", Role.Text: "#f0f0f0", Role.Button: "#353535",
               Role.ButtonText: "#f0f0f0", Role.BrightText: "#ff5555", Role.Highlight: "#2a82da",
               Role.HighlightedText: "#ffffff", Role.Link: "#5aa9ff", Role.ToolTipBase: "#2b2b2b",
               Role.ToolTipText: "#f0f0f0", Role.PlaceholderText: "#a0a0a0", Role.Light: "#505050",
               Role.Midlight: "#424242", Role.Mid: "#2a2a2a", Role.Dark: "#1e1e1e", Role.Shadow: "#141414"}
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#808080"))
    return palette


@contextmanager
def applied(palette: QPalette) -> Iterator[None]:
    before = QApplication.palette()
    QApplication.setPalette(palette)
    try:
        yield
    finally:
        QApplication.setPalette(before)


def region(widget: QWidget) -> QImage:
    """What ``widget`` looks like on screen: its part of a grab of its window (so the background behind a
    transparent label is the one really painted)."""
    window = widget.window()
    return window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())).toImage()


def ink_on_ground(image: QImage, rect: QRect | None = None) -> tuple[QColor, QColor]:
    """The background (the commonest pixel) and the ink that stands out most from it."""
    area = rect or image.rect()
    counts = Counter(image.pixel(x, y) for x in range(area.left(), area.right() + 1)
                     for y in range(area.top(), area.bottom() + 1))
    ground = QColor.fromRgb(counts.most_common(1)[0][0])
    ink = QColor.fromRgb(max(counts, key=lambda p: theme.contrast(QColor.fromRgb(p), ground)))
    return ink, ground


def close_to(one: QColor, other: QColor, tolerance: int = 24) -> bool:
    return max(abs(one.red() - other.red()), abs(one.green() - other.green()),
               abs(one.blue() - other.blue())) <= tolerance


def fill_desk(owner: StaffMember) -> tuple[int, int]:
    """The demo's customers, plus an overdue promise; returns (a repeat complainer past the concession threshold,
    the complaint with the overdue promise)."""
    demo.generate(300, staff_id=staff.command_line_actor(), seed=7)
    per_customer = Counter(c for (c,) in Complaint.select(Complaint.customer).tuples())
    repeater = next(c for c, n in per_customer.items() if n >= 3 and remedy_offers.concession_history(c).banner)
    complaint = Complaint.select().where(Complaint.customer == repeater).first()
    made = promises.create_promise(repeater, complaint.id, "Ring back about the rattle",
                                   dt.datetime.now(dt.UTC) + dt.timedelta(hours=1), owner.id)
    Promise.update(due_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=2)).where(Promise.id == made.id).execute()
    return repeater, complaint.id


def dialogs(ops: Operations, owner: StaffMember, complaint_id: int,
            parent: QWidget) -> dict[str, Callable[[], QWidget]]:
    """Every dialog and extra window the desk opens, made as the desk makes it."""
    from models.services import letters
    from ui.dialogs.customer_dialog import CustomerDialog
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.import_wizard import ImportWizard
    from ui.dialogs.letter_preview import LetterPreview
    from ui.dialogs.merge_dialog import MergeDialog
    from ui.dialogs.redeem_voucher import RedeemVoucherDialog
    from ui.dialogs.root_cause_dialog import RootCauseDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.staff_dialogs import AddStaffDialog, ApprovalDialog, OwnerSetupDialog, SwitchStaffDialog
    from ui.panes.trends_dashboard import TrendsDashboard

    def who() -> int:
        return owner.id

    def never(_reason: str, _then: Callable[[staff.Approval], None]) -> None:
        return None

    def trends() -> QWidget:
        from PySide6.QtCore import Qt

        board = TrendsDashboard(ops.bus, ops, who, parent)  # as RecordsFlows.trends opens it
        board.setWindowFlag(Qt.WindowType.Window, True)
        fit_to_screen(board, 1100, 700)
        return board

    return {
        "customer": lambda: CustomerDialog(ops, who, None, parent),
        "export": lambda: ExportDialog(ops.bus, ops, who, parent),
        "import": lambda: ImportWizard(ops, who, parent),
        "letter": lambda: LetterPreview(ops, who, letters.render(complaint_id, "apology", owner.id),
                                        title="Apology letter", file_name="apology.pdf", parent=parent),
        "merge": lambda: MergeDialog(ops.bus, ops, who, never, parent),
        "redeem": lambda: RedeemVoucherDialog(ops, who, parent=parent),
        "rootCause": lambda: RootCauseDialog(ops.bus, ops, who, complaints.get_complaint(complaint_id), parent),
        "settings": lambda: SettingsDialog(staff.approve(owner.id, "1234"), ops, parent),
        "ownerSetup": lambda: OwnerSetupDialog(ops, parent),
        "switchStaff": lambda: SwitchStaffDialog(ops, owner.id, parent),
        "approval": lambda: ApprovalDialog(ops, "A manager's PIN, please.", owner.id, parent),
        "addStaff": lambda: AddStaffDialog(ops, staff.approve(owner.id, "1234"), parent),
        "trends": trends,
    }


def tour(qtbot: QtBot, window: MainWindow, repeater: int, overdue_complaint: int) -> Iterator[str]:
    """Put the desk in each of its screens in turn; yields the screen's name while it is showing."""
    window.show_today()
    qtbot.waitUntil(lambda: window.today_queue.view.model().rowCount() > 0, timeout=5000)
    yield "today"
    window.customer_pane.select_customer(repeater)
    window.history_pane.show_customer(repeater)
    qtbot.waitUntil(lambda: window.history_pane.banner.isVisible(), timeout=5000)
    yield "customer"
    window.new_complaint(repeater)
    window.save_complaint()  # nothing typed: the errors show in place
    yield "complaint"
    window.complaint_pane.clear()
    window.open_complaint_anywhere(overdue_complaint)
    yield "resolution"


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
