"""Makegood: start the desk, or run one command (``python main.py --help``).

Kept small on purpose: Python compiles a script at every start (only modules are cached), so the command line
lives in cli.py and the desk in ui/app.py.
"""

from __future__ import annotations

import sys


def _desk_only(argv: list[str]) -> tuple[str | None] | None:
    """The plain start of the desk (no command): its --db, read without loading the command-line parser."""
    if not argv:
        return (None,)
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return (argv[1],)
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return (argv[0][len("--db="):],)
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    desk = _desk_only(argv)
    if desk is not None:  # the desk paints before anything it does not need is loaded (ui/app.py)
        from ui.app import run_gui

        return run_gui(desk[0])
    from cli import main as run_command

    return run_command(argv)


if __name__ == "__main__":
    sys.exit(main())
