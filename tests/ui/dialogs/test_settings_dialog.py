from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTabWidget
from pytestqt.qtbot import QtBot

from models import settings
from models.services import audit, staff
from models.services.staff import StaffMember
from ui.bus import DeskBus
from ui.dialogs.settings_dialog import SettingsDialog
from ui.operations import Operations
from ui.settings import WindowSettings


def _dialog(qtbot: QtBot, owner: StaffMember,
            window_settings: WindowSettings | None = None) -> tuple[SettingsDialog, list[object]]:
    bus = DeskBus()
    changed: list[object] = []
    bus.data_changed.connect(changed.append)
    window_settings = window_settings or WindowSettings(QSettings(QSettings.Format.IniFormat,
                                                                  QSettings.Scope.UserScope, "makegood-tests"))
    dialog = SettingsDialog(staff.approve(owner.id, "1234"), Operations(bus, bus), window_settings=window_settings)
    dialog._test_bus = bus  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, changed


def test_every_setting_has_a_field_in_its_group(qtbot: QtBot, owner: StaffMember) -> None:
    dialog, _ = _dialog(qtbot, owner)
    assert set(dialog.fields) == set(settings.FIELDS)
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Business", "Letters", "Loyalty", "Policy", "Targets",
                                                             "Vouchers", "This desk"]
    limit = dialog.findChild(QLineEdit, "setting_desk_limit_cents")
    assert limit is not None and limit.text() == "50.00"  # in the business's currency, kept in cents


def test_money_is_typed_as_money(qtbot: QtBot, owner: StaffMember) -> None:
    dialog, _ = _dialog(qtbot, owner)
    limit = dialog.findChild(QLineEdit, "setting_desk_limit_cents")
    assert limit is not None
    limit.setText("fifty")
    dialog.save()
    assert dialog.errors.message("desk_limit_cents") == "Enter an amount such as 50 or 49.99."
    assert settings.load().desk_limit_cents == 5_000 and limit.text() == "fifty"
    limit.setText("£75.50")
    dialog.save()
    assert settings.load().desk_limit_cents == 7_550


def test_a_wrong_value_is_said_in_place_and_nothing_saved(qtbot: QtBot, owner: StaffMember) -> None:
    dialog, changed = _dialog(qtbot, owner)
    days = dialog.findChild(QLineEdit, "setting_follow_up_days")
    currency = dialog.findChild(QLineEdit, "setting_currency")
    assert days is not None and currency is not None
    days.setText("three")
    currency.setText("pounds")
    dialog.save()
    assert dialog.errors.message("follow_up_days") == "Enter a whole number."
    assert "three-letter code" in dialog.errors.message("currency")
    assert dialog.isVisible() and changed == [] and settings.load() == settings.DEFAULTS
    assert days.text() == "three"  # nothing typed is lost
    message = dialog.findChild(QLabel, "settingsMessage")
    assert message is not None and message.isVisible()


def test_saving_is_recorded_under_the_approving_manager(qtbot: QtBot, owner: StaffMember) -> None:
    dialog, changed = _dialog(qtbot, owner)
    days = dialog.findChild(QLineEdit, "setting_follow_up_days")
    currency = dialog.findChild(QLineEdit, "setting_currency")
    assert days is not None and currency is not None
    days.setText("5")
    currency.setText("PLN")
    dialog.save()
    assert not dialog.isVisible() and changed == [{"settings"}]
    loaded = settings.load()
    assert (loaded.follow_up_days, loaded.currency) == (5, "PLN")
    [change] = audit.history("settings", 0)
    assert change.staff_name == "Olga Owner" and change.after == {"follow_up_days": 5, "currency": "PLN"}


def test_the_language_is_chosen_for_this_pc_and_said_to_apply_after_a_restart(
        qtbot: QtBot, owner: StaffMember, settings: WindowSettings) -> None:
    dialog, changed = _dialog(qtbot, owner, settings)
    choice = dialog.findChild(QComboBox, "languageChoice")
    assert choice is not None and choice.currentData() == ""  # follows the system until someone chooses
    assert [choice.itemData(i) for i in range(choice.count())] == ["", "en", "pl"]
    note = dialog.findChild(QLabel, "languageNote")
    assert note is not None and "after a restart" in note.text()
    choice.setCurrentIndex(choice.findData("pl"))
    dialog.save()
    assert settings.language == "pl" and not dialog.isVisible()
    assert changed == []  # a desk's own choice: no business setting changed, nothing broadcast
    again, _ = _dialog(qtbot, owner, settings)
    reopened = again.findChild(QComboBox, "languageChoice")
    assert reopened is not None and reopened.currentData() == "pl"


def test_a_refused_business_setting_leaves_the_language_as_it_was(
        qtbot: QtBot, owner: StaffMember, settings: WindowSettings) -> None:
    dialog, _ = _dialog(qtbot, owner, settings)
    choice = dialog.findChild(QComboBox, "languageChoice")
    limit = dialog.findChild(QLineEdit, "setting_desk_limit_cents")
    assert choice is not None and limit is not None
    choice.setCurrentIndex(choice.findData("en"))
    limit.setText("fifty")
    dialog.save()
    assert settings.language == "" and dialog.isVisible()


def test_the_letter_language_is_chosen_by_name_and_saved_as_its_code(qtbot: QtBot, owner: StaffMember) -> None:
    dialog, changed = _dialog(qtbot, owner)
    language = dialog.findChild(QComboBox, "setting_letter_language")
    assert language is not None
    assert [language.itemText(i) for i in range(language.count())] == ["English", "Polski"]
    assert language.currentText() == "English"
    language.setCurrentIndex(language.findText("Polski"))
    assert dialog.changes() == {"letter_language": "pl"}
    dialog.save()
    assert not dialog.isVisible() and changed == [{"settings"}]
    assert settings.load().letter_language == "pl"
    again, _ = _dialog(qtbot, owner)
    shown = again.findChild(QComboBox, "setting_letter_language")
    assert shown is not None and shown.currentText() == "Polski" and again.changes() == {}


def test_the_paper_size_is_still_saved_as_chosen(qtbot: QtBot, owner: StaffMember) -> None:
    dialog, _ = _dialog(qtbot, owner)
    paper = dialog.findChild(QComboBox, "setting_paper_size")
    assert paper is not None and paper.currentText() == settings.DEFAULTS.paper_size
    paper.setCurrentIndex(paper.findData("Letter"))
    dialog.save()
    assert settings.load().paper_size == "Letter"
