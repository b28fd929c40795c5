#!/bin/sh
# Per-user Linux desktop integration for essdesk: menu entry, icon, and the .essdesk file type
# (double-click opens the file). No root: everything goes under ~/.local/share.
#
#   ./install-desktop.sh [CHEMIN/VERS/essdesk]     installe (par défaut : l'essdesk d'à côté)
#   ./install-desktop.sh --uninstall               désinstalle
#
# Works from an unpacked bundle (this script sits next to the `essdesk` executable) and from
# the source tree (packaging/linux/, using dist/essdesk/essdesk or the `essdesk` on PATH).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps="$data/applications"
mime="$data/mime"
icons="$data/icons/hicolor"

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$mime" || true; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$apps" || true; fi
    # Only refresh an icon cache that already exists: creating one would hide icons that
    # other programs later add without updating it.
    if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -f -t "$icons" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$apps/essdesk.desktop" "$mime/packages/essdesk.xml" \
        "$icons/scalable/apps/essdesk.svg" "$icons/scalable/mimetypes/application-x-essdesk.svg"
    refresh
    echo "essdesk : intégration au bureau retirée."
    exit 0
fi

# The files to install: inside a bundle they are in _internal/, in the repository next door.
find_file() {
    for candidate in "$@"; do
        if [ -f "$candidate" ]; then echo "$candidate"; return 0; fi
    done
    return 1
}
desktop=$(find_file "$here/_internal/packaging/linux/essdesk.desktop" "$here/essdesk.desktop") ||
    { echo "essdesk : essdesk.desktop introuvable à côté de ce script." >&2; exit 1; }
mimexml=$(find_file "$here/_internal/packaging/linux/essdesk-mime.xml" "$here/essdesk-mime.xml") ||
    { echo "essdesk : essdesk-mime.xml introuvable à côté de ce script." >&2; exit 1; }
svg=$(find_file "$here/_internal/resources/icons/essdesk.svg" "$here/../../resources/icons/essdesk.svg") ||
    { echo "essdesk : icône essdesk.svg introuvable." >&2; exit 1; }

exe=${1:-}
if [ -z "$exe" ]; then
    exe=$(find_file "$here/essdesk" "$here/../../dist/essdesk/essdesk") || exe=$(command -v essdesk) ||
        { echo "essdesk : exécutable introuvable ; indiquez son chemin : $0 CHEMIN/VERS/essdesk" >&2; exit 1; }
fi
if [ ! -x "$exe" ]; then
    echo "essdesk : « $exe » n'est pas un exécutable." >&2
    exit 1
fi
exe=$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")

# Exec= quoting (Desktop Entry spec): inside double quotes, escape \ " ` $ ; then % as %%,
# and every backslash once more for the string-value level.
quoted=$(printf '%s' "$exe" | sed -e 's/[\\"`$]/\\&/g' -e 's/%/%%/g' -e 's/\\/\\\\/g')

mkdir -p "$apps" "$mime/packages" "$icons/scalable/apps" "$icons/scalable/mimetypes"
sed -e "s|^Exec=.*|Exec=\"$(printf '%s' "$quoted" | sed 's/[|&\\]/\\&/g')\" %f|" \
    -e "s|^TryExec=.*|TryExec=$(printf '%s' "$exe" | sed 's/[|&\\]/\\&/g')|" \
    "$desktop" > "$apps/essdesk.desktop.tmp"
mv "$apps/essdesk.desktop.tmp" "$apps/essdesk.desktop"
cp "$mimexml" "$mime/packages/essdesk.xml"
cp "$svg" "$icons/scalable/apps/essdesk.svg"
cp "$svg" "$icons/scalable/mimetypes/application-x-essdesk.svg"
refresh
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default essdesk.desktop application/x-essdesk || true
fi
echo "essdesk : intégration au bureau installée pour $(id -un) ($exe)."
echo "Les fichiers .essdesk s'ouvrent désormais avec essdesk (double-clic)."
