"""Letters, vouchers and case files as PDF bytes (ReportLab Platypus), in the bundled DejaVu Sans.

Every page carries the letterhead; a letter that runs on says on each further page whose letter it is and which
page. Long addresses, texts and merge values wrap (and long words split) instead of running off the page. The
output is deterministic (``invariant``: no creation time, no random document id), so printing the same letter
again gives the same bytes.

Import this module lazily: ReportLab and the fonts cost tens of milliseconds that the desk's start-up does not
need to pay.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reports.data import CaseFileData, LetterData, Letterhead, VoucherData, short_time
from reports.wording import case_file_wording, long_date, wording

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN = 20 * mm
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#666666")

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class Cancelled(Exception):
    """The person cancelled a batch; no document was made."""


def register_fonts() -> None:
    """Register the bundled DejaVu Sans (regular and bold) once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def text(value: str) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept."""
    return escape(value).replace("\r\n", "\n").replace("\n", "<br/>")


@dataclass
class _Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    bold: ParagraphStyle
    right: ParagraphStyle
    heading: ParagraphStyle
    big: ParagraphStyle
    code: ParagraphStyle
    centre: ParagraphStyle


def _styles() -> _Styles:
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14.5, textColor=INK, spaceAfter=8)
    return _Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=0, textColor=GREY),
        bold=ParagraphStyle("bold", parent=body, fontName=FONT_BOLD),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        heading=ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=12, leading=16, spaceBefore=6),
        big=ParagraphStyle("big", parent=body, fontName=FONT_BOLD, fontSize=26, leading=32, alignment=TA_CENTER),
        code=ParagraphStyle("code", parent=body, fontName=FONT_BOLD, fontSize=20, leading=26, alignment=TA_CENTER),
        centre=ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
    )


# ---------------------------------------------------------------------------------------------- pages


@dataclass
class _PageState:
    """Which letter the pages now belong to (a batch holds many), so a further page can say so."""

    label: str = ""
    first_page: int = 1
    done: int = 0
    total: int = 0
    progress: Progress | None = None
    language: str = "en"  # of the letter the pages now belong to: "page 2" / "strona 2"


class _LetterStarts(Flowable):
    """Zero-size marker placed just before the page break that starts a letter: the pages from the next one on
    belong to that letter. It also reports the batch's progress (and stops it when cancelled)."""

    def __init__(self, state: _PageState, label: str, starts_next_page: bool, language: str = "en") -> None:
        super().__init__()
        self._state, self._label, self._next, self._language = state, label, starts_next_page, language

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        state = self._state
        if state.progress is not None and state.done and not state.progress(state.done, state.total):
            raise Cancelled
        state.label = self._label
        state.language = self._language
        state.first_page = self.canv.getPageNumber() + (1 if self._next else 0)
        state.done += 1


class _Letterhead:
    """Draws the business's letterhead at the top of every page and the page's own line at the bottom."""

    def __init__(self, head: Letterhead, styles: _Styles, state: _PageState) -> None:
        self.page_width, self.page_height = PAGE_SIZES.get(head.paper_size, A4)
        width = self.page_width - 2 * MARGIN
        name_style = ParagraphStyle("head", parent=styles.body, fontName=FONT_BOLD, fontSize=15, leading=19,
                                    spaceAfter=0)
        self._name = Paragraph(text(head.name), name_style)
        contact = [*head.address_lines, *(x for x in (head.phone, head.email) if x)]
        self._contact = Paragraph(" · ".join(text(line) for line in contact if line.strip()), styles.small)
        self._cont_style = styles.small
        self._state = state
        name_height = self._name.wrap(width, self.page_height)[1]
        contact_height = self._contact.wrap(width, self.page_height)[1] if contact else 0
        self.height = float(name_height + contact_height + 4 * mm)  # the rule below it and some air
        self._name_height = name_height
        self._width = width

    def top_margin(self) -> float:
        # letterhead, then one line for "continued" on later pages, then the text
        return float(MARGIN * 0.75 + self.height + 8 * mm)

    def __call__(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        top = self.page_height - MARGIN * 0.75
        self._name.drawOn(canvas, MARGIN, top - self._name_height)
        contact_height = self._contact.wrap(self._width, self.page_height)[1]
        self._contact.drawOn(canvas, MARGIN, top - self._name_height - contact_height)
        rule = top - self.height + 1.5 * mm
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, rule, self.page_width - MARGIN, rule)
        page = canvas.getPageNumber()
        state = self._state
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        in_letter = page - state.first_page + 1
        if in_letter > 1:
            continued = Paragraph(text(wording(state.language).continued.format(label=state.label, page=in_letter)),
                                  self._cont_style)
            height = continued.wrap(self._width, 20 * mm)[1]
            continued.drawOn(canvas, MARGIN, rule - 2 * mm - height)
        footer = wording(state.language).page.format(page=in_letter if state.label else page)
        canvas.drawRightString(self.page_width - MARGIN, MARGIN / 2, footer)
        canvas.restoreState()


