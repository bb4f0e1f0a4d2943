#!/usr/bin/env bash
# Put the built Makegood in this user's menu (no root needed; the desktop picks the entry up by itself):
#   the program folder      -> ~/.local/opt/Makegood/ (replaced whole on an update)
#   the menu entry          -> ~/.local/share/applications/makegood.desktop
#   the icon                -> ~/.local/share/icons/hicolor/{48x48,128x128,256x256,scalable}/apps/makegood.*
# The shop's database is in the data folder (~/.local/share/Makegood/Makegood/makegood.db unless --db says
# otherwise), which an install, an update or --uninstall never touches.
#
#   bash bundle/install-linux.sh [BUILT_FOLDER]     (default: dist/Makegood, made by bash bundle/build.sh)
#   bash bundle/install-linux.sh --uninstall
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
program="$HOME/.local/opt/Makegood"
entry="$data_home/applications/makegood.desktop"
icons="$data_home/icons/hicolor"
sizes=(48 128 256)

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$program" "$entry" "$icons/scalable/apps/makegood.svg"
  for size in "${sizes[@]}"; do rm -f "$icons/${size}x${size}/apps/makegood.png"; done
  echo "Makegood is removed from the menu and from $program; the shop's data folder is kept."
  exit 0
fi

built="${1:-$root/dist/Makegood}"
if [ ! -x "$built/Makegood" ]; then
  echo "install-linux: no built program at $built/Makegood; build it first: bash bundle/build.sh" >&2
  exit 1
fi
built="$(cd "$built" && pwd)"

# Copy beside the old folder, then swap: a copy that fails half-way leaves the installed program as it was.
mkdir -p "$(dirname "$program")"
staging="$(mktemp -d "$program.new.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
cp -a "$built/." "$staging/"
chmod 755 "$staging"
rm -rf "$program"
mv "$staging" "$program"
trap - EXIT

for size in "${sizes[@]}"; do
  install -D -m 644 "$here/icons/makegood-$size.png" "$icons/${size}x${size}/apps/makegood.png"
done
install -D -m 644 "$root/resources/makegood.svg" "$icons/scalable/apps/makegood.svg"

# The menu entry names the installed program by its full path (quoted: a home folder may have spaces in it).
mkdir -p "$(dirname "$entry")"
target="$(printf '%s' "$program/Makegood" | sed -e 's/[\\|&]/\\&/g')"  # as sed's replacement text
sed -e "s|^Exec=.*|Exec=\"$target\"|" -e "s|^TryExec=.*|TryExec=$target|" "$here/makegood.desktop" > "$entry.part"
chmod 644 "$entry.part"
mv "$entry.part" "$entry"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry"; fi
echo "Makegood is in the menu (Office); the program is in $program."
