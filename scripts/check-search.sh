#!/usr/bin/env bash
# The search page in real Chromium, with the keyboard only, on the example site built under a
# base path (https://example.org/qmi/): scripts/check-search.py says what it checks.
# Needs ../shared/sitecheck/install.sh (selenium, chromium, chromedriver) and a built vitrine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY="${SITECHECK_HOME:-/opt/sitecheck}/venv/bin/python"
BIN="$(swift build -c release --show-bin-path)/vitrine"
WORK=$(mktemp -d /tmp/vitrine-search-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cp -r content "$WORK/content"
sed -i 's|^baseURL: .*|baseURL: "https://example.org/qmi/"|' "$WORK/content/site.yml"
"$BIN" build --content "$WORK/content" --themes site-templates --out "$WORK/public" --now 2026-11-28 >/dev/null
"$PY" scripts/check-search.py "$WORK/public" /qmi/ solaire "Soy PV : des stores solaires pliables sur une crèche" Sceaux
