"""Exporting records to a CSV file from the desk: the same service as ``python main.py export``, in the
background with progress and a cancel button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError
from models.services import exports
from models.services.exports import ExportSummary
from ui.bus import DeskBus
from ui.forms import error_label
from ui.operations import Operations
from ui.workers import Worker


class ExportDialog(QDialog):
    """``exportDialog``: ``exportKind``, ``exportPath`` (with ``exportBrowse``), ``exportBom``, the progress
    ``exportProgress``, ``startExport`` and ``cancelExport``; errors in ``exportMessage``."""

    sig_finished = Signal(object)  # the ExportSummary, or the DeskError

    def __init__(self, bus: DeskBus, operations: Operations, staff_id_getter: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export to a spreadsheet (CSV)"))
        self.bus = bus
        self.operations = operations
        self.staff_id_getter = staff_id_getter
        self.worker: Worker | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("exportKind")
        for kind, label in (("customers", self.tr("Customers")), ("complaints", self.tr("Complaints")),
                            ("vouchers", self.tr("Vouchers")), ("remedies", self.tr("Remedies"))):
            self.kind.addItem(label, kind)
        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        self.path.setPlaceholderText(self.tr("Where to save the CSV file"))
        self.path.setMaxLength(4096)  # longer than any path a system accepts
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("exportBrowse")
        browse.clicked.connect(self._browse)
        self.bom = QCheckBox(self.tr("For Excel and other spreadsheet apps (UTF-8 with a byte-order mark)"), self)
        self.bom.setObjectName("exportBom")
        self.bom.setChecked(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.hide()
        self.message = error_label(self, "exportMessage")
        self.start = QPushButton(self.tr("&Export"), self)
        self.start.setObjectName("startExport")
        self.start.setDefault(True)
        self.cancel = QPushButton(self.tr("&Stop"), self)
        self.cancel.setObjectName("cancelExport")
        self.cancel.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.start, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.start.clicked.connect(self.run_export)
        self.cancel.clicked.connect(self._cancel)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.kind)
        file_label = QLabel(self.tr("&File:"), self)  # a row holding a layout has no buddy of its own: Alt+F works
        file_label.setBuddy(self.path)
        form.addRow(file_label, where)
        form.addRow("", self.bom)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), f"{self.kind.currentData()}.csv",
                                              self.tr("CSV files (*.csv)"))
        if name:
            self.path.setText(name)

    def run_export(self) -> None:
        path = self.path.text().strip()
        self.message.hide()
        if not path:
            self._failed(DeskError(self.tr("Choose where to save the CSV file.")))
            return
        kind, bom = str(self.kind.currentData()), self.bom.isChecked()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.start.setEnabled(False)
        self.cancel.setEnabled(True)
        self.worker = self.operations.run_in_background(
            lambda report: exports.export(kind, path, bom=bom, progress=report),
            succeeded=self._done,
            failed=self._failed,
            progress=self._progressed,
            done=lambda summary: self._exported(kind, summary.rows).format(path=summary.path),
        )

    def _exported(self, kind: str, rows: int) -> str:
        """The done-sentence, with its count in the words of the kind exported."""
        if kind == "customers":
            return self.tr("Exported %n customer(s) to {path}.", "", rows)
        if kind == "complaints":
            return self.tr("Exported %n complaint(s) to {path}.", "", rows)
        if kind == "vouchers":
            return self.tr("Exported %n voucher(s) to {path}.", "", rows)
        return self.tr("Exported %n remedy/remedies to {path}.", "", rows)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _finish(self) -> None:
        self.worker = None
        self.start.setEnabled(True)
        self.cancel.setEnabled(False)
        self.progress.hide()

    def _done(self, summary: ExportSummary) -> None:
        self._finish()
        self.sig_finished.emit(summary)

    def _failed(self, error: DeskError) -> None:
        self._finish()
        self.message.setText(error.message)
        self.message.show()
        self.sig_finished.emit(error)
