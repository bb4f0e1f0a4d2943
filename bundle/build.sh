#!/usr/bin/env bash
# Build the app to double-click: dist/Makegood/ with the program Makegood in it (Makegood.exe on Windows, with
# makegood-cli.exe for the commands; on macOS also dist/Makegood.app). One folder, nothing to install: copy it.
# Uses .venv's Python (python -m venv .venv && .venv/bin/pip install -r requirements-dev.txt), or $PYTHON.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
python="${PYTHON:-}"
if [ -z "$python" ]; then
  for candidate in .venv/bin/python .venv/Scripts/python.exe; do
    if [ -x "$candidate" ]; then python="$candidate"; break; fi
  done
fi
if [ -z "$python" ]; then
  echo "build: no .venv here; make it first (see the README) or set PYTHON=/path/to/python" >&2
  exit 1
fi
start=$SECONDS
"$python" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
  bundle/makegood.spec
echo "built dist/Makegood ($(du -sh dist/Makegood | cut -f1)) in $((SECONDS - start)) s"
