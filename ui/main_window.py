"""The main window: three panes side by side, the actions that drive them, and the wiring between them."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

# Only what the first paint needs is imported by name; the rest is looked up on the modules when first used,
# after the paint (PySide6 creates a type, and QtCore.Qt's ~100 enums, on first use: ~1-17 ms each).
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStatusBar, QWidget

from ui.bus import DeskBus
from ui.panes.customer_pane import CustomerPane
from ui.settings import WindowSettings

if TYPE_CHECKING:
    from models.errors import DeskError
    from models.services.customers import CustomerRecord
    from models.services.demo import DemoSummary
    from models.services.staff import Approval, StaffMember

DEMO_CUSTOMERS = 300
STARTUP_DELAY_MS = 2000
# The window paints with its search box and list before the database layer loads (ui/app.py); the panes that
# need the database are built by complete(). Dialogs and the demo generator are imported when first used.


class MainWindow(QMainWindow):
    def __init__(self, database_name: str, settings: WindowSettings | None = None,
                 parent: QWidget | None = None, *, staged: bool = False) -> None:
        """The desk; ``staged``: only what paints at once (search box, list, status bar) until complete()."""
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.set_database_name(database_name)
        self._settings = settings or WindowSettings()
        self._complete = False
        self.bus = DeskBus(self)
        self.customer_pane = CustomerPane(self.bus, ready=not staged)
        self.splitter = QSplitter()  # side by side (with no arguments: no overload check creates QtCore.Qt)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.customer_pane)
        for _later in range(2):  # the history and the complaint tabs take these places in complete()
            self.splitter.addWidget(QWidget())
        for index in range(3):
            self.splitter.setCollapsible(index, False)
        self.splitter.setSizes([300, 430, 550])
        self.setCentralWidget(self.splitter)

        status = QStatusBar(self)
        status.setObjectName("statusBar")
        self.setStatusBar(status)
        self.staff_label = QLabel(self.tr("No one signed in"), self)
        self.staff_label.setObjectName("staffLabel")
        status.addPermanentWidget(self.staff_label)
        screen = self.screen().availableGeometry()
        self.resize(min(1280, screen.width()), min(720, screen.height()))
        if self._settings.geometry is not None:
            self.restoreGeometry(self._settings.geometry)
        self.customer_pane.search.setFocus()  # typing goes to the search box from the first moment
        if not staged:
            self.complete()

    def set_database_name(self, database_name: str) -> None:
        self._database_name = database_name
        self.setWindowTitle(self.tr("Makegood — %s") % database_name if database_name else "Makegood")

    def complete(self) -> None:
        """Build the panes, actions and menus that need the database layer (once it is open)."""
        if self._complete:
            return
        self._complete = True
        from ui.operations import Operations
        from ui.operations.desk_staff import DeskStaff
        from ui.operations.records import RecordsFlows
        from ui.panes.complaint_pane import ComplaintPane
        from ui.panes.history_pane import HistoryPane
        from ui.panes.resolution_pane import ResolutionPane
        from ui.panes.today_queue import TodayQueue

        self.operations = Operations(self.bus, self)
        self.desk_staff = DeskStaff(self.bus, self.operations, self._settings, self._database_name, self)
        self.records = RecordsFlows(self.bus, self.operations, self.desk_staff, self)

        self.history_pane = HistoryPane(self.bus, self)
        self.today_queue = TodayQueue(self.bus, self.operations, self.current_staff_id, self)
        self.alert_label = QLabel(self)
        self.alert_label.setObjectName("recurringProblems")
        self.alert_label.setWordWrap(True)
        self.alert_label.hide()
        idle = QWidget(self)
        idle_layout = QtWidgets.QVBoxLayout(idle)
        idle_layout.setContentsMargins(0, 0, 0, 0)
        idle_layout.addWidget(self.alert_label)
        idle_layout.addWidget(self.today_queue, 1)
        self.due_letters_button = QtWidgets.QPushButton(self.tr("Print the follow-up &letters due…"), idle)
        self.due_letters_button.setObjectName("printDueLetters")
        idle_layout.addWidget(self.due_letters_button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        self.history_pane.set_idle_page(idle)
        self.complaint_pane = ComplaintPane(self.bus, self.operations, self.current_staff_id, self)
        self.resolution_pane = ResolutionPane(self.bus, self.operations, self.current_staff_id, self)
        # the complaint as the customer told it, and its resolution: one tab each, so the desk fits 1280×720
        self.work_tabs = QtWidgets.QTabWidget(self)
        self.work_tabs.setObjectName("complaintTabs")
        self.work_tabs.addTab(self.complaint_pane, self.tr("Complaint"))
        self.work_tabs.addTab(self.resolution_pane, self.tr("Resolution — seven steps"))
        sizes = self.splitter.sizes()
        if sum(sizes) <= 0:  # not laid out yet (the window not shown): the desk's own proportions
            sizes = [300, 430, 550]
        for index, pane in ((1, self.history_pane), (2, self.work_tabs)):
            placeholder = self.splitter.replaceWidget(index, pane)
            if placeholder is not None:
                placeholder.deleteLater()
            self.splitter.setCollapsible(index, False)
        self.splitter.setSizes(sizes)

        self._build_actions()
        self._wire()
        self.setTabOrder(self.customer_pane.search, self.customer_pane.list)
        self.setTabOrder(self.customer_pane.list, self.customer_pane.new_button)
        self.setTabOrder(self.customer_pane.new_button, self.history_pane.timeline)
        self.setTabOrder(self.history_pane.timeline, self.history_pane.edit_button)
        self.setTabOrder(self.history_pane.edit_button, self.history_pane.complaint_button)
        self.setTabOrder(self.history_pane.complaint_button, self.complaint_pane.channel)
        self.complaint_pane.clear()

    # --- actions: declared once, used by the menus and the keyboard
    def _action(self, name: str, text: str, shortcut: QtGui.QKeySequence | QtGui.QKeySequence.StandardKey | str | None,
                slot: object) -> QtGui.QAction:
        action = QtGui.QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QtGui.QKeySequence(shortcut))
            action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.find_action = self._action("actionFind", self.tr("&Find customer"), QtGui.QKeySequence.StandardKey.Find,
                                        self.customer_pane.focus_search)
        self.new_customer_action = self._action("actionNewCustomer", self.tr("&New customer…"),
                                                QtGui.QKeySequence.StandardKey.New, self.new_customer)
        self.edit_customer_action = self._action("actionEditCustomer", self.tr("&Edit customer…"), "Ctrl+E",
                                                 lambda: self.edit_customer(self.history_pane.customer_id))
        self.new_complaint_action = self._action("actionNewComplaint", self.tr("New &complaint"), "Ctrl+Shift+N",
                                                 lambda: self.new_complaint(self.history_pane.customer_id))
        self.save_action = self._action("actionSave", self.tr("&Save complaint"), QtGui.QKeySequence.StandardKey.Save,
                                        self.save_complaint)
        self.switch_action = self._action("actionSwitchStaff", self.tr("&Switch staff…"), "Ctrl+L",
                                          self.desk_staff.switch)
        self.add_staff_action = self._action("actionAddStaff", self.tr("&Add staff member…"), None,
                                             self.desk_staff.add_staff)
        self.demo_action = self._action("actionLoadDemo", self.tr("Load &demo data"), None, self.load_demo)
        self.redeem_action = self._action("actionRedeemVoucher", self.tr("&Redeem a voucher…"), "Ctrl+R",
                                          self.redeem_voucher)
        self.quit_action = self._action("actionQuit", self.tr("&Quit"), QtGui.QKeySequence.StandardKey.Quit, self.close)
        self.today_action = self._action("actionToday", self.tr("&Today's promises and follow-ups"), "Ctrl+T",
                                         self.show_today)
        self.due_letters_action = self._action("actionDueLetters", self.tr("Print the &follow-up letters due…"),
                                               None, self.print_due_letters)
        self.show_complaint_action = self._action("actionShowComplaint", self.tr("Show the c&omplaint"), "Ctrl+1",
                                                  lambda: self.work_tabs.setCurrentWidget(self.complaint_pane))
        self.show_resolution_action = self._action(
            "actionShowResolution", self.tr("Show the &resolution"), "Ctrl+2", self.show_resolution)
        self.settings_action = self._action("actionSettings", self.tr("&Settings…"), None, self.records.settings)
        self.import_action = self._action("actionImport", self.tr("&Import from a CSV file…"), None,
                                          self.records.import_records)
        self.export_action = self._action("actionExport", self.tr("E&xport to a CSV file…"), None,
                                          self.records.export_records)
        self.backup_action = self._action("actionBackup", self.tr("&Back up now"), None, self.records.back_up_now)
        self.restore_action = self._action("actionRestore", self.tr("Restore from a bac&kup…"), None,
                                           self.records.restore)
        self.trends_action = self._action("actionTrends", self.tr("&Trends dashboard"), "Ctrl+D",
                                          self.records.trends)
        self.merge_action = self._action("actionMerge", self.tr("&Merge duplicate customers…"), None,
                                         self.records.merge_duplicates)
        self.report_action = self._action("actionMonthlyReport", self.tr("Last month's &report…"), None,
                                          self.monthly_report)
        self.about_action = self._action("actionAbout", self.tr("&About Makegood"), None, self.show_about)

        menu = self.menuBar()
        desk = menu.addMenu(self.tr("&Desk"))
        for action in (self.today_action, self.redeem_action, self.due_letters_action):
            desk.addAction(action)
        desk.addSeparator()
        for action in (self.import_action, self.export_action, self.backup_action, self.restore_action):
            desk.addAction(action)
        desk.addSeparator()
        desk.addAction(self.demo_action)
        desk.addAction(self.settings_action)
        desk.addSeparator()
        desk.addAction(self.quit_action)
        customer = menu.addMenu(self.tr("&Customer"))
        for action in (self.find_action, self.new_customer_action, self.edit_customer_action, self.merge_action):
            customer.addAction(action)
        complaint = menu.addMenu(self.tr("Com&plaint"))
        for action in (self.new_complaint_action, self.save_action, self.show_complaint_action,
                       self.show_resolution_action):
            complaint.addAction(action)
        people = menu.addMenu(self.tr("S&taff"))
        people.addAction(self.switch_action)
        people.addAction(self.add_staff_action)
        owner = menu.addMenu(self.tr("&Owner"))
        owner.addAction(self.trends_action)
        owner.addAction(self.report_action)
        about = menu.addMenu(self.tr("&Help"))
        about.addAction(self.about_action)

        escape = QtGui.QShortcut(QtGui.QKeySequence(QtCore.Qt.Key.Key_Escape), self)
        escape.setContext(QtCore.Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(self.customer_pane.focus_search)

    def _wire(self) -> None:
        self.bus.message_posted.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.bus.staff_changed.connect(self._on_staff_changed)
        self._on_staff_changed(None)
        self.customer_pane.sig_customer_selected.connect(self._show_customer)
        self.customer_pane.sig_customer_activated.connect(self._activate_customer)
        self.customer_pane.sig_new_customer_requested.connect(self.new_customer)
        self.history_pane.sig_complaint_selected.connect(self._open_complaint)
        self.history_pane.sig_new_complaint_requested.connect(self.new_complaint)
        self.history_pane.sig_edit_customer_requested.connect(self.edit_customer)
        self.history_pane.sig_load_demo_requested.connect(self.load_demo)
        self.history_pane.sig_first_customer_requested.connect(self.new_customer)
        self.today_queue.sig_complaint_requested.connect(self.open_complaint_anywhere)
        self.history_pane.sig_letter_requested.connect(self.reprint_letter)
        self.due_letters_button.clicked.connect(self.print_due_letters)
        self.complaint_pane.sig_complaint_saved.connect(self._complaint_saved)
        self.bus.data_changed.connect(self._on_data_changed)

    # --- start-up
    def start(self) -> None:
        """Fill the panes and ask who is at the desk (the owner, on a new database)."""
        from models.services import customers

        self.complete()
        # after show(): the splitter divides the restored width, not the default one
        if self._settings.splitter_state is not None:
            self.splitter.restoreState(self._settings.splitter_state)
        if self.customer_pane.shown_query is None:  # a staged start has filled the list already
            self.customer_pane.request_search("")
        elif (chosen := self.customer_pane.current_customer_id()) is not None:  # chosen while the desk opened
            self._show_customer(chosen)
        self.history_pane.show_welcome(not customers.has_customers())
        self.customer_pane.focus_search()
        self.desk_staff.start()
        # housekeeping waits until the desk has painted and filled its list: it must not slow the start
        QtCore.QTimer.singleShot(STARTUP_DELAY_MS, self._housekeeping)

    def _housekeeping(self) -> None:
        self.records.daily_backup()
        self.records.check_search_index()
        self._check_recurring_problems()

    # --- who is at the desk
    def current_staff_id(self) -> int | None:
        return self.desk_staff.current_id()

    @property
    def current_staff(self) -> StaffMember | None:
        return self.desk_staff.member

    def _on_staff_changed(self, member: StaffMember | None) -> None:
        self.staff_label.setText(self.tr("At the desk: %s") % member.name if member else self.tr("No one signed in"))

    # --- customers
    def _show_customer(self, customer_id: int) -> None:
        self.history_pane.show_customer(customer_id)
        if self.complaint_pane.customer_id != customer_id:
            if self.complaint_pane.has_unsaved_changes():
                # browsing on must not throw away what the receptionist typed
                self.statusBar().showMessage(
                    self.tr("The complaint on the right is not saved yet — save it with Ctrl+S."), 10000)
            else:
                self.complaint_pane.clear()
                self.resolution_pane.clear()

    def _leave_complaint(self) -> bool:
        """May the complaint pane show something else? Asks first when there are unsaved edits."""
        if not self.complaint_pane.has_unsaved_changes():
            return True
        answer = ask_unsaved(self)
        if answer == QtWidgets.QMessageBox.StandardButton.Save:
            return self.complaint_pane.save()
        return answer == QtWidgets.QMessageBox.StandardButton.Discard

    def _open_complaint(self, complaint_id: int) -> None:
        if complaint_id != self.complaint_pane.complaint_id and self._leave_complaint():
            self.complaint_pane.open_complaint(complaint_id)
            self.resolution_pane.open_complaint(complaint_id)

    def open_complaint_anywhere(self, complaint_id: int) -> None:
        """From the Today queue: the complaint's customer, the complaint, and its resolution at once."""
        from models.errors import DeskError
        from models.services import complaints

        if not self._leave_complaint():
            return
        try:
            record = complaints.get_complaint(complaint_id)
        except DeskError as exc:
            self.bus.message_posted.emit(exc.message)
            return
        self.customer_pane.select_customer(record.customer_id)
        self.history_pane.show_customer(record.customer_id)
        self.complaint_pane.open_complaint(complaint_id)
        self.resolution_pane.open_complaint(complaint_id)
        self.show_resolution()

    def _complaint_saved(self, complaint_id: int) -> None:
        was_open = self.resolution_pane.complaint_id == complaint_id
        self.resolution_pane.open_complaint(complaint_id)
        if not was_open:  # a complaint just logged: the next thing is to walk through its resolution
            self.show_resolution()

    def show_resolution(self) -> None:
        self.work_tabs.setCurrentWidget(self.resolution_pane)
        self.resolution_pane.focus_current_step()

    def show_today(self) -> None:
        """What is due: promises and follow-ups (overdue first) and the targets about to be missed."""
        already_shown = self.today_queue.isVisible()
        self.history_pane.show_customer(None)  # showing the queue reads it afresh
        if already_shown:
            self.today_queue.refresh()
        self.today_queue.view.setFocus()

    def reprint_letter(self, letter_id: int) -> None:
        """A letter sent before, exactly as it was printed."""
        from models.services import letters
        from ui.dialogs.letter_preview import show_preview

        stored = self.operations.run(lambda: letters.reprint(letter_id))
        if stored is not None:
            show_preview(self, self.operations, self.current_staff_id, stored.pdf, title=stored.title,
                         file_name=f"letter-{stored.complaint_id}-{stored.id}.pdf")

    def show_about(self) -> None:
        """The versions a support call asks for (the same lines as makegood --version), to read or copy."""
        from ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).open()

    def monthly_report(self) -> None:
        """Last month's report for the owner, made in the background, then previewed to print or save."""
        from ui.dialogs.documents import open_monthly_report

        open_monthly_report(self, self.operations)

    def print_due_letters(self) -> None:
        if not self.desk_staff.require():
            return
        from ui.dialogs.documents import print_due_letters

        print_due_letters(self, self.operations, self.current_staff_id)

    def _check_recurring_problems(self) -> None:
        """A problem that keeps coming back is said above the Today queue (worked out in the background)."""
        from models.services import alerts

        def show(found: list[alerts.Alert]) -> None:
            self.alert_label.setText("\n".join(alert.sentence for alert in found[:3]))
            self.alert_label.setVisible(bool(found))

        self.operations.run_in_background(lambda _report: alerts.recurring_problems(), succeeded=show,
                                          failed=lambda _error: None)

    def _activate_customer(self, customer_id: int) -> None:
        self._show_customer(customer_id)
        self.history_pane.timeline.setFocus()

    def new_customer(self) -> None:
        if self.desk_staff.require():
            self._open_customer_dialog(None)

    def edit_customer(self, customer_id: int | None) -> None:
        if customer_id is None or not self.desk_staff.require():
            return
        from models.errors import NotFound
        from models.services import customers

        try:
            record = customers.get_customer(customer_id)
        except NotFound as exc:
            self.bus.message_posted.emit(exc.message)
            return
        self._open_customer_dialog(record)

    def _open_customer_dialog(self, record: CustomerRecord | None) -> None:
        from ui.dialogs.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.operations, self.current_staff_id, record, self)
        dialog.accepted.connect(lambda: self._customer_saved(dialog.saved, created=record is None))
        dialog.open()

    def _customer_saved(self, record: CustomerRecord | None, *, created: bool) -> None:
        if record is None:
            return
        self.customer_pane.select_customer(record.id)
        self.history_pane.show_customer(record.id)
        self.statusBar().showMessage((self.tr("%s added.") if created else self.tr("%s saved.")) % record.name,
                                     10000)

    # --- complaints
    def new_complaint(self, customer_id: int | None) -> None:
        if customer_id is None:
            self.statusBar().showMessage(self.tr("Choose the customer first."), 10000)
            return
        if not self.desk_staff.require() or not self._leave_complaint():
            return
        self.resolution_pane.clear()
        self.work_tabs.setCurrentWidget(self.complaint_pane)
        self.complaint_pane.new_complaint(customer_id)

    def save_complaint(self) -> None:
        if not self.complaint_pane.is_open():
            self.statusBar().showMessage(self.tr("There is no complaint open to save."), 10000)
            return
        if self.desk_staff.require():
            self.complaint_pane.save()

    # --- vouchers
    def redeem_voucher(self) -> None:
        """A customer hands over a voucher: check it, and redeem it once."""
        if not self.desk_staff.require():
            return
        from ui.dialogs.redeem_voucher import RedeemVoucherDialog  # QtPdf and the voucher code load on first use

        dialog = RedeemVoucherDialog(self.operations, self.current_staff_id, parent=self,
                                     request_approval=self.desk_staff.with_approval)
        dialog.open()

    # --- demo data, in the background
    def load_demo(self) -> None:
        if not self.desk_staff.require():
            return
        from models.services import customers

        if not customers.has_customers():
            self._run_demo(seed=7, approval=None)  # the same seed on an empty desk, so every demo looks alike
            return
        if not confirm_demo(self):
            return
        # made-up customers among real ones: a manager approves, and a new seed keeps them from cloning the first
        self.desk_staff.with_approval(
            self.tr("Adding demo customers to a database with real ones needs a manager's PIN."),
            lambda approval: self._run_demo(seed=random.randrange(1 << 30), approval=approval))

    def _run_demo(self, *, seed: int, approval: Approval | None) -> None:
        from models.services import demo

        staff_id = self.current_staff_id()
        if staff_id is None:
            return
        progress = QtWidgets.QProgressDialog(self.tr("Adding demo customers, visits and complaints…"),
                                             self.tr("Cancel"), 0, DEMO_CUSTOMERS, self)
        progress.setObjectName("demoProgress")
        progress.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        worker = self.operations.run_in_background(
            lambda report: demo.generate(DEMO_CUSTOMERS, staff_id=staff_id, approval=approval, seed=seed,
                                         progress=report),
            changes={"customers", "visits", "complaints", "staff"},
            succeeded=lambda summary: self._demo_done(progress, summary),
            failed=lambda error: self._demo_failed(progress, error),
            progress=lambda done, total: progress.setValue(done),
        )
        progress.canceled.connect(worker.cancel)

    def _demo_done(self, progress: QtWidgets.QProgressDialog, summary: DemoSummary) -> None:
        progress.reset()
        if summary.customers == 0:
            self.statusBar().showMessage(self.tr("Demo data cancelled; nothing was added."), 10000)
            return
        text = self.tr("Added {customers} with {visits} and {complaints}.").format(
            customers=self.tr("%n demo customer(s)", "", summary.customers),
            visits=self.tr("%n visit(s)", "", summary.visits),
            complaints=self.tr("%n complaint(s)", "", summary.complaints))
        if summary.staff_added:
            from models.services.demo import DEMO_PIN

            text += " " + self.tr("Demo staff sign in with PIN %s.") % DEMO_PIN
        self.statusBar().showMessage(text, 15000)

    def _demo_failed(self, progress: QtWidgets.QProgressDialog, error: DeskError) -> None:
        progress.reset()
        self.statusBar().showMessage(self.tr("Demo data could not be added: %s") % error.message, 15000)

    def _on_data_changed(self, kinds: set[str]) -> None:
        from models.services import customers

        if "customers" in kinds:
            self.history_pane.show_welcome(not customers.has_customers())

    # --- window state
    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if not self._complete:  # closed while it opened (or the database could not be opened)
            self.customer_pane.shutdown()
            super().closeEvent(event)
            return
        if not self._leave_complaint():
            event.ignore()
            return
        self._settings.geometry = self.saveGeometry()
        self._settings.splitter_state = self.splitter.saveState()
        self._settings.sync()
        self.operations.wait()  # a save under way finishes before the window goes
        self.customer_pane.shutdown()
        super().closeEvent(event)


def ask_unsaved(parent: QWidget) -> QtWidgets.QMessageBox.StandardButton:
    """Save, Discard or Cancel for a complaint with unsaved edits."""
    Button = QtWidgets.QMessageBox.StandardButton  # noqa: N806 - a type, named like one
    return QtWidgets.QMessageBox.question(
        parent, QCoreApplication.translate("MainWindow", "Unsaved complaint"),
        QCoreApplication.translate("MainWindow", "The complaint has changes that are not saved. Save them?"),
        Button.Save | Button.Discard | Button.Cancel, Button.Save)


def confirm_demo(parent: QWidget) -> bool:
    """Demo customers in a database that already has real ones are hard to tell apart: ask first."""
    Button = QtWidgets.QMessageBox.StandardButton  # noqa: N806 - a type, named like one
    answer = QtWidgets.QMessageBox.question(
        parent, QCoreApplication.translate("MainWindow", "Add demo data?"),
        QCoreApplication.translate(
            "MainWindow", "This database already has customers. Add %d made-up demo customers to it?") % DEMO_CUSTOMERS,
        Button.Yes | Button.No, Button.No)
    return answer == Button.Yes
