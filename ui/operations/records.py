"""The owner's and the shop's records, as menu actions: settings, import, export, backups and restore, the trends
dashboard, merging duplicate customers. Each flow opens its dialog and runs its service through the operations
layer; the main window only puts them in its menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from models.errors import DeskError
from models.services import backup
from models.services.staff import Approval
from ui.bus import DeskBus
from ui.operations import Operations
from ui.operations.desk_staff import DeskStaff
from ui.sizing import fit_to_screen

ALL_KINDS = {"customers", "visits", "complaints", "remedies", "promises", "vouchers", "letters", "staff", "settings"}


class RecordsFlows(QObject):
    def __init__(self, bus: DeskBus, operations: Operations, desk_staff: DeskStaff, window: QWidget) -> None:
        super().__init__(window)
        self._bus = bus
        self._operations = operations
        self._staff = desk_staff
        self._window = window
        self.trends_window: QWidget | None = None

    # --- settings (a manager's PIN first)
    def settings(self) -> None:
        def open_dialog(approval: Approval) -> None:
            from ui.dialogs.settings_dialog import SettingsDialog

            SettingsDialog(approval, self._operations, self._window,
                           window_settings=self._staff.window_settings).open()

        self._staff.with_approval(self.tr("The shop's settings are changed by a manager."), open_dialog)

    # --- bringing records in and out
    def import_records(self) -> None:
        if not self._staff.require():
            return
        from ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self._operations, self._staff.current_id, self._window).open()

    def export_records(self) -> None:
        if not self._staff.require():
            return
        from ui.dialogs.export_dialog import ExportDialog

        ExportDialog(self._bus, self._operations, self._staff.current_id, self._window).open()

    def merge_duplicates(self) -> None:
        if not self._staff.require():
            return
        from ui.dialogs.merge_dialog import MergeDialog

        dialog = MergeDialog(self._bus, self._operations, self._staff.current_id, self._staff.with_approval,
                             self._window)
        dialog.open()
        dialog.load()

    def trends(self) -> None:
        """The owner's dashboard, in its own window beside the desk."""
        if self.trends_window is None:
            from ui.panes.trends_dashboard import TrendsDashboard

            self.trends_window = TrendsDashboard(self._bus, self._operations, self._staff.current_id, self._window)
            self.trends_window.setWindowFlag(Qt.WindowType.Window, True)
            self.trends_window.setWindowTitle(self.tr("Makegood — trends"))
            fit_to_screen(self.trends_window, 1100, 700)
        self.trends_window.show()
        self.trends_window.raise_()

    def check_search_index(self) -> None:
        """In the background once the desk is up: the customer search index is whole, or rebuilt and said."""
        from models.services import database

        def said(repaired: str | None) -> str:
            if repaired:
                self._bus.data_changed.emit({"customers"})  # the list searches the rebuilt index
            return repaired or ""

        self._operations.run_in_background(lambda _report: database.check_search_index(), done=said,
                                           failed=lambda _error: None)

    # --- backups
    def daily_backup(self) -> None:
        """At start-up, in the background: today's backup if there is none yet; then say when the last good one
        is older than two days (or a check found damage)."""
        def run(_report: object) -> backup.BackupStatus:
            backup.daily_backup_if_due()
            return backup.backup_status()

        def said(status: backup.BackupStatus) -> str:
            return status.message if status.stale else ""

        self._operations.run_in_background(run, done=said, failed=lambda _error: None)

    def back_up_now(self) -> None:
        self._operations.run_in_background(
            lambda _report: backup.take_backup(),
            done=lambda made: self.tr("Backed up to %s.") % made.path)

    def restore(self) -> None:
        """Replace the database with a checked backup (the current one is kept as a copy)."""
        if not self._staff.require():
            return
        try:
            folder = str(backup.backup_folder(backup.database_file()))
        except DeskError as exc:
            self._bus.message_posted.emit(exc.message)
            return
        chosen, _filter = QFileDialog.getOpenFileName(self._window, self.tr("Restore from a backup"), folder,
                                                      self.tr("Makegood backups (*.db);;All files (*)"))
        if not chosen:
            return
        answer = QMessageBox.question(
            self._window, self.tr("Restore this backup?"),
            self.tr("Replace everything in the desk's database with %s? The current database is kept as a copy "
                    "in the backups folder first.") % Path(chosen).name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._operations.run(lambda: backup.restore_and_reopen(Path(chosen)), changes=ALL_KINDS,
                             done=lambda result: self.tr("Restored from %s.") % Path(chosen).name)
