"""The import wizard, driven as a receptionist would: file, columns, dry run, import, cancel."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableWidget, QWizard
from pytestqt.qtbot import QtBot

from models.services import staff
from ui.bus import DeskBus
from ui.dialogs.import_wizard import ImportWizard
from ui.operations import Operations

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    shutil.copytree(FIXTURES, folder)
    return folder


@pytest.fixture
def bus() -> DeskBus:
    return DeskBus()


@pytest.fixture
def wizard(qtbot: QtBot, db: Path, owner: staff.StaffMember, bus: DeskBus) -> Iterator[ImportWizard]:
    operations = Operations(bus)
    dialog = ImportWizard(operations, lambda: owner.id)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    operations.wait()


def _count(db: Path, table: str) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


def _next(qtbot: QtBot, wizard: ImportWizard) -> None:
    button = wizard.button(QWizard.WizardButton.CommitButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _choose(qtbot: QtBot, wizard: ImportWizard, path: Path, kind: str = "customers") -> None:
    kinds = wizard.findChild(QComboBox, "importKind")
    kinds.setCurrentIndex(kinds.findData(kind))
    edit = wizard.findChild(QLineEdit, "importFile")
    edit.clear()
    qtbot.keyClicks(edit, str(path))
    _next(qtbot, wizard)


def test_import_customers_from_start_to_finish(qtbot: QtBot, wizard: ImportWizard, db: Path, files: Path,
                                               bus: DeskBus) -> None:
    _choose(qtbot, wizard, files / "customers_cp1252_tab.csv")
    assert wizard.currentPage() is wizard.mapping_page
    shape = wizard.findChild(QLabel, "importFileShape").text()
    assert "Windows Western (cp1252), tab-separated" in shape and "header is line 4" in shape
    preview = wizard.findChild(QTableWidget, "importPreview")
    assert preview.item(0, 1).text() == "Jörg Müller"
    assert wizard.findChild(QComboBox, "importColumn_postcode").currentText() == "Zip"
    _next(qtbot, wizard)
    counts = wizard.findChild(QLabel, "importCheckCounts")
    qtbot.waitUntil(lambda: bool(counts.text()), timeout=10000)
    assert counts.text().startswith("2 will be added, 0 updated")
    assert _count(db, "customer") == 0  # the dry run changed nothing
    with qtbot.waitSignal(bus.data_changed, timeout=10000) as changed:
        _next(qtbot, wizard)
    assert changed.args == [{"customers"}]
    result = wizard.findChild(QLabel, "importRunCounts")
    qtbot.waitUntil(lambda: bool(result.text()), timeout=10000)
    assert result.text().startswith("Done: 2 added")
    assert _count(db, "customer") == 2
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_rejects_are_listed_with_where_the_file_went(qtbot: QtBot, wizard: ImportWizard, db: Path,
                                                    files: Path) -> None:
    _choose(qtbot, wizard, files / "customers_rejects.csv")
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: bool(wizard.findChild(QLabel, "importCheckCounts").text()), timeout=10000)
    _next(qtbot, wizard)
    result = wizard.findChild(QLabel, "importRunCounts")
    qtbot.waitUntil(lambda: bool(result.text()), timeout=10000)
    assert "3 rejected" in result.text()
    assert str(files / "customers_rejects-rejected.csv") in result.text()
    assert (files / "customers_rejects-rejected.csv").exists()


def test_a_bad_file_is_refused_in_place(qtbot: QtBot, wizard: ImportWizard, files: Path, bus: DeskBus) -> None:
    with qtbot.waitSignal(bus.message_posted) as posted:
        _choose(qtbot, wizard, files / "binary.csv")
    assert wizard.currentPage() is wizard.file_page
    message = wizard.findChild(QLabel, "importFileError")
    assert message.isVisible() and "not a CSV file" in message.text()
    assert posted.args == [message.text()]


def test_ambiguous_dates_are_asked(qtbot: QtBot, wizard: ImportWizard, db: Path, files: Path,
                                   owner: staff.StaffMember) -> None:
    from models.services import customers

    customers.create_customer(customers.CustomerInput(name="Łucja Żółć", email="lucja@example.com"), owner.id)
    _choose(qtbot, wizard, files / "visits_ambiguous_dates.csv", "visits")
    assert wizard.findChild(QLabel, "importDateQuestion").isVisible()
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.mapping_page  # not until the order is said
    assert "Say how the dates are written" in wizard.findChild(QLabel, "importMappingError").text()
    order = wizard.findChild(QComboBox, "importDateOrder")
    order.setCurrentIndex(order.findData("dmy"))
    preview = wizard.findChild(QTableWidget, "importPreview")
    dates = [preview.item(r, c).text() for r in range(preview.rowCount()) for c in range(preview.columnCount())
             if preview.horizontalHeaderItem(c).text() == "Date"]
    assert dates == ["2024-04-03", "2024-06-05"]
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: bool(wizard.findChild(QLabel, "importCheckCounts").text()), timeout=10000)
    assert wizard.findChild(QLabel, "importCheckCounts").text().startswith("2 will be added")


def test_unmapping_the_name_is_said_in_place(qtbot: QtBot, wizard: ImportWizard, files: Path) -> None:
    _choose(qtbot, wizard, files / "customers_utf8.csv")
    name = wizard.findChild(QComboBox, "importColumn_name")
    name.setCurrentIndex(0)
    message = wizard.findChild(QLabel, "importMappingError")
    assert message.isVisible() and "Map a column to a customer's name" in message.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    name.setCurrentIndex(name.findText("Name"))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_cancel_leaves_the_database_as_it_was(qtbot: QtBot, wizard: ImportWizard, db: Path, tmp_path: Path) -> None:
    source = tmp_path / "many.csv"
    source.write_text("Name,Email\n" + "".join(f"Customer {n},c{n}@example.com\n" for n in range(60000)))
    _choose(qtbot, wizard, source)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: bool(wizard.findChild(QLabel, "importCheckCounts").text()), timeout=20000)
    _next(qtbot, wizard)
    qtbot.mouseClick(wizard.findChild(QPushButton, "importCancel"), Qt.MouseButton.LeftButton)
    message = wizard.findChild(QLabel, "importRunError")
    qtbot.waitUntil(message.isVisible, timeout=20000)
    assert "cancelled; nothing was changed" in message.text()
    assert _count(db, "customer") == 0
