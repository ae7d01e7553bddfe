package org.careroadmap.resourcemap.tiles;

import java.util.Optional;

/**
 * One decoded PMTiles directory: entries sorted by tile id, each either a run of tiles with the same bytes
 * ({@code runLength} ≥ 1, offset into the tile data) or a pointer to a leaf directory ({@code runLength} 0,
 * offset into the leaf directories).
 */
public final class PmtilesDirectory {

    /** More entries than any real directory holds: a bound against a hostile varint count. */
    static final int MAX_ENTRIES = 1_000_000;

    private final long[] tileIds;
    private final long[] offsets;
    private final int[] lengths;
    private final long[] runLengths;

    /** The entry found for a tile id. */
    public record Entry(long tileId, long offset, int length, long runLength) {

        public boolean isLeaf() {
            return runLength == 0;
        }
    }

    private PmtilesDirectory(long[] tileIds, long[] offsets, int[] lengths, long[] runLengths) {
        this.tileIds = tileIds;
        this.offsets = offsets;
        this.lengths = lengths;
        this.runLengths = runLengths;
    }

    /**
     * Decodes the (already decompressed) directory: the count, then the tile ids as deltas, the run lengths, the
     * lengths and the offsets (0 meaning "right after the previous entry", otherwise offset + 1), all varints.
     */
    public static PmtilesDirectory decode(byte[] bytes) {
        Varints in = new Varints(bytes);
        long count = in.next();
        if (count < 0 || count > MAX_ENTRIES) {
            throw new PmtilesException("directory of " + count + " entries");
        }
        int n = (int) count;
        long[] ids = new long[n];
        long[] runs = new long[n];
        int[] lengths = new int[n];
        long[] offsets = new long[n];
        long last = 0;
        for (int i = 0; i < n; i++) {
            last += in.next();
            ids[i] = last;
        }
        for (int i = 0; i < n; i++) {
            runs[i] = in.next();
        }
        for (int i = 0; i < n; i++) {
            long length = in.next();
            if (length < 0 || length > Integer.MAX_VALUE) {
                throw new PmtilesException("entry of " + length + " bytes");
            }
            lengths[i] = (int) length;
        }
        for (int i = 0; i < n; i++) {
            long value = in.next();
            offsets[i] = value == 0 && i > 0 ? offsets[i - 1] + lengths[i - 1] : value - 1;
        }
        return new PmtilesDirectory(ids, offsets, lengths, runs);
    }

    public int size() {
        return tileIds.length;
    }

    /** The tile run that holds the id, or the leaf directory that may; empty when the archive has no such tile. */
    public Optional<Entry> find(long tileId) {
        int low = 0;
        int high = tileIds.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (tileIds[middle] < tileId) {
                low = middle + 1;
            } else if (tileIds[middle] > tileId) {
                high = middle - 1;
            } else {
                return Optional.of(entry(middle));
            }
        }
        // high is now the last entry before the id: a leaf may hold it, a run may reach over it.
        if (high >= 0 && (runLengths[high] == 0 || tileId - tileIds[high] < runLengths[high])) {
            return Optional.of(entry(high));
        }
        return Optional.empty();
    }

    private Entry entry(int i) {
        return new Entry(tileIds[i], offsets[i], lengths[i], runLengths[i]);
    }

    /** Unsigned LEB128 varints, as protocol buffers write them. */
    private static final class Varints {

        private final byte[] bytes;
        private int position;

        Varints(byte[] bytes) {
            this.bytes = bytes;
        }

        long next() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (position >= bytes.length) {
                    throw new PmtilesException("directory ends inside a number");
                }
                byte b = bytes[position++];
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new PmtilesException("number longer than 64 bits in a directory");
        }
    }
}
