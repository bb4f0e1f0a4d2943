#!/usr/bin/env bash
# Start the BUILT program (dist/Makegood/Makegood, made by bundle/build.sh), not the sources, as a shop would:
# --version, demo data on a temporary database, the window offscreen for a few seconds, letters --due and a
# voucher to PDF, and (when MAKEGOOD_TEST_POSTGRES_URL names a server) a shared-desk database. Every step must
# exit 0 with no traceback. Then the build's size and --version's wall time beside the source run's.
# Its home, data and settings folders are a temp folder: nothing of this user's is touched. Linux.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
python="${PYTHON:-.venv/bin/python}"  # the source run, and setting up data the demo does not make
app="$PWD/dist/Makegood/Makegood"
plugins="$PWD/dist/Makegood/_internal/PySide6/Qt/plugins"
[ -x "$app" ] || { echo "check-built: no $app; build it first: bash bundle/build.sh" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen
shop=$(mktemp -d)
trap 'rm -rf "$shop"' EXIT
db="$shop/shop.db"
isolated=(env HOME="$shop/home" XDG_DATA_HOME="$shop/home/data" XDG_CONFIG_HOME="$shop/home/config"
          XDG_CACHE_HOME="$shop/home/cache")

built() {
  echo "built Makegood $*"
  if ! "${isolated[@]}" "$app" "$@" >"$shop/out" 2>&1 || grep -q Traceback "$shop/out"; then
    sed 's/^/  /' "$shop/out"
    echo "check-built: the built program failed: Makegood $*" >&2
    exit 1
  fi
  sed 's/^/  /' "$shop/out"
}

# the Qt plugins the desk loads: the screens (a desktop's X11 and Wayland, offscreen), printing, SVG icons, PDF
for plugin in platforms/libqxcb.so platforms/libqwayland.so platforms/libqoffscreen.so \
    printsupport/libcupsprintersupport.so imageformats/libqsvg.so imageformats/libqpdf.so iconengines/libqsvgicon.so; do
  [ -f "$plugins/$plugin" ] || { echo "check-built: the build lacks Qt's $plugin" >&2; exit 1; }
done

built --version
built --db "$db" demo --customers 50

# the window, offscreen, for a few seconds: still running and no traceback (anything else on stderr is shown)
echo "built Makegood --db $db (the window, 5 s)"
"${isolated[@]}" "$app" --db "$db" >"$shop/window.out" 2>"$shop/window.err" &
window=$!
sleep 5
if ! kill -0 "$window" 2>/dev/null || grep -q Traceback "$shop/window.err"; then
  cat "$shop/window.err"
  echo "check-built: the built window did not stay up" >&2
  exit 1
fi
kill "$window"
wait "$window" || true
grep -v "propagateSizeHints" "$shop/window.err" | sed 's/^/  /' || true

# The demo keeps every follow-up it promised: promise one for later today, so letters --due prints a letter.
"$python" - "$db" <<'PY'
import datetime as dt
import sys

from models.db import open_database
from models.entities import Complaint, Customer
from models.services import promises
from models.services.staff import command_line_actor

open_database(sys.argv[1])
complaint = Complaint.select().join(Customer).where(Customer.address_line1 != "").order_by(Complaint.id).get()
promises.create_promise(complaint.customer_id, complaint.id, "Ask if all is well",
                        dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5), command_line_actor(), kind="follow_up")
PY
built --db "$db" letters --due --out "$shop/due.pdf"
built --db "$db" voucher issue --customer 1 --percent 10 --out "$shop/voucher.pdf"
code=$(head -n 1 "$shop/out")
# the documents carry the bundled DejaVu Sans (found inside the built folder) and say what they should
pdffonts "$shop/due.pdf" | grep -q DejaVuSans || { echo "check-built: the letter lacks DejaVu Sans" >&2; exit 1; }
pdftotext "$shop/voucher.pdf" - | grep -q "$code" || { echo "check-built: the voucher lacks $code" >&2; exit 1; }

# psycopg2 (with its own libpq) and playhouse in the build: a shared-desk server, on a database of its own
if [ -n "${MAKEGOOD_TEST_POSTGRES_URL:-}" ]; then
  server=$("$python" - <<'PY'
import os
import secrets
from urllib.parse import urlparse

import psycopg2

url = os.environ["MAKEGOOD_TEST_POSTGRES_URL"]
name = f"makegood_built_{secrets.token_hex(4)}"
connection = psycopg2.connect(url)
connection.autocommit = True
connection.cursor().execute(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")
print(urlparse(url)._replace(path=f"/{name}").geturl())
PY
)
  drop_server() {
    "$python" -c 'import os, psycopg2, sys
connection = psycopg2.connect(os.environ["MAKEGOOD_TEST_POSTGRES_URL"])
connection.autocommit = True
connection.cursor().execute("DROP DATABASE IF EXISTS " + sys.argv[1].rsplit("/", 1)[1])' "$server"
  }
  trap 'drop_server; rm -rf "$shop"' EXIT
  built --db "$server" demo --customers 20
  built --db "$server" check
else
  echo "built Makegood on PostgreSQL: not run (MAKEGOOD_TEST_POSTGRES_URL is not set)"
fi

# The build's size and start beside the source run's (--version's wall time: Python, Qt and the libraries)
echo "size: the build dist/Makegood $(du -sh dist/Makegood | cut -f1); the source run's venv" \
  "$(du -sh "$("$python" -c 'import sys; print(sys.prefix)')" | cut -f1)"
"$python" - "$app" <<'PY'
import statistics
import subprocess
import sys
import time


def wall(command: list[str]) -> tuple[float, float]:
    """The first start's wall time (right after a build the files may not be cached yet) and the median of 5."""
    times = []
    for _ in range(6):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times[0], statistics.median(times[1:])


built_first, built_median = wall([sys.argv[1], "--version"])
source_first, source_median = wall([sys.executable, "main.py", "--version"])
print(f"--version wall time: built {built_median * 1000:.0f} ms (first {built_first * 1000:.0f} ms), "
      f"source {source_median * 1000:.0f} ms (first {source_first * 1000:.0f} ms)")
PY

# The window's cold start (first paint, list filled, whole desk ready) beside a bare window started the same
# way: the sources beside bare_window.py run by Python, the built program beside bare_window.py built by
# PyInstaller too (its stdlib comes from .pyc files, not Python's frozen modules: a cost of any built program)
"$python" -m PyInstaller --noconfirm --log-level ERROR --onedir --debug noarchive --exclude-module multiprocessing \
  --exclude-module tkinter --distpath build/bare-dist --workpath build/bare-work --specpath build/bare-spec \
  --name bare_window benchmarks/bare_window.py
"$python" -m benchmarks.startup "$db" --built "$app" --built-bare build/bare-dist/bare_window/bare_window
