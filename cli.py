"""Makegood's command line: parse the arguments, open the database, run one command (or start the desk).

main.py hands over here whenever it is asked for more than the desk; as a module this file is compiled once
and cached, where the script main.py is compiled at every start."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    import argparse


def build_parser() -> argparse.ArgumentParser:
    import argparse  # here, not at the top: the plain desk start does without it (main)

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            # one clear line, not the usage block
            self.exit(2, f"{self.prog}: {message} (see --help)\n")

    class _ShowVersions(argparse.Action):
        """--version: what a support call needs, one per line; opens no database, starts no window."""

        def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                     option_string: str | None = None) -> None:
            from ui.versions import version_lines

            print("\n".join(version_lines()))
            parser.exit(0)

    parser = _Parser(prog="makegood",
                     description="Makegood — the front desk's complaint desk. Without a command it opens the desk.")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="database file or URL (default: makegood.db in your data folder)")
    parser.add_argument("--version", action=_ShowVersions, nargs=0,
                        help="print the versions of Makegood, its database schema, Qt and the libraries, and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    demo = commands.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--customers", type=int, default=300, metavar="N", help="how many customers (default 300)")
    demo.add_argument("--seed", type=int, default=None, metavar="S",
                      help="the same seed gives the same data (default: 7 on an empty database, a new one after)")
    voucher = commands.add_parser("voucher", help="issue, check, redeem or void a discount voucher")
    voucher_commands = voucher.add_subparsers(dest="voucher_command", metavar="ACTION", parser_class=_Parser,
                                              required=True)
    issue = voucher_commands.add_parser("issue", help="issue a voucher; prints its code on the first line")
    issue.add_argument("--customer", type=int, required=True, metavar="ID")
    issue.add_argument("--complaint", type=int, metavar="ID", help="the complaint the voucher makes good")
    value = issue.add_mutually_exclusive_group(required=True)
    value.add_argument("--percent", type=int, metavar="P", help="percent off, 1 to 100")
    value.add_argument("--amount", metavar="X", help="amount off in the business's currency, e.g. 20 or 12.50")
    issue.add_argument("--out", metavar="FILE.pdf", help="also save the printable voucher")
    for action, text in (("check", "say whether a code can be redeemed now"), ("redeem", "redeem a code once")):
        sub = voucher_commands.add_parser(action, help=text)
        sub.add_argument("code", metavar="CODE")
    void = voucher_commands.add_parser("void", help="void a voucher, with the reason")
    void.add_argument("code", metavar="CODE")
    void.add_argument("--reason", required=True, metavar="TEXT")
    letter = commands.add_parser("letter", help="print a complaint's letter or case file to a PDF")
    letter.add_argument("complaint", type=int, metavar="COMPLAINT_ID")
    letter.add_argument("--kind", default="apology", choices=("apology", "follow-up", "resolution", "case-file"))
    letter.add_argument("--out", required=True, metavar="FILE.pdf")
    letter.add_argument("--without-address", action="store_true",
                        help="print without the address block (a customer with no postal address)")
    batch = commands.add_parser("letters", help="print every follow-up letter due by the end of today")
    batch.add_argument("--due", action="store_true", required=True, help="the follow-up letters due")
    batch.add_argument("--out", required=True, metavar="FILE.pdf")
    backup = commands.add_parser("backup", help="copy the database, checked, into its backups folder or FILE")
    backup.add_argument("--out", metavar="FILE", help="write the backup here instead of the backups folder")
    restore = commands.add_parser("restore", help="replace the database with a checked backup (the current one "
                                  "is kept as a copy)")
    restore.add_argument("file", metavar="FILE")
    commands.add_parser("check", help="integrity, foreign keys, search index, schema version and counts")
    importer = commands.add_parser("import", help="bring in customers, visits or complaints from a CSV file")
    importer.add_argument("kind", choices=("customers", "visits", "complaints"))
    importer.add_argument("file", metavar="FILE")
    importer.add_argument("--dry-run", action="store_true", help="count what would happen; change nothing")
    importer.add_argument("--map", action="append", default=[], metavar="field=Column",
                          help="take a field from the named column (repeatable)")
    importer.add_argument("--date-format", choices=("DD/MM/YYYY", "MM/DD/YYYY"),
                          help="how to read dates like 03/04/2024 when the file does not make it clear")
    commands.add_parser("todo", help="promises and follow-ups due, overdue first")
    export = commands.add_parser("export", help="write customers, complaints, vouchers or remedies to a CSV file")
    export.add_argument("kind", choices=("customers", "complaints", "vouchers", "remedies"))
    export.add_argument("--out", required=True, metavar="FILE.csv", help="the CSV file to write")
    export.add_argument("--bom", action="store_true",
                        help="start with a byte-order mark, so spreadsheet apps read the text as UTF-8")
    report = commands.add_parser("report", help="the owner's monthly report of a month, as a PDF")
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--language", metavar="en|pl",
                        help="the report's language (default: the business's letter language setting)")
    bench = commands.add_parser("bench", help="run the scale benchmark (same as python -m benchmarks)")
    bench.add_argument("--scale", type=float, default=1.0, metavar="S",
                       help="1.0 = 100,000 customers, 1,000,000 visits, 200,000 complaints")
    return parser


def _open(target: str | None) -> None:
    from models.db import open_database

    if target is None:
        from ui.app import default_database_path

        target = str(default_database_path())
    open_database(target, notify=lambda notice: print(f"makegood: {notice}", file=sys.stderr))


def _demo(args: argparse.Namespace) -> int:
    from models.services import demo

    if args.customers < 1:
        raise _UsageError("--customers must be at least 1")
    _open(args.db)

    def report(done: int, total: int) -> bool:
        if sys.stderr.isatty():  # a person watching a large load sees it move; logs and pipes stay clean
            print(f"\radding demo customers: {done:,} of {total:,}", end="", file=sys.stderr, flush=True)
        return True

    from models.services.staff import command_line_actor, command_line_approval

    # whoever runs a command can already write the database file: the command line approves itself (audited)
    seed = args.seed
    if seed is None:  # a second load must add new made-up customers, not copies of the first ones
        import random

        from models.services.customers import has_customers

        seed = random.randrange(1 << 30) if has_customers() else 7
    summary = demo.generate(args.customers, seed=seed, progress=report, staff_id=command_line_actor(),
                            approval=command_line_approval())
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Added {summary.customers} customers, {summary.visits} visits and {summary.complaints} complaints"
          + (f"; {summary.staff_added} demo staff (PIN {demo.DEMO_PIN})" if summary.staff_added else "") + ".")
    return 0


def _todo(args: argparse.Namespace) -> int:
    from models.services.promises import KIND_LABELS, today_queue

    _open(args.db)
    queue = today_queue()
    labels = {"overdue": "OVERDUE", "today": "today", "upcoming": "upcoming"}
    for item in queue.items:
        p = item.promise
        when = p.due_at.astimezone().strftime("%a %d %b %H:%M")
        about = f"complaint #{p.complaint_id}" if p.complaint_id is not None else "no complaint"
        owner = f", {p.owner_name}" if p.owner_name else ""
        print(f"{labels[item.bucket]:<9} {when}  {p.customer_name} — {KIND_LABELS.get(p.kind, p.kind)}: {p.what} "
              f"({about}{owner})")
    if not queue.items:
        print("Nothing promised for the next 7 days.")
    for warning in queue.warnings:
        target = "first contact" if warning.target == "first_contact" else "resolution"
        state = "was due" if warning.breached else "due by"
        print(f"SLA       {target} {state} {warning.deadline.astimezone().strftime('%a %d %b %H:%M')}  "
              f"{warning.customer_name} — {warning.summary} (complaint #{warning.complaint_id})")
    return 0


def _export(args: argparse.Namespace) -> int:
    from models.services import exports

    _open(args.db)

    def report(done: int, total: int) -> bool:
        if sys.stderr.isatty():
            print(f"\rexporting {args.kind}: {done:,} of {total:,}", end="", file=sys.stderr, flush=True)
        return True

    summary = exports.export(args.kind, args.out, bom=args.bom, progress=report)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    one = {"customers": "customer", "complaints": "complaint", "vouchers": "voucher", "remedies": "remedy"}
    print(f"Exported {summary.rows:,} {args.kind if summary.rows != 1 else one[args.kind]} to {summary.path}.")
    return 0


def _bench(args: argparse.Namespace) -> int:
    if getattr(sys, "frozen", False):  # the built program leaves the benchmarks out
        raise _UsageError("bench runs from a source checkout: python -m benchmarks")
    from benchmarks.__main__ import main as bench_main

    if args.scale <= 0:
        raise _UsageError("--scale must be more than 0")
    return bench_main(["--scale", str(args.scale)])


def _target(args: argparse.Namespace) -> str:
    if args.db is not None:
        return str(args.db)
    from ui.app import default_database_path

    return str(default_database_path())


def _database_file(args: argparse.Namespace) -> Path:
    from models.services.backup import PG_DUMP_HINT

    target = _target(args)
    if "://" in target and not target.startswith("sqlite:"):
        raise _UsageError(PG_DUMP_HINT)
    if target.startswith("sqlite:"):
        from playhouse import db_url

        target = db_url.parse(target)["database"]
    return Path(target).expanduser()


def _backup(args: argparse.Namespace) -> int:
    from models.services import backup

    db_file = _database_file(args)
    _open(str(db_file))  # refuses a file that is not a Makegood database, upgrades an older one
    made = backup.take_backup(Path(args.out).expanduser() if args.out else None, db_file=db_file.resolve())
    print(f"Backed up to {made.path} ({made.size / 1_000_000:.1f} MB, integrity checked).")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from models.services import backup

    db_file = _database_file(args)
    result = backup.restore(Path(args.file), db_file)
    kept = f"; the database it replaced is kept as {result.previous_copy}" if result.previous_copy else ""
    print(f"Restored {db_file} from {result.restored_from}{kept}.")
    return 0


def _check(args: argparse.Namespace) -> int:
    from models.services import backup

    target = _target(args)
    if "://" in target and not target.startswith("sqlite:") or target.strip() in ("", ":memory:", "sqlite://"):
        _open(target)  # a server, or an in-memory database (refused there in one sentence)
        report = backup.check_database()
    else:
        db_file = _database_file(args)
        report = backup.check_file(db_file)
    plural = {"customer": "customers", "visit": "visits", "complaint": "complaints", "remedy": "remedies",
              "promise": "promises", "voucher": "vouchers", "letter": "letters", "staff": "staff",
              "resolution_step": "resolution steps", "audit_entry": "audit entries"}
    counts = ", ".join(f"{count:,} {table if count == 1 else plural.get(table, table + 's')}"
                       for table, count in report.counts.items())
    if not report.ok:
        hint = "" if "://" in target else " " + backup.restore_hint(_database_file(args).resolve())
        print(f"makegood: {report.location}: {'; '.join(report.problems)}.{hint}", file=sys.stderr)
        return 1
    print(f"{report.location}: ok (schema {report.schema_version}; {counts}).")
    return 0


def _import(args: argparse.Namespace) -> int:
    from models.services import importing
    from models.services.staff import command_line_actor

    mapping: dict[str, str] = {}
    for item in args.map:
        field, sep, column = item.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise _UsageError(f"--map {item}: write it as field=Column, e.g. --map name=\"Full name\"")
        mapping[field.strip()] = column.strip()
    date_order = {"DD/MM/YYYY": "dmy", "MM/DD/YYYY": "mdy", None: None}[args.date_format]
    _open(args.db)
    path = Path(args.file).expanduser()
    plan = importing.inspect_file(path, args.kind, mapping=mapping or None, date_order=date_order)

    def report(done: int, total: int) -> bool:
        if sys.stderr.isatty():
            print(f"\r{'checking' if args.dry_run else 'importing'} {args.file}: {done / total:.0%}", end="",
                  file=sys.stderr, flush=True)
        return True

    staff_id = command_line_actor()
    result = importing.run_import(plan, staff_id=staff_id, dry_run=args.dry_run, progress=report)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(importing.describe_result(plan, result))
    return 0


class _UsageError(Exception):
    pass


def _amount_cents(text: str) -> int:
    """Cents from "20", "12.50", "1,025.50" or "12,50" (a comma before one or two last digits is the decimal
    comma, as the desk reads it: 12,50 is twelve fifty, never 1,250)."""
    import re
    from decimal import Decimal, InvalidOperation

    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if re.fullmatch(r"\d+,\d{1,2}", cleaned):
        cleaned = cleaned.replace(",", ".")
    elif not re.fullmatch(r"(\d{1,3}(,\d{3})+|\d+)(\.\d+)?", cleaned):
        raise _UsageError(f"--amount {text!r} is not an amount; write it like 20 or 12.50")
    try:
        amount = Decimal(cleaned.replace(",", ""))
    except InvalidOperation:
        raise _UsageError(f"--amount {text!r} is not an amount; write it like 20 or 12.50") from None
    if not amount.is_finite() or amount <= 0 or amount != amount.quantize(Decimal("0.01")):
        raise _UsageError(f"--amount {text!r} must be more than 0 with at most two decimals")
    return int(amount * 100)


def _voucher(args: argparse.Namespace) -> int:
    from models.services import vouchers
    from models.services.staff import command_line_actor

    action = args.voucher_command
    if action == "issue":
        cents = _amount_cents(args.amount) if args.amount is not None else None
        with _output(args.out) as out:
            _open(args.db)
            if out is not None:  # the voucher is issued only if it can also be printed
                from models.services.letterhead import letterhead

                letterhead()
            info = vouchers.issue_voucher(args.customer, command_line_actor(), percent=args.percent,
                                          value_cents=cents, complaint_id=args.complaint)
            print(info.code, flush=True)
            print(info.describe() + ".")
            if out is not None:
                out.write(vouchers.voucher_pdf(info.code))
                print(f"Saved the voucher to {args.out}.")
        return 0
    _open(args.db)
    if action == "check":
        print(vouchers.check_voucher(args.code).describe() + ": it can be redeemed.")
    elif action == "redeem":
        info = vouchers.redeem_voucher(args.code, command_line_actor())
        print(f"Redeemed {info.code}: {info.value_text} for {info.customer_name}.")
    else:
        info = vouchers.void_voucher(args.code, args.reason, command_line_actor())
        print(f"Voided {info.code}: {info.void_reason}")
    return 0


def _letter(args: argparse.Namespace) -> int:
    from models.services import letters
    from models.services.staff import command_line_actor

    with _output(args.out) as out:
        assert out is not None
        _open(args.db)
        kind = letters.parse_kind(args.kind)
        try:
            stored = letters.print_letter(args.complaint, kind, command_line_actor(),
                                          without_address=args.without_address)
        except letters.NoPostalAddress as exc:
            raise _UsageError(f"{exc} (--without-address prints it without)") from None
        out.write(stored.pdf)
    print(f"Saved the {letters.KIND_LABELS[kind].lower()} for complaint {args.complaint} to {args.out}.")
    return 0


def _letters(args: argparse.Namespace) -> int:
    from models.services import letters
    from models.services.staff import command_line_actor

    def report(done: int, total: int) -> bool:
        if sys.stderr.isatty():
            print(f"\rfollow-up letters: {done:,} of {total:,}", end="", file=sys.stderr, flush=True)
        return True

    with _output(args.out) as out:
        assert out is not None
        _open(args.db)
        batch = letters.print_due_follow_ups(command_line_actor(), progress=report)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        if batch.pdf is None:
            out.discard()
            print("No follow-up letters are due" + (f"; left out: {'; '.join(batch.skipped)}." if batch.skipped
                                                     else "."))
            return 0
        out.write(batch.pdf)
    print(f"Saved {batch.printed} follow-up letter{'s' if batch.printed != 1 else ''} to {args.out}.")
    for reason in batch.skipped:
        print(f"Left out: {reason}.")
    return 0


def _report(args: argparse.Namespace) -> int:
    from models.services import monthly_report

    period = monthly_report.parse_month(args.month)  # a bad month or language is said before anything else
    if args.language is not None:
        monthly_report.report_language(args.language)
    with _output(args.out) as out:
        assert out is not None
        _open(args.db)
        out.write(monthly_report.monthly_report_pdf(args.month, language=args.language))
    print(f"Saved the monthly report for {period.start:%Y-%m} to {args.out}.")
    return 0


class _Output:
    """A file written whole or not at all: the bytes go to a temporary file beside it, renamed over it at the
    end. The folder is checked first, so an unwritable path fails before anything is saved to the database."""

    def __init__(self, target: str) -> None:
        import os
        import tempfile
        from pathlib import Path

        self.target = Path(target).expanduser()
        if self.target.is_dir():
            raise _UsageError(f"cannot write {target}: it is a folder")
        try:
            handle, temp = tempfile.mkstemp(prefix=".makegood-", suffix=".part", dir=self.target.parent or ".")
        except OSError as exc:
            raise _UsageError(f"cannot write {target}: {exc.strerror or exc}") from None
        os.close(handle)
        self.temp = Path(temp)
        self._data: bytes | None = None

    def write(self, data: bytes) -> None:
        self._data = data

    def discard(self) -> None:
        self._data = None

    def finish(self) -> None:
        import os

        try:
            if self._data is not None:
                with self.temp.open("wb") as fh:
                    fh.write(self._data)
                    fh.flush()
                    os.fsync(fh.fileno())
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(self.temp, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's owner-only
                os.replace(self.temp, self.target)
        except OSError as exc:
            raise _UsageError(f"cannot write {self.target}: {exc.strerror or exc}") from None
        finally:
            self.temp.unlink(missing_ok=True)

    def abandon(self) -> None:
        self.temp.unlink(missing_ok=True)


class _output:  # noqa: N801 - used as a with-statement, like open()
    def __init__(self, target: str | None) -> None:
        self._out = _Output(target) if target is not None else None

    def __enter__(self) -> _Output | None:
        return self._out

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if self._out is None:
            return
        if error is None:
            self._out.finish()
        else:
            self._out.abandon()


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args.db)
    import peewee

    from models.errors import DeskError

    handlers = {"demo": _demo, "todo": _todo, "bench": _bench, "voucher": _voucher, "letter": _letter,
                "letters": _letters, "backup": _backup, "restore": _restore, "check": _check, "import": _import,
                "export": _export, "report": _report}
    try:
        return handlers[args.command](args)
    except (DeskError, _UsageError) as exc:
        print(f"makegood: {exc}", file=sys.stderr)
        return 1
    except peewee.DatabaseError as exc:  # a server gone away, a disk full: said in one line, nothing half-saved
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"makegood: the database refused the command: {reason}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("makegood: interrupted; nothing was saved by the unfinished command.", file=sys.stderr)
        return 130
