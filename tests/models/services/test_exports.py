"""CSV exports: every record, readable text in any script, no formulas, nothing half-written."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from models.entities import Complaint, Customer, Remedy, Visit, Voucher
from models.errors import DeskError
from models.services import exports
from models.services.exports import ExportCancelled
from models.services.staff import StaffMember

UTC = dt.UTC


def read(path: Path, encoding: str = "utf-8") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as fh:
        return list(csv.reader(fh))


@pytest.fixture
def records(owner: StaffMember) -> dict[str, int]:
    ann = Customer.create(name="Łucja Żółć", phone="+44 7700 900123", email="lucja@example.com",
                          notes="Line one\nline two, with a comma")
    evil = Customer.create(name="=HYPERLINK(\"http://x\")", city="@SUM(1)", postcode="-2+3", address_line1="\tx")
    visit = Visit.create(customer=ann, date=dt.date(2026, 3, 2), service="Brake pads", amount_cents=14500)
    when = dt.datetime(2026, 3, 10, 9, 30, 15, 123456, tzinfo=UTC)
    complaint = Complaint.create(customer=ann, visit=visit, received_at=when, received_week="2026-W11",
                                 category="late", summary="Ольга's car was late", customer_words="+1 more day",
                                 owner=owner.id, satisfaction=4)
    Remedy.create(complaint=complaint, kind="refund", value_cents=1250, status="given", approved_by=owner.id,
                  created_at=when)
    Voucher.create(code="MG-7K3Q-9F2D", percent=None, value_cents=-5, customer=evil, complaint=complaint,
                   issued_at=when, expires_at=when + dt.timedelta(days=180))
    return {"ann": ann.id, "evil": evil.id, "complaint": complaint.id}


def test_customers_in_any_script_and_no_formulas(tmp_path: Path, records: dict[str, int]) -> None:
    out = tmp_path / "customers.csv"
    summary = exports.export("customers", out)
    assert summary.rows == 2 and summary.path == str(out)
    header, ann, evil = read(out)
    assert header[:4] == ["id", "name", "phone", "email"]
    assert ann[1] == "Łucja Żółć" and ann[9] == "Line one\nline two, with a comma"
    assert ann[2] == "'+44 7700 900123"  # a leading + would be a formula to a spreadsheet
    assert evil[1] == "'=HYPERLINK(\"http://x\")"
    assert evil[header.index("city")] == "'@SUM(1)" and evil[header.index("postcode")] == "'-2+3"
    assert evil[header.index("address line 1")] == "'\tx"
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_bom_for_spreadsheet_apps(tmp_path: Path, records: dict[str, int]) -> None:
    out = tmp_path / "complaints.csv"
    exports.export("complaints", out, bom=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,")
    header, row = read(out, "utf-8-sig")
    assert row[header.index("summary")] == "Ольга's car was late"
    assert row[header.index("customer's words")] == "'+1 more day"
    assert row[header.index("received at (UTC)")] == "2026-03-10T09:30:15Z"
    assert row[header.index("service")] == "Brake pads" and row[header.index("owner")] == "Olga Owner"
    assert row[header.index("first contact at (UTC)")] == "" and row[header.index("satisfaction")] == "4"


def test_money_as_decimals_in_the_currency(tmp_path: Path, records: dict[str, int]) -> None:
    exports.export("remedies", tmp_path / "remedies.csv")
    header, row = read(tmp_path / "remedies.csv")
    assert header[5] == "value (GBP)" and row[5] == "12.50" and row[header.index("approved by")] == "Olga Owner"
    assert row[header.index("customer")] == "Łucja Żółć"
    exports.export("vouchers", tmp_path / "vouchers.csv")
    header, row = read(tmp_path / "vouchers.csv")
    assert row[0] == "MG-7K3Q-9F2D" and row[header.index("value (GBP)")] == "-0.05" and row[4] == ""
    assert row[header.index("customer")] == "'=HYPERLINK(\"http://x\")"


def test_progress_and_cancel_leave_no_file(tmp_path: Path, owner: StaffMember) -> None:
    Customer.insert_many([{"name": f"Customer {i}"} for i in range(12_000)]).execute()
    seen: list[tuple[int, int]] = []

    def watch(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    exports.export("customers", tmp_path / "all.csv", progress=watch)
    assert seen == [(5000, 12_000), (10_000, 12_000), (12_000, 12_000)]
    assert len(read(tmp_path / "all.csv")) == 12_001
    previous = (tmp_path / "all.csv").read_bytes()
    with pytest.raises(ExportCancelled, match="stopped; no file was written"):
        exports.export("customers", tmp_path / "all.csv", progress=lambda d, t: d < 5000)
    assert (tmp_path / "all.csv").read_bytes() == previous  # the older export is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.csv", "makegood.db", "makegood.db-shm",
                                                          "makegood.db-wal"]


def test_an_empty_table_is_a_header(tmp_path: Path, owner: StaffMember) -> None:
    assert exports.export("vouchers", tmp_path / "v.csv").rows == 0
    assert read(tmp_path / "v.csv")[0][0] == "code" and len(read(tmp_path / "v.csv")) == 1


def test_unwritable_places_are_one_sentence(tmp_path: Path, owner: StaffMember,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(DeskError, match="does not exist"):
        exports.export("customers", tmp_path / "missing" / "c.csv")
    with pytest.raises(DeskError, match="is a folder"):
        exports.export("customers", tmp_path)
    with pytest.raises(DeskError, match="choose customers, complaints"):
        exports.export("staff", tmp_path / "s.csv")

    def refused(**_kw: object) -> tuple[int, str]:  # a read-only folder (root may write anywhere, so faked)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("models.services.exports.tempfile.mkstemp", refused)
    with pytest.raises(DeskError) as info:
        exports.export("customers", tmp_path / "c.csv")
    assert info.value.message == f"Cannot write to {tmp_path} (Permission denied); nothing was exported."
    assert not (tmp_path / "c.csv").exists()


def test_a_failed_write_leaves_nothing_half_written(tmp_path: Path, records: dict[str, int],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("models.services.exports.os.replace", full)
    with pytest.raises(DeskError, match=r"No space left on device\); nothing was exported"):
        exports.export("customers", tmp_path / "c.csv")
    assert not (tmp_path / "c.csv").exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]
