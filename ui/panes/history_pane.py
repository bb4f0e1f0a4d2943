"""The customer's history: who they are, what they spent, and a timeline of visits and complaints."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import NotFound
from models.services import customers, letters, remedy_offers, resolution, settings, vouchers
from models.services.complaints import CATEGORY_LABELS, STATUS_LABELS
from ui.bus import DeskBus
from ui.format import concession_sentence, local_date, money, voucher_value
from ui.i18n import QT_TRANSLATE_NOOP

FILTERS = ((QT_TRANSLATE_NOOP("HistoryPane", "Everything"), ()),
           (QT_TRANSLATE_NOOP("HistoryPane", "Visits"), ("visit",)),
           (QT_TRANSLATE_NOOP("HistoryPane", "Complaints"), ("complaint",)),
           (QT_TRANSLATE_NOOP("HistoryPane", "Resolution steps"), ("step",)),
           (QT_TRANSLATE_NOOP("HistoryPane", "Remedies"), ("remedy",)),
           (QT_TRANSLATE_NOOP("HistoryPane", "Promises"), ("promise",)),
           (QT_TRANSLATE_NOOP("HistoryPane", "Vouchers"), ("voucher",)),
           (QT_TRANSLATE_NOOP("HistoryPane", "Letters"), ("letter",)))
SortKey = tuple[dt.datetime, int, dt.datetime]  # (the complaint's or its own time, header first, own time)
TIER_WORDS = {"new": QT_TRANSLATE_NOOP("HistoryPane", "New customer"),
              "regular": QT_TRANSLATE_NOOP("HistoryPane", "Regular customer"),
              "loyal": QT_TRANSLATE_NOOP("HistoryPane", "Loyal customer")}


class WelcomePage(QWidget):
    """What an empty desk shows: what the app is for, and the two ways to begin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("<h2>Welcome to Makegood</h2>"), self)
        text = QLabel(
            self.tr(
                "Makegood helps the front desk turn a complaint into a customer who comes back.<br><br>"
                "Find a customer in a second, see their whole history, take their complaint in their own words "
                "and follow it through to a fair resolution.<br><br>"
                "This database has no customers yet. Try it with demo data, or start with your own."
            ),
            self,
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Load &demo data"), self)
        self.demo_button.setObjectName("loadDemo")
        self.first_button = QPushButton(self.tr("&Add your first customer"), self)
        self.first_button.setObjectName("addFirstCustomer")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.first_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)


