"""Guided resolution beside the complaint: the seven steps, one section each with what to say (using the
customer's name), a note and a done button; Ctrl+Enter marks the current step done and moves on. Below them the
remedy, and above them the customer's tier and concession history (a calm banner past the owner's threshold)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError, StaleEdit, ValidationError, as_desk_error
from models.services import resolution
from models.services.resolution import STEP_LABELS, STEPS, ResolutionView
from ui.bus import DeskBus
from ui.format import concession_sentence, local_datetime, money
from ui.forms import error_label
from ui.i18n import QT_TRANSLATE_NOOP, core_label
from ui.operations import Operations
from ui.panes.documents_box import DocumentsBox
from ui.panes.remedy_box import RemedyBox

PROMPTS = {
    "listen": QT_TRANSLATE_NOOP(
        "ResolutionPane", "Let {name} finish without interrupting. Note what they say in their own words."),
    "thank": QT_TRANSLATE_NOOP(
        "ResolutionPane", "Thank {name} by name for telling us: “Thank you for letting us know, {name}.”"),
    "apologize": QT_TRANSLATE_NOOP(
        "ResolutionPane", "Apologize sincerely, whether or not we were at fault: “I'm sorry this happened, {name}.”"),
    "solution": QT_TRANSLATE_NOOP(
        "ResolutionPane", "Ask what {name} would consider fair, and offer options (the remedy below)."),
    "agreement": QT_TRANSLATE_NOOP(
        "ResolutionPane", "Say back what was agreed with {name}, and note it."),
    "action": QT_TRANSLATE_NOOP(
        "ResolutionPane", "Do it today, or promise {name} a date and keep it."),
    "follow_up": QT_TRANSLATE_NOOP(
        "ResolutionPane", "Call {name} back: “Is everything all right now?” Ask how satisfied they are (1–5)."),
}
TIER_LABELS = {"new": QT_TRANSLATE_NOOP("ResolutionPane", "New customer"),
               "regular": QT_TRANSLATE_NOOP("ResolutionPane", "Regular customer"),
               "loyal": QT_TRANSLATE_NOOP("ResolutionPane", "Loyal customer")}
SATISFACTION = [QT_TRANSLATE_NOOP("StepSection", "Not asked"),
                QT_TRANSLATE_NOOP("StepSection", "1 – not at all satisfied"),
                QT_TRANSLATE_NOOP("StepSection", "2 – not very"), QT_TRANSLATE_NOOP("StepSection", "3 – fair"),
                QT_TRANSLATE_NOOP("StepSection", "4 – satisfied"),
                QT_TRANSLATE_NOOP("StepSection", "5 – very satisfied")]
CHANGES = {"complaints", "resolution", "promises"}


class StepSection(QGroupBox):
    """One step: what to say, a note, and Done."""

    def __init__(self, step: str, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step_{step}")
        self.setTitle(self.tr("{number}. {step}").format(number=number, step=core_label(STEP_LABELS[step])))
        self.record = QLabel(self)
        self.record.setObjectName("stepRecord")
        self.record.setWordWrap(True)
        self.record.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("stepPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("stepNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 2 + 12)  # two lines; it scrolls
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.done = QPushButton(self.tr("Done"), self)
        self.done.setObjectName("stepDone")
        self.done.setToolTip(self.tr("Mark this step done (Ctrl+Enter)"))
        self.error = error_label(self, "stepError")
        self.satisfaction: QComboBox | None = None
        self.promise: QCheckBox | None = None
        self.due: QDateTimeEdit | None = None
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.done, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setSpacing(3)
        layout.addWidget(self.prompt)
        layout.addWidget(self.record)
        layout.addLayout(row)
        if step == "action":
            self.promise = QCheckBox(self.tr("Promise it for"), self)
            self.promise.setObjectName("actionPromise")
            self.due = QDateTimeEdit(self)
            self.due.setObjectName("actionDue")
            self.due.setCalendarPopup(True)
            self.due.setEnabled(False)
            self.promise.toggled.connect(self.due.setEnabled)
            extra = QHBoxLayout()
            extra.addWidget(self.promise)
            extra.addWidget(self.due, 1)
            layout.addLayout(extra)
        if step == "follow_up":
            self.satisfaction = QComboBox(self)
            self.satisfaction.setObjectName("stepSatisfaction")
            for score, text in enumerate(SATISFACTION):
                self.satisfaction.addItem(self.tr(text), score or None)
            label = QLabel(self.tr("&Satisfied now?"), self)
            label.setBuddy(self.satisfaction)
            extra = QHBoxLayout()
            extra.addWidget(label)
            extra.addWidget(self.satisfaction, 1)
            layout.addLayout(extra)
            QWidget.setTabOrder(self.note, self.satisfaction)  # Tab from the note to the score, then to Done
            QWidget.setTabOrder(self.satisfaction, self.done)
        layout.addWidget(self.error)

    def reset_due(self) -> None:
        if self.due is not None and self.promise is not None:
            tomorrow = QDateTime(QDateTime.currentDateTime().date().addDays(1), QTime(10, 0))
            self.due.setDateTime(tomorrow)
            self.promise.setChecked(False)

    def action_due(self) -> dt.datetime | None:
        if self.due is None or self.promise is None or not self.promise.isChecked():
            return None
        moment = self.due.dateTime().toPython()
        assert isinstance(moment, dt.datetime)
        return moment.astimezone().astimezone(dt.UTC)  # the desk's local time, stored as UTC

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class ResolutionPane(QWidget):
    def __init__(self, bus: DeskBus, operations: Operations, staff_id_getter: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resolutionPane")
        self._bus = bus
        self._operations = operations
        self._current_staff = staff_id_getter
        self.view: ResolutionView | None = None

        self.title = QLabel(self.tr("No complaint open"), self)
        self.title.setObjectName("resolutionTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.standing = QLabel(self)
        self.standing.setObjectName("customerStanding")
        self.standing.setWordWrap(True)
        # calm: a framed line in the theme's own colours, no alarm red and no hard-coded light background
        self.banner = QLabel(self)
        self.banner.setObjectName("resolutionBanner")  # the customer's header has the concessionBanner
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(6)
        self.banner.hide()
        self.notice = error_label(self, "resolutionNotice")
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setObjectName("reloadResolution")
        self.reload_button.hide()

        body = QWidget(self)
        steps_layout = QVBoxLayout(body)
        steps_layout.setContentsMargins(0, 0, 0, 0)
        self.sections: dict[str, StepSection] = {}
        for number, step in enumerate(STEPS, start=1):
            section = StepSection(step, number, body)
            section.done.clicked.connect(lambda _checked=False, s=step: self.complete(s))
            self.sections[step] = section
            steps_layout.addWidget(section)
        self.remedy = RemedyBox(bus, operations, staff_id_getter, body)
        steps_layout.insertWidget(STEPS.index("agreement"), self.remedy)  # between seeking and agreeing
        self.documents = DocumentsBox(operations, staff_id_getter, body)
        steps_layout.addWidget(self.documents)
        steps_layout.addStretch(1)
        self.steps_area = QScrollArea(self)
        self.steps_area.setWidget(body)
        self.steps_area.setWidgetResizable(True)
        self.steps_area.setFrameShape(QFrame.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.standing)
        layout.addWidget(self.banner)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.reload_button)
        layout.addLayout(notice_row)
        layout.addWidget(self.steps_area, 1)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.complete_current)
        self.reload_button.clicked.connect(self.reload)
        bus.data_changed.connect(self._on_data_changed)
        self.clear()

    # --- what is open
    @property
    def complaint_id(self) -> int | None:
        return self.view.complaint_id if self.view is not None else None

    def clear(self) -> None:
        self.view = None
        self.title.setText(self.tr("No complaint open"))
        self.standing.clear()
        self.banner.hide()
        self._show_notice("")
        self.steps_area.setEnabled(False)

    def open_complaint(self, complaint_id: int) -> None:
        """Show the complaint's steps, remedies and the customer's standing; typed notes stay when it is the same
        complaint again."""
        same = self.complaint_id == complaint_id
        try:
            view = resolution.open_resolution(complaint_id)
        except Exception as exc:  # gone meanwhile, or the database unreachable: said, never raised into Qt
            self.clear()
            self._bus.message_posted.emit(as_desk_error(exc).message)
            return
        self.view = view
        self.steps_area.setEnabled(True)
        self._show_notice("")
        self.title.setText(self.tr("Resolving complaint #{number} — {name}").format(
            number=view.complaint_id, name=view.customer_name))
        self._show_standing(view)
        for step, section in self.sections.items():
            section.prompt.setText(self.tr(PROMPTS[step]).format(name=view.customer_name))
            record = view.latest.get(step)
            section.prompt.setVisible(record is None)  # a step done shows what was done; the prompt is its tooltip
            section.setToolTip(section.prompt.text() if record is not None else "")
            if record is None:
                section.record.hide()
            else:
                text = self.tr("✓ Done {when} by {name}").format(when=local_datetime(record.done_at),
                                                                 name=record.staff_name or "—")
                if record.note:
                    text += self.tr(" — “{note}”").format(note=record.note)
                section.record.setText(text)
                section.record.show()
            section.done.setText(self.tr("Done again") if record is not None else self.tr("Done"))
            section.done.setAccessibleName(f"{section.done.text()} — {section.title()}")  # seven Done buttons
            if not same:
                section.note.clear()
                section.show_error("")
                section.reset_due()
                if section.satisfaction is not None:
                    section.satisfaction.setCurrentIndex(0)
        self.remedy.show_view(view)
        self.documents.show_complaint(view.complaint_id, view.customer_id)

    def reload(self) -> None:
        if self.complaint_id is not None:
            self.open_complaint(self.complaint_id)

    def current_step(self) -> str | None:
        """The step whose section holds the keyboard focus, else the first one not done yet."""
        focus = QApplication.focusWidget()
        for step, section in self.sections.items():
            if focus is not None and section.isAncestorOf(focus):
                return step
        return self.view.next_step if self.view is not None else None

    def focus_current_step(self) -> None:
        """The keyboard goes to the note of the first step not done yet (Ctrl+Enter marks it done)."""
        step = self.view.next_step if self.view is not None else None
        if step is not None:
            self.sections[step].note.setFocus()
            self.steps_area.ensureWidgetVisible(self.sections[step])

    # --- doing the steps
    def complete_current(self) -> None:
        step = self.current_step()
        if step is not None:
            self.complete(step)

    def complete(self, step: str) -> bool:
        """Mark ``step`` done now with its note; then the next step's note takes the keyboard."""
        if self.view is None:
            return False
        section = self.sections[step]
        section.show_error("")
        complaint_id, version, staff_id = self.view.complaint_id, self.view.version, self._current_staff()
        note = section.note.toPlainText()
        satisfaction = section.satisfaction.currentData() if section.satisfaction is not None else None
        action_due = section.action_due()

        def failed(error: DeskError) -> None:
            if isinstance(error, StaleEdit):
                self._show_notice(error.message, reload=True)
            elif isinstance(error, ValidationError):
                section.show_error("\n".join(error.fields.values()))
            else:
                section.show_error(error.message)

        result = self._operations.run(
            lambda: resolution.complete_step(complaint_id, version, step, note, staff_id,
                                             satisfaction=satisfaction, action_due=action_due),
            changes=CHANGES, failed=failed,
            done=self.tr("{step}: done.").format(step=core_label(STEP_LABELS[step])))
        if result is None:
            return False
        section.note.clear()
        section.reset_due()
        following = STEPS.index(step) + 1
        if following < len(STEPS):
            target = self.sections[STEPS[following]]
            target.note.setFocus()
            self.steps_area.ensureWidgetVisible(target)
        return True

    # --- helpers
    def _show_standing(self, view: ResolutionView) -> None:
        standing, concessions = view.standing, view.standing.concessions
        text = self.tr(TIER_LABELS[standing.tier])
        text += " · " + self.tr("%n visit(s), {amount} in 24 months", "", standing.visits_24_months).format(
            amount=money(standing.spend_24_months_cents, view.currency))
        if concessions.count:
            text += " · " + self.tr("%n concession(s) in 12 months, {amount}", "", concessions.count).format(
                amount=money(concessions.total_cents, view.currency))
            if concessions.share_percent is not None:
                text += " " + self.tr("({share} % of spend)").format(share=concessions.share_percent)
        self.standing.setText(text)
        if concessions.banner:
            self.banner.setText(concession_sentence(view.customer_name, concessions, view.currency))
            self.banner.show()
        else:
            self.banner.hide()

    def _show_notice(self, text: str, *, reload: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.reload_button.setVisible(reload)

    def _on_data_changed(self, kinds: set[str]) -> None:
        if self.view is not None and kinds & {"complaints", "remedies", "promises", "resolution", "settings"}:
            self.reload()
