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


def start_bare() -> Start:
    spawned = time.time()
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bare_window.py")], capture_output=True,
                         text=True, env=_env(), cwd=ROOT, check=True).stdout.split()
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


def table(database: Path, repeat: int, built: Path | None) -> list[str]:
    kinds: dict[str, list[str]] = {"from the sources (main.py)": source_command()}
    if built is not None:
        kinds["the built program"] = [str(built)]
    bares: list[Start] = []
    desks: dict[str, list[Start]] = {name: [] for name in kinds}
    start_bare()  # one start a side not counted: the bytecode cache written, the files in the page cache
    for command in kinds.values():
        start_desk(command, database)
    for _ in range(repeat):  # interleaved, so machine noise hits every side alike
        bares.append(start_bare())
        for name, command in kinds.items():
            desks[name].append(start_desk(command, database))
    base = _median(bares, "painted")
    lines = [f"Cold starts ({repeat} a side, medians, ms after the process was spawned; {database})", "",
             "| start | first paint | database open | list filled | desk ready | RSS | paint ÷ bare | "
             "list ÷ bare |", "|---|---|---|---|---|---|---|---|",
             f"| bare QMainWindow | {base:.0f} | | | | {statistics.median(s.rss_mib for s in bares):.0f} MiB | "
             "1.00× | |"]
    for name, starts in desks.items():
        paint, opened, listed, ready = (_median(starts, phase) for phase in PHASES)
        rss = statistics.median(s.rss_mib for s in starts)
        lines.append(f"| {name} | {paint:.0f} | {opened:.0f} | {listed:.0f} | {ready:.0f} | {rss:.0f} MiB | "
                     f"{paint / base:.2f}× (goal ≤ 1.2×) | {listed / base:.2f}× (goal ≤ 1.5×) |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup", description=__doc__)
    parser.add_argument("database", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--built", type=Path, help="the one-folder program (dist/Makegood/Makegood)")
    args = parser.parse_args(argv)
    print("\n".join(table(args.database, args.repeat, args.built)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
