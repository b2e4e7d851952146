"""Makes the test photos: what a phone sends, small.

gps-rotated.jpg: 320 × 240 pixels as stored, EXIF orientation 6 (shown upright it is 240 × 320),
a GPS position, a camera make and model, a date. The left third of the stored picture is red,
so that a test can tell whether the published one was turned upright.
transparent.png: 200 × 100, half transparent, with a text chunk.
iphone.heic: 320 × 240 HEIC, as an iPhone sends, with a GPS position.

Run with Pillow and pillow-heif (pip install pillow pillow-heif): python3 make-photos.py. The files are committed; this
script says how they were made.
"""
from pathlib import Path
import pillow_heif
from PIL import Image, PngImagePlugin

pillow_heif.register_heif_opener()

here = Path(__file__).parent

photo = Image.new("RGB", (320, 240), (40, 120, 200))
photo.paste((220, 30, 30), (0, 0, 107, 240))
exif = Image.Exif()
exif[0x0112] = 6                      # Orientation: rotate 90° clockwise to show
exif[0x010F] = "PhoneMaker"           # Make
exif[0x0110] = "Phone 15 Secret"      # Model
exif[0x0132] = "2024:05:12 10:11:12"  # DateTime
gps = {1: "N", 2: (48.0, 46.0, 44.0), 3: "E", 4: (2.0, 17.0, 5.0)}
exif[0x8825] = gps                    # GPSInfo: a crèche's address, say
photo.save(here / "gps-rotated.jpg", "JPEG", quality=90, exif=exif)

png = Image.new("RGBA", (200, 100), (0, 128, 0, 128))
info = PngImagePlugin.PngInfo()
info.add_text("Author", "Secret Author")
png.save(here / "transparent.png", "PNG", pnginfo=info)

heic = Image.new("RGB", (320, 240), (40, 120, 200))
heic.paste((220, 30, 30), (0, 0, 107, 240))
heic_exif = Image.Exif()
heic_exif[0x8825] = gps
heic.save(here / "iphone.heic", quality=60, exif=heic_exif)
