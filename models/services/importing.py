"""Bringing in the records a shop already has: customers, visits and complaints from CSV files.

The receptionist (or the command line) looks at the file first — encoding, delimiter, which column holds which
field, the first rows as they will be stored — then a dry run counts what will be added, updated (a customer
matched by email or phone), skipped as a duplicate, or rejected and why. The real run does exactly that in one
transaction: cancelling or any failure leaves the database as it was. Rejected rows go, with their reason, to
``<file>-rejected.csv`` beside the source. Importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

from models.bulk import insert_rows, next_id
from models.csvsource import MAX_FIELD, CsvShape, ImportRefused, date_order_hint, inspect, is_ambiguous_date, records
from models.db import database
from models.errors import DeskError
from models.i18n import CORE
from models.services import audit
from models.services.import_kinds import KINDS, SPECS, FieldSpec, Target, normalise

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?
PREVIEW_ROWS = 10
_SAMPLE_RECORDS = 200
_BATCH = 5000
_REPORTED_REJECTS = 200  # kept in the result for the wizard and the command line; all go to the rejects file


class ImportCancelled(DeskError):
    """The import was stopped before the end; nothing was changed."""


@dataclass(frozen=True)
class ImportPlan:
    """A file sized up for import: how it is written and which column feeds which field."""

    shape: CsvShape
    kind: str
    header_index: int  # records above the header (junk lines an export put first)
    header: tuple[str, ...]
    mapping: dict[str, int]  # field name -> column index
    date_order: str | None  # 'dmy' | 'mdy' | None (not needed, or not chosen yet)
    date_order_needed: bool  # the file's dates could be read either way: ask
    sample: tuple[tuple[int, tuple[str, ...]], ...] = ()  # the first data records (line, cells)
    header_line: int = 1

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        return SPECS[self.kind]

    def column_of(self, name: str) -> str:
        index = self.mapping.get(name)
        return self.header[index] if index is not None else ""


@dataclass(frozen=True)
class PreviewRow:
    line: int
    values: dict[str, str]  # field -> the value as it will be stored (as text)
    reason: str = ""  # why the row would be rejected, when it would


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    duplicates: int
    rejected: int
    rejects: tuple[tuple[int, str], ...] = ()  # (line, reason), the first few hundred
    rejects_file: Path | None = None
    dry_run: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)


# ---------------------------------------------------------------------------------------------- looking first


def guess_mapping(kind: str, header: tuple[str, ...] | list[str]) -> dict[str, int]:
    """Which column holds which field, from the header's words (English and the usual variants)."""
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    names = [normalise(cell) for cell in header]
    for spec in SPECS[kind]:  # in order: the first field that claims a column keeps it
        for alias in spec.aliases:
            if alias in names and names.index(alias) not in taken:
                mapping[spec.name] = names.index(alias)
                taken.add(names.index(alias))
                break
    return mapping


def _usable(kind: str, mapping: dict[str, int]) -> bool:
    return all(any(name in mapping for name in group) for group in Target.of(kind).needs)


def inspect_file(path: Path, kind: str, *, mapping: dict[str, str] | None = None,
                 date_order: str | None = None) -> ImportPlan:
    """Size up ``path`` for importing ``kind``: ImportRefused with the reason when it cannot be imported.

    ``mapping`` names the column for a field ({"name": "Full name"}); the others are guessed from the header.
    """
    if kind not in KINDS:
        raise ImportRefused(CORE.tr("Makegood imports {kinds}, not {kind}.").format(kinds=", ".join(KINDS),
                                                                                kind=kind))
    unknown = sorted(set(mapping or {}) - {spec.name for spec in SPECS[kind]})
    if unknown:
        raise ImportRefused(CORE.tr("{kind} have no field {field}; the fields are {fields}.").format(
            kind=kind.capitalize(), field=unknown[0], fields=", ".join(spec.name for spec in SPECS[kind])))
    shape, _text = inspect(path)
    head: list[tuple[int, list[str]]] = []
    for item in records(shape):
        head.append(item)
        if len(head) >= _SAMPLE_RECORDS:
            break
    plan = _find_header(shape, kind, head, mapping or {})
    return remap(plan, plan.mapping, date_order)


