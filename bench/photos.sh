#!/usr/bin/env bash
# Photo benchmark: Vitrine's image pipeline against Hugo's image processing on the same phone-sized
# photos (the same four widths in WebP and JPEG, and a 1200x630 share crop), both timed in this run:
# a first build with an empty image cache, then a rebuild with the cache, and peak memory.
# Usage: bench/photos.sh [N=200]   (from the repository root; needs hugo, GNU time, Pillow)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
N=${1:-200}
WORK=/tmp/vitrine-bench-photos-$N
VENV=/tmp/vitrine-bench-venv
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c 'import PIL' 2>/dev/null || "$VENV/bin/pip" install -q pillow
echo "Generating $N photos in $WORK (once)…"
"$VENV/bin/python" bench/photos.py "$N" "$WORK"
swift build -c release --product vitrine 2>&1 | grep -E "error:" || true
BIN="$(swift build -c release --show-bin-path)/vitrine"

measure() {   # measure LABEL COMMAND… → "seconds peak-MiB"
  local report; report=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$report" "$@" >/dev/null 2>&1
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$report"
  rm -f "$report"
}

rm -rf "$WORK/vitrine/.vitrine-cache" "$WORK/vitrine/public" "$WORK/hugo/resources" "$WORK/hugo/public"
read -r v_first v_first_mem < <(measure "$BIN" build --content "$WORK/vitrine/content" --themes "$PWD/site-templates" --out "$WORK/vitrine/public" --now 2026-11-28)
read -r h_first h_first_mem < <(measure hugo --quiet -s "$WORK/hugo" -d "$WORK/hugo/public")
mv "$WORK/vitrine/public" "$WORK/vitrine/public.old"; mv "$WORK/hugo/public" "$WORK/hugo/public.old"
read -r v_again v_again_mem < <(measure "$BIN" build --content "$WORK/vitrine/content" --themes "$PWD/site-templates" --out "$WORK/vitrine/public" --now 2026-11-28)
read -r h_again h_again_mem < <(measure hugo --quiet -s "$WORK/hugo" -d "$WORK/hugo/public")
rm -rf "$WORK/vitrine/public.old" "$WORK/hugo/public.old"

echo
echo "| $N photos (4000×3000)      | Vitrine | Hugo | Vitrine / Hugo |"
echo "|---------------------------|---------|------|----------------|"
awk -v a="$v_first" -v b="$h_first" 'BEGIN { printf "| first build (s)           | %7.2f | %6.2f | %.2f |\n", a, b, a / b }'
awk -v a="$v_again" -v b="$h_again" 'BEGIN { printf "| rebuild with cache (s)    | %7.2f | %6.2f | %.2f |\n", a, b, a / b }'
awk -v a="$v_first_mem" -v b="$h_first_mem" 'BEGIN { printf "| peak memory, first (MiB)  | %7.0f | %6.0f | %.2f |\n", a, b, a / b }'
awk -v a="$v_again_mem" -v b="$h_again_mem" 'BEGIN { printf "| peak memory, rebuild (MiB)| %7.0f | %6.0f | %.2f |\n", a, b, a / b }'
echo "Files: Vitrine $(find "$WORK/vitrine/public/media" -type f | wc -l) in media/, Hugo $(find "$WORK/hugo/public" -name '*.webp' -o -name '*.jpg' | wc -l) images."
