#!/usr/bin/env bash
# Installs what Vitrine needs on Debian (cmark and libvips, with the font of the share cards) and
# Pagefind (PyPI), builds the `vitrine` command,
# then builds the example site from content/ into public/.
# Usage: scripts/setup-and-build.sh [extra `vitrine build` options, e.g. --now 2026-11-28]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Swift first: without it, installing the rest would be for nothing.
if ! command -v swift >/dev/null 2>&1; then
  echo "Swift est introuvable : installez la chaîne Swift 6 (https://www.swift.org/install/linux/), vérifiez que « swift --version » répond, puis relancez ce script." >&2
  exit 1
fi

PACKAGES="libcmark-dev libvips-dev libssl-dev fonts-dejavu-core pkg-config python3-venv"
if ! pkg-config --exists libcmark vips libcrypto 2>/dev/null || [ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ]; then
  echo "Installation de cmark (le moteur Markdown), de libvips (les photos) et de la police DejaVu…"
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
  elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "Il faut installer des paquets Debian, et ce compte n'est ni administrateur ni autorisé à utiliser sudo." >&2
    echo "Demandez à l'administrateur de la machine de lancer :" >&2
    echo "    apt-get update && apt-get install -y --no-install-recommends $PACKAGES" >&2
    echo "puis relancez ce script." >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null
fi

# Pagefind, l'index de la recherche (/recherche/) : version fixée, dans .pagefind/ (voir ce script).
"${VITRINE_INSTALL_PAGEFIND:-scripts/install-pagefind.sh}"

echo "Compilation de vitrine (release ; la première fois, quelques minutes)…"
# Progress as it goes: one line per step of the compiler, rewritten in place on a terminal.
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
set +e
swift build -c release --product vitrine 2>&1 | tee "$LOG" | while IFS= read -r line; do
  case "$line" in
    \[*\]*)
      if [ -t 1 ]; then printf '\r\033[K  %s' "${line:0:100}"; else echo "  $line"; fi ;;
    *error:*|*warning:*) [ -t 1 ] && printf '\n'; echo "$line" ;;
  esac
done
STATUS=${PIPESTATUS[0]}
set -e
[ -t 1 ] && printf '\n'
if [ "$STATUS" -ne 0 ]; then
  echo "La compilation a échoué (code $STATUS) : le site n'est pas construit. Les dernières lignes du compilateur :" >&2
  tail -n 30 "$LOG" >&2
  exit 1
fi
BIN="$(swift build -c release --show-bin-path)/vitrine"

"$BIN" build --content content --out public "$@"
echo "Ouvrez public/index.html, ou servez le dossier : python3 -m http.server -d public 8000"
