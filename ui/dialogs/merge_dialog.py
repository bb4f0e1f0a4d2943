"""Merging duplicate customers: the likely pairs in a list, the two records side by side, which one stays, and a
manager's approval (asked through the callable the window passes in) before anything moves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError
from models.services import merge
from models.services.customers import CustomerRecord
from models.services.merge import DuplicatePair, MergeResult
from models.services.staff import Approval
from ui.bus import DeskBus
from ui.format import local_date
from ui.forms import error_label
from ui.operations import Operations
from ui.sizing import fit_to_screen

RequestApproval = Callable[[str, Callable[[Approval], None]], None]  # (reason, then)


class RecordCard(QGroupBox):
    """One customer record, field by field, with the choice to keep it."""

    FIELDS = ("name", "phone", "email", "address", "added")

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{side}Record")
        self.keep = QRadioButton(self.tr("Keep this record"), self)
        self.keep.setObjectName(f"keep{side.capitalize()}")
        self.values: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.addRow(self.keep)
        labels = {"name": self.tr("Name"), "phone": self.tr("Phone"), "email": self.tr("Email"),
                  "address": self.tr("Address"), "added": self.tr("Added")}
        for key in self.FIELDS:
            value = QLabel(self)
            value.setObjectName(f"{side}{key.capitalize()}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.values[key] = value
            form.addRow(labels[key], value)

    def show_record(self, record: CustomerRecord) -> None:
        self.setTitle(self.tr("Record {number}").format(number=record.id))
        self.values["name"].setText(record.name)
        self.values["phone"].setText(record.phone)
        self.values["email"].setText(record.email)
        self.values["address"].setText("\n".join(record.address_lines))
        self.values["added"].setText(local_date(record.created_at))


class MergeDialog(QDialog):
    """``mergeDialog``: ``duplicateList`` of likely pairs, ``leftRecord``/``rightRecord`` side by side with
    ``keepLeft``/``keepRight``, the button ``mergeCustomers`` and the in-place message ``mergeMessage``."""

    sig_pairs_loaded = Signal()
    sig_merged = Signal(object)  # the MergeResult

    def __init__(self, bus: DeskBus, operations: Operations, staff_id_getter: Callable[[], int | None],
                 request_approval: RequestApproval, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge duplicate customers"))
        self.bus = bus
        self.operations = operations
        self.staff_id_getter = staff_id_getter
        self.request_approval = request_approval
        self.pairs: list[DuplicatePair] = []
        self.list = QListWidget(self)
        self.list.setObjectName("duplicateList")
        self.list.setAccessibleName(self.tr("Likely duplicates"))
        self.left = RecordCard("left", self)
        self.right = RecordCard("right", self)
        self.keep = QButtonGroup(self)  # the two choices sit in different boxes: one group keeps them exclusive
        self.keep.addButton(self.left.keep)
        self.keep.addButton(self.right.keep)
        self.left.keep.setChecked(True)
        self.explain = QLabel(self)
        self.explain.setObjectName("mergeExplain")
        self.explain.setWordWrap(True)
        self.message = error_label(self, "mergeMessage")
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.merge_button.setObjectName("mergeCustomers")
        self.merge_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        sides = QHBoxLayout()
        sides.addWidget(self.left)
        sides.addWidget(self.right)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Likely duplicates:"), self))
        layout.addWidget(self.list, 1)
        layout.addLayout(sides)
        layout.addWidget(self.explain)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show_pair)
        self.keep.buttonToggled.connect(self._explain)
        self.merge_button.clicked.connect(self.ask_to_merge)
        fit_to_screen(self, 760, 560)

    # --- the list
    def load(self) -> None:
        """Look for likely duplicates in the background (a whole customer list is read)."""
        self.list.clear()
        self.list.addItem(self.tr("Looking for likely duplicates…"))
        self.list.setEnabled(False)
        self.operations.run_in_background(lambda _report: merge.find_duplicates(), succeeded=self._loaded,
                                          failed=self._show_error)

    def _loaded(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.list.clear()
        self.list.setEnabled(bool(pairs))
        reasons = {"same email": self.tr("same email"), "same phone": self.tr("same phone"),
                   "similar names at the same postcode": self.tr("similar names at the same postcode")}
        for pair in pairs:
            self.list.addItem(QListWidgetItem(f"{pair.first.name}  ↔  {pair.second.name}  ({reasons[pair.reason]})"))
        if not pairs:
            self.list.addItem(self.tr("No likely duplicates found."))
            self._show_pair(-1)
        else:
            self.list.setCurrentRow(0)
        self.sig_pairs_loaded.emit()

    def _show_pair(self, row: int) -> None:
        self.message.hide()
        pair = self.pairs[row] if 0 <= row < len(self.pairs) else None
        self.merge_button.setEnabled(pair is not None)
        for card in (self.left, self.right):
            card.setEnabled(pair is not None)
        if pair is None:
            self.explain.clear()
            return
        self.left.show_record(pair.first)
        self.right.show_record(pair.second)
        self.left.keep.setChecked(True)  # the older record usually has the history
        self._explain()

    def current_pair(self) -> DuplicatePair | None:
        row = self.list.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def direction(self) -> tuple[CustomerRecord, CustomerRecord] | None:
        """(merged, survivor) as chosen."""
        pair = self.current_pair()
        if pair is None:
            return None
        return (pair.second, pair.first) if self.left.keep.isChecked() else (pair.first, pair.second)

    def _explain(self, *_toggled: object) -> None:
        chosen = self.direction()
        if chosen is None:
            return
        merged, survivor = chosen
        self.explain.setText(self.tr("{merged} (record {merged_id}) will be merged into {survivor} (record "
                                     "{survivor_id}): visits, complaints, vouchers and promises move over, and the "
                                     "old name still finds the record that stays.").format(
            merged=merged.name, merged_id=merged.id, survivor=survivor.name, survivor_id=survivor.id))

    # --- merging
    def ask_to_merge(self) -> None:
        chosen = self.direction()
        if chosen is None:
            return
        self.request_approval(self.tr("Merging two customers needs a manager's PIN."), self._merge)

    def _merge(self, approval: Approval) -> None:
        chosen = self.direction()
        staff_id = self.staff_id_getter()
        if chosen is None:
            return
        if staff_id is None:
            self._show_error(DeskError(self.tr("Sign in first: every change is recorded under a staff member.")))
            return
        merged, survivor = chosen
        result = self.operations.run(
            lambda: merge.merge_customers(merged.id, merged.version, survivor.id, survivor.version, approval,
                                          staff_id),
            changes={"customers", "visits", "complaints", "vouchers", "promises"},
            failed=self._show_error,
            done=lambda r: self.tr("{merged} was merged into {survivor}.").format(merged=merged.name,
                                                                                survivor=r.survivor.name),
        )
        if isinstance(result, MergeResult):
            self.sig_merged.emit(result)
            self.load()

    def _show_error(self, error: DeskError) -> None:
        self.message.setText(error.message)
        self.message.show()
