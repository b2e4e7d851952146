// libvips's calls take their options as C variadic arguments, which Swift cannot pass: these
// small fixed-argument wrappers are what VitrineKit calls (Sources/VitrineKit/Images/).
#include <vips/vips.h>
#include <string.h>

/// Once per process, before any other call. 0 on success.
static inline int vitrine_vips_start(void) {
    if (VIPS_INIT("vitrine")) return -1;
    // Vitrine runs images side by side itself; libvips's own threads would compete with them.
    vips_concurrency_set(1);
    // No operation cache: each source is read once per build, and the cache holds memory.
    vips_cache_set_max(0);
    return 0;
}

/// The last error libvips recorded, then cleared (copied into `buffer`).
static inline void vitrine_vips_error(char *buffer, size_t size) {
    const char *text = vips_error_buffer();
    strncpy(buffer, text ? text : "", size - 1);
    buffer[size - 1] = 0;
    vips_error_clear();
}

/// Reads the header only: size as stored, EXIF orientation (1 when none), bands, the loader's
/// name (`jpegload`, `heifload`…). 0 on success.
static inline int vitrine_vips_probe(const char *path, int *width, int *height, int *orientation,
                                     int *bands, char *loader, size_t loader_size) {
    VipsImage *image = vips_image_new_from_file(path, "access", VIPS_ACCESS_SEQUENTIAL, NULL);
    if (!image) return -1;
    *width = vips_image_get_width(image);
    *height = vips_image_get_height(image);
    *orientation = vips_image_get_orientation(image);
    *bands = vips_image_get_bands(image);
    const char *name = NULL;
    loader[0] = 0;
    if (vips_image_get_string(image, VIPS_META_LOADER, &name) == 0 && name) {
        strncpy(loader, name, loader_size - 1);
        loader[loader_size - 1] = 0;
    }
    g_object_unref(image);
    return 0;
}

enum { VITRINE_JPEG = 0, VITRINE_WEBP = 1, VITRINE_PNG = 2 };

/// A copy of `in` without any metadata (EXIF with its GPS position, XMP, IPTC, ICC, comments):
/// the savers' own "strip" option leaves EXIF in WebP files with this libvips.
static inline int vitrine_vips_bare(VipsImage *in, VipsImage **out) {
    if (vips_copy(in, out, NULL)) return -1;
    gchar **fields = vips_image_get_fields(*out);
    for (int i = 0; fields[i]; i++) {
        // The header's own fields (width, bands…) cannot be removed and are not metadata.
        vips_image_remove(*out, fields[i]);
    }
    g_strfreev(fields);
    return 0;
}

/// Encodes `image` as JPEG (flattened on white), WebP or PNG, stripped of metadata.
static inline int vitrine_vips_save(VipsImage *image, int format, int quality, void **data, size_t *length) {
    int failed;
    switch (format) {
    case VITRINE_WEBP:
        failed = vips_webpsave_buffer(image, data, length, "Q", quality, "strip", TRUE, NULL);
        break;
    case VITRINE_PNG:
        failed = vips_pngsave_buffer(image, data, length, "strip", TRUE, "compression", 9, NULL);
        break;
    default: {
        // JPEG has no alpha: flatten onto white first.
        VipsImage *flat = NULL;
        if (vips_image_hasalpha(image)) {
            double white[3] = {255, 255, 255};
            VipsArrayDouble *background = vips_array_double_new(white, 3);
            failed = vips_flatten(image, &flat, "background", background, NULL);
            vips_area_unref(VIPS_AREA(background));
            if (failed) return -1;
        } else {
            flat = image;
            g_object_ref(flat);
        }
        failed = vips_jpegsave_buffer(flat, data, length, "Q", quality, "strip", TRUE,
                                      "optimize_coding", TRUE, "interlace", TRUE, NULL);
        g_object_unref(flat);
    }
    }
    return failed ? -1 : 0;
}

