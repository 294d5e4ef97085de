#include <stdarg.h>
#include <stdio.h>
#include <tiffio.h>
#include <geotiff/xtiffio.h>
#include <geotiff/geotiffio.h>

// TIFFSetField and GTIFKeySet are variadic, which Swift cannot call: one typed wrapper per use.

static inline int movemap_tiff_set_integer(TIFF *tiff, uint32_t tag, uint32_t value) {
    return TIFFSetField(tiff, tag, value);
}

static inline int movemap_tiff_set_doubles(TIFF *tiff, uint32_t tag, uint16_t count, const double *values) {
    return TIFFSetField(tiff, tag, (int)count, values);
}

static inline int movemap_tiff_set_extra_samples(TIFF *tiff, uint16_t count, const uint16_t *values) {
    return TIFFSetField(tiff, TIFFTAG_EXTRASAMPLES, (int)count, values);
}

static inline int movemap_geokey_set_short(GTIF *gtif, geokey_t key, uint16_t value) {
    return GTIFKeySet(gtif, key, TYPE_SHORT, 1, (int)value);
}

static inline int movemap_geokey_set_double(GTIF *gtif, geokey_t key, double value) {
    return GTIFKeySet(gtif, key, TYPE_DOUBLE, 1, value);
}

static inline int movemap_geokey_set_ascii(GTIF *gtif, geokey_t key, const char *value) {
    return GTIFKeySet(gtif, key, TYPE_ASCII, 0, value);
}

/// The size of the buffer that receives libtiff's last error message.
#define MOVEMAP_TIFF_MESSAGE_SIZE 256

static inline int movemap_tiff_keep_error(TIFF *tiff, void *buffer, const char *module, const char *format, va_list args) {
    (void)tiff;
    (void)module;
    vsnprintf((char *)buffer, MOVEMAP_TIFF_MESSAGE_SIZE, format, args);
    return 1;
}

static inline int movemap_tiff_ignore_warning(TIFF *tiff, void *data, const char *module, const char *format, va_list args) {
    (void)tiff; (void)data; (void)module; (void)format; (void)args;
    return 1;
}

/// Open options that write libtiff's errors into `buffer` (MOVEMAP_TIFF_MESSAGE_SIZE bytes)
/// instead of standard error, and drop its warnings.
static inline TIFFOpenOptions *movemap_tiff_open_options(char *buffer) {
    TIFFOpenOptions *options = TIFFOpenOptionsAlloc();
    if (options) {
        TIFFOpenOptionsSetErrorHandlerExtR(options, movemap_tiff_keep_error, buffer);
        TIFFOpenOptionsSetWarningHandlerExtR(options, movemap_tiff_ignore_warning, NULL);
    }
    return options;
}

static inline int movemap_tiff_set_real(TIFF *tiff, uint32_t tag, double value) {
    return TIFFSetField(tiff, tag, value);
}