def _build(head: Letterhead, story: list[Flowable], state: _PageState, title: str) -> bytes:
    register_fonts()
    styles = _styles()
    letterhead = _Letterhead(head, styles, state)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(letterhead.page_width, letterhead.page_height),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=letterhead.top_margin(),
        bottomMargin=MARGIN,
        title=title,
        author=head.name,
        creator="Makegood",
        producer="Makegood",
        invariant=1,  # no creation date, a fixed document id: the same letter gives the same bytes
        initialFontName=FONT,  # no page refers to an unembedded standard font
        initialFontSize=10,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="text", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=letterhead)])
    doc.build(story)
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------- letters


def _letter_story(letter: LetterData, styles: _Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    address: list[Flowable] = []
    if letter.recipient is not None:
        address.append(Paragraph(text(letter.recipient.name), styles.bold))
        for line in letter.recipient.lines:
            if line.strip():
                address.append(Paragraph(text(line), ParagraphStyle("addr", parent=styles.body, spaceAfter=0)))
        address.append(Spacer(1, 6 * mm))
    story.extend(address)
    words = wording(letter.language)
    story.append(Paragraph(text(long_date(letter.date, letter.language)), styles.right))
    if letter.reference:
        story.append(Paragraph(text(letter.reference), ParagraphStyle("ref", parent=styles.small,
                                                                      alignment=TA_RIGHT, spaceAfter=8)))
    if letter.subject:
        story.append(Paragraph(text(letter.subject), styles.heading))
    for paragraph in letter.body.replace("\r\n", "\n").split("\n\n"):
        if paragraph.strip():
            story.append(Paragraph(text(paragraph.strip("\n")), styles.body))
    closing = [Spacer(1, 4 * mm), Paragraph(text(words.yours_sincerely), styles.body), Spacer(1, 10 * mm),
               Paragraph(text(letter.signer_name), ParagraphStyle("sig", parent=styles.bold, spaceAfter=0))]
    if letter.signature:
        closing.append(Paragraph(text(letter.signature), styles.body))
    story.append(KeepTogether(closing))
    if letter.voucher is not None:
        voucher = letter.voucher
        story.append(Spacer(1, 6 * mm))
        story.append(Paragraph(text(words.enclosed.format(
            code=voucher.code, value=voucher.value_text, expiry=long_date(voucher.expires_on, voucher.language))),
            styles.body))
        story.append(PageBreak())
        story.extend(_voucher_story(voucher, styles, width))
    return story


def _label(letter: LetterData) -> str:
    who = letter.recipient.name if letter.recipient is not None else letter.subject
    return wording(letter.language).letter_to.format(who=who, date=long_date(letter.date, letter.language))


def render_letter(letter: LetterData) -> bytes:
    """One letter (and the voucher it encloses, on its own page) as PDF bytes."""
    return render_letters([letter])


def render_letters(letters: Sequence[LetterData], progress: Progress | None = None) -> bytes:
    """Many letters in one PDF, each starting on a new page. ``progress(done, total)`` is told as each letter is
    laid out; when it returns False the batch stops with ``Cancelled``."""
    if not letters:
        raise ValueError("no letters to print")
    register_fonts()
    styles = _styles()
    head = letters[0].letterhead
    width = PAGE_SIZES.get(head.paper_size, A4)[0] - 2 * MARGIN
    state = _PageState(label=_label(letters[0]), total=len(letters), progress=progress, language=letters[0].language)
    story: list[Flowable] = [_LetterStarts(state, _label(letters[0]), starts_next_page=False,
                                           language=letters[0].language)]
    for index, letter in enumerate(letters):
        if index:
            story.append(_LetterStarts(state, _label(letter), starts_next_page=True, language=letter.language))
            story.append(PageBreak())
        story.extend(_letter_story(letter, styles, width))
    story.append(_Finished(state))
    title = letters[0].subject if len(letters) == 1 else wording(letters[0].language).letters.format(
        count=len(letters))
    return _build(head, story, state, title)


class _Finished(Flowable):
    def __init__(self, state: _PageState) -> None:
        super().__init__()
        self._state = state

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        state = self._state
        if state.progress is not None and not state.progress(state.done, state.total):
            raise Cancelled


# ---------------------------------------------------------------------------------------------- vouchers


def _qr(value: str, size: float) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0],
                      initialFontName=FONT)  # not Helvetica: every font in the file is embedded
    drawing.add(widget)
    return drawing


