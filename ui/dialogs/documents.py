"""What the desk's document buttons do (for ``printLetter``, a voucher's Print, the Today queue's
"Print due letters" and the owner's "Monthly report…"): make the document, show it in ``letterPreview``, and
store it only when it is really sent.

A customer with no postal address is asked about in place: print without the address block, or not now (and add
one). The batch of due follow-up letters runs off the GUI thread with a progress dialog and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from models.errors import DeskError
from models.services import letters, monthly_report, vouchers
from ui.dialogs.letter_preview import LetterPreview, StaffIdGetter, show_preview
from ui.i18n import Context, core_label, desk_language
from ui.operations import Operations
from ui.workers import Worker

Documents = Context("Documents")  # these functions' words: lupdate reads Documents.tr(...) as context "Documents"
FILE_KINDS = {"apology": "apology", "follow_up": "follow-up", "resolution": "resolution", "case_file": "case-file"}


def ask_without_address(parent: QWidget, message: str) -> bool:
    """"<name> has no postal address": print without the address block? (No: add one first.)"""
    answer = QMessageBox.question(
        parent, Documents.tr("No postal address"),
        message + "\n\n" + Documents.tr("Print it without the address block? (No: add the address to the customer "
                                     "first.)"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def open_letter(parent: QWidget, operations: Operations, staff_id_getter: StaffIdGetter, complaint_id: int,
                kind: str, *, ask: Callable[[QWidget, str], bool] = ask_without_address) -> LetterPreview | None:
    """Preview the ``kind`` letter (or case file) of a complaint; printing or saving it stores it with the
    complaint. Errors (missing business details, a template field the complaint cannot fill) are said in the
    status bar and handed back as None."""
    staff_id = staff_id_getter()
    without_address = False
    refused: list[DeskError] = []
    document = operations.run(lambda: letters.render(complaint_id, kind, staff_id), failed=refused.append)
    if document is None and refused and isinstance(refused[0], letters.NoPostalAddress):
        if not ask(parent, refused[0].message):
            return None
        without_address = True
        document = operations.run(lambda: letters.render(complaint_id, kind, staff_id, without_address=True))
    if document is None:
        return None
    title = Documents.tr("{kind} — complaint {number}").format(kind=core_label(letters.KIND_LABELS[kind]),
                                                                number=complaint_id)

    def keep(staff: int) -> letters.StoredLetter:
        return letters.print_letter(complaint_id, kind, staff, without_address=without_address)

    return show_preview(parent, operations, staff_id_getter, document, title=title,
                        file_name=f"{FILE_KINDS[kind]}-{complaint_id}.pdf", keep=keep)


def open_voucher(parent: QWidget, operations: Operations, staff_id_getter: StaffIdGetter,
                 code: str) -> LetterPreview | None:
    """Preview a voucher to print or save (a voucher is recorded when issued, so nothing more is stored)."""
    document = operations.run(lambda: vouchers.voucher_pdf(code))
    if document is None:
        return None
    return show_preview(parent, operations, staff_id_getter, document,
                        title=Documents.tr("Voucher {code}").format(code=code),
                        file_name=f"voucher-{code}.pdf")


def print_due_letters(parent: QWidget, operations: Operations, staff_id_getter: StaffIdGetter) -> Worker | None:
    """Make every follow-up letter due today into one PDF off the GUI thread (progress and Cancel), then preview
    it. The letters are stored with their complaints as they are made."""
    staff_id = staff_id_getter()
    if staff_id is None:
        operations.bus.message_posted.emit(Documents.tr("Say who is at the desk first: every letter sent is recorded "
                                                     "under a staff member."))
        return None
    progress = QProgressDialog(Documents.tr("Making the follow-up letters due today…"), Documents.tr("Cancel"), 0, 0,
                               parent)
    progress.setObjectName("dueLettersProgress")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def report(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)

    def finished(batch: letters.Batch) -> None:
        progress.close()
        if batch.pdf is not None:
            show_preview(parent, operations, staff_id_getter, batch.pdf,
                         title=Documents.tr("Follow-up letters due"), file_name="follow-up-letters.pdf")

    def failed(error: DeskError) -> None:
        progress.close()

    def summary(batch: letters.Batch) -> str:
        if batch.pdf is None:
            text = Documents.tr("No follow-up letters are due.")
        else:
            text = Documents.tr("%n follow-up letter(s) ready to print.", "", batch.printed)
        if batch.skipped:
            text += " " + Documents.tr("Left out: {names}.").format(names="; ".join(batch.skipped))
        return text

    worker = operations.run_in_background(
        lambda keep_going: letters.print_due_follow_ups(staff_id, progress=keep_going),
        changes={"letters"}, succeeded=finished, failed=failed, progress=report, done=summary)
    progress.canceled.connect(worker.cancel)
    return worker


def open_monthly_report(parent: QWidget, operations: Operations, month: str | None = None) -> Worker:
    """Make the owner's monthly report of ``month`` ("YYYY-MM"; last month when None) off the GUI thread, then
    preview it to print or save. Nothing is stored; a bad month is said in the status bar."""
    month = month or monthly_report.last_month()
    language = desk_language()  # the owner reads it in the desk's language

    def finished(document: bytes) -> None:
        show_preview(parent, operations, lambda: None, document,
                     title=Documents.tr("Monthly report — {month}").format(month=month),
                     file_name=f"monthly-report-{month}.pdf")

    return operations.run_in_background(
        lambda _keep_going: monthly_report.monthly_report_pdf(month, language=language), succeeded=finished,
        done=Documents.tr("The monthly report for {month} is ready to print.").format(month=month))
