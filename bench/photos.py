"""Writes N phone-sized photos (4000 x 3000 JPEG, about 3-4 MB, EXIF orientation and GPS) and the
same site twice: for Vitrine (content/) and for Hugo (a page bundle per photo, whose template asks
for the same widths in WebP and JPEG and a 1200x630 share crop).

Usage: python3 bench/photos.py N OUTDIR   (needs Pillow)
"""
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw

n, out = int(sys.argv[1]), Path(sys.argv[2])
photos = out / "photos"
photos.mkdir(parents=True, exist_ok=True)
rng = random.Random(7)

# One noisy base picture (noise compresses like a real photo), cropped differently per file.
base = Image.effect_noise((4400, 3300), 60).convert("RGB")
draw = ImageDraw.Draw(base)
for _ in range(300):
    x, y = rng.randrange(4400), rng.randrange(3300)
    draw.ellipse((x, y, x + rng.randrange(40, 600), y + rng.randrange(40, 600)),
                 fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
for i in range(n):
    target = photos / f"photo-{i:04d}.jpg"
    if target.exists():
        continue
    dx, dy = rng.randrange(400), rng.randrange(300)
    exif = Image.Exif()
    exif[0x0112] = 6 if i % 3 == 0 else 1
    exif[0x8825] = {1: "N", 2: (48.0, 50.0, float(i % 60)), 3: "E", 4: (2.0, 20.0, 1.0)}
    base.crop((dx, dy, dx + 4000, dy + 3000)).save(target, "JPEG", quality=92, exif=exif)

vitrine = out / "vitrine" / "content"
(vitrine / "media").mkdir(parents=True, exist_ok=True)
(vitrine / "experiments").mkdir(exist_ok=True)
(vitrine / "communes").mkdir(exist_ok=True)
(vitrine / "site.yml").write_text("""title: "Banc d'essai photos"
baseURL: "https://example.org/"
language: fr
search: false
accessibility: {rate: 100, audited: "2026-01-01"}
menu: []
""")
(vitrine / "communes" / "essai.md").write_text('---\nname: Essai\ninsee: "92071"\nsummary: S\n---\nTexte.\n')
hugo = out / "hugo"
(hugo / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
(hugo / "config.toml").write_text('baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n')
(hugo / "layouts" / "_default" / "list.html").write_text("<!doctype html><title>{{ .Title }}</title>\n")
# The same work as Vitrine's plan: four widths, WebP and JPEG each, and the share crop.
(hugo / "layouts" / "_default" / "single.html").write_text("""<!doctype html><title>{{ .Title }}</title>
{{ with .Resources.GetMatch "photo.jpg" }}{{ $p := . }}<picture>
{{ range slice 480 800 1200 1600 }}{{ $w := printf "%dx" . }}{{ ($p.Resize (printf "%s webp q80" $w)).RelPermalink }} {{ ($p.Resize (printf "%s jpg q82" $w)).RelPermalink }}
{{ end }}</picture><meta property="og:image" content="{{ ($p.Fill "1200x630 jpg q82 Smart").RelPermalink }}">{{ end }}
""")
for i in range(n):
    name = f"photo-{i:04d}"
    source = photos / f"{name}.jpg"
    media = vitrine / "media" / f"{name}.jpg"
    if not media.exists():
        media.hardlink_to(source)
    (vitrine / "experiments" / f"{name}.md").write_text(
        f'---\ntitle: "Essai {i}"\ncommune: essai\nstatus: testing\nsummary: S\n'
        f'image: {{src: "media/{name}.jpg", alt: "Photo {i}"}}\n---\nTexte.\n')
    bundle = hugo / "content" / "experiments" / name
    bundle.mkdir(parents=True, exist_ok=True)
    (bundle / "index.md").write_text(f'---\ntitle: "Essai {i}"\n---\nTexte.\n')
    if not (bundle / "photo.jpg").exists():
        (bundle / "photo.jpg").hardlink_to(source)
