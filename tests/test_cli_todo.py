"""python main.py todo: the queue, overdue first, exit 0."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import one_line_error, run


def test_todo_lists_overdue_first(tmp_path: Path) -> None:
    target = tmp_path / "shop.db"
    assert run("--db", str(target), "demo", "--customers", "300", "--seed", "7").returncode == 0
    result = run("--db", str(target), "todo")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    buckets = [line.split()[0] for line in lines]
    promised = [b for b in buckets if b != "SLA"]
    assert promised[0] == "OVERDUE"
    order = {"OVERDUE": 0, "today": 1, "upcoming": 2}
    assert [order[b] for b in promised] == sorted(order[b] for b in promised)
    assert "complaint #" in lines[0] and " — " in lines[0]


def test_todo_on_an_empty_desk(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "new.db"), "todo")
    assert result.returncode == 0 and result.stdout.strip() == "Nothing promised for the next 7 days."


def test_todo_on_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    assert "does not exist" in one_line_error(run("--db", str(tmp_path / "nope" / "x.db"), "todo"))
