"""The in-app preview of a letter, voucher or case file (QtPdf), printed through the system print dialog or saved
as a PDF.

The document is shown before anything is recorded: only when it is really printed or saved does ``keep`` run (it
stores the letter with the complaint). A cancelled print dialog says so and records nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError
from reports.output import write_whole
from ui.forms import error_label
from ui.operations import Operations
from ui.sizing import fit_to_screen

PRINT_DPI = 300  # sharp text on paper; 1200 would make each page a 140-megapixel image
StaffIdGetter = Callable[[], int | None]
Keep = Callable[[int], Any]  # (staff id) -> stores the document as sent; its result is ignored


class LetterPreview(QDialog):
    """``letterPreview``: the pages, and Print / Save as PDF / Close."""

    def __init__(
        self,
        operations: Operations,
        staff_id_getter: StaffIdGetter,
        document: bytes,
        *,
        title: str,
        file_name: str,
        keep: Keep | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letterPreview")
        self.setWindowTitle(title)
        fit_to_screen(self, 760, 900)
        self._operations = operations
        self._staff_id = staff_id_getter
        self._keep = keep
        self._file_name = file_name
        self.document_bytes = document
        self.kept = False
        # the bytes must outlive the document that reads them
        self._data = QByteArray(document)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf = QPdfDocument(self)
        self.pdf.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("letterView")
        self.view.setAccessibleName(title)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printDocument")
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setObjectName("saveDocument")
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("closePreview")
        self.pages_label = QLabel(self.tr("%n page(s)", "", self.pdf.pageCount()), self)
        self.message = error_label(self, "previewMessage")
        self.note = QLabel(self)
        self.note.setObjectName("previewNote")
        self.note.hide()
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.print_button.setDefault(True)

    # Seams for tests and for platforms without a print dialog: both return what the person chose.
    def ask_printer(self, printer: QPrinter) -> bool:
        return QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted

    def ask_save_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self._file_name,
                                                    self.tr("PDF documents (*.pdf)"))
        return path

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setVisible(error)
        self.note.setVisible(not error)
        (self.message if error else self.note).setText(text)
        self._operations.bus.message_posted.emit(text)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        printer.setDocName(self.windowTitle())
        if not self.ask_printer(printer):
            self._say(self.tr("Printing was cancelled; nothing was printed or recorded."), error=True)
            return
        try:
            self._paint(printer)
        except DeskError as exc:
            self._say(exc.message, error=True)
            return
        if self._record():  # recorded only once it really went to the printer
            self._say(self.tr("Sent to the printer."), error=False)

    def _paint(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            raise DeskError(self.tr("The printer could not be opened; nothing was printed."))
        try:
            first, last = 0, self.pdf.pageCount() - 1
            if printer.fromPage() > 0:
                first, last = printer.fromPage() - 1, min(last, printer.toPage() - 1)
            for index in range(first, last + 1):
                if index > first:
                    printer.newPage()
                target = painter.viewport()
                page = self.pdf.pagePointSize(index)
                scale = min(target.width() / page.width(), target.height() / page.height())
                size = QSize(int(page.width() * scale), int(page.height() * scale))
                image = self.pdf.render(index, size)
                painter.drawImage(QRect(QPoint(0, 0), size), image)
        finally:
            painter.end()

    def save_document(self) -> None:
        path = self.ask_save_path()
        if not path:
            return  # the person closed the file dialog: nothing to say
        try:
            write_whole(path, self.document_bytes)
        except OSError as exc:
            self._say(self.tr("Could not save to %1: %2; nothing was saved.")
                      .replace("%1", path).replace("%2", exc.strerror or str(exc)), error=True)
            return
        if self._record():
            self._say(self.tr("Saved to %1.").replace("%1", path), error=False)

    def _record(self) -> bool:
        """Store the document as sent (once); False, with the reason shown, when that failed."""
        if self._keep is None or self.kept:
            return True
        keep = self._keep
        staff_id = self._staff_id()
        if staff_id is None:
            self._say(self.tr("Say who is at the desk first: every letter sent is recorded under a staff member."),
                      error=True)
            return False
        failed: list[DeskError] = []

        def refused(error: DeskError) -> None:
            failed.append(error)
            self._say(error.message, error=True)

        self._operations.run(lambda: keep(staff_id), changes={"letters"}, failed=refused)
        self.kept = not failed
        return self.kept

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(760, 900)


def show_preview(parent: QWidget, operations: Operations, staff_id_getter: StaffIdGetter, document: bytes, *,
                 title: str, file_name: str, keep: Keep | None = None) -> LetterPreview:
    """Open the preview as a window of its own (not modal: the desk stays usable)."""
    preview = LetterPreview(operations, staff_id_getter, document, title=title, file_name=file_name, keep=keep,
                            parent=parent)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.show()
    return preview
