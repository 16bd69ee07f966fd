#include <zlib.h>

/// Starts a deflate stream that writes the gzip format (RFC 1952: header and CRC-32 trailer, windowBits 15 + 16).
/// `deflateInit2` is a macro, so Swift cannot call it directly.
static inline int clonescan_deflate_init_gzip(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}
