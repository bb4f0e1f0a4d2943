"""Adding or editing a customer. A wrong value is shown next to its field and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable

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

from models.errors import DeskError, StaleEdit, ValidationError
from models.services import customers
from models.services import settings as business_settings
from models.services.customers import (
    CONTACT_LABELS,
    CONTACT_PREFERENCES,
    LANGUAGE_NAMES,
    LANGUAGES,
    LIMITS,
    CustomerInput,
    CustomerRecord,
)
from ui.forms import FieldErrors, error_label
from ui.i18n import core_label
from ui.operations import Operations


class CustomerDialog(QDialog):
    """Saves through the operations layer: a refused save (a wrong value, another desk's newer edit, a locked
    or full database) is said in place and in the status bar, and everything typed stays in the fields."""

    def __init__(self, operations: Operations, staff_id: Callable[[], int | None],
                 customer: CustomerRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self._operations = operations
        self._staff_id = staff_id
        self._customer_id = customer.id if customer else None
        self._version = customer.version if customer else 0
        self.saved: CustomerRecord | None = None
        self.setWindowTitle(self.tr("Edit customer") if customer else self.tr("New customer"))

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
            self.preferred.addItem(core_label(CONTACT_LABELS[value]), value)  # the core's labels
        self.errors.add_row(form, "preferred_contact", self.tr("P&refers:"), self.preferred)
        self.language = QComboBox(self)
        self.language.setObjectName("customerLanguage")
        default = LANGUAGE_NAMES.get(business_settings.load().letter_language, "")
        self.language.addItem(self.tr("The business's default ({name})").format(name=default), "")
        for code in LANGUAGES:  # each language named in its own words
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.errors.add_row(form, "language", self.tr("Letters &in:"), self.language)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("custNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.notes.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
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

        if customer is not None:
            self._load(customers.customer_input(customer))
        self.name.setFocus()

    def _line(self, name: str, form: QFormLayout, field: str, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(LIMITS[field][0])
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
        self.language.setCurrentIndex(max(0, self.language.findData(data.language)))
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
            language=str(self.language.currentData() or ""),
        )

    def save(self) -> None:
        self.errors.clear()
        self.message.hide()
        data = self.current_input()
        staff_id = self._staff_id()
        if staff_id is None:
            self._show_message(self.tr("Say who is at the desk first (Ctrl+L)."))
            return
        customer_id, version = self._customer_id, self._version
        if customer_id is None:
            saved = self._operations.run(lambda: customers.create_customer(data, staff_id), changes={"customers"},
                                         failed=self._refused)
        else:
            saved = self._operations.run(lambda: customers.update_customer(customer_id, version, data, staff_id),
                                         changes={"customers"}, failed=self._refused)
        if saved is not None:
            self.saved = saved
            self.accept()

    def _refused(self, error: DeskError) -> None:
        if isinstance(error, ValidationError):
            self.errors.show(error.fields)
        text = error.message
        if isinstance(error, StaleEdit):
            text += " " + self.tr("Cancel and open the customer again to see their version.")
        self._show_message(text)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
