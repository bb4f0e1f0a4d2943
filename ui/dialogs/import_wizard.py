"""The import wizard: pick a CSV file, check how it is read and which column feeds which field, see what a dry run
would do, then import it in the background with a progress bar and a Cancel that leaves the database as it was."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from models.errors import DeskError
from models.services import importing
from models.services.importing import ImportPlan, ImportResult
from ui.forms import error_label
from ui.i18n import core_label
from ui.operations import Operations
from ui.sizing import fit_to_screen
from ui.workers import Worker

NOT_IMPORTED = -1
_CHANGES = {"customers": {"customers"}, "visits": {"customers", "visits"}, "complaints": {"customers", "complaints"}}


class ImportWizard(QWizard):
    """``importWizard``: what the receptionist goes through to bring in the shop's existing records."""

    def __init__(self, operations: Operations, staff_id_getter: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import from a CSV file"))
        self.operations = operations
        self.staff_id_getter = staff_id_getter
        self.plan: ImportPlan | None = None
        self.worker: Worker | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.run_page):
            self.addPage(page)
        fit_to_screen(self, 760, 560)

    def staff_id(self) -> int | None:
        return self.staff_id_getter()

    def reject(self) -> None:
        if self.worker is not None:  # cancelling mid-run rolls the import back; wait for it so nothing is left
            self.worker.cancel()
            self.operations.wait()
        super().reject()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Which file?"))
        self.setSubTitle(self.tr("A CSV file saved from a spreadsheet or another program. Nothing is changed until "
                                 "the last step."))
        self.kind = QComboBox(self)
        self.kind.setObjectName("importKind")
        for kind, label in (("customers", self.tr("Customers")), ("visits", self.tr("Visits")),
                            ("complaints", self.tr("Complaints"))):
            self.kind.addItem(label, kind)
        self.path = QLineEdit(self)
        self.path.setObjectName("importFile")
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("importBrowse")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.message = error_label(self, "importFileError")
        form = QFormLayout(self)
        form.addRow(self.tr("Import"), self.kind)
        form.addRow(self.tr("File"), row)
        form.addRow("", self.message)

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CSV file"), self.path.text(),
                                                self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        self.message.hide()
        try:
            self.owner.plan = importing.inspect_file(Path(self.path.text().strip()).expanduser(),
                                                     str(self.kind.currentData()))
        except DeskError as exc:
            self.message.setText(exc.message)
            self.message.show()
            self.owner.operations.bus.message_posted.emit(exc.message)
            return False
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Which column is which?"))
        self.setSubTitle(self.tr("Guessed from the column names: change any that are wrong. The rows below are shown "
                                 "as they will be stored."))
        self.shape = QLabel(self)
        self.shape.setObjectName("importFileShape")
        self.shape.setWordWrap(True)
        self.mapping = QTableWidget(0, 2, self)
        self.mapping.setObjectName("importMapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.verticalHeader().hide()
        self.date_question = QLabel(self.tr("The dates could be read either way (like 03/04/2024). How are they "
                                            "written?"), self)
        self.date_question.setObjectName("importDateQuestion")
        self.date_question.setWordWrap(True)
        self.date_order = QComboBox(self)
        self.date_order.setObjectName("importDateOrder")
        self.date_order.addItem(self.tr("Not sure yet"), None)
        self.date_order.addItem(self.tr("Day first (DD/MM/YYYY)"), "dmy")
        self.date_order.addItem(self.tr("Month first (MM/DD/YYYY)"), "mdy")
        self.date_order.currentIndexChanged.connect(self._changed)
        self.preview = QTableWidget(0, 0, self)
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.message = error_label(self, "importMappingError")
        layout = QVBoxLayout(self)
        layout.addWidget(self.shape)
        layout.addWidget(self.mapping, 2)
        dates = QHBoxLayout()
        dates.addWidget(self.date_question, 1)
        dates.addWidget(self.date_order)
        layout.addLayout(dates)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 3)
        self._combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        shape = plan.shape
        self.shape.setText(self.tr("{name}: read as {encoding}, {delimiter}-separated; the header is line {line}.")
                           .format(name=shape.path.name, encoding=core_label(shape.encoding_label),
                                   delimiter=core_label(shape.delimiter_label), line=plan.header_line))
        self.mapping.setRowCount(len(plan.fields))
        self._combos.clear()
        for row, spec in enumerate(plan.fields):
            self.mapping.setItem(row, 0, QTableWidgetItem(core_label(spec.label)))
            combo = QComboBox(self.mapping)
            combo.setObjectName(f"importColumn_{spec.name}")
            combo.addItem(self.tr("— not imported —"), NOT_IMPORTED)
            for index, column in enumerate(plan.header):
                combo.addItem(column or self.tr("(column {n})").format(n=index + 1), index)
            combo.setCurrentIndex(combo.findData(plan.mapping.get(spec.name, NOT_IMPORTED)))
            combo.currentIndexChanged.connect(self._changed)
            self.mapping.setCellWidget(row, 1, combo)
            self._combos[spec.name] = combo
        self.mapping.resizeColumnToContents(0)
        has_dates = any(spec.kind == "date" for spec in plan.fields)
        self.date_order.blockSignals(True)
        self.date_order.setCurrentIndex(self.date_order.findData(plan.date_order))
        self.date_order.blockSignals(False)
        self.date_order.setVisible(has_dates)
        self.date_question.setVisible(plan.date_order_needed)
        self._show_preview(plan)

    def _changed(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        mapping = {name: int(combo.currentData()) for name, combo in self._combos.items()
                   if int(combo.currentData()) != NOT_IMPORTED}
        self.message.hide()
        try:
            self.owner.plan = importing.remap(plan, mapping, self.date_order.currentData())
        except DeskError as exc:
            self.message.setText(exc.message)
            self.message.show()
            self.owner.plan = dataclasses.replace(plan, mapping=mapping)
            self.completeChanged.emit()
            return
        self.date_question.setVisible(self.owner.plan.date_order_needed)
        self._show_preview(self.owner.plan)
        self.completeChanged.emit()

    def _show_preview(self, plan: ImportPlan) -> None:
        rows = importing.preview(plan)
        labels = {spec.name: core_label(spec.label) for spec in plan.fields}
        names: list[str] = []  # the stored fields that hold something, in the order the service returns them
        for row in rows:
            names += [name for name, value in row.values.items() if value and name not in names]
        self.preview.clear()
        self.preview.setColumnCount(len(names) + 2)
        self.preview.setHorizontalHeaderLabels([self.tr("Line"), *(labels.get(n, n) for n in names),
                                                self.tr("Problem")])
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [str(row.line), *(row.values.get(n, "") for n in names), row.reason]
            for c, text in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()

    def isComplete(self) -> bool:
        return self.message.isHidden()

    def validatePage(self) -> bool:
        plan = self.owner.plan
        if plan is not None and plan.date_order_needed:
            self.message.setText(self.tr("Say how the dates are written before importing."))
            self.message.show()
            return False
        return plan is not None and self.message.isHidden()


class _RunPage(QWizardPage):
    """A page that runs the import (dry or real) in the background with a progress bar."""

    dry_run = True

    def __init__(self, wizard: ImportWizard, name: str) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.result: ImportResult | None = None
        self.progress = QProgressBar(self)
        self.progress.setObjectName(f"{name}Progress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.counts = QLabel(self)
        self.counts.setObjectName(f"{name}Counts")
        self.counts.setWordWrap(True)
        self.counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejects = QListWidget(self)
        self.rejects.setObjectName(f"{name}Rejects")
        self.message = error_label(self, f"{name}Error")
        self.layout_ = QVBoxLayout(self)
        for widget in (self.progress, self.counts, self.message, self.rejects):
            self.layout_.addWidget(widget)

    def initializePage(self) -> None:
        self.result = None
        self.counts.clear()
        self.rejects.clear()
        self.message.hide()
        self.progress.setValue(0)
        self.progress.show()
        plan = self.owner.plan
        staff_id = self.owner.staff_id()
        if plan is None or staff_id is None:
            self._failed(DeskError(self.tr("Say who is at the desk first: every change is recorded under a staff "
                                           "member.")))
            return
        dry = self.dry_run

        def work(report: Callable[[int, int], bool]) -> ImportResult:
            return importing.run_import(plan, staff_id=staff_id, dry_run=dry, progress=report)

        self.owner.worker = self.owner.operations.run_in_background(
            work, changes=() if dry else _CHANGES[plan.kind], succeeded=self._done, failed=self._failed,
            progress=lambda done, total: self.progress.setValue(done))

    def _done(self, result: ImportResult) -> None:
        self.owner.worker = None
        self.result = result
        self.progress.setValue(1000)
        self.progress.hide()
        self.counts.setText(self.describe(result))
        for line, reason in result.rejects:
            self.rejects.addItem(self.tr("line {line}: {reason}").format(line=line, reason=reason))
        self.rejects.setVisible(bool(result.rejects))
        self.completeChanged.emit()

    def _failed(self, error: DeskError) -> None:
        self.owner.worker = None
        self.progress.hide()
        self.message.setText(error.message)
        self.message.show()
        self.completeChanged.emit()

    def describe(self, result: ImportResult) -> str:
        raise NotImplementedError

    def isComplete(self) -> bool:
        return self.result is not None


class CheckPage(_RunPage):
    dry_run = True

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard, "importCheck")
        self.setTitle(self.tr("What the import will do"))
        self.setSubTitle(self.tr("A dry run over the whole file: nothing has been changed yet."))
        self.setCommitPage(True)  # once imported there is no going back to change the columns
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

    def describe(self, result: ImportResult) -> str:
        return self.tr("{added} will be added, {updated} updated (matched by email or phone), {duplicates} skipped "
                       "as already there, {rejected} rejected.").format(**result.__dict__)


class RunPage(_RunPage):
    dry_run = False

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard, "importRun")
        self.setTitle(self.tr("Importing"))
        self.cancel = QPushButton(self.tr("Cancel the import"), self)
        self.cancel.setObjectName("importCancel")
        self.cancel.clicked.connect(self._cancel)
        self.layout_.insertWidget(1, self.cancel)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        self.cancel.show()
        self.cancel.setEnabled(True)
        super().initializePage()

    def _cancel(self) -> None:
        if self.owner.worker is not None:
            self.owner.worker.cancel()
            self.cancel.setEnabled(False)

    def _done(self, result: ImportResult) -> None:
        self.cancel.hide()
        super()._done(result)

    def _failed(self, error: DeskError) -> None:
        self.cancel.hide()
        super()._failed(error)

    def describe(self, result: ImportResult) -> str:
        text = self.tr("Done: {added} added, {updated} updated, {duplicates} skipped as already there, {rejected} "
                       "rejected.").format(**result.__dict__)
        if result.rejects_file is not None:
            text += " " + self.tr("The rejected rows and the reasons are in {file}.").format(file=result.rejects_file)
        return " ".join((text, *result.notes))

    def isComplete(self) -> bool:
        return self.owner.worker is None and (self.result is not None or not self.message.isHidden())