/// Decodes `path` once, upright, in sRGB, without metadata, no wider than `width` (shrinking on
/// load), into memory: every variant of the photo is then made from it without decoding again.
/// The caller releases it with g_object_unref.
static inline VipsImage *vitrine_vips_open(const char *path, int width) {
    VipsImage *thumb = NULL, *coloured = NULL, *bare = NULL;
    if (vips_thumbnail(path, &thumb, width, "height", 10000000, "size", VIPS_SIZE_DOWN, NULL)) return NULL;
    int failed = vips_colourspace(thumb, &coloured, VIPS_INTERPRETATION_sRGB, NULL);
    g_object_unref(thumb);
    if (failed) return NULL;
    failed = vitrine_vips_bare(coloured, &bare);
    g_object_unref(coloured);
    if (failed) return NULL;
    VipsImage *memory = vips_image_copy_memory(bare);
    g_object_unref(bare);
    return memory;
}

/// Encodes `image` (from vitrine_vips_open) at `width` (or exactly `width` × `height`, cropped to the
/// most interesting part, when `height` > 0).
static inline int vitrine_vips_encode(VipsImage *image, int width, int height, int format, int quality,
                                      void **data, size_t *length, int *out_width, int *out_height) {
    VipsImage *sized = NULL;
    int failed;
    if (height > 0) {
        failed = vips_thumbnail_image(image, &sized, width, "height", height, "crop", VIPS_INTERESTING_ATTENTION,
                                      "size", VIPS_SIZE_BOTH, NULL);
    } else if (width < vips_image_get_width(image)) {
        failed = vips_resize(image, &sized, (double)width / vips_image_get_width(image), NULL);
    } else {
        sized = image;
        g_object_ref(sized);
        failed = 0;
    }
    if (failed) return -1;
    failed = vitrine_vips_save(sized, format, quality, data, length);
    *out_width = vips_image_get_width(sized);
    *out_height = vips_image_get_height(sized);
    g_object_unref(sized);
    return failed;
}

/// A share card: `markup` (Pango markup, escaped by the caller) in `ink` on `paper`, `width` ×
/// `height`, as a JPEG. Colours are 0xRRGGBB. The text is fitted into the margins (libvips shrinks
/// the font of a long title) and centred vertically; everything stays in 8-bit bands, which made
/// a card 2.5 times faster than mixing in floating point (33 → 13 ms here).
static inline int vitrine_vips_card(const char *markup, const char *font, int width, int height,
                                    unsigned int paper, unsigned int ink, int quality,
                                    void **data, size_t *length) {
    VipsImage *text = NULL, *placed = NULL;
    int margin = width / 12;
    if (vips_text(&text, markup, "font", font, "width", width - 2 * margin, "height", height - 2 * margin,
                  "rgba", FALSE, "dpi", 72, NULL)) return -1;
    // The text mask, placed with margins, mixes a flat ink colour into the paper (antialiased edges included).
    int failed = vips_embed(text, &placed, margin, (height - vips_image_get_height(text)) / 2, width, height, NULL);
    g_object_unref(text);
    if (failed) return -1;
    double ink_rgb[3] = {(ink >> 16) & 255, (ink >> 8) & 255, ink & 255};
    double paper_rgb[3] = {(paper >> 16) & 255, (paper >> 8) & 255, paper & 255};
    double ones[3] = {1, 1, 1};
    VipsImage *dot = NULL, *paper_dot = NULL, *ink_dot = NULL, *paper_image = NULL, *ink_image = NULL,
              *mixed = NULL, *srgb = NULL;
    failed = vips_black(&dot, 1, 1, "bands", 3, NULL)
        || vips_linear(dot, &paper_dot, ones, paper_rgb, 3, "uchar", TRUE, NULL)
        || vips_linear(dot, &ink_dot, ones, ink_rgb, 3, "uchar", TRUE, NULL)
        || vips_embed(paper_dot, &paper_image, 0, 0, width, height, "extend", VIPS_EXTEND_COPY, NULL)
        || vips_embed(ink_dot, &ink_image, 0, 0, width, height, "extend", VIPS_EXTEND_COPY, NULL)
        || vips_ifthenelse(placed, ink_image, paper_image, &mixed, "blend", TRUE, NULL)
        || vips_copy(mixed, &srgb, "interpretation", VIPS_INTERPRETATION_sRGB, NULL)
        || vips_jpegsave_buffer(srgb, data, length, "Q", quality, "strip", TRUE, "optimize_coding", TRUE, NULL);
    VipsImage *all[] = {placed, dot, paper_dot, ink_dot, paper_image, ink_image, mixed, srgb};
    for (int i = 0; i < 8; i++) if (all[i]) g_object_unref(all[i]);
    return failed ? -1 : 0;
}

