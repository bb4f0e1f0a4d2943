"""The command line: exit 0 on success, otherwise one clear line on stderr and a non-zero exit."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if home is not None:
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_demo_fills_the_database(tmp_path: Path) -> None:
    target = tmp_path / "shop.db"
    result = run("--db", str(target), "demo", "--customers", "60", "--seed", "5")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Added 60 customers")
    con = sqlite3.connect(target)
    assert con.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == 60
    assert con.execute("SELECT COUNT(*) FROM visit").fetchone()[0] > 60
    con.close()


def test_demo_uses_the_default_data_folder(tmp_path: Path) -> None:
    result = run("demo", "--customers", "5", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert list((tmp_path / "data").rglob("makegood.db"))


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda p: p.write_text("not a database"), "is not a Makegood database"),
        (lambda p: None, "does not exist"),
    ],
)
def test_bad_database_is_one_line(tmp_path: Path, make, fragment: str) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "shop.db"
    if make(target) is None and not target.exists():
        target = tmp_path / "missing" / "shop.db"
    before = target.read_bytes() if target.exists() else None
    line = one_line_error(run("--db", str(target), "demo", "--customers", "5"))
    assert fragment in line
    if before is not None:
        assert target.read_bytes() == before


@pytest.mark.parametrize("args", [("demo", "--customers", "0"), ("demo", "--customers", "lots"),
                                  ("frobnicate",), ("bench", "--scale", "-1")])
def test_bad_arguments_are_one_line(tmp_path: Path, args: tuple[str, ...]) -> None:
    line = one_line_error(run("--db", str(tmp_path / "x.db"), *args))
    assert line.startswith("makegood")


def test_database_error_mid_command_is_one_line_and_saves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "shop.db"
    assert run("--db", str(target), "demo", "--customers", "5").returncode == 0
    con = sqlite3.connect(target)
    con.execute("DROP TABLE complaint")  # a damaged file: customers and visits can be written, complaints not
    con.commit()
    con.close()
    line = one_line_error(run("--db", str(target), "demo", "--customers", "5"))
    assert line.startswith("makegood: the database refused the command:")
    con = sqlite3.connect(target)
    assert con.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == 5  # the failed run added none
    con.close()


@pytest.mark.parametrize("target", [":memory:", "sqlite://"])
def test_an_in_memory_database_is_refused(target: str) -> None:
    line = one_line_error(run("--db", target, "demo", "--customers", "5"))
    assert "keeps its records in a file" in line


def test_demo_is_audited_as_the_command_line_and_a_second_load_adds_no_staff(tmp_path: Path) -> None:
    target = tmp_path / "shop.db"
    assert run("--db", str(target), "demo", "--customers", "5").returncode == 0
    again = run("--db", str(target), "demo", "--customers", "5", "--seed", "8")
    assert again.returncode == 0, again.stderr
    assert "demo staff" not in again.stdout
    con = sqlite3.connect(target)
    names = [name for (name,) in con.execute("SELECT name FROM staff ORDER BY id")]
    assert names[0].startswith("Command line (") and len(names) == 4  # itself and the three demo staff, once
    audited = con.execute("SELECT COUNT(*) FROM audit_entry a JOIN staff s ON s.id = a.staff_id "
                          "WHERE s.name LIKE 'Command line (%' AND a.entity = 'demo'").fetchone()[0]
    assert audited == 2
    con.close()


def test_a_damaged_search_index_is_rebuilt_in_one_line(tmp_path: Path) -> None:
    target = tmp_path / "shop.db"
    assert run("--db", str(target), "demo", "--customers", "5").returncode == 0
    con = sqlite3.connect(target)
    con.execute("DROP TABLE customer_fts")
    con.commit()
    con.close()
    result = run("--db", str(target), "demo", "--customers", "5", "--seed", "9")
    assert result.returncode == 0
    assert result.stderr.strip().endswith("the customer search index was missing and has been rebuilt (5 customers).")


def test_a_second_demo_load_adds_new_customers_not_copies(tmp_path: Path) -> None:
    target = tmp_path / "shop.db"
    assert run("--db", str(target), "demo", "--customers", "5").returncode == 0
    assert run("--db", str(target), "demo", "--customers", "5").returncode == 0
    con = sqlite3.connect(target)
    names = [name for (name,) in con.execute("SELECT name FROM customer ORDER BY id")]
    con.close()
    assert len(names) == 10 and names[5:] != names[:5]


def test_a_backup_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "shop.db"
    assert run("--db", str(target), "demo", "--customers", "5").returncode == 0
    line = one_line_error(run("--db", str(target), "backup", "--out", str(tmp_path / "nowhere" / "b.db")))
    assert "does not exist" in line and not (tmp_path / "nowhere").exists()


def test_a_report_for_a_month_to_come_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "shop.db"
    assert run("--db", str(target), "demo", "--customers", "5").returncode == 0
    line = one_line_error(run("--db", str(target), "report", "--month", "2099-01", "--out", str(tmp_path / "r.pdf")))
    assert "has not begun yet" in line and not (tmp_path / "r.pdf").exists()


def test_check_of_an_in_memory_database_says_why(tmp_path: Path) -> None:
    assert "keeps its records in a file" in one_line_error(run("--db", ":memory:", "check"))


def test_the_plain_desk_start_skips_the_command_line_parser() -> None:
    from main import _desk_only

    assert _desk_only([]) == (None,)
    assert _desk_only(["--db", "shop.db"]) == ("shop.db",)
    assert _desk_only(["--db=postgresql://desk@server/shop"]) == ("postgresql://desk@server/shop",)
    # anything else goes through argparse, which explains what is wrong
    for argv in (["--db"], ["--db="], ["--db", "--help"], ["--help"], ["demo"], ["--db", "x.db", "check"]):
        assert _desk_only(argv) is None


def test_bench_in_the_built_program_says_where_it_runs(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from main import main

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert main(["bench"]) == 1
    assert capsys.readouterr().err.strip() == "makegood: bench runs from a source checkout: python -m benchmarks"