def _find_header(shape: CsvShape, kind: str, head: list[tuple[int, list[str]]],
                 wanted: dict[str, str]) -> ImportPlan:
    for index, (line, cells) in enumerate(head[:30]):
        names = [normalise(cell) for cell in cells]
        if wanted and not all(normalise(column) in names for column in wanted.values()):
            continue
        mapping = guess_mapping(kind, cells)
        for name, column in wanted.items():
            mapping = {k: v for k, v in mapping.items() if v != names.index(normalise(column))}
            mapping[name] = names.index(normalise(column))
        if _usable(kind, mapping):
            data = tuple((at, tuple(row)) for at, row in head[index + 1:] if any(c.strip() for c in row))
            if not data:
                raise ImportRefused(CORE.tr("{name} has a header but no rows to import.").format(
                                        name=shape.path.name))
            return ImportPlan(shape, kind, index, tuple(cell.strip() for cell in cells), mapping, None, False, data,
                              line)
    first = next((" | ".join(cells)[:80] for _line, cells in head if any(c.strip() for c in cells)), "")
    target = Target.of(kind)
    if wanted:
        missing = [column for column in wanted.values()]
        raise ImportRefused(CORE.tr("{name} has no header line with the column(s) {columns}; its first line reads: "
                                    "{first}").format(name=shape.path.name, columns=", ".join(missing), first=first))
    raise ImportRefused(CORE.tr("No column of {name} looks like {missing}; its first line reads: {first}. Say "
                                "which column it is with --map {field}=Column.").format(
                            name=shape.path.name, missing=CORE.tr(target.missing), first=first,
                            field=target.needs[0][0]))


def remap(plan: ImportPlan, mapping: dict[str, int], date_order: str | None) -> ImportPlan:
    """The plan with another column mapping or date order (the wizard's edits)."""
    if not _usable(plan.kind, mapping):
        raise ImportRefused(CORE.tr("Map a column to {missing} to import {kind}.").format(
                                missing=CORE.tr(Target.of(plan.kind).missing), kind=plan.kind))
    date_fields = [spec.name for spec in plan.fields if spec.kind == "date" and spec.name in mapping]
    hints: set[str] = set()
    ambiguous = False
    for _line, cells in plan.sample:
        for name in date_fields:
            index = mapping[name]
            value = cells[index] if index < len(cells) else ""
            hint = date_order_hint(value)
            if hint:
                hints.add(hint)
            ambiguous = ambiguous or is_ambiguous_date(value)
    order = date_order or (hints.pop() if len(hints) == 1 else None)
    needed = date_order is None and (len(hints) > 1 or (ambiguous and order is None))
    return replace(plan, mapping=dict(mapping), date_order=order, date_order_needed=needed)


def preview(plan: ImportPlan, count: int = PREVIEW_ROWS) -> list[PreviewRow]:
    """The first rows as they will be stored, each with the reason it would be refused (if it would)."""
    target = Target.of(plan.kind)
    shown = []
    for line, cells in plan.sample[:count]:
        try:
            values = target.parse(_cells_by_field(plan, cells), plan.date_order)
        except ValueError as exc:
            shown.append(PreviewRow(line, {}, str(exc)))
            continue
        shown.append(PreviewRow(line, target.display(values)))
    return shown


def _cells_by_field(plan: ImportPlan, cells: tuple[str, ...] | list[str]) -> dict[str, str]:
    if len(cells) < len(plan.header) and len(cells) <= max(plan.mapping.values()):
        raise ValueError(CORE.tr("the line is cut short ({cells} of {header} columns)").format(
                             cells=len(cells), header=len(plan.header)))
    values = {}
    for name, index in plan.mapping.items():
        value = cells[index] if index < len(cells) else ""
        if len(value) > MAX_FIELD:
            raise ValueError(CORE.tr("the {column} column holds {count:,} characters; at most {most:,} are "
                                     "imported").format(column=plan.header[index], count=len(value), most=MAX_FIELD))
        if "\x00" in value:
            raise ValueError(CORE.tr("the {column} column holds NUL characters (binary data)").format(
                                 column=plan.header[index]))
        values[name] = value
    return values


# ---------------------------------------------------------------------------------------------- the run


