package org.careroadmap.resourcemap.tiles;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import javax.imageio.ImageIO;

/**
 * Writes small PMTiles v3 archives for tests, as the format's specification lays them out: header, gzip root
 * directory, metadata, optional leaf directories, tile data. Consecutive tile ids with the same bytes become one
 * run, and identical bytes are stored once — as real archives of sea or empty land do.
 */
public final class PmtilesFixture {

    /** One directory entry before encoding: a run of tiles, or (runLength 0) a leaf directory. */
    record Entry(long tileId, long offset, long length, long runLength) {
    }

    private final List<long[]> runs = new ArrayList<>();
    private final List<byte[]> contents = new ArrayList<>();
    private int tileType = 2;
    private int minZoom;
    private int maxZoom;
    private int leafSize;

    /** Adds one tile (tiles must be added in increasing tile id). */
    public PmtilesFixture tile(int z, long x, long y, byte[] bytes) {
        return run(TileId.of(z, x, y), 1, bytes);
    }

    /** Adds a run of tile ids starting at {@code firstId} that all show {@code bytes}. */
    public PmtilesFixture run(long firstId, long count, byte[] bytes) {
        int last = runs.size() - 1;
        if (last >= 0 && Arrays.equals(contents.get(last), bytes) && runs.get(last)[0] + runs.get(last)[1] == firstId) {
            runs.get(last)[1] += count;
        } else {
            runs.add(new long[] {firstId, count});
            contents.add(bytes);
        }
        return this;
    }

    public PmtilesFixture zooms(int min, int max) {
        this.minZoom = min;
        this.maxZoom = max;
        return this;
    }

    /** Vector tiles (MVT) instead of PNG. */
    public PmtilesFixture vector() {
        this.tileType = 1;
        return this;
    }

    /** Puts the entries into leaf directories of at most {@code size} entries, the root pointing at them. */
    public PmtilesFixture leavesOf(int size) {
        this.leafSize = size;
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        Map<String, Long> stored = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            byte[] content = contents.get(i);
            String key = Arrays.toString(content);
            Long offset = stored.get(key);
            if (offset == null) {
                offset = (long) data.size();
                stored.put(key, offset);
                data.writeBytes(content);
            }
            entries.add(new Entry(runs.get(i)[0], offset, content.length, runs.get(i)[1]));
        }
        byte[] root;
        ByteArrayOutputStream leaves = new ByteArrayOutputStream();
        if (leafSize > 0) {
            List<Entry> pointers = new ArrayList<>();
            for (int from = 0; from < entries.size(); from += leafSize) {
                byte[] leaf = gzip(directory(entries.subList(from, Math.min(entries.size(), from + leafSize))));
                pointers.add(new Entry(entries.get(from).tileId(), leaves.size(), leaf.length, 0));
                leaves.writeBytes(leaf);
            }
            root = gzip(directory(pointers));
        } else {
            root = gzip(directory(entries));
        }
        byte[] metadata = gzip("{}".getBytes(StandardCharsets.UTF_8));
        ByteBuffer header = ByteBuffer.allocate(PmtilesHeader.LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        header.put("PMTiles".getBytes(StandardCharsets.US_ASCII)).put((byte) 3);
        long rootOffset = PmtilesHeader.LENGTH;
        long metadataOffset = rootOffset + root.length;
        long leafOffset = metadataOffset + metadata.length;
        long dataOffset = leafOffset + leaves.size();
        header.putLong(rootOffset).putLong(root.length).putLong(metadataOffset).putLong(metadata.length)
                .putLong(leafOffset).putLong(leaves.size()).putLong(dataOffset).putLong(data.size())
                .putLong(runs.stream().mapToLong(r -> r[1]).sum()).putLong(entries.size()).putLong(stored.size());
        header.put((byte) 1).put((byte) 2).put((byte) 1).put((byte) tileType).put((byte) minZoom).put((byte) maxZoom);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        out.writeBytes(root);
        out.writeBytes(metadata);
        out.writeBytes(leaves.toByteArray());
        out.writeBytes(data.toByteArray());
        return out.toByteArray();
    }

    public Path writeTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temporary, bytes());
            return Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 256 × 256 PNG of one colour: tiles that differ by colour are easy to tell apart when read back. */
    public static byte[] png(int rgb) {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every tile of zoom 0 to {@code maxZoom} showing the same image: one entry, one run. */
    public static PmtilesFixture everywhere(int maxZoom, byte[] bytes) {
        long count = ((1L << (2 * (maxZoom + 1))) - 1) / 3;
        return new PmtilesFixture().run(0, count, bytes).zooms(0, maxZoom);
    }

    private static byte[] directory(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, entries.size());
        long last = 0;
        for (Entry e : entries) {
            varint(out, e.tileId() - last);
            last = e.tileId();
        }
        entries.forEach(e -> varint(out, e.runLength()));
        entries.forEach(e -> varint(out, e.length()));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            boolean follows = i > 0 && e.offset() == entries.get(i - 1).offset() + entries.get(i - 1).length();
            varint(out, follows ? 0 : e.offset() + 1);
        }
        return out.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
