package org.careroadmap.resourcemap.tiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * One opened PMTiles v3 archive of image tiles: the header and root directory are read once, leaf directories
 * are kept as they are used (a bounded number), and each tile is read from the file at its offset. The archive
 * is never loaded whole: a country's tiles are gigabytes.
 */
public final class PmtilesArchive {

    /** Directories and tiles larger than this are refused rather than read into memory. */
    static final int MAX_PART_BYTES = 8 * 1024 * 1024;
    /** Root → leaf → leaf …: real archives use one level of leaves; more than this is a loop. */
    private static final int MAX_DEPTH = 4;
    private static final int KEPT_LEAVES = 64;

    private final Path file;
    private final PmtilesHeader header;
    private final PmtilesDirectory root;
    private final Map<Long, PmtilesDirectory> leaves = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, PmtilesDirectory> eldest) {
            return size() > KEPT_LEAVES;
        }
    };

    private PmtilesArchive(Path file, PmtilesHeader header, PmtilesDirectory root) {
        this.file = file;
        this.header = header;
        this.root = root;
    }

    /** Reads the header and root directory; a file of another kind or with unreadable compression is refused. */
    public static PmtilesArchive open(Path file) {
        PmtilesHeader header = PmtilesHeader.read(read(file, 0, PmtilesHeader.LENGTH));
        if (header.internalCompression() != PmtilesHeader.Compression.NONE
                && header.internalCompression() != PmtilesHeader.Compression.GZIP) {
            throw new PmtilesException("directories compressed with " + header.internalCompression() + " are not read");
        }
        if (header.tileCompression() != PmtilesHeader.Compression.NONE
                && header.tileCompression() != PmtilesHeader.Compression.GZIP) {
            throw new PmtilesException("tiles compressed with " + header.tileCompression() + " are not read");
        }
        return new PmtilesArchive(file, header, directory(file, header, header.rootOffset(), header.rootLength()));
    }

    public PmtilesHeader header() {
        return header;
    }

    /** The image bytes of z/x/y (decompressed), or empty when the archive does not hold that tile. */
    public Optional<byte[]> tile(int z, long x, long y) {
        if (!TileId.exists(z, x, y) || !header.holdsZoom(z)) {
            return Optional.empty();
        }
        long id = TileId.of(z, x, y);
        PmtilesDirectory directory = root;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Optional<PmtilesDirectory.Entry> found = directory.find(id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            PmtilesDirectory.Entry entry = found.get();
            if (!entry.isLeaf()) {
                byte[] bytes = read(file, header.dataOffset() + entry.offset(), entry.length());
                return Optional.of(header.tileCompression() == PmtilesHeader.Compression.GZIP ? gunzip(bytes) : bytes);
            }
            directory = leaf(entry);
        }
        throw new PmtilesException("leaf directories nested deeper than " + MAX_DEPTH);
    }

    private PmtilesDirectory leaf(PmtilesDirectory.Entry entry) {
        long offset = header.leafOffset() + entry.offset();
        synchronized (leaves) {
            PmtilesDirectory kept = leaves.get(offset);
            if (kept != null) {
                return kept;
            }
        }
        PmtilesDirectory read = directory(file, header, offset, entry.length());
        synchronized (leaves) {
            leaves.put(offset, read);
        }
        return read;
    }

    private static PmtilesDirectory directory(Path file, PmtilesHeader header, long offset, long length) {
        byte[] bytes = read(file, offset, length);
        return PmtilesDirectory.decode(header.internalCompression() == PmtilesHeader.Compression.GZIP ? gunzip(bytes) : bytes);
    }

    private static byte[] read(Path file, long offset, long length) {
        if (offset < 0 || length < 0 || length > MAX_PART_BYTES) {
            throw new PmtilesException("part of " + length + " bytes at " + offset);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (offset + length > channel.size()) {
                throw new PmtilesException("part beyond the end of the file");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new PmtilesException("file ended early");
                }
            }
            return buffer.array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decompresses with a bound, so a small hostile part cannot expand to fill the heap. */
    private static byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] out = in.readNBytes(MAX_PART_BYTES + 1);
            if (out.length > MAX_PART_BYTES) {
                throw new PmtilesException("part expands beyond " + MAX_PART_BYTES + " bytes");
            }
            return out;
        } catch (IOException e) {
            throw new PmtilesException("part is not readable gzip: " + e.getClass().getSimpleName());
        }
    }
}
