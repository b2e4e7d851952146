#!/usr/bin/env bash
# Installs what Vitrine needs on Debian (libcmark-dev), builds the `vitrine` command,
# then builds the example site from content/ into public/.
# Usage: scripts/setup-and-build.sh [extra `vitrine build` options, e.g. --now 2026-11-28]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! pkg-config --exists libcmark 2>/dev/null; then
  echo "Installation de libcmark-dev (cmark, le moteur Markdown)…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends libcmark-dev pkg-config >/dev/null
fi
if ! command -v swift >/dev/null 2>&1; then
  echo "Swift est introuvable : installez la chaîne Swift 6 (https://www.swift.org/install/linux/) puis relancez." >&2
  exit 1
fi

# Pagefind, l'index de la recherche (/recherche/) : version fixée, dans .pagefind/ (voir ce script).
scripts/install-pagefind.sh

echo "Compilation de vitrine (release)…"
swift build -c release --product vitrine 2>&1 | grep -E "error|warning: |Compiling|Build complete" | grep -v "^\[" || true
BIN="$(swift build -c release --show-bin-path)/vitrine"
[ -x "$BIN" ] || { echo "la compilation a échoué" >&2; exit 1; }

"$BIN" build --content content --out public "$@"
echo "Ouvrez public/index.html, ou servez le dossier : python3 -m http.server -d public 8000"
