"""Never losing the shop's records: backups that are checked before they are kept, restore, and a health check.

Backups use SQLite's online backup API (the desk keeps working while it runs), go into a ``backups`` folder
beside the database, and keep the last 14 daily and 12 monthly copies. A copy that fails its integrity check is
thrown away before anything is rotated, so a damaged database never pushes the good copies out. Everything here
uses plain ``sqlite3`` connections of its own, so the desk can call it from a background thread.

A PostgreSQL server is backed up on the server with ``pg_dump`` (README: "More than one desk").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from models import db as dbmod
from models.errors import DatabaseUnavailable, DeskError
from models.i18n import CORE, desk_moment

BACKUP_FOLDER = "backups"
KEEP_DAILY = 14
KEEP_MONTHLY = 12
STALE_AFTER = dt.timedelta(days=2)
TABLES = ("staff", "customer", "visit", "complaint", "resolution_step", "remedy", "voucher", "promise", "letter",
          "audit_entry")
_STAMP = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})\.db$")
PG_DUMP_HINT = ("this desk uses a PostgreSQL server: back it up on the server with pg_dump "
                "(see the README, 'More than one desk'); Makegood backs up database files only.")


class BackupError(DeskError):
    """A backup, restore or check that could not be done; nothing was changed."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime  # aware, local time of the desk that took it
    size: int


@dataclass(frozen=True)
class CheckReport:
    """What ``check`` found: ``problems`` is empty when the database is healthy."""

    location: str
    schema_version: int
    counts: dict[str, int] = field(default_factory=dict)
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class BackupStatus:
    """What the desk tells the receptionist about backups."""

    last_good: BackupFile | None
    age: dt.timedelta | None
    stale: bool  # no backup, or the last one is older than two days
    message: str


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_copy: Path | None  # the database as it was before the restore
    upgraded_from: int  # the backup's schema version (older ones are upgraded)


# ---------------------------------------------------------------------------------------------- where


def database_file() -> Path:
    """The file of the database the desk has open; a server database is refused with the pg_dump hint."""
    obj = dbmod.database.obj
    if obj is None:
        raise BackupError(CORE.tr("No database is open."))
    if not dbmod.is_sqlite(obj):
        raise BackupError(PG_DUMP_HINT[0].upper() + PG_DUMP_HINT[1:])
    return Path(obj.database).resolve()


def backup_folder(db_file: Path) -> Path:
    return db_file.parent / BACKUP_FOLDER


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def list_backups(db_file: Path) -> list[BackupFile]:
    """The automatic and manual backups of ``db_file`` in its backups folder, newest first."""
    folder = backup_folder(db_file)
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or match["stem"] != db_file.stem or not path.is_file():
            continue
        taken = dt.datetime.strptime(match["stamp"], _STAMP).astimezone()
        found.append(BackupFile(path, taken, path.stat().st_size))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


# ---------------------------------------------------------------------------------------------- checking


def _sqlite_problems(con: sqlite3.Connection, *, with_search: bool) -> tuple[int, dict[str, int], list[str]]:
    problems: list[str] = []
    counts: dict[str, int] = {}
    try:
        result = [row[0] for row in con.execute("PRAGMA integrity_check(20)")]
    except sqlite3.DatabaseError as exc:
        return 0, counts, [CORE.tr("the file is damaged ({reason})").format(reason=exc)]
    if result != ["ok"]:
        problems.append(CORE.tr("the file is damaged ({problems})").format(problems='; '.join(result[:3])))
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "schema_version" not in tables:
        return 0, counts, [*problems, CORE.tr("it is not a Makegood database (no schema version)")]
    version = int(con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0)
    if version > dbmod.SCHEMA_VERSION:
        problems.append(CORE.tr("it was saved by a newer Makegood (schema {version}; this one reads up to "
                                "{supported})").format(version=version, supported=dbmod.SCHEMA_VERSION))
    broken: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _fk in con.execute("PRAGMA foreign_key_check"):
        broken[(table, parent)] = broken.get((table, parent), 0) + 1
    for (table, parent), count in sorted(broken.items()):
        problems.append(CORE.tr("%n {table} row(s) point to a missing {parent}", "", count).format(
            table=table, parent=parent))
    for table in TABLES:
        if table in tables:
            counts[table] = int(con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
    if with_search and "customer_fts" in tables:
        try:  # rank 1: compare the index with the customer rows it is built from
            con.execute("INSERT INTO customer_fts(customer_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(CORE.tr("the customer search index does not match the customers ({reason})").format(
                                reason=exc))
        finally:
            con.rollback()
    elif with_search and version >= 2:
        problems.append(CORE.tr("the customer search index is missing"))
    return version, counts, problems


