#!/usr/bin/env bash
# Installs Pagefind (the search index of /recherche/), at a pinned version, in .pagefind/ of the
# project: a Python venv, so that Debian's Python stays untouched. Vitrine finds it there.
# Called by scripts/setup-and-build.sh; idempotent.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PAGEFIND_VERSION=1.5.2
VENV=.pagefind
if "$VENV/bin/python" -m pagefind --version 2>/dev/null | grep -qx "pagefind $PAGEFIND_VERSION"; then
  exit 0
fi
echo "Installation de Pagefind $PAGEFIND_VERSION (index de la recherche) dans $VENV/…"
if ! python3 -m venv "$VENV" 2>/dev/null; then
  echo "python3 -m venv a échoué : installez python3-venv (apt-get install -y python3-venv) puis relancez." >&2
  exit 1
fi
"$VENV/bin/pip" install -q --disable-pip-version-check "pagefind[bin]==$PAGEFIND_VERSION"
"$VENV/bin/python" -m pagefind --version
