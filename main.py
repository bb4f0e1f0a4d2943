"""Makegood: parse the arguments, open the database, start the desk or run one command."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # one clear line, not the usage block
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="makegood", description="Makegood — the front desk's complaint desk.")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="database file or URL (default: makegood.db in your data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    demo = commands.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--customers", type=int, default=300, metavar="N", help="how many customers (default 300)")
    demo.add_argument("--seed", type=int, default=7, metavar="S", help="the same seed gives the same data")
    export = commands.add_parser("export", help="write customers, complaints, vouchers or remedies to a CSV file")
    export.add_argument("kind", choices=("customers", "complaints", "vouchers", "remedies"))
    export.add_argument("--out", required=True, metavar="FILE.csv", help="the CSV file to write")
    export.add_argument("--bom", action="store_true",
                        help="start with a byte-order mark, so spreadsheet apps read the text as UTF-8")
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
    summary = demo.generate(args.customers, seed=args.seed, progress=report, staff_id=command_line_actor(),
                            approval=command_line_approval())
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Added {summary.customers} customers, {summary.visits} visits and {summary.complaints} complaints"
          + (f"; {summary.staff_added} demo staff (PIN {demo.DEMO_PIN})" if summary.staff_added else "") + ".")
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
    from benchmarks.__main__ import main as bench_main

    if args.scale <= 0:
        raise _UsageError("--scale must be more than 0")
    return bench_main(["--scale", str(args.scale)])


class _UsageError(Exception):
    pass


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args.db)
    import peewee

    from models.errors import DeskError

    handlers = {"demo": _demo, "export": _export, "bench": _bench}
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


if __name__ == "__main__":
    sys.exit(main())