def run_import(plan: ImportPlan, *, staff_id: int, dry_run: bool = False,
               progress: Progress | None = None) -> ImportResult:
    """Import the file as planned, in one transaction; with ``dry_run`` only count. ``progress(done, total)``
    in thousandths of the file; returning False cancels (ImportCancelled, nothing changed)."""
    if plan.date_order_needed:
        raise ImportRefused(CORE.tr("The dates could be day/month or month/day (like 03/04/2024); say which the "
                                    "file uses (--date-format DD/MM/YYYY or MM/DD/YYYY)."))
    target = Target.of(plan.kind)
    rejects_path = plan.shape.path.with_name(plan.shape.path.stem + "-rejected.csv")
    partial = rejects_path.with_name(rejects_path.name + ".partial")
    rejects: list[tuple[int, str]] = []
    counts = {"added": 0, "updated": 0, "duplicates": 0, "rejected": 0}
    size = max(1, plan.shape.size)
    cancelled = False

    def position(read: int) -> None:
        nonlocal cancelled
        if progress is not None and not cancelled and not progress(min(999, read * 1000 // size), 1000):
            cancelled = True

    writer_file = None if dry_run else _open_rejects(partial, plan.header)
    try:
        with database.atomic() as transaction:
            matcher = target.matcher(staff_id)
            pending: list[tuple[object, ...]] = []
            first_id = next_id(target.model)
            for index, (line, cells) in enumerate(records(plan.shape, position)):
                if cancelled:
                    transaction.rollback()
                    raise ImportCancelled(CORE.tr("The import was cancelled; nothing was changed."))
                if index <= plan.header_index or not any(cell.strip() for cell in cells):
                    continue
                try:
                    values = target.parse(_cells_by_field(plan, cells), plan.date_order)
                    outcome, row = matcher.classify(line, values)
                except ValueError as exc:
                    counts["rejected"] += 1
                    if len(rejects) < _REPORTED_REJECTS:
                        rejects.append((line, str(exc)))
                    if writer_file is not None:
                        writer_file[1].writerow([line, str(exc), *cells])
                    continue
                counts[outcome] += 1
                if outcome == "added" and row is not None and not dry_run:
                    pending.append(row)
                    if len(pending) >= _BATCH:
                        insert_rows(target.model, target.columns, pending)
                        pending.clear()
            if cancelled or (progress is not None and not progress(1000, 1000)):
                transaction.rollback()
                raise ImportCancelled(CORE.tr("The import was cancelled; nothing was changed."))
            if not dry_run:
                insert_rows(target.model, target.columns, pending)
                matcher.apply_updates()
                audit.record(staff_id, "import", first_id if counts["added"] else 0, plan.kind, None,
                             {"file": plan.shape.path.name, **counts})
            else:
                transaction.rollback()
    except BaseException:
        if writer_file is not None:
            writer_file[0].close()
            partial.unlink(missing_ok=True)
        raise
    saved: Path | None = None
    if writer_file is not None:
        writer_file[0].close()
        if counts["rejected"]:
            os.replace(partial, rejects_path)
            saved = rejects_path
        else:
            partial.unlink(missing_ok=True)
    notes: tuple[str, ...] = ()
    if not dry_run and writer_file is None and counts["rejected"]:
        notes = (CORE.tr("The rejected rows could not be written beside {name} (the folder cannot be written to); "
                         "their reasons are listed here.").format(name=plan.shape.path.name),)
    return ImportResult(counts["added"], counts["updated"], counts["duplicates"], counts["rejected"],
                        tuple(rejects), saved, dry_run, notes)


def _open_rejects(path: Path, header: tuple[str, ...]) -> tuple[TextIO, Any] | None:
    try:
        fh = path.open("w", encoding="utf-8-sig", newline="")  # with a BOM, so Excel reads it as UTF-8
    except OSError:
        return None  # a read-only folder: the reasons are still in the result
    writer = csv.writer(fh)
    writer.writerow(["Line", "Reason", *header])
    return fh, writer


def describe_result(plan: ImportPlan, result: ImportResult) -> str:
    """The counts as the command line prints them (and the wizard shows them)."""
    counts = (CORE.tr("{file} ({encoding}, {delimiter}-separated), {kind} (dry run): {added} added, {updated} "
                      "updated, {duplicates} skipped as duplicates, {rejected} rejected.") if result.dry_run else
              CORE.tr("{file} ({encoding}, {delimiter}-separated), {kind}: {added} added, {updated} updated, "
                      "{duplicates} skipped as duplicates, {rejected} rejected."))
    lines = [counts.format(file=plan.shape.path.name, encoding=plan.shape.encoding_label,
                           delimiter=plan.shape.delimiter_label, kind=plan.kind, added=result.added,
                           updated=result.updated, duplicates=result.duplicates, rejected=result.rejected)]
    for line, reason in result.rejects[:20]:
        lines.append(CORE.tr("  line {line}: {reason}").format(line=line, reason=reason))
    if result.rejected > 20:
        lines.append(CORE.tr("  … and {count} more").format(count=result.rejected - 20))
    if result.rejects_file is not None:
        lines.append(CORE.tr("The rejected rows and their reasons are in {file}.").format(
                         file=result.rejects_file))
    lines.extend(result.notes)
    if result.dry_run:
        lines.append(CORE.tr("Dry run: nothing was changed."))
    return "\n".join(lines)

