"""The owner's monthly report PDF from plain values: names in any script, every font embedded, paper size from
the settings, and an empty month that says so in every section instead of drawing an empty chart."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from reports.data import Letterhead
from reports.monthly import render_monthly_report
from reports.monthly_data import DurationFigures, MonthlyReportData, RateRow
from tests.reports.pdfcheck import flat, fonts, page_sizes, pages_text, render_png

HEAD = Letterhead(name="Warsztat Łódź — Ωμέγα", address_lines=("ul. Żółta 7", "90-001 Łódź"), paper_size="A4")


def _data(**changes: object) -> MonthlyReportData:
    values: dict[str, object] = dict(
        letterhead=HEAD, month="2026-11", month_label="November 2026",
        period_label="1 November 2026 to 30 November 2026", complaints=7, open_complaints=2,
        alerts=("Product failed too soon: 9 complaints in 4 weeks, 3× usual — mostly 'Klocki hamulcowe'",),
        weeks=("2026-W44", "2026-W45"), categories=("Product failed too soon", "Billing error"),
        weekly=((3, 2), (1, 1)),
        first_contact=DurationFigures("hours", 6, 2.5, 7.25, 4.0, 5, 1),
        resolution=DurationFigures("days", 5, 3.0, 9.5, 5.0, 3, 2),
        satisfaction=(0, 1, 0, 2, 3), satisfaction_average=4.17, promises_due=8, promises_kept=6,
        remedy_cents=12_050, remedy_text="£120.50", revenue_cents=1_000_000, revenue_text="£10,000.00",
        complainants=4, came_back=3, too_recent=1, vouchers_issued=2, vouchers_redeemed=1,
        top_services=(RateRow("Замена масла", 3, 20), RateRow("Έλεγχος φρένων", 1, 25)),
        top_staff=(RateRow("Paweł Żak", 2, 40),),
        root_causes=(("Supplier / parts", 4), ("Not recorded", 3)),
    )
    values.update(changes)
    return MonthlyReportData(**values)  # type: ignore[arg-type]


EMPTY = _data(complaints=0, open_complaints=0, alerts=(), categories=(), weekly=(),
              first_contact=DurationFigures("hours", 0, None, None, 4.0, 0, 0),
              resolution=DurationFigures("days", 0, None, None, 5.0, 0, 0), satisfaction=(0, 0, 0, 0, 0),
              satisfaction_average=None, promises_due=0, promises_kept=0, remedy_cents=0, remedy_text="£0.00",
              revenue_cents=0, revenue_text="£0.00", complainants=0, came_back=0, too_recent=0, vouchers_issued=0,
              vouchers_redeemed=0, top_services=(), top_staff=(), root_causes=())


def test_names_in_any_script_and_the_numbers_behind_the_charts() -> None:
    pdf = render_monthly_report(_data())
    words = flat(" ".join(pages_text(pdf)))
    for expected in ("Warsztat Łódź — Ωμέγα", "Owner's monthly report", "November 2026", "mostly 'Klocki hamulcowe'",
                     "Замена масла 3 20 15", "Έλεγχος φρένων 1 25 4", "Paweł Żak 2 40 5",
                     "Product failed too soon 3 2 5", "All 4 3 7", "Within target 5 (83 %)", "Kept-rate 75 %",
                     "£120.50", "Remedies as a share of revenue 1.2 %", "Came back within 90 days 3 (75 %)",
                     "Supplier / parts 4 57 %", "Average 4.17 6 scored"):
        assert expected in words
    assert "Nothing to report" not in words
    assert fonts(pdf) and all(fonts(pdf).values()), fonts(pdf)  # every font embedded, none of the standard 14


def test_long_root_causes_and_many_categories_fit(tmp_path: Path) -> None:
    causes = (("Customer expectation (no fault found)", 5), ("Communication with the customer", 4),
              ("Estimate or pricing process", 3), ("Faulty parts or materials", 2), ("Not recorded", 1))
    categories = tuple(f"Kategoria {i} — Ζ Ж" for i in range(9))
    weeks = tuple(f"2026-W{w}" for w in range(44, 50))
    pdf = render_monthly_report(_data(root_causes=causes, categories=categories, weeks=weeks,
                                      weekly=tuple(tuple((i + w) % 4 for w in range(6)) for i in range(9))))
    words = flat(" ".join(pages_text(pdf)))
    assert all(f"{label} {n}" in words for label, n in causes)
    assert "Kategoria 8 — Ζ Ж" in words and all(fonts(pdf).values())


def test_letter_paper_from_the_settings() -> None:
    pdf = render_monthly_report(_data(letterhead=Letterhead(name="Riverside Garage", paper_size="Letter")))
    assert set(page_sizes(pdf)) == {(612, 792)}
    assert set(page_sizes(render_monthly_report(_data()))) == {(595, 842)}


def test_an_empty_month_says_so_in_every_section() -> None:
    pdf = render_monthly_report(EMPTY)
    words = flat(" ".join(pages_text(pdf)))
    assert "No complaints were received this month." in words
    assert words.count("Nothing to report this month:") == 11  # alerts and the ten figure sections
    assert all(fonts(pdf).values())


def test_the_same_month_gives_the_same_bytes() -> None:
    assert render_monthly_report(_data()) == render_monthly_report(_data())


def test_the_chart_page_draws(tmp_path: Path) -> None:
    png = render_png(render_monthly_report(_data()), tmp_path, page=1, dpi=40)
    colours = Image.open(png).convert("RGB").getcolors(1_000_000) or []
    blue = sum(n for n, (r, g, b) in colours if b > 150 and r < 80)  # the stacked bars' first category
    assert blue > 50
