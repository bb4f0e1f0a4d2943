"""Cold starts, each its own process, measured from the moment the process is spawned.

``python -m benchmarks.startup DB [--repeat N] [--built PATH]`` prints a table: the bare window (an empty
QMainWindow shown and painted), the desk started from the sources (``main.py --db DB``, the README's way) and,
with ``--built``, the one-folder program — each phase as the desk reports it with MAKEGOOD_STARTUP_TRACE set
(ui/app.py): first paint, database open, list filled, whole desk ready. The child processes run offscreen.
The bare window is benchmarks/bare_window.py, run as a script as main.py is.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PHASES = ("painted", "database open", "list filled", "ready")


def rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Start:
    phases: dict[str, float] = field(default_factory=dict)  # seconds after the spawn
    rss_mib: float = float("nan")


def _env() -> dict[str, str]:
    """Offscreen, tracing, and with Python's bytecode cache on, as on a shop's PC (a sandbox that sets
    PYTHONDONTWRITEBYTECODE would otherwise compile every module of the desk from source at each start)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MAKEGOOD_STARTUP_TRACE="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def start_bare(command: list[str] | None = None) -> Start:
    """The bare window: run by this Python as a script, or ``command`` (the same script built by PyInstaller)."""
    command = command or [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
    spawned = time.time()
    out = subprocess.run(command, capture_output=True, text=True, env=_env(), cwd=ROOT, check=True).stdout.split()
    return Start({"painted": float(out[0]) - spawned}, float(out[1]))


def start_desk(command: list[str], database: Path, timeout: float = 60.0) -> Start:
    """Start the desk, read its phases off stderr until it is ready, note its memory, then end it."""
    spawned = time.time()
    child = subprocess.Popen([*command, "--db", str(database)], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             text=True, env=_env(), cwd=ROOT)
    start = Start()
    try:
        assert child.stderr is not None
        deadline = spawned + timeout
        for line in child.stderr:
            if line.startswith("makegood-startup: "):
                phase, _, stamp = line[len("makegood-startup: "):].rstrip().rpartition(" ")
                start.phases[phase] = float(stamp) - spawned
                if phase == "ready":
                    start.rss_mib = rss_mib(child.pid)
                    break
            elif "Traceback" in line or time.time() > deadline:
                raise RuntimeError(f"the desk did not start: {line.strip()}")
    finally:
        child.kill()
        child.wait()
    missing = [phase for phase in PHASES if phase not in start.phases]
    if missing:
        raise RuntimeError(f"the desk never reported {', '.join(missing)}")
    return start


def source_command() -> list[str]:
    return [sys.executable, str(ROOT / "main.py")]


def _median(starts: list[Start], phase: str) -> float:
    return statistics.median(s.phases[phase] for s in starts) * 1000


def table(database: Path, repeat: int, built: Path | None, built_bare: Path | None = None) -> list[str]:
    """Each desk beside the bare window started the same way: the sources beside the script run by Python,
    the built program beside the bare window built by PyInstaller too (when given; else the script)."""
    desks: dict[str, list[str]] = {"from the sources (main.py)": source_command()}
    bares: dict[str, list[str] | None] = {"bare QMainWindow (Python script)": None}
    against = {"from the sources (main.py)": "bare QMainWindow (Python script)"}
    if built is not None:
        desks["the built program"] = [str(built)]
        against["the built program"] = "bare QMainWindow (Python script)"
        if built_bare is not None:
            bares["bare QMainWindow, built by PyInstaller too"] = [str(built_bare)]
            against["the built program"] = "bare QMainWindow, built by PyInstaller too"
    for command in bares.values():  # one start a side not counted: bytecode cache written, files in page cache
        start_bare(command)
    for command in desks.values():
        start_desk(command, database)
    bare_starts: dict[str, list[Start]] = {name: [] for name in bares}
    desk_starts: dict[str, list[Start]] = {name: [] for name in desks}
    for _ in range(repeat):  # interleaved, so machine noise hits every side alike
        for name, command in bares.items():
            bare_starts[name].append(start_bare(command))
        for name, command in desks.items():
            desk_starts[name].append(start_desk(command, database))
    lines = [f"Cold starts ({repeat} a side, medians, ms after the process was spawned; {database})", "",
             "| start | first paint | database open | list filled | desk ready | RSS | paint ÷ bare | "
             "list ÷ bare |", "|---|---|---|---|---|---|---|---|"]
    for name, starts in bare_starts.items():
        lines.append(f"| {name} | {_median(starts, 'painted'):.0f} | | | | "
                     f"{statistics.median(s.rss_mib for s in starts):.0f} MiB | 1.00× | |")
    for name, starts in desk_starts.items():
        base = _median(bare_starts[against[name]], "painted")
        paint, opened, listed, ready = (_median(starts, phase) for phase in PHASES)
        rss = statistics.median(s.rss_mib for s in starts)
        lines.append(f"| {name} | {paint:.0f} | {opened:.0f} | {listed:.0f} | {ready:.0f} | {rss:.0f} MiB | "
                     f"{paint / base:.2f}× (goal ≤ 1.2×) | {listed / base:.2f}× (goal ≤ 1.5×) |")
    if built is not None:
        lines.append("")
        lines.append(f"the built program's ratios are against the {against['the built program']}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup", description=__doc__)
    parser.add_argument("database", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--built", type=Path, help="the one-folder program (dist/Makegood/Makegood)")
    parser.add_argument("--built-bare", type=Path,
                        help="benchmarks/bare_window.py built by PyInstaller (bundle/check-built.sh builds it)")
    args = parser.parse_args(argv)
    print("\n".join(table(args.database, args.repeat, args.built, args.built_bare)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
