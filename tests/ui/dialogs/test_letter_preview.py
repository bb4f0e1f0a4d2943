"""The preview: the pages shown, printed through the print dialog (or not, when cancelled), saved as PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from models import settings
from models.services import customers, letters, staff, vouchers
from models.services.complaints import ComplaintInput, create_complaint
from tests.reports.pdfcheck import flat, pages_text
from ui.bus import DeskBus
from ui.dialogs.letter_preview import LetterPreview
from ui.operations import Operations

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def complaint(owner: staff.StaffMember) -> int:
    settings.save({"business_name": "Riverside Garage", "business_address": "12 Mill Lane\nBristol BS1 4AA"},
                  owner.id)
    customer = customers.create_customer(customers.CustomerInput(
        name="Ольга Иванова", address_line1="7 Church Lane", postcode="BS8 1AB"), owner.id)
    row = create_complaint(ComplaintInput(customer_id=customer.id, category="late", summary="Car not ready"),
                           owner.id)
    vouchers.issue_voucher(customer.id, owner.id, percent=15, complaint_id=row.id)
    return int(row.id)


def _preview(qtbot: QtBot, owner: staff.StaffMember, complaint: int) -> tuple[LetterPreview, list[str]]:
    bus = DeskBus()
    messages: list[str] = []
    bus.message_posted.connect(messages.append)
    document = letters.render(complaint, "apology", owner.id)
    preview = LetterPreview(Operations(bus), lambda: owner.id, document, title="Apology letter",
                            file_name="apology.pdf",
                            keep=lambda staff_id: letters.print_letter(complaint, "apology", staff_id))
    qtbot.addWidget(preview)
    preview.show()
    return preview, messages


def test_preview_shows_the_letter_and_its_voucher_page(qtbot: QtBot, owner: staff.StaffMember,
                                                       complaint: int) -> None:
    preview, _ = _preview(qtbot, owner, complaint)
    assert preview.objectName() == "letterPreview"
    assert preview.view.document() is preview.pdf
    assert preview.pdf.pageCount() == 2
    assert "Ольга Иванова" in preview.pdf.getAllText(0).text()


def test_cancelled_print_dialog_prints_and_records_nothing(qtbot: QtBot, owner: staff.StaffMember,
                                                           complaint: int, monkeypatch: pytest.MonkeyPatch) -> None:
    preview, messages = _preview(qtbot, owner, complaint)
    monkeypatch.setattr(preview, "ask_printer", lambda printer: False)
    qtbot.mouseClick(preview.print_button, LEFT)
    assert preview.message.isVisible() and "cancelled" in preview.message.text()
    assert messages[-1] == preview.message.text()
    assert letters.letters_for(complaint) == []


def test_print_sends_every_page_and_records_the_letter_once(qtbot: QtBot, owner: staff.StaffMember,
                                                            complaint: int, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    preview, _ = _preview(qtbot, owner, complaint)
    printed = tmp_path / "printed.pdf"

    def to_file(printer: QPrinter) -> bool:  # the print dialog, with "print to file" chosen
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(preview, "ask_printer", to_file)
    qtbot.mouseClick(preview.print_button, LEFT)
    assert preview.note.text() == "Sent to the printer."
    assert len(pages_text(printed.read_bytes())) == 2
    qtbot.mouseClick(preview.print_button, LEFT)  # a second copy is not a second letter
    stored = letters.letters_for(complaint)
    assert len(stored) == 1 and stored[0].pdf == preview.document_bytes


def test_save_as_pdf_writes_the_document_and_records_it(qtbot: QtBot, owner: staff.StaffMember, complaint: int,
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    preview, _ = _preview(qtbot, owner, complaint)
    target = tmp_path / "apology.pdf"
    monkeypatch.setattr(preview, "ask_save_path", lambda: str(target))
    qtbot.mouseClick(preview.save_button, LEFT)
    assert target.read_bytes() == preview.document_bytes
    assert "Dear Ольга Иванова" in flat(pages_text(target.read_bytes())[0])
    assert len(letters.letters_for(complaint)) == 1


def test_save_to_a_folder_that_cannot_be_written_says_so(qtbot: QtBot, owner: staff.StaffMember, complaint: int,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    preview, _ = _preview(qtbot, owner, complaint)
    folder = tmp_path / "out"
    folder.mkdir()
    blocker = folder / "notes.txt"
    blocker.write_text("a file, not a folder")
    monkeypatch.setattr(preview, "ask_save_path", lambda: str(blocker / "apology.pdf"))
    qtbot.mouseClick(preview.save_button, LEFT)
    assert preview.message.isVisible() and "nothing was saved" in preview.message.text()
    assert letters.letters_for(complaint) == []
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_a_preview_without_keep_records_nothing(qtbot: QtBot, owner: staff.StaffMember, complaint: int,
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    document = letters.render(complaint, "case_file", owner.id, today=dt.date(2026, 12, 2))
    preview = LetterPreview(Operations(DeskBus()), lambda: owner.id, document, title="Case file",
                            file_name="case.pdf")
    qtbot.addWidget(preview)
    monkeypatch.setattr(preview, "ask_save_path", lambda: str(tmp_path / "case.pdf"))
    qtbot.mouseClick(preview.save_button, LEFT)
    assert (tmp_path / "case.pdf").read_bytes() == document
    assert letters.letters_for(complaint) == []
