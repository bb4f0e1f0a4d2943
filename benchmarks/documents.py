"""Letters and vouchers beside raw ReportLab drawing the same page in the same run.

python -m benchmarks.documents [--letters N]   (also part of python -m benchmarks)
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

DAY = dt.date(2026, 12, 2)
NAMES = ["Łucja Żółć", "Ольга Иванова", "Ελένη Παπαδοπούλου", "Nguyễn Thị Hương", "Jürgen Müller", "Amelia Taylor"]


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def _letter(name: str) -> object:
    from reports.data import Address, LetterData, Letterhead
    from reports.templates import DEFAULT_TEMPLATES, merge

    body = merge(DEFAULT_TEMPLATES["apology"], {
        "customer_name": name, "complaint_summary": "brakes squealing again", "business_name": "Riverside Garage",
        "agreement": "We will fit new pads free of charge on Friday."})
    return LetterData(letterhead=Letterhead("Riverside Garage", ("12 Mill Lane", "Bristol BS1 4AA"), "0117 496 0000",
                                            "desk@example.com"),
                      date=DAY, recipient=Address(name, ("7 Church Lane", "BS8 1AB Bristol")),
                      subject="Your complaint: brakes squealing again", body=body, signer_name="Helen Carter",
                      signature="Service manager", reference="Our reference: complaint 42")


def _raw_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from reports.pdf import FONT_DIR

    if "RawSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("RawSans", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("RawSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))


def raw_letters(names: list[str]) -> bytes:
    """The same letter layout written directly with Platypus: the baseline."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    _raw_fonts()
    body = ParagraphStyle("b", fontName="RawSans", fontSize=10.5, leading=14.5, spaceAfter=8)
    bold = ParagraphStyle("bb", parent=body, fontName="RawSans-Bold")
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT)

    def head(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("RawSans-Bold", 15)  # type: ignore[attr-defined]
        canvas.drawString(20 * mm, 270 * mm, "Riverside Garage")  # type: ignore[attr-defined]
        canvas.setFont("RawSans", 8.5)  # type: ignore[attr-defined]
        canvas.drawString(20 * mm, 265 * mm, "12 Mill Lane · Bristol BS1 4AA · 0117 496 0000")  # type: ignore
        canvas.line(20 * mm, 262 * mm, 190 * mm, 262 * mm)  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    story: list[object] = []
    for index, name in enumerate(names):
        if index:
            story.append(PageBreak())
        story += [Paragraph(name, bold), Paragraph("7 Church Lane", body), Paragraph("BS8 1AB Bristol", body),
                  Spacer(1, 6 * mm), Paragraph("2 December 2026", right),
                  Paragraph("Your complaint: brakes squealing again", bold), Paragraph(f"Dear {name},", body),
                  Paragraph("Thank you for telling us about brakes squealing again. We are sorry: you expected "
                            "better from Riverside Garage, and you were right to.", body),
                  Paragraph("We have looked into what happened and we will put it right. We will fit new pads free "
                            "of charge on Friday.", body),
                  Paragraph("If anything is still not as it should be, please call us and ask for me.", body),
                  Paragraph("Yours sincerely,", body), Spacer(1, 10 * mm), Paragraph("Helen Carter", bold),
                  Paragraph("Service manager", body)]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=45 * mm,
                            bottomMargin=20 * mm, invariant=1)
    doc.build(story, onFirstPage=head, onLaterPages=head)
    return buffer.getvalue()