def check_file(path: Path) -> CheckReport:
    """Check a SQLite file: integrity, foreign keys, the search index, schema version; count the records."""
    where = str(path)
    if not path.is_file():
        raise BackupError(CORE.tr("{where} does not exist.").format(where=where))
    with path.open("rb") as fh:
        if fh.read(len(dbmod.SQLITE_MAGIC)) != dbmod.SQLITE_MAGIC:
            return CheckReport(where, 0, {}, (CORE.tr("it is not a SQLite database file"),))
    try:
        con = sqlite3.connect(path, timeout=dbmod.DEFAULT_BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        return CheckReport(where, 0, {}, (CORE.tr("it cannot be opened ({reason})").format(reason=exc),))
    try:
        version, counts, problems = _sqlite_problems(con, with_search=True)
    except sqlite3.DatabaseError as exc:
        version, counts, problems = 0, {}, [CORE.tr("the file is damaged ({reason})").format(reason=exc)]
    finally:
        con.close()
    return CheckReport(where, version, counts, tuple(problems))


def check_database() -> CheckReport:
    """Check the database the desk has open (a file, or a PostgreSQL server)."""
    obj = dbmod.database.obj
    if obj is None:
        raise BackupError(CORE.tr("No database is open."))
    if dbmod.is_sqlite(obj):
        return check_file(Path(obj.database))
    problems: list[str] = []
    version = dbmod.schema_version(obj)
    if version != dbmod.SCHEMA_VERSION:
        problems.append(CORE.tr("the schema is {version}; this Makegood expects {supported}").format(
                            version=version, supported=dbmod.SCHEMA_VERSION))
    tables = set(obj.get_tables())
    counts = {t: int(obj.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]) for t in TABLES if t in tables}
    indexes = {row[0] for row in obj.execute_sql("SELECT indexname FROM pg_indexes WHERE tablename = 'customer'")}
    if dbmod.PG_SEARCH_INDEX not in indexes:
        problems.append(CORE.tr("the customer search index is missing"))
    return CheckReport(dbmod.describe(obj.database), version, counts, tuple(problems))


