package org.careroadmap.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A kept response's parts compressed once, so a kept page costs no compression per request (issue 17). Each part is
 * deflated on its own and ends on a byte boundary (a sync flush), so the text that goes between two parts on each
 * request (a session's CSRF token) can be sent as a stored, uncompressed block between them; only the gzip header,
 * the CRC-32 and the length (RFC 1952) are made per request.
 */
public final class GzipParts {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /** An empty stored block marked final: the end of the deflate stream. */
    private static final byte[] LAST_BLOCK = {1, 0, 0, (byte) 0xff, (byte) 0xff};
    private static final int STORED_BLOCK_HEADER = 5;
    private static final int TRAILER = 8;

    private final List<byte[]> deflated;
    private final int deflatedLength;

    GzipParts(List<byte[]> parts) {
        List<byte[]> compressed = new ArrayList<>(parts.size());
        int length = 0;
        for (byte[] part : parts) {
            byte[] bytes = deflate(part);
            compressed.add(bytes);
            length += bytes.length;
        }
        this.deflated = List.copyOf(compressed);
        this.deflatedLength = length;
    }

    /** The bytes sent for {@code between} of this length. */
    int length(int between) {
        return HEADER.length + deflatedLength + (deflated.size() - 1) * (STORED_BLOCK_HEADER + between) + LAST_BLOCK.length + TRAILER;
    }

    void writeTo(OutputStream out, List<byte[]> parts, byte[] between) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        out.write(HEADER);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.write(new byte[] {0, (byte) between.length, (byte) (between.length >>> 8),
                        (byte) ~between.length, (byte) (~between.length >>> 8)});
                out.write(between);
                crc.update(between);
                size += between.length;
            }
            out.write(deflated.get(i));
            crc.update(parts.get(i));
            size += parts.get(i).length;
        }
        out.write(LAST_BLOCK);
        writeLittleEndian(out, crc.getValue());
        writeLittleEndian(out, size);
    }

    private static byte[] deflate(byte[] part) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(part);
            ByteArrayOutputStream out = new ByteArrayOutputStream(part.length / 4 + 64);
            byte[] buffer = new byte[8192];
            int written;
            do {
                written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, written);
            } while (written == buffer.length);
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void writeLittleEndian(OutputStream out, long value) throws IOException {
        out.write(new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)});
    }
}
