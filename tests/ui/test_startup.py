"""The desk's start as a receptionist meets it: the window first, typing at once, the list, then the rest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from models.services import customers
from models.services.customers import CustomerInput
from models.services.staff import StaffMember
from tests.ui.conftest import find_dialog, sign_in
from ui.app import DeskStart
from ui.panes.customer_pane import LIST_PAGE
from ui.settings import WindowSettings

ROOT = Path(__file__).resolve().parents[2]


def _add(owner: StaffMember, *names: str) -> None:
    for name in names:
        customers.create_customer(CustomerInput(name=name), owner.id)


def _start(qtbot: QtBot, db: Path, settings: WindowSettings) -> DeskStart:
    start = DeskStart(str(db), settings)
    qtbot.addWidget(start.window)
    start.begin()
    return start


def test_typing_before_the_database_is_open_is_searched_when_it_is(
        qtbot: QtBot, db: Path, owner: StaffMember, settings: WindowSettings) -> None:
    _add(owner, "Ann Archer", "Bob Smith", "Cleo Smithers", "Dan Dale")
    start = _start(qtbot, db, settings)
    pane = start.window.customer_pane
    assert start.window.focusWidget() is pane.search  # typing goes there from the first moment
    assert not hasattr(start.window, "history_pane")  # only the search box, the list and the status bar so far
    qtbot.keyClicks(pane.search, "smi")  # before any event has run: the database is not open yet
    with qtbot.waitSignal(start.ready, timeout=10000):
        pass
    qtbot.waitUntil(lambda: pane.shown_query == "smi", timeout=5000)
    assert [pane.model.index(row, 0).data() for row in range(pane.model.rowCount())] == ["Bob Smith",
                                                                                          "Cleo Smithers"]
    assert start.window.windowTitle() == f"Makegood — {db}"
    dialog = find_dialog("switchStaff")  # the whole desk is there, asking who is at it
    assert dialog is not None
    sign_in(qtbot, dialog, "1234", "Olga Owner")
    qtbot.waitUntil(lambda: start.window.current_staff_id() == owner.id, timeout=5000)


def test_the_first_page_is_read_before_the_database_layer_and_pages_once_it_is_open(
        qtbot: QtBot, db: Path, owner: StaffMember, settings: WindowSettings) -> None:
    _add(owner, *(f"Customer {number:03d}" for number in range(LIST_PAGE + 7)))
    start = _start(qtbot, db, settings)
    pane = start.window.customer_pane
    with qtbot.waitSignal(pane.sig_search_finished, timeout=10000):
        pass  # the first page, read with the standard library only
    early = pane.list.model()
    assert early.rowCount() == LIST_PAGE and early.index(0, 0).data() == "Customer 000"
    assert early.headerData(1, Qt.Orientation.Horizontal) == "Phone"
    assert pane.count_label.text() == f"First {LIST_PAGE} shown; scroll for more."
    pane.list.selectRow(2)  # chosen before the desk has opened: still chosen once it has
    chosen = pane.current_customer_id()
    with qtbot.waitSignal(start.ready, timeout=10000):
        pass  # (the test reads the database only now: the desk is opening it in the same process)
    assert chosen is not None and customers.get_customer(chosen).name == "Customer 002"
    qtbot.waitUntil(lambda: pane.model.canFetchMore(QModelIndex()), timeout=5000)
    pane.model.fetchMore(QModelIndex())
    assert pane.model.rowCount() == LIST_PAGE + 7
    assert pane.current_customer_id() == chosen
    assert start.window.history_pane.customer_id == chosen  # the history shows whom the receptionist chose


def test_a_database_that_cannot_be_opened_is_said_and_the_window_goes(
        qtbot: QtBot, tmp_path: Path, settings: WindowSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    target = tmp_path / "notes.txt"
    target.write_text("hello")
    start = DeskStart(str(target), settings)
    qtbot.addWidget(start.window)
    with qtbot.waitSignal(start.failed, timeout=10000) as failed:
        start.begin()
    assert failed.args == [f"{target} is not a Makegood database (it is not a SQLite file)."]
    assert shown == failed.args
    assert not start.window.isVisible()
    assert target.read_text() == "hello"


def test_the_first_paint_loads_neither_the_database_layer_nor_the_other_panes() -> None:
    """What the window needs to paint stays light: peewee, the entities and the other panes load after it."""
    code = ("import sys, main, ui.app, ui.main_window; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('peewee', 'playhouse', 'models', 'reports')"
            " or m.startswith(('ui.panes.history', 'ui.panes.complaint', 'ui.dialogs', 'ui.operations'))"
            "))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.stdout.strip() == "[]"


def test_a_narrow_list_keeps_the_names_readable(qtbot: QtBot, db: Path, owner: StaffMember,
                                                 settings: WindowSettings) -> None:
    """At 150 % on a 1366×768 laptop the customer pane is ~200 px: the postcode, then the phone, give way."""
    from ui.bus import DeskBus
    from ui.panes.customer_pane import CustomerPane

    _add(owner, "Agnieszka Nowak-Wiśniewska", "Bob Smith")
    pane = CustomerPane(DeskBus())
    qtbot.addWidget(pane)
    pane.resize(520, 400)
    pane.show()
    with qtbot.waitSignal(pane.sig_search_finished, timeout=5000):
        pane.request_search("")
    assert not pane.list.isColumnHidden(1) and not pane.list.isColumnHidden(2)
    pane.resize(300, 400)
    qtbot.waitUntil(lambda: pane.list.isColumnHidden(2), timeout=2000)
    assert not pane.list.isColumnHidden(1)
    pane.resize(190, 400)
    qtbot.waitUntil(lambda: pane.list.isColumnHidden(1), timeout=2000)
    assert pane.list.columnWidth(0) >= pane.list.fontMetrics().horizontalAdvance("M") * 8
    pane.resize(520, 400)
    qtbot.waitUntil(lambda: not pane.list.isColumnHidden(1) and not pane.list.isColumnHidden(2), timeout=2000)
