from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView, QTreeView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from models.entities import Complaint, Promise, utcnow
from models.services import promises
from models.services.staff import StaffMember
from tests.models.services.resolution_fixtures import make_case
from ui.bus import DeskBus
from ui.operations import Operations
from ui.panes.today_queue import QueueModel, TodayQueue, WarningModel


def _queue(qtbot: QtBot, staff_id: int) -> TodayQueue:
    bus = DeskBus()
    pane = TodayQueue(bus, Operations(bus, bus), lambda: staff_id)
    pane._test_bus = bus  # type: ignore[attr-defined]
    qtbot.addWidget(pane)
    pane.resize(700, 600)
    pane.show()  # showing it reads the queue
    qtbot.waitExposed(pane)
    return pane


def test_overdue_first_then_today_then_upcoming(qtbot: QtBot, owner: StaffMember) -> None:
    case = make_case(owner)
    other = make_case(owner, name="Bob Other")
    now = utcnow()
    for what, hours, complaint in [("upcoming", 50, case), ("due soon", 0.05, other), ("overdue a day", -24, other),
                                   ("overdue an hour", -1, case)]:
        Promise.create(customer=complaint.customer_id, complaint=complaint.complaint_id, what=what,
                       due_at=now + dt.timedelta(hours=hours), owner=case.desk.id)
    pane = _queue(qtbot, case.desk.id)
    view = pane.findChild(QTableView, "promiseList")
    assert view is not None
    model = view.model()
    texts = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert texts == ["Call back: overdue a day", "Call back: overdue an hour", "Call back: due soon",
                     "Call back: upcoming"]
    assert [model.index(r, 0).data(QueueModel.BUCKET_ROLE) for r in range(4)][:2] == ["overdue", "overdue"]
    assert model.index(0, 0).data().startswith("OVERDUE") and model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert not model.index(3, 0).data().startswith("OVERDUE")
    summary = pane.findChild(QLabel, "queueSummary")
    assert summary is not None and summary.text().startswith("2 overdue")

    # Enter opens the complaint
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(pane.sig_complaint_requested, timeout=1000) as opened:
        qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert opened.args == [other.complaint_id]


def test_the_model_is_a_well_behaved_model(qtmodeltester: ModelTester, qtbot: QtBot, owner: StaffMember) -> None:
    case = make_case(owner)
    Promise.create(customer=case.customer_id, complaint=case.complaint_id, what="Ring", owner=case.desk.id,
                   due_at=utcnow() - dt.timedelta(hours=2))
    Complaint.update(received_at=utcnow() - dt.timedelta(days=9)).execute()
    index = promises.queue_index()
    model = QueueModel()
    model.set_entries(index.entries)
    qtmodeltester.check(model)
    warnings = WarningModel()
    warnings.set_warnings(index.warnings)
    assert warnings.rowCount() == 2  # first contact and resolution, both breached
    qtmodeltester.check(warnings)


def test_marking_a_promise_done_with_its_outcome(qtbot: QtBot, owner: StaffMember) -> None:
    case = make_case(owner)
    row = Promise.create(customer=case.customer_id, complaint=case.complaint_id, what="Ring", owner=case.desk.id,
                         due_at=utcnow() - dt.timedelta(hours=2))
    pane = _queue(qtbot, case.desk.id)
    outcome = pane.findChild(QLineEdit, "promiseOutcome")
    done = pane.findChild(QPushButton, "promiseDone")
    assert outcome is not None and done is not None
    done.click()
    error = pane.findChild(QLabel, "promiseError")
    assert error is not None and error.isVisible() and "outcome" in error.text()
    assert promises.get_promise(row.id).done_at is None
    qtbot.keyClicks(outcome, "Rang; all fine")
    qtbot.keyClick(outcome, Qt.Key.Key_Return)
    record = promises.get_promise(row.id)
    assert record.done_at is not None and record.outcome == "Rang; all fine" and not record.kept
    assert pane.model.rowCount() == 0 and outcome.text() == ""


def test_sla_warnings_before_the_breach(qtbot: QtBot, owner: StaffMember) -> None:
    case = make_case(owner)  # a letter: no contact yet
    Complaint.update(received_at=utcnow() - dt.timedelta(hours=3, minutes=30)).execute()
    pane = _queue(qtbot, case.desk.id)
    warnings = pane.findChild(QTreeView, "slaWarnings")
    assert warnings is not None and warnings.model().rowCount() == 1
    first = warnings.model().index(0, 0)
    assert first.data().startswith("First contact due by") and warnings.model().index(0, 1).data() == "Anna Smith"
    warnings.setFocus()
    warnings.setCurrentIndex(first)
    with qtbot.waitSignal(pane.sig_complaint_requested, timeout=1000) as opened:
        qtbot.keyClick(warnings.viewport(), Qt.Key.Key_Return)
    assert opened.args == [case.complaint_id]
