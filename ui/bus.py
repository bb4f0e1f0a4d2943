"""The app-wide change notification: a service write is announced once, and each pane refreshes itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DeskBus(QObject):
    # kinds of data that changed, e.g. {"customers"}, {"complaints"}, {"staff"}
    data_changed = Signal(object)
    # the staff member now at the desk (a models.services.staff.StaffMember, or None)
    staff_changed = Signal(object)
    # a sentence for the status bar
    message_posted = Signal(str)