def _voucher_story(voucher: VoucherData, styles: _Styles, width: float) -> list[Flowable]:
    inner = width - 12 * mm
    words = wording(voucher.language)
    title = ParagraphStyle("vtitle", parent=styles.centre, fontSize=13, leading=17, textColor=GREY)
    rows: list[list[Any]] = [
        [Paragraph(text(words.voucher_from.format(business=voucher.letterhead.name)), title)],
        [Paragraph(text(voucher.value_text), styles.big)],
        [Paragraph(text(words.voucher_for.format(name=voucher.customer_name)),
                   ParagraphStyle("for", parent=styles.centre, fontSize=13, leading=17))],
        [_qr(voucher.code, 42 * mm)],
        [Code128(voucher.code, barWidth=0.5 * mm, barHeight=16 * mm, humanReadable=False, quiet=True,
                 fontName=FONT)],
        [Paragraph(text(voucher.code), styles.code)],
        [Paragraph(text(words.valid_until.format(expiry=long_date(voucher.expires_on, voucher.language),
                                                 issued=long_date(voucher.issued_on, voucher.language))),
                   styles.centre)],
        [Paragraph(text(voucher.terms), ParagraphStyle("terms", parent=styles.small, alignment=TA_CENTER))],
    ]
    table = Table(rows, colWidths=[inner])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # the cell's own font, even where a flowable fills it
        ("BOX", (0, 0), (-1, -1), 1.2, INK, None, (4, 3)),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, 0), 14),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 14),
    ]))
    return [Spacer(1, 4 * mm), table]


def render_voucher(voucher: VoucherData) -> bytes:
    """The voucher page: value, the customer, the code as text, a QR code and a Code128 barcode, expiry, terms."""
    register_fonts()
    styles = _styles()
    width = PAGE_SIZES.get(voucher.letterhead.paper_size, A4)[0] - 2 * MARGIN
    return _build(voucher.letterhead, _voucher_story(voucher, styles, width), _PageState(language=voucher.language),
                  wording(voucher.language).voucher_title.format(code=voucher.code))


# ---------------------------------------------------------------------------------------------- case file


def render_case_file(case: CaseFileData) -> bytes:
    """A complaint's full record: the facts, the customer's own words, each step with its time and staff member,
    the remedies, promises, vouchers and letters."""
    register_fonts()
    styles = _styles()
    width = PAGE_SIZES.get(case.letterhead.paper_size, A4)[0] - 2 * MARGIN
    cell = ParagraphStyle("cell", parent=styles.body, fontSize=9, leading=12, spaceAfter=0)
    cell_bold = ParagraphStyle("cellb", parent=cell, fontName=FONT_BOLD)
    words = case_file_wording(case.language)
    state = _PageState(label=words.label.format(reference=case.reference, customer=case.customer.name),
                       language=case.language)
    story: list[Flowable] = [
        Paragraph(text(words.title.format(reference=case.reference)),
                  ParagraphStyle("t", parent=styles.heading, fontSize=15, leading=19)),
        Paragraph(text(words.printed.format(date=long_date(case.printed_on, case.language))), styles.small),
        Spacer(1, 4 * mm),
        Paragraph(text(case.customer.name), styles.bold),
        *[Paragraph(text(line), ParagraphStyle("a", parent=styles.body, spaceAfter=0))
          for line in case.customer.lines if line.strip()],
        Spacer(1, 4 * mm),
    ]
    facts = Table([[Paragraph(text(label), cell_bold), Paragraph(text(value), cell)] for label, value in case.facts],
                  colWidths=[45 * mm, width - 45 * mm])
    facts.setStyle(_grid())
    story.append(facts)
    for heading, body in ((words.customer_said, case.customer_words), (words.fair, case.desired_outcome)):
        story.append(CondPageBreak(30 * mm))
        story.append(Paragraph(text(heading), styles.heading))
        for paragraph in (body or "—").replace("\r\n", "\n").split("\n\n"):
            story.append(Paragraph(text(paragraph), styles.body))
    if case.steps:
        story.append(CondPageBreak(30 * mm))
        story.append(Paragraph(text(words.steps), styles.heading))
        header = [Paragraph(text(h), cell_bold) for h in words.step_columns]
        body_rows = [[Paragraph(text(short_time(step.at, case.language)), cell), Paragraph(text(step.what), cell),
                      Paragraph(text(step.staff_name), cell), Paragraph(text(step.note), cell)]
                     for step in case.steps]
        steps = Table([header, *body_rows], colWidths=[32 * mm, 32 * mm, 34 * mm, width - 98 * mm], repeatRows=1)
        steps.setStyle(_grid())
        story.append(steps)
    for heading, items in ((words.remedies, case.remedies), (words.promises, case.promises),
                           (words.vouchers, case.vouchers), (words.letters, case.letters)):
        if items:
            story.append(CondPageBreak(25 * mm))
            story.append(Paragraph(text(heading), styles.heading))
            story.extend(Paragraph(text("• " + item), styles.body) for item in items)
    return _build(case.letterhead, story, state, words.document_title.format(reference=case.reference))


def _grid() -> TableStyle:
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.4, GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ])


__all__ = ["Cancelled", "long_date", "register_fonts", "render_case_file", "render_letter",
           "render_letters", "render_voucher"]
