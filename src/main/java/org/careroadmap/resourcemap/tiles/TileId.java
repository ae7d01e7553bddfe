package org.careroadmap.resourcemap.tiles;

/**
 * The PMTiles v3 tile id of z/x/y: the tiles of all lower zoom levels come first, then the tile's position along
 * the Hilbert curve of its zoom level (so neighbouring tiles lie close together in the archive).
 */
public final class TileId {

    /** Zoom levels above this do not fit the format's 64-bit ids. */
    public static final int MAX_ZOOM = 26;

    private TileId() {
    }

    /** True when z/x/y names a tile of the web map grid (0 ≤ x, y &lt; 2^z, 0 ≤ z ≤ 26). */
    public static boolean exists(int z, long x, long y) {
        if (z < 0 || z > MAX_ZOOM) {
            return false;
        }
        long size = 1L << z;
        return x >= 0 && y >= 0 && x < size && y < size;
    }

    public static long of(int z, long x, long y) {
        if (!exists(z, x, y)) {
            throw new IllegalArgumentException("no tile " + z + "/" + x + "/" + y);
        }
        long tilesBefore = ((1L << (2 * z)) - 1) / 3;
        long px = x;
        long py = y;
        long d = 0;
        for (long s = (1L << z) / 2; s > 0; s /= 2) {
            long rx = (px & s) > 0 ? 1 : 0;
            long ry = (py & s) > 0 ? 1 : 0;
            d += s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    px = s - 1 - px;
                    py = s - 1 - py;
                }
                long t = px;
                px = py;
                py = t;
            }
        }
        return tilesBefore + d;
    }
}
