"""Opening a database: new files, upgrades in place, and every way a file can be wrong."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from models import db as dbmod
from models.db import SCHEMA_VERSION, close_database, open_database
from models.errors import DatabaseOpenError
from models.services import customers

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _columns(path: Path) -> dict[str, list[str]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        shape = {t: sorted(r[1] for r in con.execute(f'PRAGMA table_info("{t}")')) for t in tables}
        shape["<indexes>"] = sorted(
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')")
        )
        return shape
    finally:
        con.close()


def test_new_file_gets_latest_schema_wal_and_foreign_keys(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        assert dbmod.schema_version(database) == SCHEMA_VERSION
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] == dbmod.DEFAULT_BUSY_TIMEOUT_MS
    finally:
        close_database()


def _make_v1(path: Path) -> None:
    con = sqlite3.connect(path)
    con.executescript((FIXTURES / "schema_v1.sql").read_text())
    con.execute(
        "INSERT INTO customer (name, phone, email, address_line1, address_line2, postcode, city, "
        "preferred_contact, notes, created_at) VALUES ('Łucja Żółć', '020 7946 0958', 'lucja@example.com', "
        "'', '', 'SW1A 1AA', 'London', 'phone', '', '2024-01-02 10:00:00.000000')"
    )
    con.execute(
        "INSERT INTO visit (customer_id, date, service, amount_cents) VALUES (1, '2024-01-02', 'MOT test', 5485)"
    )
    con.execute(
        "INSERT INTO complaint (customer_id, visit_id, received_at, received_week, channel, category, severity, "
        "summary, customer_words, desired_outcome, status, root_cause, version) VALUES (1, 1, "
        "'2024-01-03 09:00:00.000000', '2024-W01', 'phone', 'late', 2, 'Late', 'It was late.', '', 'new', '', 1)"
    )
    con.commit()
    con.close()


def test_older_schema_upgrades_in_place_and_keeps_its_customers(db_path: Path, tmp_path: Path) -> None:
    _make_v1(db_path)
    database = open_database(db_path)
    try:
        assert dbmod.schema_version(database) == SCHEMA_VERSION
        found = customers.search_customers("lucja")
        assert [row.name for row in found] == ["Łucja Żółć"]
        assert customers.search_customers("sw1a1")[0].name == "Łucja Żółć"
        history = customers.customer_history(found[0].id)  # the upgrade kept every visit and complaint
        assert history.visit_count == 1 and history.complaint_count == 1
    finally:
        close_database()
    fresh = tmp_path / "fresh.db"
    open_database(fresh)
    close_database()
    assert _columns(db_path) == _columns(fresh)


def test_failed_upgrade_leaves_the_old_version(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _make_v1(db_path)

    def broken(_db: object) -> None:
        raise RuntimeError("disk trouble")

    monkeypatch.setitem(dbmod.MIGRATIONS, 2, broken)
    with pytest.raises(DatabaseOpenError,
                       match=f"could not be upgraded from schema 1 to {SCHEMA_VERSION} .disk trouble.; it was left"):
        open_database(db_path)
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT version FROM schema_version").fetchone()[0] == 1
    assert con.execute("SELECT name FROM customer").fetchone()[0] == "Łucja Żółć"
    con.close()


def _assert_refused(target: Path, fragment: str, **kwargs: int) -> None:
    before = target.read_bytes() if target.is_file() else None
    with pytest.raises(DatabaseOpenError) as info:
        open_database(target, **kwargs)
    assert fragment in info.value.message
    assert "\n" not in info.value.message
    if before is not None:
        assert target.read_bytes() == before, "the file must be left untouched"


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("shopping list: milk, eggs\n" * 50)
    _assert_refused(target, "is not a Makegood database")


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "other.db"
    con = sqlite3.connect(target)
    con.execute("CREATE TABLE photos (id INTEGER)")
    con.commit()
    con.close()
    _assert_refused(target, "not a Makegood database")


def test_newer_schema_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path)
    close_database()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 5,))
    con.commit()
    con.close()
    _assert_refused(db_path, "newer Makegood")


def test_read_only_file_is_refused(db_path: Path) -> None:
    open_database(db_path)
    close_database()
    db_path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        _assert_refused(db_path, "read-only")
    finally:
        db_path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_locked_file_is_refused(db_path: Path) -> None:
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("CREATE TABLE held (id INTEGER)")
    try:
        with pytest.raises(DatabaseOpenError) as info:
            open_database(db_path, busy_timeout_ms=100)
        assert "locked" in info.value.message
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        close_database()


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "makegood.db"
    _assert_refused(target, "does not exist")
    assert not target.parent.exists()


def test_folder_instead_of_file_is_refused(tmp_path: Path) -> None:
    _assert_refused(tmp_path, "is a folder")


def test_sqlite_url_opens_a_file(tmp_path: Path) -> None:
    target = tmp_path / "by-url.db"
    open_database(f"sqlite:///{target}")
    try:
        assert target.exists()
    finally:
        close_database()


def test_unreachable_server_is_one_sentence() -> None:
    with pytest.raises(DatabaseOpenError) as info:
        open_database("postgresql://desk:secret@127.0.0.1:9/makegood")
    assert info.value.message.startswith("Cannot connect to postgresql://desk@127.0.0.1:9/makegood")
    assert "secret" not in info.value.message


def test_upgrade_failing_halfway_rolls_back_its_schema_changes(db_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _make_v1(db_path)

    def no_index(_db: object) -> None:
        raise RuntimeError("fts5 missing")

    monkeypatch.setattr(dbmod, "_create_search_index", no_index)  # fails after the new columns are added
    with pytest.raises(DatabaseOpenError):
        open_database(db_path)
    con = sqlite3.connect(db_path)
    columns = {row[1] for row in con.execute("PRAGMA table_info(customer)")}
    assert "search_text" not in columns and "sort_key" not in columns
    assert con.execute("SELECT version FROM schema_version").fetchone()[0] == 1
    con.close()
