#!/usr/bin/env bash
# Tests scripts/setup-and-build.sh without installing or compiling anything: stand-ins for swift,
# pkg-config, id, sudo and apt-get on PATH play each situation, and the script's exit code and
# French messages are checked. Prints « N passed, N failed ».
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export VITRINE_INSTALL_PAGEFIND=true   # Pagefind's own installer is not under test here
SCRIPT=${SETUP_SCRIPT:-scripts/setup-and-build.sh}   # another version of it, to see these tests fail
passed=0; failed=0
check() {   # check NAME CONDITION-EXIT-CODE
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}

fake() {   # fake DIR NAME BODY
  printf '#!/usr/bin/env bash\n%s\n' "$3" > "$1/$2"; chmod +x "$1/$2"
}

# A folder of stand-ins, with only what the script needs from the system besides them.
world() {
  local dir; dir=$(mktemp -d)
  for tool in bash env cat mktemp rm tail tee dirname printf head; do ln -s "$(command -v $tool)" "$dir/$tool"; done
  echo "$dir"
}

# 1. No Swift: stop before installing anything, say what to do.
W=$(world); fake "$W" apt-get 'echo APT-CALLED >&2'
out=$(PATH=$W "$W/bash" $SCRIPT 2>&1); code=$?
[ $code -ne 0 ] && [[ $out == *"Swift est introuvable"* ]] && [[ $out != *APT-CALLED* ]]; check "no swift: stops before apt, in French" $?

# 2. Neither root nor sudo, cmark missing: the command to ask for, no attempt.
W=$(world); fake "$W" swift 'exit 0'; fake "$W" pkg-config 'exit 1'; fake "$W" id 'echo 1000'; fake "$W" apt-get 'echo APT-CALLED >&2'
out=$(PATH=$W "$W/bash" $SCRIPT 2>&1); code=$?
[ $code -ne 0 ] && [[ $out == *"ni administrateur"* ]] && [[ $out == *"apt-get install -y --no-install-recommends libcmark-dev libvips-dev libssl-dev fonts-dejavu-core pkg-config python3-venv"* ]] && [[ $out != *APT-CALLED* ]]
check "no root, no sudo: says what to run" $?

# 3. A compile error: stop, show it, never run an older binary.
W=$(world); fake "$W" pkg-config 'exit 0'
fake "$W" swift 'for a in "$@"; do [ "$a" = --show-bin-path ] && { echo /nonexistent; exit 0; }; done
echo "[1/3] Compiling VitrineKit"; echo "Sources/x.swift:1:1: error: oops"; exit 1'
out=$(PATH=$W "$W/bash" $SCRIPT 2>&1); code=$?
[ $code -ne 0 ] && [[ $out == *"La compilation a échoué"* ]] && [[ $out == *"error: oops"* ]]; check "compile error: stops and shows it" $?

# 4. Progress: each compiler step is shown as it goes (not on a terminal: one line each).
W=$(world); fake "$W" pkg-config 'exit 0'
BIN=$(mktemp -d); fake "$BIN" vitrine 'echo "SITE BUILT $*"'
fake "$W" swift "for a in \"\$@\"; do [ \"\$a\" = --show-bin-path ] && { echo $BIN; exit 0; }; done
echo '[1/2] Compiling VitrineKit'; echo '[2/2] Linking vitrine'; exit 0"
out=$(PATH=$W "$W/bash" $SCRIPT --now 2026-11-28 2>&1); code=$?
[ $code -eq 0 ] && [[ $out == *"[1/2] Compiling VitrineKit"* ]] && [[ $out == *"SITE BUILT build --content content --out public --now 2026-11-28"* ]]
check "progress shown, then the site built" $?

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
