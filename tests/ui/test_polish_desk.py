"""The desk started in Polish shows no English: every screen's visible words (labels, buttons, group titles, tabs,
headers, placeholders, combo items, menus, chart titles, the rows shown) are checked against the English words of
the app's own texts. The data is Polish, so any English left is the app's.

Labels and sentences that the core declares (categories, statuses, steps, remedy kinds, settings, error
sentences...) become Polish when models/i18n.py and core_pl.ts land (helper i18n-core); until then a screen that
shows them is an expected failure for that part only ("i18n-core merge"), while the desk's own words are checked
now. Each screen is saved as /tmp/pl-<screen>.png to look at.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from models.services import complaints, customers, promises, remedy_offers, resolution, staff, vouchers
from models.services import settings as business_settings
from models.services.complaints import ComplaintInput
from models.services.customers import CustomerInput
from models.services.staff import StaffMember
from reports import wording
from resources.translations import update
from tests.ui.conftest import open_window
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.settings import WindowSettings

ROOT = Path(__file__).resolve().parents[2]
CORE_TRANSLATED = update.CORE_TS.exists()  # i18n-core's Polish for the core's labels and sentences
# names, not words: the app's name, each language named in its own words, file types, keys, paper sizes
NAMES = {"makegood", "english", "polski", "csv", "pdf", "utf", "ctrl", "enter", "excel", "letter", "esc", "gbp", "eur",
         "usd", "pln"}
WORD = re.compile(r"[^\W\d_]{3,}")


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(re.sub(r"<[^>]+>|\{\w*\}|%\w", " ", text))}


def _ts_texts(ts: Path) -> tuple[list[str], list[str]]:
    sources, translations = [], []
    for message in ET.parse(ts).getroot().iter("message"):
        sources.append(message.findtext("source") or "")
        node = message.find("translation")
        if node is not None:
            translations += [node.text or ""] + [form.text or "" for form in node.iter("numerusform")]
    return sources, translations


def _core_strings() -> list[str]:
    """Every string the core writes (labels, sentences and the fixed parts of its f-strings)."""
    found: set[str] = set()
    for folder in ("models", "reports"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and WORD.search(node.value):
                    text = node.value.strip()
                    if not re.fullmatch(r"[a-z0-9_\-./]+", text):  # keys and names are not shown as such
                        found.add(text)
    return sorted(found, key=len, reverse=True)


DESK_SOURCES, POLISH = _ts_texts(update.DESK_TS)
if CORE_TRANSLATED:
    _core_sources, _core_polish = _ts_texts(update.CORE_TS)
    POLISH += _core_polish
CORE_STRINGS = _core_strings()
POLISH += wording.texts("pl")  # the documents' own Polish (reports/wording.py), e.g. the short month names
POLISH_WORDS = set().union(*map(_words, POLISH))
DATA = ["Anna Kowalska", "Przegląd okresowy", "Wymiana klocków hamulcowych", "Rachunek wyższy niż wycena",
        "Zapłaciłam więcej, niż mi powiedziano.", "Zwrot różnicy", "Wysłuchano klientki", "Oddzwonić we wtorek",
        "ul. Kwiatowa 5", "Warszawa", "Warsztat Kowalski", "ul. Polna 3", "anna@example.pl", "Olga Owner",
        "Piotr Nowak"]
DATA_WORDS = set().union(*map(_words, DATA))
ENGLISH = (set().union(*map(_words, DESK_SOURCES + CORE_STRINGS)) - POLISH_WORDS - DATA_WORDS - NAMES)


@dataclass
class Leftover:
    where: str
    text: str
    words: list[str]


def english_in(text: str) -> list[str]:
    return sorted(_words(text) & ENGLISH)


def split_leftovers(texts: list[tuple[str, str]], data: tuple[str, ...] = (),
                    core_made: tuple[str, ...] = ()) -> tuple[list[Leftover], list[Leftover]]:
    """(the desk's own English, the core's English): a word is the core's when it goes once the core's strings
    (those in its source, and ``core_made``: what its services wrote at run time for this data) are taken out of
    the text. ``data`` (a file's path...) is taken out first."""
    desk: list[Leftover] = []
    core: list[Leftover] = []
    for where, shown in texts:
        text = shown
        for value in data:
            text = text.replace(value, " ")
        words = english_in(text)
        if not words:
            continue
        rest = text
        for string in (*sorted(core_made, key=len, reverse=True), *CORE_STRINGS):
            if string in rest:
                rest = re.sub(rf"(?<!\w){re.escape(string)}(?!\w)", " ", rest)
        own = english_in(rest)
        (desk if own else core).append(Leftover(where, text, own or words))
    return desk, core


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """What a person reads on ``root`` and its visible children."""
    found: list[tuple[str, str]] = [(root.objectName() or type(root).__name__, root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel):
            found.append((name, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found += [(name, widget.text().replace("&", "")), (name, widget.toolTip())]
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QTabWidget):
            found += [(name, widget.tabText(i).replace("&", "")) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            found.append((name, widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(name, widget.itemText(i)) for i in range(widget.count())] + [(name, widget.placeholderText())]
        elif isinstance(widget, QChartView):
            chart = widget.chart()
            found.append((name, chart.title()))
            for series in chart.series():
                found.append((name, series.name()))
                found += [(name, bar.label()) for bar in getattr(series, "barSets", list)()]
            for axis in chart.axes():
                found.append((name, axis.titleText()))
                if isinstance(axis, QBarCategoryAxis):
                    found += [(name, category) for category in axis.categories()]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            found += [(name, str(model.headerData(c, Qt.Orientation.Horizontal) or "")) for c in range(columns)]
            for row in range(min(model.rowCount(), 20)):
                found += [(name, str(model.index(row, c).data() or "")) for c in range(columns)]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            found.append(("menu", action.text().replace("&", "")))
            menu = action.menu()
            if isinstance(menu, QMenu):
                found += [("menu", a.text().replace("&", "")) for a in menu.actions() if not a.isSeparator()]
    return [(where, text) for where, text in found if text]


@dataclass
class Desk:
    window: MainWindow
    qtbot: QtBot
    owner: StaffMember
    customer_id: int
    complaint_id: int
    voucher_code: str
    database: str


def _polish_data(owner: StaffMember) -> tuple[int, int, str]:
    business_settings.save({"business_name": "Warsztat Kowalski", "business_address": "ul. Polna 3\n00-001 Warszawa"},
                           owner.id)
    customer = customers.create_customer(CustomerInput(
        "Anna Kowalska", phone="600 100 200", email="anna@example.pl", address_line1="ul. Kwiatowa 5",
        postcode="00-950", city="Warszawa"), owner.id)
    today = dt.date.today()
    visit = customers.add_visit(customer.id, today - dt.timedelta(days=20), "Przegląd okresowy", 45_000, owner.id,
                                estimate_cents=30_000)
    customers.add_visit(customer.id, today - dt.timedelta(days=400), "Wymiana klocków hamulcowych", 62_000, owner.id)
    complaint = complaints.create_complaint(ComplaintInput(
        customer.id, "price_over_estimate", "Rachunek wyższy niż wycena",
        customer_words="Zapłaciłam więcej, niż mi powiedziano.", desired_outcome="Zwrot różnicy", visit_id=visit),
        owner.id)
    version = resolution.complete_step(complaint.id, complaint.version, "listen", "Wysłuchano klientki",
                                       owner.id).version
    for step in ("thank", "apologize", "solution", "agreement"):
        version = resolution.complete_step(complaint.id, version, step, "", owner.id).version
    resolution.complete_step(complaint.id, version, "action", "Oddzwonić we wtorek", owner.id,
                             action_due=dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
    remedy_offers.offer_remedy(complaint.id, "refund", 2_000, None, owner.id)
    voucher = vouchers.issue_voucher(customer.id, owner.id, percent=10, complaint_id=complaint.id)
    staff.create_staff("Piotr Nowak", "desk", "4321", staff.approve(owner.id, "1234"))
    return customer.id, complaint.id, voucher.code


@pytest.fixture
def desk(qtbot: QtBot, db: Path, owner: StaffMember, settings: WindowSettings) -> Iterator[Desk]:
    app = QApplication.instance()
    assert app is not None
    install_language(app, "pl")  # the data is made at a Polish desk: its automatic promises are in Polish
    try:
        customer_id, complaint_id, code = _polish_data(owner)
        window = open_window(qtbot, db, settings)
        window.resize(1280, 720)
        yield Desk(window, qtbot, owner, customer_id, complaint_id, code, str(db))
        window.close()
    finally:
        install_language(app, "en")


def _welcome(desk: Desk) -> QWidget:
    desk.window.history_pane.stack.setCurrentIndex(desk.window.history_pane.PAGE_WELCOME)  # as on an empty desk
    return desk.window


def _open_customer(desk: Desk) -> QWidget:
    desk.window.customer_pane.select_customer(desk.customer_id)
    desk.window._show_customer(desk.customer_id)
    return desk.window


def _complaint(desk: Desk) -> QWidget:
    _open_customer(desk)
    desk.window.open_complaint_anywhere(desk.complaint_id)
    desk.window.work_tabs.setCurrentWidget(desk.window.complaint_pane)
    return desk.window


def _resolution(desk: Desk) -> QWidget:
    _complaint(desk)
    desk.window.show_resolution()
    return desk.window


def _today(desk: Desk) -> QWidget:
    desk.window.show_today()
    desk.qtbot.waitUntil(lambda: desk.window.today_queue.model.rowCount() > 0, timeout=5000)
    return desk.window


def _top(desk: Desk, name: str) -> QWidget:
    widget = next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)
    assert widget is not None, f"{name} did not open"
    desk.qtbot.addWidget(widget)
    return widget


def _settings(desk: Desk) -> QWidget:
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(staff.approve(desk.owner.id, "1234"), desk.window.operations, desk.window)
    dialog.show()
    desk.qtbot.addWidget(dialog)
    return dialog


def _settings_desk(desk: Desk) -> QWidget:
    dialog = _settings(desk)
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentIndex(tabs.count() - 1)  # this PC's own choices: the language
    return dialog


def _import(desk: Desk) -> QWidget:
    desk.window.records.import_records()
    return _top(desk, "importWizard")


def _export(desk: Desk) -> QWidget:
    desk.window.records.export_records()
    return _top(desk, "exportDialog")


def _trends(desk: Desk) -> QWidget:
    from ui.panes.trends_dashboard import TrendsDashboard

    dashboard = TrendsDashboard(desk.window.bus, desk.window.operations, desk.window.current_staff_id)
    desk.qtbot.addWidget(dashboard)
    dashboard.resize(1280, 900)
    with desk.qtbot.waitSignal(dashboard.sig_refreshed, timeout=10_000):
        dashboard.show()
    return dashboard


def _merge(desk: Desk) -> QWidget:
    from ui.dialogs.merge_dialog import MergeDialog

    dialog = MergeDialog(desk.window.bus, desk.window.operations, desk.window.current_staff_id,
                         desk.window.desk_staff.with_approval, desk.window)
    desk.qtbot.addWidget(dialog)
    dialog.show()
    desk.qtbot.wait(300)  # the search for duplicates answers
    return dialog


def _redeem(desk: Desk) -> QWidget:
    desk.window.redeem_voucher()
    return _top(desk, "redeemVoucher")


def _preview(desk: Desk) -> QWidget:
    from ui.dialogs.documents import open_voucher

    preview = open_voucher(desk.window, desk.window.operations, desk.window.current_staff_id, desk.voucher_code)
    assert preview is not None
    desk.qtbot.addWidget(preview)
    return preview


def _staff_dialog(kind: str) -> Callable[[Desk], QWidget]:
    def make(desk: Desk) -> QWidget:
        from ui.dialogs import staff_dialogs

        operations = desk.window.operations
        dialog: QWidget = {
            "switch": lambda: staff_dialogs.SwitchStaffDialog(operations, desk.owner.id, desk.window),
            "approval": lambda: staff_dialogs.ApprovalDialog(operations, "Scalenie wymaga zgody.", None, desk.window),
            "add": lambda: staff_dialogs.AddStaffDialog(operations, staff.approve(desk.owner.id, "1234"), desk.window),
            "owner": lambda: staff_dialogs.OwnerSetupDialog(operations, desk.window),
        }[kind]()
        desk.qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def _customer_dialog(desk: Desk) -> QWidget:
    from ui.dialogs.customer_dialog import CustomerDialog

    dialog = CustomerDialog(desk.window.operations, desk.window.current_staff_id,
                            customers.get_customer(desk.customer_id), desk.window)
    desk.qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _root_cause(desk: Desk) -> QWidget:
    from ui.dialogs.root_cause_dialog import RootCauseDialog

    dialog = RootCauseDialog(desk.window.bus, desk.window.operations, desk.window.current_staff_id,
                             complaints.get_complaint(desk.complaint_id), desk.window)
    desk.qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _issue_voucher(desk: Desk) -> QWidget:
    from ui.panes.documents_box import IssueVoucherDialog

    dialog = IssueVoucherDialog(desk.window.operations, desk.window.current_staff_id, desk.customer_id,
                                desk.complaint_id, desk.window)
    desk.qtbot.addWidget(dialog)
    dialog.show()
    return dialog


SCREENS: dict[str, Callable[[Desk], QWidget]] = {
    "welcome": _welcome,
    "customer": _open_customer,
    "complaint": _complaint,
    "resolution": _resolution,
    "today": _today,
    "settings": _settings,
    "settings-desk": _settings_desk,
    "import": _import,
    "export": _export,
    "trends": _trends,
    "merge": _merge,
    "redeem": _redeem,
    "preview": _preview,
    "switch-staff": _staff_dialog("switch"),
    "approval": _staff_dialog("approval"),
    "add-staff": _staff_dialog("add"),
    "owner-setup": _staff_dialog("owner"),
    "customer-dialog": _customer_dialog,
    "root-cause": _root_cause,
    "issue-voucher": _issue_voucher,
}


def core_made(desk: Desk) -> tuple[str, ...]:
    """Sentences the core's services make for this data (timeline titles, promises they add, voucher values)."""
    made = [entry.title for entry in resolution.timeline_entries(desk.customer_id)]
    made += [promise.what for promise in promises.promises_of_customer(desk.customer_id)]
    made += [voucher.value_text for voucher in vouchers.vouchers_for_customer(desk.customer_id)]
    return tuple(made)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_polish_desk_shows_no_english(desk: Desk, screen: str) -> None:
    root = SCREENS[screen](desk)
    desk.qtbot.waitExposed(root)
    desk.qtbot.wait(50)
    root.grab().save(f"/tmp/pl-{screen}.png")
    texts = visible_texts(root)
    assert len(texts) > 3  # the screen was read, not an empty window
    # the voucher code is data: a random one may spell an English-looking run of letters ("…-2UWE")
    desk_left, core_left = split_leftovers(texts, (desk.database, desk.voucher_code), core_made(desk))
    assert desk_left == [], "the desk's own English on a Polish screen"
    if core_left and not CORE_TRANSLATED:
        pytest.xfail("i18n-core merge: " + "; ".join(f"{c.where}: {c.text!r}" for c in core_left[:12]))
    assert core_left == [], "the core's English on a Polish screen"


def test_the_check_finds_english_when_there_is_some() -> None:
    """The word check itself: English on a screen is found, Polish and data are not."""
    desk_left, core_left = split_leftovers([("a", "Nowa reklamacja — Anna Kowalska"), ("b", "Save complaint"),
                                            ("c", "Reklamacja: Price over the estimate")])
    assert [(d.where, d.words) for d in desk_left] == [("b", ["complaint", "save"])]  # "complaint" is a key too
    assert [c.where for c in core_left] == ["c"]
