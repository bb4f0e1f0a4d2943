"""The documents as the customer reads them: names in every script, merged values, pages, fonts and barcodes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reports import pdf
from reports.data import Address, CaseFileData, CaseStep, LetterData, Letterhead, VoucherData
from tests.reports.pdfcheck import barcodes, flat, fonts, page_sizes, pages_text, render_png

HEAD = Letterhead("Riverside Garage", ("12 Mill Lane", "Bristol BS1 4AA"), "0117 496 0000", "desk@example.com")
NAMES = ["Łucja Żółć", "Ольга Иванова", "Ελένη Παπαδοπούλου", "Nguyễn Thị Hương"]


def _voucher(head: Letterhead = HEAD, name: str = "Ольга Иванова") -> VoucherData:
    return VoucherData(head, "MG-7K3Q-9F2D", "15 % off", name, dt.date(2026, 12, 2), dt.date(2027, 5, 31),
                       "One use only. Not exchangeable for cash.")


def _letter(name: str, body: str = "", **changes: object) -> LetterData:
    values: dict[str, object] = dict(
        letterhead=HEAD, date=dt.date(2026, 12, 2),
        recipient=Address(name, ("Flat 3", "12 Mill Lane", "BS1 4AA Bristol")),
        subject="Your complaint about the brakes",
        body=body or f"Dear {name},\n\nThank you for telling us about the rattle.\n\nWe will put it right.",
        signer_name="Helen Carter", signature="Service manager", reference="Our reference: complaint 42")
    values.update(changes)
    return LetterData(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", NAMES)
def test_names_in_every_script_print_as_text(name: str) -> None:
    text = flat(pages_text(pdf.render_letter(_letter(name)))[0])
    assert text.count(name) == 2  # the address block and "Dear …"
    assert "2 December 2026" in text and "Helen Carter" in text and "Riverside Garage" in text


def test_every_font_is_embedded_in_every_document() -> None:
    documents = [
        pdf.render_letter(_letter(NAMES[1], voucher=_voucher())),
        pdf.render_voucher(_voucher()),
        pdf.render_case_file(_case("x")),
    ]
    for document in documents:
        used = fonts(document)
        assert used and all(used.values()), used
        assert all("DejaVuSans" in name for name in used)


def test_a_long_letter_flows_to_a_second_page_with_the_letterhead_on_both() -> None:
    words = " ".join(f"word{n}" for n in range(600))
    document = pdf.render_letter(_letter(NAMES[0], body=f"Dear {NAMES[0]},\n\n{words}\n\nThe last paragraph."))
    pages = [flat(t) for t in pages_text(document)]
    assert len(pages) == 2
    assert all("Riverside Garage" in page for page in pages)
    assert "continued, page 2" in pages[1] and NAMES[0] in pages[1]
    assert "word0" in pages[0] and "word599" in pages[1] and "The last paragraph." in pages[1]
    assert "Helen Carter" in pages[1]


def test_long_address_and_an_unbroken_merge_value_wrap_inside_the_page() -> None:
    street = "Flat 3b, The Old Cornmill Buildings, " * 6
    unbroken = "X" * 400  # a pasted reference with no spaces
    letter = _letter(NAMES[2], body=f"Dear {NAMES[2]},\n\nReference {unbroken} end.",
                     recipient=Address(NAMES[2], (street, "BS1 4AA")))
    text = "".join(pages_text(pdf.render_letter(letter))).replace("\n", "")
    assert unbroken in text  # split across lines, none of it lost off the edge
    assert "BS1 4AA" in text


def test_a4_and_us_letter() -> None:
    a4 = pdf.render_letter(_letter(NAMES[0]))
    letter = pdf.render_letter(_letter(NAMES[0], letterhead=Letterhead("Riverside Garage", ("1 Main St",),
                                                                       paper_size="Letter")))
    assert page_sizes(a4) == [(595, 842)]
    assert page_sizes(letter) == [(612, 792)]


def test_the_same_letter_twice_is_the_same_bytes() -> None:
    assert pdf.render_letter(_letter(NAMES[1])) == pdf.render_letter(_letter(NAMES[1]))


def test_a_letter_without_the_address_block() -> None:
    text = flat(pages_text(pdf.render_letter(_letter(NAMES[3], recipient=None)))[0])
    assert text.count(NAMES[3]) == 1 and "Flat 3" not in text


def test_a_letter_encloses_its_voucher_on_its_own_page() -> None:
    pages = [flat(t) for t in pages_text(pdf.render_letter(_letter(NAMES[1], voucher=_voucher())))]
    assert len(pages) == 2
    assert "Enclosed: voucher MG-7K3Q-9F2D" in pages[0]
    assert "MG-7K3Q-9F2D" in pages[1] and "15 % off" in pages[1] and "for Ольга Иванова" in pages[1]


def test_voucher_page_scans_as_its_code(tmp_path: Path) -> None:
    document = pdf.render_voucher(_voucher(name="Ελένη Παπαδοπούλου"))
    text = flat(pages_text(document)[0])
    for expected in ("MG-7K3Q-9F2D", "15 % off", "Ελένη Παπαδοπούλου", "Riverside Garage", "31 May 2027",
                     "Not exchangeable for cash"):
        assert expected in text
    assert barcodes(render_png(document, tmp_path)) == {"QRCODE": "MG-7K3Q-9F2D", "CODE128": "MG-7K3Q-9F2D"}


def test_batch_puts_each_letter_on_its_own_pages_and_reports_progress() -> None:
    seen: list[tuple[int, int]] = []
    document = pdf.render_letters([_letter(name) for name in NAMES],
                                  progress=lambda done, total: seen.append((done, total)) is None)
    pages = [flat(t) for t in pages_text(document)]
    assert len(pages) == len(NAMES)
    for name, page in zip(NAMES, pages, strict=True):
        assert page.count(name) == 2 and "continued" not in page
    assert seen[-1] == (4, 4) and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_batch_cancel_stops_without_a_document() -> None:
    with pytest.raises(pdf.Cancelled):
        pdf.render_letters([_letter(name) for name in NAMES], progress=lambda done, total: done < 2)


def _case(words: str) -> CaseFileData:
    at = dt.datetime(2026, 11, 30, 9, 15, tzinfo=dt.UTC)
    return CaseFileData(
        letterhead=HEAD, printed_on=dt.date(2026, 12, 2), reference="complaint 42",
        customer=Address("Łucja Żółć", ("12 Mill Lane", "BS1 4AA Bristol")),
        facts=(("Received", "30 Nov 2026 by phone"), ("Category", "Late / missed deadline"), ("Status", "Resolved")),
        customer_words=words, desired_outcome="Pay for the taxi.",
        steps=(CaseStep(at, "Listen", "Priya Shah", "She was upset about the taxi."),
               CaseStep(at + dt.timedelta(hours=2), "Apologize", "Ольга Иванова", "")),
        remedies=("Voucher: 15 % off (given)",), promises=("Call back by 5 pm — kept",),
        vouchers=("MG-7K3Q-9F2D, 15 % off",), letters=("Apology letter, 30 Nov 2026",),
    )


def test_case_file_has_the_whole_record() -> None:
    words = "You promised it for 5 o'clock. " * 200
    pages = [flat(t) for t in pages_text(pdf.render_case_file(_case(words)))]
    assert len(pages) >= 2
    whole = " ".join(pages)
    for expected in ("Case file — complaint 42", "Łucja Żółć", "What the customer said", "Priya Shah",
                     "Ольга Иванова", "Listen", "Apologize", "Voucher: 15 % off (given)", "Call back by 5 pm",
                     "Pay for the taxi.", "Apology letter"):
        assert expected in whole
    assert all("Riverside Garage" in page for page in pages)
