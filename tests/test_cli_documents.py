"""The voucher, letter and letters commands: the code on the first line, whole files or none, one-line errors."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from models import settings
from models.db import close_database, open_database
from models.entities import Promise
from models.services import customers, staff
from models.services.complaints import ComplaintInput, create_complaint
from tests.reports.pdfcheck import flat, pages_text
from tests.test_cli import one_line_error, run


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A database with business details, two customers (one without an address) and a complaint each."""
    path = tmp_path / "shop.db"
    open_database(path)
    owner = staff.create_owner("Olga Owner", "1234")
    settings.save({"business_name": "Riverside Garage", "business_address": "12 Mill Lane\nBristol BS1 4AA"},
                  owner.id)
    for name, line1 in (("Łucja Żółć", "7 Church Lane"), ("Ольга Иванова", "")):
        customer = customers.create_customer(
            customers.CustomerInput(name=name, address_line1=line1, postcode="BS8 1AB" if line1 else ""), owner.id)
        complaint = create_complaint(ComplaintInput(customer_id=customer.id, category="late",
                                                    summary="Car not ready when promised"), owner.id)
        Promise.create(complaint=complaint.id, customer=customer.id, what="Ask if all is well", kind="follow_up",
                       due_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1), owner=owner.id)
    close_database()
    return path


