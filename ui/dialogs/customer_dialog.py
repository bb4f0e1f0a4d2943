"""Adding or editing a customer. A wrong value is shown next to its field and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.entities import CONTACT_PREFERENCES
from models.errors import DeskError, ValidationError
from models.services import customers
from models.services.customers import CustomerInput
from ui.forms import FieldErrors, error_label

CONTACT_LABELS = {"phone": "Phone", "email": "Email", "letter": "Letter", "sms": "Text message"}


class CustomerDialog(QDialog):
    sig_refused = Signal(str)  # a save was refused; the sentence shown in place

    def __init__(self, staff_id: Callable[[], int | None], customer_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self._staff_id = staff_id
        self._customer_id = customer_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit customer") if customer_id else self.tr("New customer"))

        form = QFormLayout()
        self.errors = FieldErrors()
        self.name = self._line("custName", form, "name", self.tr("&Name:"))
        self.phone = self._line("custPhone", form, "phone", self.tr("&Phone:"))
        self.email = self._line("custEmail", form, "email", self.tr("&Email:"))
        self.address1 = self._line("custAddress1", form, "address_line1", self.tr("&Address:"))
        self.address2 = self._line("custAddress2", form, "address_line2", self.tr("Address &line 2:"))
        self.postcode = self._line("custPostcode", form, "postcode", self.tr("Post&code:"))
        self.city = self._line("custCity", form, "city", self.tr("&Town / city:"))
        self.preferred = QComboBox(self)
        self.preferred.setObjectName("custPreferred")
        for value in CONTACT_PREFERENCES:
            self.preferred.addItem(self.tr(CONTACT_LABELS[value]), value)
        self.errors.add_row(form, "preferred_contact", self.tr("P&refers:"), self.preferred)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("custNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.errors.add_row(form, "notes", self.tr("N&otes:"), self.notes)

        self.message = error_label(self, "customerDialogMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if customer_id is not None:
            self._load(customers.customer_input(customers.get_customer(customer_id)))
        self.name.setFocus()

    def _line(self, name: str, form: QFormLayout, field: str, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        self.errors.add_row(form, field, label, edit)
        return edit

    def _load(self, data: CustomerInput) -> None:
        self.name.setText(data.name)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.address1.setText(data.address_line1)
        self.address2.setText(data.address_line2)
        self.postcode.setText(data.postcode)
        self.city.setText(data.city)
        self.preferred.setCurrentIndex(max(0, self.preferred.findData(data.preferred_contact)))
        self.notes.setPlainText(data.notes)

    def current_input(self) -> CustomerInput:
        return CustomerInput(
            name=self.name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            address_line1=self.address1.text(),
            address_line2=self.address2.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            preferred_contact=self.preferred.currentData(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        self.errors.clear()
        self.message.hide()
        data = self.current_input()
        try:
            if self._customer_id is None:
                row = customers.create_customer(data, self._staff_id())
            else:
                row = customers.update_customer(self._customer_id, data, self._staff_id())
        except ValidationError as exc:
            self.errors.show(exc.fields)
            self._show_message(exc.message)
            return
        except DeskError as exc:
            self._show_message(exc.message)
            return
        self.saved_id = row.id
        self.accept()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.sig_refused.emit(text)