# ---------------------------------------------------------------------------------------------- backup


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database into ``target`` with the backup API, as one self-contained file (no WAL)."""
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def _disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "full" in text or "no space" in text or getattr(exc, "errno", None) in (28, 27)  # ENOSPC, EFBIG


def take_backup(out: Path | None = None, *, db_file: Path | None = None,
                now: dt.datetime | None = None) -> BackupFile:
    """Copy the database to ``out`` (or the backups folder, then rotate), checked before it is kept."""
    source_file = db_file or database_file()
    now = now or _now()
    automatic = out is None
    target = out if out is not None else backup_folder(source_file) / f"{source_file.stem}-{now.strftime(_STAMP)}.db"
    target = target.resolve()
    if target == source_file.resolve():
        raise BackupError(CORE.tr("A backup cannot be written over the database itself; choose another file."))
    if not automatic and not target.parent.is_dir():
        raise BackupError(CORE.tr("The folder {parent} does not exist; choose one that does.").format(
                              parent=target.parent))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(CORE.tr("The backup folder {parent} cannot be made ({reason}).").format(
                              parent=target.parent, reason=exc.strerror)) from None
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        source = sqlite3.connect(f"{source_file.as_uri()}?mode=ro", uri=True,
                                 timeout=dbmod.DEFAULT_BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise BackupError(CORE.tr("{file} cannot be read for a backup ({reason}).").format(
                              file=source_file, reason=exc)) from None
    try:
        _copy(source, partial)
        report = check_file(partial)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        if _disk_full(exc):
            raise DatabaseUnavailable(
                CORE.tr("The backup could not be saved in {parent}: the disk is full. The earlier backups were "
                        "kept; free some space and back up again.").format(parent=target.parent)) from None
        raise BackupError(CORE.tr("The backup could not be written to {target} ({reason}); the earlier backups were "
                                  "kept.").format(target=target, reason=exc)
                          ) from None
    finally:
        source.close()
    if not report.ok:
        partial.unlink(missing_ok=True)
        raise BackupError(CORE.tr("The database is damaged ({problems}), so this copy was not kept and the earlier "
                                  "backups are untouched. {hint}").format(
                              problems='; '.join(report.problems), hint=restore_hint(source_file)))
    os.replace(partial, target)
    if automatic:
        rotate(source_file)
    return BackupFile(target, now, target.stat().st_size)


def rotate(db_file: Path) -> list[Path]:
    """Keep the newest backup of each of the last 14 days and each of the last 12 months; remove the rest."""
    backups = list_backups(db_file)
    keep: set[Path] = set()
    days: list[dt.date] = []
    months: list[tuple[int, int]] = []
    for backup in backups:  # newest first: the first seen of a day or month is its newest copy
        day = backup.taken_at.date()
        if day not in days and len(days) < KEEP_DAILY:
            days.append(day)
            keep.add(backup.path)
        month = (day.year, day.month)
        if month not in months and len(months) < KEEP_MONTHLY:
            months.append(month)
            keep.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def daily_backup_if_due(db_file: Path | None = None, *, now: dt.datetime | None = None) -> BackupFile | None:
    """The start-up backup: at most one a day. Returns the new backup, or None when today's is already there
    (or the database is on a server, where pg_dump does the job)."""
    if db_file is None:
        obj = dbmod.database.obj
        if obj is None or not dbmod.is_sqlite(obj):
            return None
        db_file = Path(obj.database).resolve()
    now = now or _now()
    latest = list_backups(db_file)
    if latest and latest[0].taken_at.date() == now.date():
        return None
    return take_backup(db_file=db_file, now=now)


def _english_moment(moment: dt.datetime) -> str:
    return moment.strftime("%d %b %Y %H:%M")


def backup_status(db_file: Path | None = None, *, now: dt.datetime | None = None) -> BackupStatus:
    """The last good backup and its age; ``stale`` when there is none or it is older than two days."""
    if db_file is None:
        obj = dbmod.database.obj
        if obj is None or not dbmod.is_sqlite(obj):
            return BackupStatus(None, None, False, CORE.tr("The database is on a server: it is backed up there "
                                                           "with pg_dump."))
        db_file = Path(obj.database).resolve()
    now = now or _now()
    backups = list_backups(db_file)
    if not backups:
        return BackupStatus(None, None, True, CORE.tr("There is no backup of this database yet."))
    last = backups[0]
    age = now - last.taken_at
    stale = age > STALE_AFTER
    when = desk_moment(last.taken_at, _english_moment)
    if stale:
        message = CORE.tr("The last backup is %n days old ({when}); back up now.", "", age.days).format(
            when=when)
    else:
        message = CORE.tr("Last backup {when}: {path}").format(when=when, path=last.path)
    return BackupStatus(last, age, stale, message)


def restore_hint(db_file: Path) -> str:
    """Which backup to restore when the database is damaged."""
    for backup in list_backups(db_file):
        if check_file(backup.path).ok:
            taken = desk_moment(backup.taken_at, _english_moment)
            return (CORE.tr("Restore the last good backup, {path} (taken {taken}): python main.py "
                            "restore {path}").format(path=backup.path, taken=taken))
    return CORE.tr("There is no good backup to restore from.")


# ---------------------------------------------------------------------------------------------- restore


def restore(source: Path, db_file: Path, *, now: dt.datetime | None = None) -> RestoreResult:
    """Replace the database at ``db_file`` with the backup ``source``.

    The backup is checked first (a SQLite file, integrity ok, a Makegood schema no newer than this one; an older
    one is upgraded); the current database is kept as a copy in the backups folder; a bad file is refused
    with the reason and nothing changes. Close the database before calling (the desk reopens it after).
    """
    now = now or _now()
    source = source.expanduser().resolve()
    db_file = db_file.expanduser().resolve()
    if source == db_file:
        raise BackupError(CORE.tr("That is the database itself; choose a backup file to restore from."))
    report = check_file(source)  # raises when it does not exist
    if not report.ok:
        raise BackupError(CORE.tr("{source} cannot be restored: {problems}. Nothing was changed.").format(
                              source=source, problems='; '.join(report.problems)))
    folder = backup_folder(db_file)
    folder.mkdir(parents=True, exist_ok=True)
    staged = folder / f".restore-{now.strftime(_STAMP)}.db"
    previous: Path | None = None
    try:
        with contextlib.closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src:
            _copy(src, staged)
        if report.schema_version < dbmod.SCHEMA_VERSION:
            dbmod.open_database(staged)  # upgrades it in place, in one transaction
            dbmod.close_database()
        if db_file.exists():
            previous = folder / f"{db_file.stem}-before-restore-{now.strftime(_STAMP)}.db"
            _keep_current(db_file, previous)
        _replace(staged, db_file)
    except (sqlite3.Error, OSError) as exc:
        if _disk_full(exc):
            raise DatabaseUnavailable(CORE.tr("The disk is full, so {file} was not replaced; free some space "
                                              "and restore again.").format(file=db_file)) from None
        raise BackupError(CORE.tr("{file} could not be replaced ({reason}); it was left as it was.").format(
                              file=db_file, reason=exc)) from None
    finally:
        staged.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(str(staged) + suffix).unlink(missing_ok=True)
    return RestoreResult(source, previous, report.schema_version)


def _keep_current(db_file: Path, copy: Path) -> None:
    try:
        with contextlib.closing(sqlite3.connect(db_file)) as current:
            _copy(current, copy)
    except sqlite3.DatabaseError:  # too damaged to read page by page: keep its bytes as they are
        copy.unlink(missing_ok=True)
        shutil.copyfile(db_file, copy)
        wal = Path(str(db_file) + "-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(str(copy) + "-wal"))


def _replace(staged: Path, db_file: Path) -> None:
    """Write the staged copy into the database file through SQLite, so its journal keeps the swap atomic."""
    if db_file.exists():
        try:
            with contextlib.closing(sqlite3.connect(staged)) as src, \
                    contextlib.closing(sqlite3.connect(db_file, timeout=5)) as dest:
                src.backup(dest)
            return
        except sqlite3.DatabaseError as exc:
            if "not a database" not in str(exc) and "malformed" not in str(exc):
                raise
    # no database there, or one too damaged to write into: move the checked copy in place
    for suffix in ("-wal", "-shm"):
        Path(str(db_file) + suffix).unlink(missing_ok=True)
    os.replace(staged, db_file)


def restore_and_reopen(source: Path) -> RestoreResult:
    """The desk's restore: close the open database, restore ``source`` over it, open it again (upgraded when the
    backup is older). The desk then refreshes everything it shows."""
    db_file = database_file()
    dbmod.close_database()
    try:
        return restore(source, db_file)
    finally:
        dbmod.open_database(db_file)
