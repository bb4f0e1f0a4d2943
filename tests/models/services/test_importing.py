"""Importing the CSV files shops really have: counts exact, quirks read right, bad files refused, nothing half-done."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import sqlite3
import tracemalloc
from pathlib import Path

import pytest

from models import csvsource
from models.csvsource import ImportRefused, parse_date, parse_money
from models.services import customers, importing, staff
from models.services.importing import ImportCancelled, inspect_file, preview, remap, run_import

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """The fixtures copied beside the test, so rejects files land in the temp folder."""
    folder = tmp_path / "files"
    shutil.copytree(FIXTURES, folder)
    return folder


def _table(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _import(path: Path, kind: str, owner: staff.StaffMember, **kwargs: object) -> importing.ImportResult:
    plan = inspect_file(path, kind, mapping=kwargs.pop("mapping", None),  # type: ignore[arg-type]
                        date_order=kwargs.pop("date_order", None))  # type: ignore[arg-type]
    return run_import(plan, staff_id=owner.id, **kwargs)  # type: ignore[arg-type]


def test_utf8_file_with_quoted_line_breaks(db: Path, owner: staff.StaffMember, files: Path) -> None:
    plan = inspect_file(files / "customers_utf8.csv", "customers")
    assert (plan.shape.encoding_label, plan.shape.delimiter_label) == ("UTF-8", "comma")
    shown = preview(plan)
    assert [row.values["name"] for row in shown] == ["Łucja Żółć", "Ольга Петрова", "Jürgen Müller"]
    assert shown[1].values["notes"] == "Prefers mornings.\r\nAsk for Olga."
    assert shown[2].values["postcode"] == "01234"  # leading zero kept
    result = run_import(plan, staff_id=owner.id)
    assert (result.added, result.updated, result.duplicates, result.rejected) == (3, 0, 0, 0)
    assert [r.name for r in customers.search_customers("olga")] == ["Ольга Петрова"]
    assert customers.search_customers("01234")[0].postcode == "01234"


def test_second_identical_import_adds_nothing(db: Path, owner: staff.StaffMember, files: Path) -> None:
    _import(files / "customers_utf8.csv", "customers", owner)
    again = _import(files / "customers_utf8.csv", "customers", owner)
    assert (again.added, again.updated, again.duplicates, again.rejected) == (0, 0, 3, 0)
    assert len(customers.search_customers("")) == 3


def test_bom_semicolon_and_header_variants(db: Path, owner: staff.StaffMember, files: Path) -> None:
    plan = inspect_file(files / "customers_bom_semicolon.csv", "customers")
    assert (plan.shape.encoding_label, plan.shape.delimiter_label) == ("UTF-8 (with BOM)", "semicolon")
    assert {name: plan.column_of(name) for name in ("name", "email", "phone", "postcode", "city")} == {
        "name": "Full Name", "email": "E-mail Address", "phone": "Mobile", "postcode": "Post Code", "city": "Town"}
    assert run_import(plan, staff_id=owner.id).added == 2
    assert customers.search_customers("zoe")[0].postcode == "01000"


def test_cp1252_tab_with_junk_lines_above_the_header(db: Path, owner: staff.StaffMember, files: Path) -> None:
    plan = inspect_file(files / "customers_cp1252_tab.csv", "customers")
    assert (plan.shape.encoding_label, plan.shape.delimiter_label) == ("Windows Western (cp1252)", "tab")
    assert plan.header_index == 3
    assert [row.values["name"] for row in preview(plan)] == ["Jörg Müller", "Begoña Núñez"]
    assert preview(plan)[0].values["notes"] == "Café owner – pays cash"
    assert run_import(plan, staff_id=owner.id).added == 2


def test_dry_run_counts_exactly_and_changes_nothing(db: Path, owner: staff.StaffMember, files: Path) -> None:
    _import(files / "customers_truncated.csv", "customers", owner)  # Anna Smith is already a customer
    before = _table(db, "SELECT * FROM customer ORDER BY id")
    dry = _import(files / "customers_rejects.csv", "customers", owner, dry_run=True)
    assert (dry.added, dry.updated, dry.duplicates, dry.rejected) == (1, 0, 2, 3)
    assert _table(db, "SELECT * FROM customer ORDER BY id") == before
    assert not (files / "customers_rejects-rejected.csv").exists()
    real = _import(files / "customers_rejects.csv", "customers", owner)
    assert (real.added, real.updated, real.duplicates, real.rejected) == (1, 0, 2, 3)
    assert [line for line, _ in real.rejects] == [3, 4, 6]
    assert "Enter the customer's name." in real.rejects[0][1]
    assert "not-an-email" in real.rejects[1][1]
    assert "4.47911E+11" in real.rejects[2][1]
    with (files / "customers_rejects-rejected.csv").open(encoding="utf-8-sig", newline="") as fh:
        written = list(csv.reader(fh))
    assert written[0] == ["Line", "Reason", "Name", "Phone", "Email"]
    assert [row[0] for row in written[1:]] == ["3", "4", "6"]
    assert written[2][2:] == ["Bad Email", "020 7946 0004", "not-an-email"]


def test_matching_by_email_or_phone_updates_and_never_blanks(db: Path, owner: staff.StaffMember,
                                                             tmp_path: Path) -> None:
    customers.create_customer(customers.CustomerInput(name="Anna Smith", phone="020 7946 0001",
                                                      email="anna@example.com", city="London"), owner.id)
    source = tmp_path / "update.csv"
    source.write_text("Name,Phone,Email,Postcode\nAnna Smith,020 7946 0001,,SW1A 1AA\n"
                      "Anna Smith,,ANNA@example.com,\n", encoding="utf-8")
    result = _import(source, "customers", owner)
    assert (result.added, result.updated, result.duplicates) == (0, 1, 1)
    stored = customers.search_customers("anna")[0]
    assert (stored.postcode, stored.city, stored.email) == ("SW1A 1AA", "London", "anna@example.com")
    assert _table(db, "SELECT COUNT(*) FROM audit_entry WHERE entity = 'customer' AND action = 'update'") == [(1,)]


def test_truncated_last_line_is_rejected_the_rest_imported(db: Path, owner: staff.StaffMember, files: Path) -> None:
    result = _import(files / "customers_truncated.csv", "customers", owner)
    assert (result.added, result.rejected) == (2, 1)
    assert result.rejects == ((4, "the line is cut short (1 of 4 columns)"),)


def test_visits_with_excel_dates_and_written_money(db: Path, owner: staff.StaffMember, files: Path) -> None:
    _import(files / "customers_utf8.csv", "customers", owner)
    plan = inspect_file(files / "visits_excel_dates.csv", "visits")
    assert preview(plan)[0].values["amount"] == "1234.50"
    result = run_import(plan, staff_id=owner.id)
    assert (result.added, result.rejected) == (3, 1)
    assert "no customer matches nobody@example.com" in result.rejects[0][1]
    assert _table(db, "SELECT date, service, amount_cents, estimate_cents FROM visit ORDER BY id") == [
        ("2025-01-01", "MOT test", 123450, 120000), ("2025-01-02", "Brake pads", 123450, None),
        ("2025-01-03", "Diagnostics", 6000, 5500)]
    assert _import(files / "visits_excel_dates.csv", "visits", owner).added == 0


def test_ambiguous_dates_are_asked_then_read_as_told(db: Path, owner: staff.StaffMember, files: Path) -> None:
    _import(files / "customers_utf8.csv", "customers", owner)
    plan = inspect_file(files / "visits_ambiguous_dates.csv", "visits")
    assert plan.date_order_needed
    with pytest.raises(ImportRefused, match="could be day/month or month/day"):
        run_import(plan, staff_id=owner.id)
    assert _table(db, "SELECT COUNT(*) FROM visit") == [(0,)]
    run_import(remap(plan, plan.mapping, "mdy"), staff_id=owner.id)
    assert _table(db, "SELECT date FROM visit ORDER BY id") == [("2024-03-04",), ("2024-05-06",)]


def test_a_date_that_tells_the_order_decides_it(db: Path, owner: staff.StaffMember, files: Path) -> None:
    _import(files / "customers_utf8.csv", "customers", owner)
    plan = inspect_file(files / "visits_dmy.csv", "visits")
    assert (plan.date_order, plan.date_order_needed) == ("dmy", False)
    run_import(plan, staff_id=owner.id)
    assert _table(db, "SELECT date FROM visit ORDER BY id") == [("2024-04-03",), ("2024-05-13",)]


def test_complaints_map_categories_channels_and_statuses(db: Path, owner: staff.StaffMember, files: Path) -> None:
    _import(files / "customers_utf8.csv", "customers", owner)
    result = _import(files / "complaints.csv", "complaints", owner)
    assert (result.added, result.rejected) == (2, 1)
    assert "carrier pigeon" in result.rejects[0][1]
    assert _table(db, "SELECT category, channel, severity, status, received_week FROM complaint ORDER BY id") == [
        ("price_over_estimate", "phone", 3, "new", "2025-W05"), ("unfriendly_attitude", "walk-in", 2, "closed",
                                                                 "2025-W06")]
    assert _import(files / "complaints.csv", "complaints", owner).duplicates == 2


def test_column_mapping_given_by_hand(db: Path, owner: staff.StaffMember, files: Path) -> None:
    with pytest.raises(ImportRefused, match="No column of no_name_column.csv looks like a customer's name"):
        inspect_file(files / "no_name_column.csv", "customers")
    plan = inspect_file(files / "no_name_column.csv", "customers", mapping={"name": "Colour"})
    assert [row.values["name"] for row in preview(plan)] == ["red", "blue"]


@pytest.mark.parametrize(("name", "message"), [
    ("empty.csv", "empty.csv is empty"),
    ("header_only.csv", "has a header but no rows"),
    ("binary.csv", "binary.csv is not a CSV file: it looks like a picture"),
    ("no_name_column.csv", "looks like a customer's name"),
    ("missing.csv", "does not exist"),
])
def test_bad_files_are_refused_with_the_reason(db: Path, owner: staff.StaffMember, files: Path, name: str,
                                               message: str) -> None:
    with pytest.raises(ImportRefused, match=message):
        _import(files / name, "customers", owner)
    assert _table(db, "SELECT COUNT(*) FROM customer") == [(0,)]


def test_nul_bytes_reject_their_row(db: Path, owner: staff.StaffMember, files: Path) -> None:
    result = _import(files / "nul_bytes.csv", "customers", owner)
    assert (result.added, result.rejected) == (1, 1)
    assert "NUL" in result.rejects[0][1]


def test_zeroes_after_a_text_start_are_binary(db: Path, owner: staff.StaffMember, tmp_path: Path) -> None:
    source = tmp_path / "renamed.csv"
    source.write_bytes(b"Name,Phone\n" + b"\x00\x01\x02\x03" * 5000)
    with pytest.raises(ImportRefused, match="not a text .CSV. file"):
        _import(source, "customers", owner)


def test_invalid_utf8_in_the_middle_changes_nothing(db: Path, owner: staff.StaffMember, tmp_path: Path) -> None:
    source = tmp_path / "broken.csv"
    good = "".join(f"Customer {n},020 7946 {n:04d},c{n}@example.com\n" for n in range(3000))
    source.write_bytes(b"Name,Phone,Email\n" + good.encode() + b"Caf\xe9 Owner,020 7946 9999,cafe@example.com\n")
    assert source.stat().st_size > csvsource.SAMPLE_BYTES
    with pytest.raises(ImportRefused, match="is not UTF-8 text at line 3002; nothing was imported"):
        _import(source, "customers", owner)
    assert _table(db, "SELECT COUNT(*) FROM customer") == [(0,)]
    assert not (tmp_path / "broken-rejected.csv").exists()


def test_a_field_of_a_megabyte_rejects_its_row(db: Path, owner: staff.StaffMember, tmp_path: Path) -> None:
    source = tmp_path / "huge-field.csv"
    source.write_text("Name,Notes\nAnna Smith,short\nBen Jones," + "x" * 1_048_576 + "\n", encoding="utf-8")
    result = _import(source, "customers", owner)
    assert (result.added, result.rejected) == (1, 1)
    assert "the Notes column holds 1,048,576 characters" in result.rejects[0][1]


def test_cancel_leaves_the_database_as_it_was(db: Path, owner: staff.StaffMember, tmp_path: Path) -> None:
    source = tmp_path / "many.csv"
    source.write_text("Name,Email\n" + "".join(f"Customer {n},c{n}@example.com\n" for n in range(20000)))
    seen: list[int] = []

    def stop_halfway(done: int, total: int) -> bool:
        seen.append(done)
        return done < 500

    with pytest.raises(ImportCancelled, match="nothing was changed"):
        _import(source, "customers", owner, progress=stop_halfway)
    assert max(seen) >= 500 and total_is_thousand(seen)
    assert _table(db, "SELECT COUNT(*) FROM customer") == [(0,)]
    assert not (tmp_path / "many-rejected.csv.partial").exists()


def total_is_thousand(seen: list[int]) -> bool:
    return all(0 <= done <= 1000 for done in seen)


def test_a_5_gb_file_is_sized_up_from_its_start(db: Path, owner: staff.StaffMember, tmp_path: Path) -> None:
    source = tmp_path / "huge.csv"
    with source.open("wb") as fh:  # sparse: a header and a row, then 5 GB of zero bytes (a disk image, say)
        fh.write(b"Name,Email\nAnna Smith,anna@example.com\n")
        fh.truncate(5 * 1024**3)
    with pytest.raises(ImportRefused, match="huge.csv is not a text .CSV. file: it holds binary data"):
        _import(source, "customers", owner)
    assert _table(db, "SELECT COUNT(*) FROM customer") == [(0,)]


def test_rejects_that_cannot_be_written_are_still_reported(db: Path, owner: staff.StaffMember,
                                                           files: Path) -> None:
    (files / "customers_rejects-rejected.csv.partial").mkdir()  # in the way, as a read-only folder would be
    result = _import(files / "customers_rejects.csv", "customers", owner)
    assert (result.added, result.rejected, result.rejects_file) == (2, 3, None)
    assert "could not be written beside customers_rejects.csv" in importing.describe_result(
        inspect_file(files / "customers_rejects.csv", "customers"), result)


def test_a_large_file_streams(db: Path, owner: staff.StaffMember, tmp_path: Path) -> None:
    source = tmp_path / "large.csv"
    with source.open("w", encoding="utf-8") as fh:
        fh.write("Name,Phone,Email,Notes\n")
        for n in range(20_000):
            fh.write(f"Customer {n},020 {n:08d},c{n}@example.com,{'regular customer ' * 60}\n")
    size = source.stat().st_size
    tracemalloc.start()
    try:
        result = _import(source, "customers", owner, dry_run=True)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.added == 20_000
    assert peak < size / 3  # the file is never held whole (the dry run keeps only the keys it has seen)


@pytest.mark.parametrize(("text", "cents"), [("£1,234.50", 123450), ("1.234,50 €", 123450), ("(12.00)", -1200),
                                             ("-7", -700), ("EUR 15", 1500), ("1,5", 150), ("$ 3.5", 350),
                                             ("1 234,56", 123456), ("1,234", 123400), ("12.", 1200), ("0.5", 50),
                                             ("1.234.567,89", 123456789), ("1,234,567.89", 123456789),
                                             ("-£12", -1200), ("+5", 500), ("1.23", 123), ("12,34", 1234),
                                             ("1234", 123400), ("1.234", 123400), ("(12.34)", -1234)])
def test_money_as_people_write_it(text: str, cents: int) -> None:
    assert parse_money(text) == cents


@pytest.mark.parametrize("text", ["abc", "12.345.6", "1.2.3,456", "", "12.00)", "(12.00", "1,234.567,89",
                                  "1.ab", "1,2.50", "1.234,567", ".50", "1.2345", "1,23,456.00"])
def test_money_that_is_not_money(text: str) -> None:
    with pytest.raises(ValueError, match=r"^'.*' is not an amount of money$"):
        parse_money(text)


def test_a_long_refused_value_is_cut_in_the_message() -> None:
    with pytest.raises(ValueError) as info:
        parse_money("x" * 50)
    assert str(info.value) == f"'{'x' * 40}' is not an amount of money"
    with pytest.raises(ValueError) as info:
        parse_date("y" * 50, None)
    assert str(info.value) == f"'{'y' * 40}' is not a date"


@pytest.mark.parametrize(("text", "hint", "ambiguous"), [
    ("05/12/2024", None, True), ("12/05/2024", None, True), ("13/12/2024", "dmy", False),
    ("12/13/2024", "mdy", False), ("13/13/2024", None, False), ("04/04/2024", None, False),
    ("03/04/2024", None, True), ("13/04/2024", "dmy", False), ("04/13/2024", "mdy", False), ("2024-05-13", None, False),
])
def test_which_dates_tell_their_order(text: str, hint: str | None, ambiguous: bool) -> None:
    assert csvsource.date_order_hint(text) == hint
    assert csvsource.is_ambiguous_date(text) is ambiguous


@pytest.mark.parametrize(("text", "order", "day"), [("45658", None, dt.date(2025, 1, 1)),
                                                    ("2024-05-13", None, dt.date(2024, 5, 13)),
                                                    ("13/05/2024", None, dt.date(2024, 5, 13)),
                                                    ("05/13/24", None, dt.date(2024, 5, 13)),
                                                    ("03/04/2024", "dmy", dt.date(2024, 4, 3)),
                                                    ("03.04.2024", "mdy", dt.date(2024, 3, 4)),
                                                    ("07/07/2024", None, dt.date(2024, 7, 7)),
                                                    ("13/05/99", None, dt.date(1999, 5, 13)),
                                                    ("13/05/70", None, dt.date(1970, 5, 13)),
                                                    ("13/05/69", None, dt.date(2069, 5, 13)),
                                                    ("13/05/0100", None, dt.date(100, 5, 13)),
                                                    ("1000", None, dt.date(1902, 9, 26)),
                                                    ("45658.75", None, dt.date(2025, 1, 1))])
def test_dates_as_shops_write_them(text: str, order: str | None, day: dt.date) -> None:
    assert parse_date(text, order) == day


@pytest.mark.parametrize(("text", "order", "reason"), [
    ("03/04/2024", None, "could be day/month or month/day"),
    ("13/05/2024", "mdy", "^the date 13/05/2024 cannot be month/day$"),
    ("05/13/2024", "dmy", "^the date 05/13/2024 cannot be day/month$"),
    ("999", None, "is not a date"),
    ("soon", None, "is not a date")])
def test_dates_that_cannot_be_read(text: str, order: str | None, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_date(text, order)


def test_command_line_import(tmp_path: Path, files: Path) -> None:
    from tests.test_cli import one_line_error, run

    shop = tmp_path / "shop.db"
    dry = run("--db", str(shop), "import", "customers", str(files / "customers_rejects.csv"), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "customers (dry run): 2 added, 0 updated, 1 skipped as duplicates, 3 rejected." in dry.stdout
    assert "line 4: That email address looks incomplete" in dry.stdout
    real = run("--db", str(shop), "import", "customers", str(files / "no_name_column.csv"), "--map", "name=Colour")
    assert real.returncode == 0 and ": 2 added" in real.stdout
    line = one_line_error(run("--db", str(shop), "import", "visits", str(files / "visits_ambiguous_dates.csv")))
    assert "--date-format" in line
    told = run("--db", str(shop), "import", "visits", str(files / "visits_ambiguous_dates.csv"),
               "--date-format", "DD/MM/YYYY")
    assert told.returncode == 0 and "2 rejected" in told.stdout  # no such customers in this shop
    assert "--map" in one_line_error(run("--db", str(shop), "import", "customers", str(files / "empty.csv"),
                                         "--map", "name"))
    assert "empty" in one_line_error(run("--db", str(shop), "import", "customers", str(files / "empty.csv")))


def test_a_visit_finds_its_customer_whether_the_phone_is_written_national_or_international(
        db: Path, owner: staff.StaffMember, tmp_path: Path) -> None:
    from models.entities import Visit

    people = tmp_path / "people.csv"
    people.write_text("Name;Phone\nAnna Smith;+44 7700 900456\nBob Brown;07700 900789\n", encoding="utf-8-sig")
    assert _import(people, "customers", owner).added == 2
    visits = tmp_path / "visits.csv"
    visits.write_text("Phone,Date,Service,Amount\n07700 900456,2026-11-02,MOT test,54.85\n"
                      "+44 7700 900789,2026-11-03,Annual service,189.00\n", encoding="utf-8")
    result = _import(visits, "visits", owner)
    assert result.added == 2 and result.rejected == 0, result
    assert Visit.select().count() == 2
