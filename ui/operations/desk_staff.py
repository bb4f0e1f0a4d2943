"""Who is at the desk: the owner on first run, signing in with a PIN at start-up and on Ctrl+L, and a manager's
PIN asked at the moment of every manager-only action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from models.services import staff
from models.services.staff import Approval, StaffMember
from ui.bus import DeskBus
from ui.operations import Operations
from ui.settings import WindowSettings


class DeskStaff(QObject):
    def __init__(self, bus: DeskBus, operations: Operations, settings: WindowSettings, database_name: str,
                 window: QWidget) -> None:
        super().__init__(window)
        self._bus = bus
        self._operations = operations
        self._settings = settings
        self.window_settings = settings  # this PC's own settings (window, last staff, language)
        self._database_name = database_name
        self._window = window
        self._member: StaffMember | None = None
        bus.staff_changed.connect(self._on_staff_changed)

    @property
    def member(self) -> StaffMember | None:
        return self._member

    def current_id(self) -> int | None:
        return self._member.id if self._member is not None else None

    def start(self) -> None:
        """On a new database ask who the owner is; otherwise ask for a PIN, the last person already chosen.

        Nobody is signed in from memory alone: a restart with yesterday's manager remembered still asks for
        their PIN."""
        if not staff.has_staff():
            self.ask_owner()
        else:
            self.switch()

    def ask_owner(self) -> None:
        from ui.dialogs.staff_dialogs import OwnerSetupDialog

        dialog = OwnerSetupDialog(self._operations, self._window)
        dialog.accepted.connect(lambda: self._bus.staff_changed.emit(dialog.member))
        dialog.open()

    def switch(self) -> None:
        if not staff.has_staff():
            self.ask_owner()
            return
        from ui.dialogs.staff_dialogs import SwitchStaffDialog

        remembered = self.current_id() or self._settings.last_staff_id(self._database_name)
        dialog = SwitchStaffDialog(self._operations, remembered, self._window)
        dialog.accepted.connect(lambda: self._bus.staff_changed.emit(dialog.member))
        dialog.open()

    def require(self) -> bool:
        """Every change is recorded under someone: when no one is signed in, say so and ask who."""
        if self._member is not None:
            return True
        self._bus.message_posted.emit(self.tr("Say who is at the desk first."))
        self.switch()
        return False

    def with_approval(self, reason: str, then: Callable[[Approval], None]) -> None:
        """Ask a manager for their PIN now; call ``then`` with the approval once it checks out."""
        from ui.dialogs.staff_dialogs import ApprovalDialog

        current = self._member.id if self._member is not None and self._member.is_manager else None
        dialog = ApprovalDialog(self._operations, reason, current, self._window)
        dialog.accepted.connect(lambda: then(dialog.approval) if dialog.approval is not None else None)
        dialog.open()

    def add_staff(self) -> None:
        def open_form(approval: Approval) -> None:
            from ui.dialogs.staff_dialogs import AddStaffDialog

            dialog = AddStaffDialog(self._operations, approval, self._window)
            dialog.accepted.connect(lambda: self._bus.message_posted.emit(
                self.tr("%s can now sign in at the desk.") % dialog.member.name if dialog.member else ""))
            dialog.open()

        self.with_approval(self.tr("Adding a staff member needs a manager's PIN."), open_form)

    def _on_staff_changed(self, member: StaffMember | None) -> None:
        self._member = member
        self._settings.set_last_staff_id(self._database_name, member.id if member else None)
