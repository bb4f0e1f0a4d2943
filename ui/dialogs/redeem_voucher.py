"""Redeeming a voucher at the desk: type or scan the code, see whose it is and what it is worth, redeem it once.

Every refusal — a mistyped or invented code, a voucher already redeemed (when, by whom), expired (the date) or
voided (the reason) — is shown in place, and the code stays in the box to correct.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError
from models.services import vouchers
from models.services.staff import Approval
from models.services.vouchers import VoucherInfo
from ui.format import voucher_value
from ui.forms import error_label
from ui.operations import Operations

CODE_LIMIT = 24  # MG-7K3Q-9F2D with room for spaces a scanner or a person adds


class RedeemVoucherDialog(QDialog):
    """``redeemVoucher`` with ``voucherCode``, ``checkVoucher``, ``redeemVoucherButton``; the outcome in
    ``voucherResult`` (or ``voucherRefusal`` in red)."""

    sig_redeemed = Signal(object)  # the VoucherInfo just redeemed

    def __init__(self, operations: Operations, staff_id_getter: Callable[[], int | None], *,
                 visit_id: int | None = None, parent: QWidget | None = None,
                 request_approval: Callable[[str, Callable[[Approval], None]], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redeemVoucher")
        self.setWindowTitle(self.tr("Redeem a voucher"))
        self._operations = operations
        self._staff_id = staff_id_getter
        self._visit_id = visit_id
        self.code = QLineEdit(self)
        self.code.setObjectName("voucherCode")
        self.code.setMaxLength(CODE_LIMIT)
        self.code.setPlaceholderText("MG-7K3Q-9F2D")
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.setObjectName("checkVoucher")
        self.redeem_button = QPushButton(self.tr("&Redeem"), self)
        self.redeem_button.setObjectName("redeemVoucherButton")
        self.redeem_button.setEnabled(False)
        self._request_approval = request_approval
        self.void_reason = QLineEdit(self)
        self.void_reason.setObjectName("voidReason")
        self.void_reason.setMaxLength(300)
        self.void_reason.setPlaceholderText(self.tr("Why it is voided (a manager approves)"))
        self.void_button = QPushButton(self.tr("&Void…"), self)
        self.void_button.setObjectName("voidVoucher")
        self.void_button.setEnabled(False)
        self.void_button.setVisible(request_approval is not None)
        self.void_reason.setVisible(request_approval is not None)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closeRedeem")
        self.outcome = QLabel(self)
        self.outcome.setObjectName("voucherResult")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.refusal = error_label(self, "voucherRefusal")
        form = QFormLayout()
        label = QLabel(self.tr("Voucher &code"), self)
        label.setBuddy(self.code)
        form.addRow(label, self.code)
        void_label = QLabel(self.tr("Void r&eason"), self)
        void_label.setBuddy(self.void_reason)
        void_label.setVisible(request_approval is not None)
        form.addRow(void_label, self.void_reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.redeem_button)
        buttons.addWidget(self.void_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.refusal)
        layout.addLayout(buttons)
        # Enter in the box checks the code; redeeming is always a deliberate click (or Alt+R), never a second Enter
        for button in (self.check_button, self.redeem_button, self.void_button, close):
            button.setAutoDefault(False)
        self.code.returnPressed.connect(self.check)
        self.code.textEdited.connect(self._code_changed)
        self.check_button.clicked.connect(self.check)
        self.redeem_button.clicked.connect(self.redeem)
        self.void_button.clicked.connect(self.void)
        close.clicked.connect(self.reject)
        self.checked: VoucherInfo | None = None

    def _code_changed(self) -> None:
        self.checked = None
        self.redeem_button.setEnabled(False)
        self.void_button.setEnabled(False)
        self.outcome.hide()
        self.refusal.hide()

    def _refuse(self, error: DeskError) -> None:
        self.checked = None
        self.redeem_button.setEnabled(False)
        self.void_button.setEnabled(False)
        self.outcome.hide()
        self.refusal.setText(error.message)
        self.refusal.show()
        self.code.setFocus()

    def _show(self, text: str) -> None:
        self.refusal.hide()
        self.outcome.setText(text)
        self.outcome.show()

    def check(self) -> None:
        code = self.code.text()
        info = self._operations.run(lambda: vouchers.check_voucher(code), failed=self._refuse)
        if info is not None:
            self.checked = info
            self._show(self.tr("%1 — it can be redeemed.").replace("%1", info.describe()))
            self.redeem_button.setEnabled(True)
            self.void_button.setEnabled(True)

    def redeem(self) -> None:
        staff_id = self._staff_id()
        if staff_id is None:
            self._refuse(DeskError(self.tr("Say who is at the desk first: every redemption is recorded under a "
                                           "staff member.")))
            return
        code, visit = self.code.text(), self._visit_id
        info = self._operations.run(lambda: vouchers.redeem_voucher(code, staff_id, visit_id=visit),
                                    changes={"vouchers"}, failed=self._refuse,
                                    done=lambda v: self.tr("Redeemed %1.").replace("%1", v.code))
        if info is not None:
            self.checked = None
            self.redeem_button.setEnabled(False)
            self._show(self.tr("Redeemed: %1 for %2.").replace("%1", voucher_value(info))
                       .replace("%2", info.customer_name))
            self.sig_redeemed.emit(info)

    def void(self) -> None:
        """Void the checked voucher with the reason typed, once a manager has typed their PIN."""
        staff_id, code, reason = self._staff_id(), self.code.text(), self.void_reason.text()
        if self._request_approval is None or staff_id is None:
            return
        if not reason.strip():
            self._refuse(DeskError(self.tr("Say why the voucher is voided.")))
            self.void_reason.setFocus()
            return

        def approved(approval: Approval) -> None:
            info = self._operations.run(lambda: vouchers.void_voucher(code, reason, staff_id, approval=approval),
                                        changes={"vouchers"}, failed=self._refuse,
                                        done=lambda v: self.tr("Voided %1.").replace("%1", v.code))
            if info is not None:
                self.checked = None
                self.redeem_button.setEnabled(False)
                self.void_button.setEnabled(False)
                self._show(self.tr("Voided: %1 (%2).").replace("%1", info.code).replace("%2", reason.strip()))

        self._request_approval(self.tr("Voiding a voucher needs a manager's PIN."), approved)
