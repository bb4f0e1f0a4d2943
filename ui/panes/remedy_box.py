"""The remedy part of the resolution pane: what the owner's rules suggest and why, what the desk offers (a
manager approves above the desk limit), and the customer's answer."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from models.errors import DeskError
from models.services import remedies, remedy_offers
from models.services.remedies import KIND_LABELS
from models.services.resolution import ResolutionView
from models.services.staff import Approval
from ui.bus import DeskBus
from ui.dialogs.staff_dialogs import ApprovalDialog
from ui.format import CURRENCY_SYMBOLS, amount, money
from ui.forms import error_label
from ui.i18n import QT_TRANSLATE_NOOP, core_label
from ui.operations import Operations

STATUS_WORDS = {"offered": QT_TRANSLATE_NOOP("RemedyBox", "offered"),
                "accepted": QT_TRANSLATE_NOOP("RemedyBox", "accepted"),
                "declined": QT_TRANSLATE_NOOP("RemedyBox", "declined"),
                "given": QT_TRANSLATE_NOOP("RemedyBox", "given")}
DONE_SENTENCES = {"accepted": QT_TRANSLATE_NOOP("RemedyBox", "Remedy accepted."),
                  "declined": QT_TRANSLATE_NOOP("RemedyBox", "Remedy declined."),
                  "given": QT_TRANSLATE_NOOP("RemedyBox", "Remedy given.")}
CHANGES = {"remedies", "complaints"}


def parse_value(text: str) -> tuple[int | None, int | None]:
    """(cents, percent) from what was typed: "25", "25.50", "£1,025.50", "12,50" or "10 %"; ValueError otherwise."""
    cleaned = text.strip()
    if not cleaned:
        return None, None
    for symbol in sorted({*CURRENCY_SYMBOLS.values(), *CURRENCY_SYMBOLS}, key=len, reverse=True):
        cleaned = cleaned.replace(symbol, "")
    cleaned = cleaned.replace(" ", "").replace("\u00a0", "")
    if cleaned.endswith("%"):
        if not re.fullmatch(r"-?\d{1,4}", cleaned[:-1]):
            raise ValueError(text)
        return None, int(cleaned[:-1])
    if re.fullmatch(r"-?\d+,\d{1,2}", cleaned):
        cleaned = cleaned.replace(",", ".")  # 12,50 as many of the desk's customers write it
    if not re.fullmatch(r"-?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?", cleaned):
        raise ValueError(text)
    return int((Decimal(cleaned.replace(",", "")) * 100).to_integral_value()), None


class RemedyBox(QGroupBox):
    def __init__(self, bus: DeskBus, operations: Operations, staff_id_getter: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remedyBox")
        self.setTitle(self.tr("Remedy"))
        self._bus = bus
        self._operations = operations
        self._current_staff = staff_id_getter
        self._view: ResolutionView | None = None
        self.approval_dialog: ApprovalDialog | None = None

        self.kind = QComboBox(self)
        self.kind.setObjectName("remedyKind")
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(core_label(label), kind)
        # as wide as a short label, not the longest: the box fits a 1366×768 screen at 150 % (the list opens wide)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(12)
        self.value = QLineEdit(self)
        self.value.setObjectName("remedyValue")
        self.value.setPlaceholderText(self.tr("amount, e.g. 25.00, or percent, e.g. 10 %"))
        self.value.setMaxLength(20)
        self.suggest_button = QPushButton(self.tr("Su&ggest"), self)
        self.suggest_button.setObjectName("suggestRemedy")
        self.reasons = QLabel(self)
        self.reasons.setObjectName("remedyReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.offer_button = QPushButton(self.tr("&Offer"), self)
        self.offer_button.setObjectName("offerRemedy")
        self.error = error_label(self, "remedyError")
        self.list = QListWidget(self)
        self.list.setObjectName("remedyList")
        self.list.setMaximumHeight(80)
        self.accept_button = QPushButton(self.tr("A&ccepted"), self)
        self.accept_button.setObjectName("acceptRemedy")
        self.decline_button = QPushButton(self.tr("Dec&lined"), self)
        self.decline_button.setObjectName("declineRemedy")
        self.give_button = QPushButton(self.tr("G&iven"), self)
        self.give_button.setObjectName("giveRemedy")

        grid = QGridLayout(self)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind)
        value_label = QLabel(self.tr("&Value:"), self)
        value_label.setBuddy(self.value)
        grid.addWidget(kind_label, 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(self.suggest_button, 0, 2)
        grid.addWidget(value_label, 1, 0)
        grid.addWidget(self.value, 1, 1)
        grid.addWidget(self.offer_button, 1, 2)
        grid.addWidget(self.reasons, 2, 0, 1, 3)
        grid.addWidget(self.error, 3, 0, 1, 3)
        grid.addWidget(self.list, 4, 0, 1, 3)
        answers = QHBoxLayout()
        answers.addStretch(1)
        for button in (self.accept_button, self.decline_button, self.give_button):
            answers.addWidget(button)
        grid.addLayout(answers, 5, 0, 1, 3)
        grid.setColumnStretch(1, 1)

        self.suggest_button.clicked.connect(self.suggest)
        self.offer_button.clicked.connect(self.offer)
        self.value.returnPressed.connect(self.offer)
        self.accept_button.clicked.connect(lambda: self._answer(remedy_offers.accept_remedy, "accepted"))
        self.decline_button.clicked.connect(lambda: self._answer(remedy_offers.decline_remedy, "declined"))
        self.give_button.clicked.connect(lambda: self._answer(remedy_offers.give_remedy, "given"))
        self.list.currentRowChanged.connect(lambda _row: self._update_answer_buttons())

    def show_view(self, view: ResolutionView) -> None:
        same = self._view is not None and self._view.complaint_id == view.complaint_id
        self._view, settings = view, view.settings
        if not same:
            self.value.clear()
            self.reasons.clear()
            self.error.hide()
        selected = self.list.currentRow()
        self.list.clear()
        for record in view.remedies:
            text = core_label(KIND_LABELS[record.kind])
            if record.percent is not None:
                text += " " + self.tr("{percent} %").format(percent=record.percent)
            if record.cost_cents:
                text += " " + self.tr("({amount})").format(amount=money(record.cost_cents, settings.currency))
            text += " — " + self.tr(STATUS_WORDS.get(record.status, record.status))
            if record.approved_by_name:
                text += " · " + self.tr("approved by {name}").format(name=record.approved_by_name)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, (record.id, record.status))
        if self.list.count():
            self.list.setCurrentRow(selected if same and 0 <= selected < self.list.count() else self.list.count() - 1)
        self._update_answer_buttons()

    def suggest(self) -> None:
        """Fill kind and value from the owner's rules, and show why, line by line."""
        if self._view is None:
            return
        view = self._view
        suggestion = remedies.suggest_remedy(view.severity, view.business_at_fault, view.standing.tier,
                                             view.visit_amount_cents, view.settings)
        self.kind.setCurrentIndex(self.kind.findData(suggestion.kind))
        if suggestion.percent is not None:
            self.value.setText(f"{suggestion.percent} %")
        elif suggestion.value_cents is not None:
            self.value.setText(amount(suggestion.value_cents))
        else:
            self.value.clear()
        self.reasons.setText("\n".join(suggestion.reasons))  # sentences the core words (translated there)

    def offer(self) -> None:
        """Record the remedy as offered; above the desk limit a manager approves it first."""
        if self._view is None:
            return
        self.error.hide()
        kind = str(self.kind.currentData())
        try:
            cents, percent = parse_value(self.value.text())
        except ValueError:
            self._show_error(self.tr("Enter an amount like 25.00 or a percent like 10 %."))
            self.value.setFocus()
            return
        view, settings = self._view, self._view.settings
        problems = remedies.remedy_problems(kind, cents, percent, view.visit_amount_cents, settings.currency)
        if not problems and remedies.needs_approval(kind, cents, percent, view.visit_amount_cents, settings):
            reason = self.tr("This remedy is above the desk limit ({limit}). A manager approves it with their "
                             "PIN.").format(limit=remedies.limit_text(settings))
            dialog = ApprovalDialog(self._operations, reason, None, self)
            self.approval_dialog = dialog
            dialog.accepted.connect(lambda: self._offer(kind, cents, percent, dialog.approval))
            dialog.rejected.connect(lambda: self._show_error(self.tr("Not offered: no manager approved it.")))
            dialog.open()
            return
        self._offer(kind, cents, percent, None)

    def _offer(self, kind: str, cents: int | None, percent: int | None, approval: Approval | None) -> None:
        assert self._view is not None
        complaint_id, staff_id = self._view.complaint_id, self._current_staff()
        record = self._operations.run(
            lambda: remedy_offers.offer_remedy(complaint_id, kind, cents, percent, staff_id, approval),
            changes=CHANGES, failed=self._failed, done=self.tr("Remedy offered."))
        if record is not None:
            self.value.clear()
            self.list.setFocus()

    def _answer(self, action: Callable[[int, int | None], object], word: str) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        remedy_id, _status = item.data(Qt.ItemDataRole.UserRole)
        staff_id = self._current_staff()
        self._operations.run(lambda: action(remedy_id, staff_id), changes=CHANGES, failed=self._failed,
                             done=self.tr(DONE_SENTENCES[word]))

    def _update_answer_buttons(self) -> None:
        item = self.list.currentItem()
        status = item.data(Qt.ItemDataRole.UserRole)[1] if item is not None else ""
        self.accept_button.setEnabled(remedies.can_move(status, "accepted"))
        self.decline_button.setEnabled(remedies.can_move(status, "declined"))
        self.give_button.setEnabled(remedies.can_move(status, "given"))

    def _failed(self, error: DeskError) -> None:
        self._show_error(error.message)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
