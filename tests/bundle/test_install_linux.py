"""Installing the built app into a Linux user's menu, updating it, removing it: the shop's data is never touched."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALL = ROOT / "bundle" / "install-linux.sh"


def built(folder: Path, version: str) -> Path:
    """A stand-in for dist/Makegood: the program and a library folder."""
    program = folder / "Makegood"
    (program / "_internal").mkdir(parents=True)
    (program / "_internal" / "version.txt").write_text(version)
    (program / "Makegood").write_text(f"#!/bin/sh\necho {version}\n")
    (program / "Makegood").chmod(0o755)
    return program


def install(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env["HOME"] = str(home)
    return subprocess.run(["bash", str(INSTALL), *args], capture_output=True, text=True, env=env, timeout=60)


def entry(home: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(home / ".local/share/applications/makegood.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_says_what_the_desktop_needs() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(ROOT / "bundle" / "makegood.desktop", encoding="utf-8")
    desktop = parser["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Makegood" and desktop["Comment"]
    assert desktop["Icon"] == "makegood" and "Office" in desktop["Categories"].split(";")
    assert desktop["Exec"] == "Makegood" and desktop["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(ROOT / "bundle" / "makegood.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout


def test_install_then_update_keeps_the_shops_data(tmp_path: Path) -> None:
    home = tmp_path / "home with space"
    home.mkdir()
    done = install(home, str(built(tmp_path / "v1", "one")))
    assert done.returncode == 0, done.stderr
    program = home / ".local/opt/Makegood"
    assert subprocess.run([str(program / "Makegood")], capture_output=True, text=True).stdout == "one\n"
    desktop = entry(home)
    assert desktop["Exec"] == f'"{program}/Makegood"'
    assert desktop["Icon"] == "makegood"
    for size in (48, 128, 256):
        icon = home / f".local/share/icons/hicolor/{size}x{size}/apps/makegood.png"
        assert icon.read_bytes() == (ROOT / "bundle" / "icons" / f"makegood-{size}.png").read_bytes()
    assert (home / ".local/share/icons/hicolor/scalable/apps/makegood.svg").is_file()

    data = home / ".local/share/Makegood/Makegood"  # QStandardPaths' AppDataLocation: the shop's database
    data.mkdir(parents=True)
    (data / "makegood.db").write_bytes(b"the shop's records")
    (program / "_internal" / "left-over.txt").write_text("from the old version")
    again = install(home, str(built(tmp_path / "v2", "two")))
    assert again.returncode == 0, again.stderr
    assert subprocess.run([str(program / "Makegood")], capture_output=True, text=True).stdout == "two\n"
    assert not (program / "_internal" / "left-over.txt").exists()  # the program folder is replaced whole
    assert (data / "makegood.db").read_bytes() == b"the shop's records"
    assert [p.name for p in (home / ".local/opt").iterdir()] == ["Makegood"]  # no half-copied folder left

    removed = install(home, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not program.exists() and not (home / ".local/share/applications/makegood.desktop").exists()
    assert not list((home / ".local/share/icons").rglob("makegood.*"))
    assert (data / "makegood.db").read_bytes() == b"the shop's records"


@pytest.mark.parametrize("folder", ["missing", "empty"])
def test_nothing_built_is_one_line_and_installs_nothing(tmp_path: Path, folder: str) -> None:
    (tmp_path / "empty").mkdir()
    home = tmp_path / "home"
    home.mkdir()
    result = install(home, str(tmp_path / folder))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"install-linux: no built program at {tmp_path / folder}/Makegood; build it first: bash bundle/build.sh"]
    assert not (home / ".local").exists()
