"""Letters and vouchers for the open complaint: ``printLetter`` (apology, follow-up, resolution, case file) and
``issueVoucher`` (percent or amount off the next visit), each previewed before it is printed or saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError, ValidationError
from models.services import remedy_offers, vouchers
from models.services.vouchers import VoucherInfo
from ui.format import amount, local_date, voucher_value
from ui.forms import FieldErrors, error_label
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import Operations
from ui.panes.remedy_box import parse_value

LETTER_KINDS = (("apology", QT_TRANSLATE_NOOP("DocumentsBox", "&Apology letter")),
                ("follow_up", QT_TRANSLATE_NOOP("DocumentsBox", "&Follow-up letter")),
                ("resolution", QT_TRANSLATE_NOOP("DocumentsBox", "&Resolution confirmation")),
                ("case_file", QT_TRANSLATE_NOOP("DocumentsBox", "&Case file (the full record)")))


class IssueVoucherDialog(QDialog):
    """How much the voucher takes off: "10 %" or an amount such as "20" or "12.50"."""

    def __init__(self, operations: Operations, staff_id_getter: Callable[[], int | None], customer_id: int,
                 complaint_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issueVoucherDialog")
        self.setWindowTitle(self.tr("Issue a voucher"))
        self._operations = operations
        self._staff_id = staff_id_getter
        self._customer_id = customer_id
        self._complaint_id = complaint_id
        self.issued: VoucherInfo | None = None
        self.value = QLineEdit(self)
        self.value.setObjectName("voucherValue")
        self.value.setPlaceholderText(self.tr("10 % or an amount, e.g. 20"))
        self.errors = FieldErrors()
        form = QFormLayout()
        self.errors.add_row(form, "value", self.tr("&Value off the next visit:"), self.value)
        self.message = error_label(self, "issueVoucherMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def issue(self) -> None:
        self.errors.clear()
        self.message.hide()
        try:
            cents, percent = parse_value(self.value.text())
        except ValueError:
            self._refused(ValidationError({"value": self.tr("Type a percentage such as 10 % or an amount such as "
                                                            "20 or 12.50.")}))
            return
        if cents is None and percent is None:
            self._refused(ValidationError({"value": self.tr("Say how much the voucher takes off.")}))
            return
        staff_id = self._staff_id()
        if staff_id is None:
            self._refused(DeskError(self.tr("Say who is at the desk first (Ctrl+L).")))
            return
        customer_id, complaint_id = self._customer_id, self._complaint_id
        issued = self._operations.run(
            lambda: vouchers.issue_voucher(customer_id, staff_id, percent=percent, value_cents=cents,
                                           complaint_id=complaint_id),
            changes={"vouchers"}, failed=self._refused,
            done=lambda info: self.tr("Voucher {code} issued: {value}.").format(
                code=info.code, value=voucher_value(info)))
        if issued is not None:
            self.issued = issued
            self.accept()

    def _refused(self, error: DeskError) -> None:
        if isinstance(error, ValidationError):
            fields = {("value" if key in ("percent", "value_cents", "value") else key): text
                      for key, text in error.fields.items()}
            self.errors.show(fields)
        self.message.setText(error.message)
        self.message.show()


class DocumentsBox(QGroupBox):
    def __init__(self, operations: Operations, staff_id_getter: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Letters and vouchers"), parent)
        self.setObjectName("documentsBox")
        self._operations = operations
        self._staff_id = staff_id_getter
        self._complaint_id: int | None = None
        self._customer_id: int | None = None
        self.print_button = QPushButton(self.tr("&Print a letter…"), self)
        self.print_button.setObjectName("printLetter")
        menu = QMenu(self.print_button)
        menu.setObjectName("letterKinds")
        for kind, label in LETTER_KINDS:
            action = menu.addAction(self.tr(label))
            action.setObjectName(f"letter_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.print_letter(k))
        self.print_button.setMenu(menu)
        self.voucher_button = QPushButton(self.tr("Issue a &voucher…"), self)
        self.voucher_button.setObjectName("issueVoucher")
        self.issued = QLabel(self)
        self.issued.setObjectName("complaintVouchers")
        self.issued.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.voucher_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.issued)
        self.voucher_button.clicked.connect(self.issue_voucher)

    def show_complaint(self, complaint_id: int, customer_id: int) -> None:
        self._complaint_id, self._customer_id = complaint_id, customer_id
        try:
            issued = vouchers.vouchers_for_complaint(complaint_id)
        except DeskError:
            issued = []
        self.issued.setText("\n".join(self.tr("Voucher {code} — {value}, until {date}").format(
            code=v.code, value=voucher_value(v), date=local_date(v.expires_at)) for v in issued))
        self.issued.setVisible(bool(issued))

    def print_letter(self, kind: str) -> None:
        if self._complaint_id is None:
            return
        from ui.dialogs.documents import open_letter  # QtPdf and ReportLab load on first use

        open_letter(self.window(), self._operations, self._staff_id, self._complaint_id, kind)

    def issue_voucher(self) -> None:
        if self._complaint_id is None or self._customer_id is None:
            return
        dialog = IssueVoucherDialog(self._operations, self._staff_id, self._customer_id, self._complaint_id,
                                    self.window())
        agreed = self._agreed_voucher()
        if agreed:
            dialog.value.setText(agreed)  # the voucher the customer accepted, ready to issue
        dialog.accepted.connect(lambda: self._voucher_issued(dialog.issued))
        dialog.open()

    def _agreed_voucher(self) -> str:
        """The value of the voucher remedy the customer accepted (or was given), as the desk types it."""
        if self._complaint_id is None:
            return ""
        try:
            found = remedy_offers.remedies_for(self._complaint_id)
        except DeskError:
            return ""
        agreed = [r for r in found if r.kind == "voucher" and r.status in ("accepted", "given")]
        if not agreed:
            return ""
        latest = agreed[-1]
        if latest.percent is not None:
            return f"{latest.percent} %"
        return amount(latest.value_cents) if latest.value_cents else ""

    def _voucher_issued(self, info: VoucherInfo | None) -> None:
        if info is None or self._complaint_id is None or self._customer_id is None:
            return
        self.show_complaint(self._complaint_id, self._customer_id)
        from ui.dialogs.documents import open_voucher

        open_voucher(self.window(), self._operations, self._staff_id, info.code)