def _count(path: Path, sql: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


def test_voucher_issue_check_redeem_void(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "voucher.pdf"
    issued = run("--db", str(shop), "voucher", "issue", "--customer", "1", "--complaint", "1", "--amount", "12.50",
                 "--out", str(out))
    assert issued.returncode == 0, issued.stderr
    code = issued.stdout.splitlines()[0]
    assert code.startswith("MG-") and len(code) == 12
    assert "£12.50 off for Łucja Żółć" in issued.stdout
    assert code in flat(pages_text(out.read_bytes())[0])
    checked = run("--db", str(shop), "voucher", "check", code.lower())
    assert checked.returncode == 0 and "can be redeemed" in checked.stdout
    assert run("--db", str(shop), "voucher", "redeem", code).returncode == 0
    again = one_line_error(run("--db", str(shop), "voucher", "redeem", code))
    assert "already redeemed" in again and "by Command line (" in again
    other = run("--db", str(shop), "voucher", "issue", "--customer", "2", "--percent", "10").stdout.splitlines()[0]
    assert run("--db", str(shop), "voucher", "void", other, "--reason", "Issued twice").returncode == 0
    assert "voided" in one_line_error(run("--db", str(shop), "voucher", "check", other))
    assert "Issued twice" in one_line_error(run("--db", str(shop), "voucher", "redeem", other))


@pytest.mark.parametrize(("args", "fragment"), [
    (("voucher", "check", "MG-7K3Q-9F2O"), "never use"),
    (("voucher", "issue", "--customer", "1", "--amount", "abc"), "is not an amount"),
    (("voucher", "issue", "--customer", "1", "--percent", "150"), "1 to 100"),
    (("voucher", "issue", "--customer", "1", "--percent", "5", "--amount", "5"), "not allowed with"),
    (("voucher", "void", "MG-7K3Q-9F2D"), "--reason"),
    (("letter", "1", "--kind", "thanks", "--out", "x.pdf"), "invalid choice"),
    (("letter", "99", "--out", "{tmp}/x.pdf"), "no longer exists"),
    (("letter", "2", "--out", "{tmp}/x.pdf"), "no postal address"),
    (("letter", "1", "--out", "/nonexistent-folder/x.pdf"), "cannot write /nonexistent-folder/x.pdf"),
])
def test_bad_input_is_one_line_and_changes_nothing(shop: Path, tmp_path: Path, args: tuple[str, ...],
                                                   fragment: str) -> None:
    line = one_line_error(run("--db", str(shop), *(a.replace("{tmp}", str(tmp_path)) for a in args)))
    assert fragment in line
    assert _count(shop, "SELECT COUNT(*) FROM voucher") == 0
    assert _count(shop, "SELECT COUNT(*) FROM letter") == 0
    assert not (tmp_path / "x.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".makegood-")] == []


def test_unwritable_out_issues_no_voucher(shop: Path, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    line = one_line_error(run("--db", str(shop), "voucher", "issue", "--customer", "1", "--percent", "10",
                              "--out", str(not_a_folder / "v.pdf")))
    assert line.startswith("makegood: cannot write") and "Not a directory" in line
    assert _count(shop, "SELECT COUNT(*) FROM voucher") == 0


def test_letter_without_address_and_case_file(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    result = run("--db", str(shop), "letter", "2", "--kind", "follow-up", "--without-address", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Dear Ольга Иванова" in flat(pages_text(out.read_bytes())[0])
    case = tmp_path / "case.pdf"
    assert run("--db", str(shop), "letter", "1", "--kind", "case-file", "--out", str(case)).returncode == 0
    assert "Case file — complaint 1" in flat(pages_text(case.read_bytes())[0])
    assert _count(shop, "SELECT COUNT(*) FROM letter") == 2


def test_letters_due_prints_the_batch_and_names_who_was_left_out(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "due.pdf"
    result = run("--db", str(shop), "letters", "--due", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"Saved 1 follow-up letter to {out}.",
                                          "Left out: Ольга Иванова has no postal address."]
    assert result.stderr == ""  # not a terminal: no progress
    pages = pages_text(out.read_bytes())
    assert len(pages) == 1 and "Dear Łucja Żółć" in flat(pages[0])


def test_report_writes_the_months_pdf(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    month = f"{dt.datetime.now(dt.UTC):%Y-%m}"
    done = run("--db", str(shop), "report", "--month", month, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Saved the monthly report for {month} to {out}."
    words = flat(" ".join(pages_text(out.read_bytes())))
    assert "Riverside Garage" in words and "2 complaints received this month" in words


@pytest.mark.parametrize(("month", "out", "message"), [
    ("2026-13", "report.pdf", "makegood: '2026-13' is not a month: give it as YYYY-MM, e.g. 2026-11."),
    ("", "report.pdf", "makegood: Give the month as YYYY-MM, e.g. 2026-11."),
    ("2026-11", "no-such-folder/report.pdf", "makegood: cannot write "),
])
def test_report_refuses_a_bad_month_or_path_and_writes_nothing(shop: Path, tmp_path: Path, month: str, out: str,
                                                               message: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    line = one_line_error(run("--db", str(shop), "report", "--month", month, "--out", str(folder / out)))
    assert line.startswith(message)
    assert list(folder.iterdir()) == []


def test_amounts_read_as_the_desk_reads_them() -> None:
    """12,50 is twelve fifty (a decimal comma), never 1,250: the command line and the desk agree."""
    from cli import _amount_cents

    assert _amount_cents("12,50") == 1250
    assert _amount_cents("12,5") == 1250
    assert _amount_cents("12.50") == 1250
    assert _amount_cents("1,025.50") == 102550
    assert _amount_cents("1,250") == 125000  # thousands, as in the English way of writing it
    assert _amount_cents("20") == 2000
    for bad in ("12,500,0", "1,25,0", "12..5", "abc", "12,50.5", "0", "-5", "12.505"):
        with pytest.raises(Exception, match="amount"):
            _amount_cents(bad)


def test_report_takes_a_language_and_the_setting_by_default(shop: Path, tmp_path: Path) -> None:
    month = f"{dt.datetime.now(dt.UTC):%Y-%m}"
    polish, english, default = tmp_path / "pl.pdf", tmp_path / "en.pdf", tmp_path / "default.pdf"
    assert run("--db", str(shop), "report", "--month", month, "--out", str(polish), "--language", "pl").returncode == 0
    words = flat(" ".join(pages_text(polish.read_bytes())))
    assert "Miesięczny raport dla właściciela" in words and "W tym miesiącu przyjęto 2 reklamacje" in words
    assert "complaints received" not in words
    open_database(shop)
    settings.save({"letter_language": "pl"}, staff.command_line_actor())
    close_database()
    assert run("--db", str(shop), "report", "--month", month, "--out", str(default)).returncode == 0
    assert "Miesięczny raport dla właściciela" in flat(" ".join(pages_text(default.read_bytes())))
    assert run("--db", str(shop), "report", "--month", month, "--out", str(english), "--language", "en").returncode == 0
    assert "2 complaints received this month" in flat(" ".join(pages_text(english.read_bytes())))


@pytest.mark.parametrize("language", ["de", "PL", ""])
def test_report_refuses_another_language_and_writes_nothing(shop: Path, tmp_path: Path, language: str) -> None:
    out = tmp_path / "report.pdf"
    done = run("--db", str(shop), "report", "--month", "2026-11", "--out", str(out), "--language", language)
    assert done.returncode == 1
    assert one_line_error(done) == f"makegood: '{language}' is not a report language: choose one of en, pl."
    assert not out.exists()
