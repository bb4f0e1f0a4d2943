"""Refresh the translations: extract the desk's strings (and the core's, once models/i18n.py exists) into the
.ts files, then compile them into the .qm files the desk loads.

- makegood_pl.qm: core_pl.ts + desk_pl.ts, the Polish translation (done by hand).
- makegood_en.qm: plurals_en.ts, English's own plural forms of every ``%n`` message ("1 customer", "2 customers"),
  filled in here from the "(s)" in the source text; a form that the rule gets wrong is corrected in the .ts by hand
  and kept (only unfinished messages are filled).

    python resources/translations/update.py          # lupdate + lrelease
    python resources/translations/update.py --release  # lrelease only (the .ts files as they are)

Translate the new or changed messages in desk_pl.ts / core_pl.ts (Qt Linguist: ``pyside6-linguist``), run this again,
and commit the .ts files with the .qm (tests/resources/test_translations.py checks the .qm is up to date).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DESK_TS = HERE / "desk_pl.ts"
CORE_TS = HERE / "core_pl.ts"
QM = HERE / "makegood_pl.qm"
PLURALS_TS = HERE / "plurals_en.ts"
PLURALS_QM = HERE / "makegood_en.qm"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the running Python's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"update.py: {name} not found (pip install PySide6)")
    return found


def tracked(*patterns: str) -> list[str]:
    """The source files git knows (run ``git add`` on a new file first)."""
    out = subprocess.run(["git", "ls-files", *patterns], cwd=ROOT, check=True, capture_output=True, text=True)
    return out.stdout.split()


def extract() -> None:
    desk = tracked("ui/*.py", "ui/**/*.py")
    core = tracked("models/*.py", "models/**/*.py", "reports/*.py") if (ROOT / "models" / "i18n.py").exists() else []
    lupdate = tool("pyside6-lupdate")
    subprocess.run([lupdate, *desk, "-ts", str(DESK_TS), "-no-obsolete"], cwd=ROOT, check=True)
    if core:
        subprocess.run([lupdate, *core, "-ts", str(CORE_TS), "-no-obsolete"], cwd=ROOT, check=True)
    plurals = [lupdate, *desk, *core, "-ts", str(PLURALS_TS), "-pluralonly", "-no-obsolete", "-target-language",
               "en", "-silent"]
    subprocess.run(plurals, cwd=ROOT, check=True)
    fill_english_plurals(PLURALS_TS)
    subprocess.run(plurals, cwd=ROOT, check=True)  # back in lupdate's own layout


def english_forms(source: str) -> tuple[str, str]:
    """("%n customer", "%n customers") from "%n customer(s)"; "a/b" pairs such as "remedy/remedies" likewise."""
    one = re.sub(r"(\w+)/(\w+)", r"\1", source.replace("(s)", ""))
    many = re.sub(r"(\w+)/(\w+)", r"\2", source.replace("(s)", "s"))
    return one, many


def fill_english_plurals(path: Path) -> None:
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source", "")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type")
        for form in english_forms(source):
            ET.SubElement(translation, "numerusform").text = form
    tree.write(path, encoding="utf-8", xml_declaration=True)


def sources() -> list[Path]:
    return [ts for ts in (CORE_TS, DESK_TS) if ts.exists()]


def release(target: Path = QM, plurals_target: Path = PLURALS_QM) -> None:
    """Compile the .ts files into ``target`` and ``plurals_target`` (the tests compile to temporary files and
    compare them with the committed ones)."""
    lrelease = tool("pyside6-lrelease")
    subprocess.run([lrelease, *map(str, sources()), "-qm", str(target), "-silent"], cwd=ROOT, check=True)
    subprocess.run([lrelease, str(PLURALS_TS), "-qm", str(plurals_target), "-silent"], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files into the .qm")
    args = parser.parse_args(argv)
    if not args.release:
        extract()
    release()
    print(f"{QM.relative_to(ROOT)} made from {', '.join(ts.name for ts in sources())}; "
          f"{PLURALS_QM.relative_to(ROOT)} from {PLURALS_TS.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
