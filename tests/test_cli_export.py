"""python main.py export: the same service as the desk's export, one line on success or failure."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.test_cli import one_line_error, run


def test_export_complaints_with_bom(tmp_path: Path) -> None:
    target = tmp_path / "shop.db"
    assert run("--db", str(target), "demo", "--customers", "40", "--seed", "5").returncode == 0
    out = tmp_path / "complaints.csv"
    result = run("--db", str(target), "export", "complaints", "--out", str(out), "--bom")
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert result.stdout.strip() == f"Exported {len(rows) - 1:,} complaints to {out}."
    assert rows[0][:3] == ["id", "customer id", "customer"] and len(rows) > 1


def test_export_to_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    target = tmp_path / "shop.db"
    result = run("--db", str(target), "export", "customers", "--out", str(tmp_path / "nowhere" / "c.csv"))
    assert "does not exist" in one_line_error(result)
    assert not (tmp_path / "nowhere").exists()


def test_export_needs_a_kind_and_a_file(tmp_path: Path) -> None:
    assert "invalid choice" in one_line_error(run("--db", str(tmp_path / "s.db"), "export", "staff", "--out", "x"))
    assert "--out" in one_line_error(run("--db", str(tmp_path / "s.db"), "export", "customers"))
