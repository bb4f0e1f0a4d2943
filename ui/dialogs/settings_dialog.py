"""The business's settings, edited by a manager: one field per option, grouped, each error shown in place."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError, ValidationError
from models.services import settings
from models.services.settings import BusinessSettings
from models.services.staff import Approval
from ui.format import amount
from ui.forms import FieldErrors, error_label
from ui.i18n import core_label
from ui.operations import Operations
from ui.panes.remedy_box import parse_value
from ui.settings import WindowSettings
from ui.sizing import fit_to_screen

# (shown, saved) for the settings chosen from a list; languages are named in their own words, saved as codes
_CHOICES = {"paper_size": (("A4", "A4"), ("Letter", "Letter")),
            "letter_language": tuple((settings.LANGUAGE_NAMES[code], code) for code in settings.LANGUAGES)}
# every letter template, in every language ("template_apology", "template_apology_pl", ...)
_MULTILINE = {"business_address", *(name for name in settings.FIELDS if name.startswith("template_"))}


class SettingsDialog(QDialog):
    """Opened only with a manager's ``approval``; saving is recorded under that manager."""

    def __init__(self, approval: Approval, operations: Operations, parent: QWidget | None = None, *,
                 window_settings: WindowSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Business settings — approved by {name}").format(name=approval.manager_name))
        self._window_settings = window_settings if window_settings is not None else WindowSettings()
        self._approval = approval
        self._operations = operations
        self._loaded = settings.load()
        self.fields: dict[str, QWidget] = {}
        self.errors = FieldErrors()
        self.tabs = QTabWidget(self)
        forms: dict[str, QFormLayout] = {}
        for spec in dataclasses.fields(BusinessSettings):
            group = str(spec.metadata["group"])
            if group not in forms:
                page = QWidget()
                forms[group] = QFormLayout(page)
                forms[group].setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
                scroll = QScrollArea(self.tabs)
                scroll.setWidget(page)
                scroll.setWidgetResizable(True)
                self.tabs.addTab(scroll, core_label(group))
            widget = self._editor(spec.name, getattr(self._loaded, spec.name), page)
            widget.setObjectName(f"setting_{spec.name}")
            if spec.metadata.get("help"):
                widget.setToolTip(core_label(str(spec.metadata["help"])))
            self.fields[spec.name] = widget
            label = self.tr("{label}:").format(label=core_label(str(spec.metadata["label"])))
            self.errors.add_row(forms[group], spec.name, label, widget)
        self._add_desk_tab()
        self.message = error_label(self, "settingsMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, 520)

    def _add_desk_tab(self) -> None:
        """This PC's own choices (not the business's): the language, used from the next start."""
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language = QComboBox(page)
        self.language.setObjectName("languageChoice")
        # each language is named in its own words, so whoever reads the desk can find theirs
        for text, value in ((self.tr("As the system (English unless it is Polish)"), ""), ("English", "en"),
                            ("Polski", "pl")):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(max(0, self.language.findData(self._window_settings.language)))
        label = QLabel(self.tr("&Language:"), page)
        label.setBuddy(self.language)
        note = QLabel(self.tr("Applies after a restart. Kept on this PC only."), page)
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        form.addRow(label, self.language)
        form.addRow("", note)
        self.tabs.addTab(page, self.tr("This desk"))

    def _save_language(self) -> None:
        chosen = str(self.language.currentData())
        if chosen != self._window_settings.language:
            self._window_settings.language = chosen
            self._window_settings.sync()

    def _editor(self, name: str, value: Any, parent: QWidget) -> QWidget:
        if name in _CHOICES:
            combo = QComboBox(parent)
            for text, data in _CHOICES[name]:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(str(value))))
            return combo
        if name in _MULTILINE:
            edit = QPlainTextEdit(str(value), parent)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(110)
            return edit
        if name.endswith("_cents"):  # money is typed in the business's currency, kept in cents
            line = QLineEdit(amount(int(value)), parent)
            line.setMaxLength(16)
            return line
        line = QLineEdit(str(value), parent)
        line.setMaxLength(200 if isinstance(value, str) else 12)
        return line

    def _value(self, name: str) -> Any:
        widget = self.fields[name]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip()
        if name.endswith("_cents"):
            try:
                cents, percent = parse_value(text)
            except ValueError:
                return text  # refused in place by save()
            return cents if cents is not None and percent is None else text
        if isinstance(getattr(self._loaded, name), int):
            try:
                return int(text.replace(",", "").replace(" ", ""))
            except ValueError:
                return text  # the validator says "Enter a whole number." in place
        return text

    def changes(self) -> dict[str, Any]:
        """The settings that differ from what was loaded."""
        values = {name: self._value(name) for name in self.fields}
        return {name: value for name, value in values.items() if value != getattr(self._loaded, name)}

    def save(self) -> None:
        self.errors.clear()
        self.message.hide()
        changes = self.changes()
        wrong = {name: self.tr("Enter an amount such as 50 or 49.99.") for name, value in changes.items()
                 if name.endswith("_cents") and not isinstance(value, int)}
        if wrong:
            self._failed(ValidationError(wrong))
            return
        if not changes:
            self._save_language()
            self.accept()
            return
        manager_id = self._approval.manager_id
        saved = self._operations.run(lambda: settings.save(changes, manager_id), changes={"settings"},
                                     failed=self._failed, done=self.tr("Settings saved."))
        if saved is not None:
            self._save_language()
            self.accept()

    def _failed(self, error: DeskError) -> None:
        if isinstance(error, ValidationError):
            self.errors.show(error.fields)
            for name in error.fields:  # show the tab holding the first field in error
                widget = self.fields.get(name)
                if widget is not None:
                    for index in range(self.tabs.count()):
                        tab = self.tabs.widget(index)
                        if tab is not None and tab.isAncestorOf(widget):
                            self.tabs.setCurrentIndex(index)
                            break
                    break
        self.message.setText(error.message)
        self.message.show()