def raw_voucher() -> bytes:
    """A voucher page drawn directly on a canvas: QR code, Code128 and TTF text."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    _raw_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, initialFontName="RawSans")
    canvas.setFont("RawSans-Bold", 26)
    canvas.drawCentredString(105 * mm, 240 * mm, "15 % off")
    canvas.setFont("RawSans", 13)
    canvas.drawCentredString(105 * mm, 230 * mm, "for Ольга Иванова")
    widget = QrCodeWidget("MG-7K3Q-9F2D", barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    size = 42 * mm
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, 84 * mm, 180 * mm)
    Code128("MG-7K3Q-9F2D", barWidth=0.5 * mm, barHeight=16 * mm, humanReadable=False).drawOn(canvas, 60 * mm,
                                                                                              155 * mm)
    canvas.setFont("RawSans-Bold", 20)
    canvas.drawCentredString(105 * mm, 145 * mm, "MG-7K3Q-9F2D")
    canvas.setFont("RawSans", 10)
    canvas.drawCentredString(105 * mm, 135 * mm, "Valid until 31 May 2027 · One use only. Not exchangeable for cash.")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _due_database(folder: Path, count: int) -> int:
    """A database with ``count`` follow-up letters due today; returns the staff id to print them as."""
    from models import settings
    from models.db import database, open_database
    from models.entities import Complaint, Customer, Promise
    from models.services import staff
    from models.textfold import search_fields

    open_database(folder / "letters.db")
    owner = staff.create_owner("Helen Carter", "1234")
    settings.save({"business_name": "Riverside Garage", "business_address": "12 Mill Lane\nBristol BS1 4AA"},
                  owner.id)
    due = dt.datetime.combine(dt.date.today(), dt.time(8)).astimezone()
    with database.atomic():
        for index in range(count):
            name = f"{NAMES[index % len(NAMES)]} {index}"
            search_text, sort_key = search_fields(name, "", "", "BS8 1AB", "Bristol")
            customer = Customer.create(name=name, address_line1=f"{index + 1} Church Lane", postcode="BS8 1AB",
                                       city="Bristol", search_text=search_text, sort_key=sort_key)
            complaint = Complaint.create(customer=customer.id, category="late", summary="Car not ready when promised",
                                         owner=owner.id, received_week="2026-W48")
            Promise.create(complaint=complaint.id, customer=customer.id, what="Ask if all is well",
                           kind="follow_up", due_at=due, owner=owner.id)
    return owner.id


def document_rows(letters: int = 1000, runs: int = 30) -> list[str]:
    """The documents' rows of the benchmark table."""
    from benchmarks.__main__ import _row
    from models.db import close_database
    from models.services import letters as letter_service
    from reports import pdf
    from reports.data import VoucherData

    letter = _letter("Ольга Иванова")
    voucher = VoucherData(letter.letterhead, "MG-7K3Q-9F2D", "15 % off", "Ольга Иванова",  # type: ignore[attr-defined]
                          DAY, dt.date(2027, 5, 31), "One use only. Not exchangeable for cash.")
    pdf.render_letter(letter)  # type: ignore[arg-type]
    raw_letters(["Ольга Иванова"])  # both warm: fonts parsed once per process
    one_app = _median_ms(lambda: pdf.render_letter(letter), runs)  # type: ignore[arg-type]
    one_raw = _median_ms(lambda: raw_letters(["Ольга Иванова"]), runs)
    voucher_app = _median_ms(lambda: pdf.render_voucher(voucher), runs)
    voucher_raw = _median_ms(raw_voucher, runs)
    names = [f"{NAMES[i % len(NAMES)]} {i}" for i in range(letters)]
    started = time.perf_counter()
    raw_letters(names)
    batch_raw = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        staff_id = _due_database(Path(folder), letters)
        ticks: list[float] = []

        def tick(done: int, total: int) -> bool:
            ticks.append(time.perf_counter())
            return True

        started = time.perf_counter()
        batch = letter_service.print_due_follow_ups(staff_id, progress=tick)
        batch_app = time.perf_counter() - started
        close_database()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)] or [0.0]
    return [
        _row("one apology letter, A4, TTF embedded (median)", one_app, one_raw, "ms", "≤ 1.5× raw ReportLab",
             one_app <= 1.5 * one_raw),
        _row(f"{batch.printed:,} due follow-up letters into one PDF, each also stored", batch_app, batch_raw, "s",
             "< 60 s", batch_app < 60),
        _row("voucher page: QR + Code128 + TTF text (median)", voucher_app, voucher_raw, "ms", "< 100 ms",
             voucher_app < 100),
        f"\nthe batch reported progress {len(ticks):,} times, at most {max(gaps) * 1000:.0f} ms apart (a window "
        "running it in the background repaints between reports); it lays out each letter twice: once alone, "
        "to store with its complaint, and once into the batch",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.documents", description=__doc__)
    parser.add_argument("--letters", type=int, default=1000, help="follow-up letters in the batch")
    args = parser.parse_args(argv)
    print("| work | Makegood | direct baseline | ratio | goal | met |")
    print("|---|---|---|---|---|---|")
    for row in document_rows(args.letters):
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
