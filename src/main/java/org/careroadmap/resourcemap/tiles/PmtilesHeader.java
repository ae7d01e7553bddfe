package org.careroadmap.resourcemap.tiles;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The fixed 127-byte header of a PMTiles v3 archive: where the root directory, the leaf directories and the tile
 * data lie, how directories and tiles are compressed, what the tiles are, and the zoom levels it holds.
 */
public record PmtilesHeader(long rootOffset, long rootLength, long leafOffset, long leafLength, long dataOffset,
                            long dataLength, Compression internalCompression, Compression tileCompression, TileType tileType,
                            int minZoom, int maxZoom) {

    public static final int LENGTH = 127;

    /** Compression of directories and tiles, by the format's code; only none and gzip are read here. */
    public enum Compression {
        UNKNOWN, NONE, GZIP, BROTLI, ZSTD;

        static Compression of(int code) {
            return code >= 0 && code < values().length ? values()[code] : UNKNOWN;
        }
    }

    /** What a tile is, by the format's code; the browser's map draws only the raster images. */
    public enum TileType {
        UNKNOWN(null), MVT(null), PNG("image/png"), JPEG("image/jpeg"), WEBP("image/webp"), AVIF("image/avif");

        private final @Nullable String mediaType;

        TileType(@Nullable String mediaType) {
            this.mediaType = mediaType;
        }

        static TileType of(int code) {
            return code >= 0 && code < values().length ? values()[code] : UNKNOWN;
        }

        /** The Content-Type of an image tile; null for vector or unknown tiles, which need a renderer. */
        public @Nullable String mediaType() {
            return mediaType;
        }
    }

    public static PmtilesHeader read(byte[] bytes) {
        if (bytes.length < LENGTH || !"PMTiles".equals(new String(bytes, 0, 7, StandardCharsets.US_ASCII))) {
            throw new PmtilesException("not a PMTiles archive");
        }
        if (bytes[7] != 3) {
            throw new PmtilesException("PMTiles version " + bytes[7] + " is not read (only version 3)");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return new PmtilesHeader(b.getLong(8), b.getLong(16), b.getLong(40), b.getLong(48), b.getLong(56), b.getLong(64),
                Compression.of(b.get(97) & 0xff), Compression.of(b.get(98) & 0xff), TileType.of(b.get(99) & 0xff),
                b.get(100) & 0xff, b.get(101) & 0xff);
    }

    public boolean holdsZoom(int z) {
        return z >= minZoom && z <= maxZoom;
    }
}