class HistoryPane(QWidget):
    sig_complaint_selected = Signal(int)
    sig_letter_requested = Signal(int)  # a stored letter to reprint
    sig_new_complaint_requested = Signal(int)  # customer id
    sig_edit_customer_requested = Signal(int)
    sig_load_demo_requested = Signal()
    sig_first_customer_requested = Signal()

    PAGE_WELCOME, PAGE_HINT, PAGE_HISTORY = range(3)
    KIND_ROLE = Qt.ItemDataRole.UserRole
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    COMPLAINT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, bus: DeskBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerHistory")
        self._bus = bus
        self._customer_id: int | None = None

        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self.stack)
        hint = QLabel(self.tr("Find a customer on the left (Ctrl+F), or add a new one (Ctrl+N)."), self.stack)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.hint: QWidget = hint
        page = QWidget(self.stack)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(hint)
        self.stack.addWidget(page)

        self.name_label = QLabel(page)
        self.name_label.setObjectName("customerName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.contact_label = QLabel(page)
        self.contact_label.setObjectName("customerContact")
        self.contact_label.setTextFormat(Qt.TextFormat.PlainText)
        self.contact_label.setWordWrap(True)
        self.stats_label = QLabel(page)
        self.stats_label.setObjectName("customerStats")
        self.stats_label.setWordWrap(True)
        # calm: a framed line in the theme's own colours, never an alarm
        self.banner = QLabel(page)
        self.banner.setObjectName("concessionBanner")
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(6)
        self.banner.hide()
        self.timeline = QTreeWidget(page)
        self.timeline.setObjectName("customerTimeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Amount / status")])
        self.timeline.setWordWrap(True)
        header = self.timeline.header()
        header.setStretchLastSection(False)
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.timeline.setAccessibleName(self.tr("Customer history"))
        timeline_label = QLabel(self.tr("&History:"), page)
        timeline_label.setBuddy(self.timeline)
        self.kind_filter = QComboBox(page)
        self.kind_filter.setObjectName("historyFilter")
        for label, kinds in FILTERS:
            self.kind_filter.addItem(QCoreApplication.translate("HistoryPane", label), kinds)
        self.kind_filter.setAccessibleName(self.tr("Show in the history"))
        self.kind_filter.currentIndexChanged.connect(lambda _index: self._apply_filter())

        self.edit_button = QPushButton(self.tr("&Edit customer"), page)
        self.edit_button.setObjectName("editCustomer")
        self.complaint_button = QPushButton(self.tr("New &complaint"), page)
        self.complaint_button.setObjectName("newComplaint")

        inner = QVBoxLayout(page)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.name_label)
        inner.addWidget(self.contact_label)
        inner.addWidget(self.stats_label)
        inner.addWidget(self.banner)
        heading = QHBoxLayout()
        heading.addWidget(timeline_label)
        heading.addStretch(1)
        heading.addWidget(self.kind_filter)
        inner.addLayout(heading)
        inner.addWidget(self.timeline, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.complaint_button)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.welcome.demo_button.clicked.connect(self.sig_load_demo_requested)
        self.welcome.first_button.clicked.connect(self.sig_first_customer_requested)
        self.edit_button.clicked.connect(self._request_edit)
        self.complaint_button.clicked.connect(self._request_complaint)
        self.timeline.currentItemChanged.connect(self._on_item_changed)
        self.timeline.itemActivated.connect(lambda item, _col: self._on_item_activated(item))
        bus.data_changed.connect(self._on_data_changed)

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    def set_idle_page(self, widget: QWidget) -> None:
        """What the pane shows when no customer is open (the Today queue), in place of the plain hint."""
        self.stack.removeWidget(self.hint)
        self.hint.deleteLater()
        self.stack.insertWidget(self.PAGE_HINT, widget)
        self.hint = widget

    def show_welcome(self, empty_database: bool) -> None:
        if self._customer_id is None:
            self.stack.setCurrentIndex(self.PAGE_WELCOME if empty_database else self.PAGE_HINT)

    def show_customer(self, customer_id: int | None) -> None:
        self._customer_id = customer_id
        if customer_id is None:
            self.stack.setCurrentIndex(self.PAGE_HINT)
            return
        try:
            history = customers.customer_history(customer_id)
        except NotFound as exc:
            self._customer_id = None
            self.stack.setCurrentIndex(self.PAGE_HINT)
            self._bus.message_posted.emit(exc.message)
            return
        c = history.customer
        self.name_label.setText(c.name)
        address = ", ".join(p for p in (c.address_line1, c.address_line2, c.postcode, c.city) if p)
        contact = " · ".join(p for p in (c.phone, c.email, address) if p)
        self.contact_label.setText(contact or self.tr("No contact details yet."))
        stats = self.tr("%n visit(s)", "", history.visit_count)
        currency = settings.load().currency  # money in the business's currency, not the PC's
        standing = remedy_offers.customer_standing(customer_id)
        stats = QCoreApplication.translate("HistoryPane", TIER_WORDS.get(standing.tier, standing.tier)) + " · " + stats
        stats += " · " + self.tr("lifetime spend {amount}").format(amount=money(history.lifetime_cents, currency))
        stats += " · " + self.tr("%n visit(s), {amount} in 24 months", "", standing.visits_24_months).format(
            amount=money(standing.spend_24_months_cents, currency))
        last_visit = next((e.when for e in history.entries if e.kind == "visit"), None)
        if last_visit is not None:
            stats += " · " + self.tr("last visit {date}").format(date=local_date(last_visit.date()))
        if standing.concessions.count:
            stats += " · " + self.tr("%n concession(s) in 12 months", "", standing.concessions.count)
        if history.complaint_count:
            stats += " · " + self.tr("%n complaint(s)", "", history.complaint_count)
            if history.open_complaints:
                stats += " " + self.tr("(%n open)", "", history.open_complaints)
        self.stats_label.setText(stats)
        if standing.concessions.banner:
            self.banner.setText(concession_sentence(c.name, standing.concessions, currency))
        self.banner.setVisible(standing.concessions.banner)
        self.timeline.clear()
        lines: list[tuple[SortKey, QTreeWidgetItem]] = []
        for entry in history.entries:
            if entry.kind == "visit":
                what = entry.title
                if entry.over_estimate:
                    what += " " + self.tr("(over the estimate of {amount})").format(
                        amount=money(entry.estimate_cents, currency))
                cells = [local_date(entry.when.date()), what, money(entry.amount_cents, currency)]
            else:
                category = QCoreApplication.translate("CORE", CATEGORY_LABELS.get(entry.category, entry.category))
                status = STATUS_LABELS.get(entry.status, "")
                cells = [local_date(entry.when),
                         self.tr("Complaint: {title} — {category}").format(title=entry.title, category=category),
                         QCoreApplication.translate("CORE", status) if status else ""]
            item = self._item(cells, entry.kind, entry.id, entry.id if entry.kind == "complaint" else None)
            if entry.kind == "complaint":
                font = item.font(1)
                font.setBold(True)
                for column in range(3):
                    item.setFont(column, font)
            lines.append(((entry.when, 1, entry.when), item))
        received = {e.id: e.when for e in history.entries if e.kind == "complaint"}
        lines += self._resolution_lines(customer_id, received)
        # newest first; a complaint's steps, remedies, promises, vouchers and letters follow it, newest first
        lines.sort(key=lambda line: line[0], reverse=True)
        self.timeline.addTopLevelItems([item for _when, item in lines])
        self._apply_filter()
        self.stack.setCurrentIndex(self.PAGE_HISTORY)

    def _item(self, cells: list[str], kind: str, entry_id: int, complaint_id: int | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(cells)
        item.setToolTip(1, cells[1])
        item.setData(0, self.KIND_ROLE, kind)
        item.setData(0, self.ID_ROLE, entry_id)
        item.setData(0, self.COMPLAINT_ROLE, complaint_id)
        return item

    def _resolution_lines(self, customer_id: int,
                          received: dict[int, dt.datetime]) -> list[tuple[SortKey, QTreeWidgetItem]]:
        """Each step, remedy, promise, voucher and letter of the customer's complaints, as lines of the timeline,
        each placed under its complaint."""
        lines: list[tuple[SortKey, QTreeWidgetItem]] = []

        def under(complaint_id: int | None, when: dt.datetime) -> SortKey:
            parent = received.get(complaint_id) if complaint_id is not None else None
            return (parent, 0, when) if parent is not None else (when, 1, when)

        for entry in resolution.timeline_entries(customer_id):
            label = {"step": self.tr("Step"), "remedy": self.tr("Remedy"), "promise": self.tr("Promise")}
            cells = [local_date(entry.when),
                     self.tr("  {kind}: {title}").format(kind=label.get(entry.kind, entry.kind), title=entry.title), ""]
            lines.append((under(entry.complaint_id, entry.when),
                          self._item(cells, entry.kind, entry.id, entry.complaint_id)))
        for voucher in vouchers.vouchers_for_customer(customer_id):
            state = (self.tr("redeemed") if voucher.redeemed_at else self.tr("void") if voucher.voided_at
                     else self.tr("until {date}").format(date=local_date(voucher.expires_at)))
            cells = [local_date(voucher.issued_at),
                     self.tr("  Voucher {code} — {value}").format(code=voucher.code,
                                                                  value=voucher_value(voucher)), state]
            lines.append((under(voucher.complaint_id, voucher.issued_at),
                          self._item(cells, "voucher", voucher.id, voucher.complaint_id)))
        for complaint_id in received:
            for letter in letters.letters_for(complaint_id):
                cells = [local_date(letter.created_at),
                         self.tr("  Letter: {title}, by {staff} (Enter to reprint)").format(
                             title=letter.title, staff=letter.staff_name), ""]
                lines.append((under(complaint_id, letter.created_at),
                              self._item(cells, "letter", letter.id, complaint_id)))
        return lines

    def _apply_filter(self) -> None:
        kinds = self.kind_filter.currentData()
        for number in range(self.timeline.topLevelItemCount()):
            item = self.timeline.topLevelItem(number)
            if item is not None:
                item.setHidden(bool(kinds) and item.data(0, self.KIND_ROLE) not in kinds)

    def complaint_rows(self) -> list[int]:
        """Ids of the complaints in the timeline, top to bottom."""
        ids = []
        for number in range(self.timeline.topLevelItemCount()):
            item = self.timeline.topLevelItem(number)
            if item is not None and item.data(0, self.KIND_ROLE) == "complaint":
                ids.append(int(item.data(0, self.ID_ROLE)))
        return ids

    def _on_item_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is not None and item.data(0, self.COMPLAINT_ROLE) is not None:
            self.sig_complaint_selected.emit(int(item.data(0, self.COMPLAINT_ROLE)))

    def _on_item_activated(self, item: QTreeWidgetItem) -> None:
        if item.data(0, self.KIND_ROLE) == "letter":
            self.sig_letter_requested.emit(int(item.data(0, self.ID_ROLE)))
        else:
            self._on_item_changed(item, None)

    def _request_edit(self) -> None:
        if self._customer_id is not None:
            self.sig_edit_customer_requested.emit(self._customer_id)

    def _request_complaint(self) -> None:
        if self._customer_id is not None:
            self.sig_new_complaint_requested.emit(self._customer_id)

    def _on_data_changed(self, kinds: set[str]) -> None:
        if self._customer_id is not None and kinds & {"customers", "complaints", "visits", "remedies", "promises",
                                                      "vouchers", "letters", "steps"}:
            self.show_customer(self._customer_id)