/// The colour at (`x`, `y`) of the upright image, in its first three bands (the tests check an
/// orientation with it).
static inline int vitrine_vips_pixel(const char *path, int x, int y, double *rgb) {
    VipsImage *image = vips_image_new_from_file(path, NULL), *upright = NULL;
    if (!image) return -1;
    int failed = vips_autorot(image, &upright, NULL);
    g_object_unref(image);
    if (failed) return -1;
    double *values = NULL;
    int n = 0;
    failed = vips_getpoint(upright, &values, &n, x, y, NULL);
    g_object_unref(upright);
    if (failed) return -1;
    for (int i = 0; i < 3; i++) rgb[i] = i < n ? values[i] : 0;
    g_free(values);
    return 0;
}

/// A square icon `size` × `size` from a logo (SVG or raster): the whole logo, fitted inside
/// `size - 2 * padding` and centred, on transparency, or flattened onto `background` (0xRRGGBB)
/// when `opaque` (a phone's home screen fills transparency with black). As a PNG without
/// metadata; the caller frees `*data` with g_free.
static inline int vitrine_vips_icon(const char *path, int size, int padding, unsigned int background, int opaque,
                                    void **data, size_t *length) {
    VipsImage *thumb = NULL, *srgb = NULL, *alpha = NULL, *square = NULL, *flat = NULL, *bare = NULL;
    int inner = size - 2 * padding;
    if (inner < 1) inner = 1;
    // No "size" option: libvips scales up too, so that a small SVG is drawn sharp at 512 px.
    if (vips_thumbnail(path, &thumb, inner, "height", inner, NULL)) return -1;
    int failed = vips_colourspace(thumb, &srgb, VIPS_INTERPRETATION_sRGB, NULL);
    if (!failed) {
        if (vips_image_hasalpha(srgb)) {
            failed = vips_copy(srgb, &alpha, NULL);
        } else {
            failed = vips_bandjoin_const1(srgb, &alpha, 255, NULL);
        }
    }
    double clear[4] = {0, 0, 0, 0};
    VipsArrayDouble *none = vips_array_double_new(clear, 4);
    if (!failed) failed = vips_gravity(alpha, &square, VIPS_COMPASS_DIRECTION_CENTRE, size, size,
                                       "extend", VIPS_EXTEND_BACKGROUND, "background", none, NULL);
    vips_area_unref(VIPS_AREA(none));
    if (!failed && opaque) {
        double rgb[3] = {(background >> 16) & 255, (background >> 8) & 255, background & 255};
        VipsArrayDouble *paper = vips_array_double_new(rgb, 3);
        failed = vips_flatten(square, &flat, "background", paper, NULL);
        vips_area_unref(VIPS_AREA(paper));
    } else if (!failed) {
        flat = square;
        g_object_ref(flat);
    }
    if (!failed) failed = vitrine_vips_bare(flat, &bare);
    if (!failed) failed = vips_pngsave_buffer(bare, data, length, "strip", TRUE, "compression", 9, NULL);
    VipsImage *all[] = {thumb, srgb, alpha, square, flat, bare};
    for (int i = 0; i < 6; i++) if (all[i]) g_object_unref(all[i]);
    return failed ? -1 : 0;
}
