"""Every control of the desk and of every dialog has an accessible name (taken from what a sighted person reads
beside it, so it follows the language), and shows where the keyboard focus is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from models.services.staff import StaffMember
from tests.ui.conftest import open_window
from tests.ui.desk_tour import dialogs, fill_desk, region, tour
from ui import accessibility
from ui.main_window import MainWindow
from ui.settings import WindowSettings

pytestmark = pytest.mark.usefixtures("no_housekeeping")

KEYBOARD = Qt.WidgetAttribute.WA_KeyboardFocusChange


@pytest.fixture
def namer(qapp: QApplication) -> Iterator[QObject]:
    """The desk as run_gui starts it: the namer watching, the focus-framing style in place."""
    style = qapp.style().name()
    installed = accessibility.install(qapp)
    yield installed
    qapp.removeEventFilter(installed)
    qapp.setStyle(style)


def controls(root: QWidget) -> list[QWidget]:
    """What Tab can reach: every visible, enabled control that takes the focus itself."""
    return [w for w in root.findChildren(QWidget)
            if accessibility.focusable(w) and w.isVisible() and w.isEnabled()]


def unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} in {w.parentWidget().objectName()!r}"
            for w in controls(root) if not w.accessibleName().strip()]


def invisible_focus(qtbot: QtBot, root: QWidget) -> list[str]:
    """The controls that look the same with and without the keyboard focus."""
    root.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root, timeout=5000)
    found = []
    every = [w for w in controls(root) if w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value]  # Tab reaches
    for widget in every:
        parent = widget.parentWidget()
        while parent is not None:  # scrolled into view, as the focus would scroll it
            if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
                parent.ensureWidgetVisible(widget)
            parent = parent.parentWidget()
        elsewhere = next(w for w in every if w is not widget)
        elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
        root.setAttribute(KEYBOARD)  # as after pressing Tab
        without = region(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        root.setAttribute(KEYBOARD)
        assert widget.hasFocus()
        if region(widget) == without:
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_control_of_every_screen_and_dialog_is_named_and_shows_its_focus(
        qtbot: QtBot, db: Path, owner: StaffMember, settings: WindowSettings, namer: QObject) -> None:
    repeater, overdue = fill_desk(owner)
    window = open_window(qtbot, db, settings)
    for screen in tour(qtbot, window, repeater, overdue):
        qtbot.waitUntil(lambda: not unnamed(window), timeout=3000)  # named once the event loop turns
        assert len(controls(window)) > 5, screen
        assert invisible_focus(qtbot, window) == [], screen
    for name, make in dialogs(window.operations, owner, overdue, window).items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        try:
            qtbot.waitUntil(lambda d=dialog: not unnamed(d), timeout=3000)
        except AssertionError:
            pytest.fail(f"{name}: unnamed {unnamed(dialog)}")
        assert controls(dialog), name
        assert invisible_focus(qtbot, dialog) == [], name
        dialog.close()
    window.close()


def test_names_are_what_the_screen_says(qtbot: QtBot, db: Path, owner: StaffMember, settings: WindowSettings,
                                        namer: QObject) -> None:
    repeater, overdue = fill_desk(owner)
    window = open_window(qtbot, db, settings)
    screens = tour(qtbot, window, repeater, overdue)
    next(screens)  # Today
    search = window.customer_pane.search
    qtbot.waitUntil(lambda: search.accessibleName() != "", timeout=3000)
    assert search.accessibleName() == "Find customer"  # its label, without the & and the colon
    assert search.accessibleDescription() == "Name, phone, email or postcode"  # the placeholder, as a hint
    assert window.customer_pane.new_button.accessibleName() == "New customer"
    assert window.customer_pane.new_button.accessibleDescription() == "Add a customer (Ctrl+N)"
    assert window.customer_pane.list.accessibleName() == "Customers"  # set by the pane: nothing on screen says it
    assert window.work_tabs.tabBar().accessibleName() == "Complaint, Resolution — seven steps"
    next(screens), next(screens)  # the complaint form
    pane = window.complaint_pane
    assert pane.summary.accessibleName() == "Summary"
    assert pane.category.accessibleName() == "Category"
    next(screens)  # the resolution: seven Done buttons, each says its step
    done = window.resolution_pane.sections["listen"].done
    assert done.accessibleName().startswith(("Done — 1.", "Done again — 1."))
    window.close()


def test_a_control_without_a_visible_name_is_named_from_its_form_group_or_tip(qtbot: QtBot,
                                                                            namer: QObject) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    form = QFormLayout()
    path = QLineEdit(box)
    browse = QPushButton("&Browse…", box)
    row = QHBoxLayout()
    row.addWidget(path, 1)
    row.addWidget(browse)
    form.addRow(QLabel("&File:", box), row)  # the label names a row, not the field itself
    tipped = QComboBox(box)
    tipped.setToolTip("Which kind of records")
    told = QCheckBox(box)
    told.setAccessibleName("Kept as it was")
    layout = QVBoxLayout(box)
    layout.addLayout(form)
    layout.addWidget(tipped)
    layout.addWidget(told)
    box.show()
    qtbot.waitUntil(lambda: path.accessibleName() != "", timeout=3000)
    assert path.accessibleName() == "File"
    assert browse.accessibleName() == "Browse…"
    assert tipped.accessibleName() == "Which kind of records"
    assert told.accessibleName() == "Kept as it was"  # a name given by the pane is never overwritten
    later = QListWidget(box)  # a control added to a window already on screen
    later.setToolTip("Likely pairs")
    layout.addWidget(later)
    later.show()
    qtbot.waitUntil(lambda: later.accessibleName() == "Likely pairs", timeout=3000)


def test_an_empty_list_shows_that_it_has_the_focus(qtbot: QtBot, namer: QObject) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    first = QLineEdit(box)
    empty = QTreeView(box)
    empty.setModel(QStandardItemModel(empty))
    table = QTableView(box)
    layout = QVBoxLayout(box)
    for widget in (first, empty, table):
        layout.addWidget(widget)
    box.show()
    qtbot.waitExposed(box)
    assert invisible_focus(qtbot, box) == []


def test_a_scroll_area_of_controls_is_no_tab_stop_of_its_own(qtbot: QtBot, namer: QObject) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    holder = QScrollArea(window)
    inner = QWidget()
    QVBoxLayout(inner).addWidget(QLineEdit(inner))
    holder.setWidget(inner)
    reading = QScrollArea(window)
    reading.setWidget(QLabel("Only words to read"))
    layout = QVBoxLayout(window)
    layout.addWidget(holder)
    layout.addWidget(reading)
    window.show()
    qtbot.waitUntil(lambda: holder.focusPolicy() == Qt.FocusPolicy.NoFocus, timeout=3000)
    assert reading.focusPolicy() != Qt.FocusPolicy.NoFocus  # words only: Tab stops there to scroll them


def test_plain_names_lose_mnemonics_tags_and_colons() -> None:
    assert accessibility.plain("&Find customer:") == "Find customer"
    assert accessibility.plain("<b>Today</b>") == "Today"
    assert accessibility.plain("Fish && chips") == "Fish & chips"


def test_the_desk_window_has_no_control_that_nothing_names(qtbot: QtBot, db: Path, owner: StaffMember,
                                                          settings: WindowSettings) -> None:
    """Named even when the namer starts after the window is up (as run_gui may)."""
    window = open_window(qtbot, db, settings)
    assert isinstance(window, MainWindow)
    assert unnamed(window)  # without the namer, some controls say nothing
    style = QApplication.style().name()
    installed = accessibility.install(QApplication.instance())  # type: ignore[arg-type]
    try:
        assert unnamed(window) == []
    finally:
        QApplication.instance().removeEventFilter(installed)
        QApplication.setStyle(style)
        window.close()
