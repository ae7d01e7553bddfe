package org.careroadmap.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * What a whole workbook may expand to, checked before POI keeps any of it. POI's zip-bomb guard looks at one
 * entry at a time (its size and compression ratio), and opening a package expands every entry into memory:
 * thirty-odd worksheet parts, each just under the per-entry limit and compressing inside the ratio guard,
 * took the heap of a node with them. Here every entry is inflated once into a small reusable buffer and
 * counted — the real inflated bytes, never the sizes the archive claims — and the file is refused as soon as
 * the total, the number of parts or the number of worksheets goes over its limit.
 *
 * @param maxEntryExpanded one part, uncompressed (POI's own per-entry limit, checked here first: {@code xlsx.zipBomb})
 * @param maxTotalExpanded all parts together, uncompressed
 * @param maxParts entries in the archive
 * @param maxSheets worksheet parts ({@code xl/worksheets/*.xml})
 */
record ExpansionBudget(long maxEntryExpanded, long maxTotalExpanded, int maxParts, int maxSheets) {

    ExpansionBudget {
        if (maxEntryExpanded <= 0 || maxTotalExpanded <= 0 || maxParts <= 0 || maxSheets <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Refuses a package over budget with {@code xlsx.tooLargeExpanded}, {@code xlsx.tooManyParts} or
     * {@code xlsx.tooManySheets} (413). A file that is no readable zip passes: the gate's own checks name it.
     */
    void check(byte[] bytes) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int parts = 0;
        int sheets = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (++parts > maxParts) {
                    throw RejectedWorkbookException.overBudget("xlsx.tooManyParts", maxParts);
                }
                if (isWorksheet(entry.getName()) && ++sheets > maxSheets) {
                    throw RejectedWorkbookException.overBudget("xlsx.tooManySheets", maxSheets);
                }
                if (!zip.canReadEntryData(entry)) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    long inEntry = 0;
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        inEntry += n;
                        total += n;
                        if (inEntry > maxEntryExpanded) {
                            throw new RejectedWorkbookException("xlsx.zipBomb");
                        }
                        if (total > maxTotalExpanded) {
                            throw RejectedWorkbookException.overBudget("xlsx.tooLargeExpanded",
                                    WorkbookGate.sizeText(maxTotalExpanded));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedWorkbookException rejected) {
                throw rejected;
            }
            // Not a zip this reader can walk (damaged, truncated, not a zip): the gate refuses it with its own reason.
        }
    }

    static boolean isWorksheet(String entryName) {
        String name = entryName.toLowerCase(Locale.ROOT);
        return name.startsWith("xl/worksheets/") && name.endsWith(".xml") && !name.contains("/_rels/");
    }
}
