package org.careroadmap.operations;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an archive and proves it, without touching any database: a manifest of our format, no
 * file it does not list, and in every table file rows of the right shape, count and checksum.
 */
final class BackupArchiveReader {

    private final ObjectMapper json = JsonMapper.builder().build();

    interface RowConsumer {
        void accept(Object[] row) throws IOException;
    }

    /** Proves the whole archive and returns its manifest. */
    Manifest verify(Path archive) {
        try (ZipFile zip = open(archive)) {
            Manifest manifest = new ManifestReader(json).read(zip);
            requireOnlyListedFiles(zip, manifest);
            for (Manifest.TableEntry table : manifest.tables()) {
                readRows(zip, table, row -> { });
            }
            return manifest;
        } catch (IOException e) {
            throw new BackupRefusedException("The archive is damaged or truncated and cannot be read to the end ("
                    + e.getMessage() + ").", e);
        }
    }

    static ZipFile open(Path archive) {
        try {
            return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new BackupRefusedException("There is no archive at " + archive + ".");
        } catch (ZipException e) {
            throw new BackupRefusedException("The file is not a readable backup archive: it is damaged, truncated "
                    + "or not a ZIP file at all (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new BackupRefusedException("The archive cannot be read: " + e.getMessage(), e);
        }
    }

    private static void requireOnlyListedFiles(ZipFile zip, Manifest manifest) {
        Set<String> expected = new TreeSet<>();
        expected.add(Manifest.FILE);
        manifest.tables().forEach(t -> expected.add(t.file()));
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (!expected.contains(entry.getName())) {
                throw new BackupRefusedException("The archive holds a file that a Care Roadmap backup does not have ("
                        + entry.getName() + "): it is not one of ours.");
            }
        }
    }

    /** Reads one table file, proving every row's shape, the row count and the checksum. */
    void readRows(ZipFile zip, Manifest.TableEntry table, RowConsumer consumer) throws IOException {
        ZipEntry entry = zip.getEntry(table.file());
        if (entry == null) {
            throw new BackupRefusedException("The archive lacks " + table.file() + ", which its manifest lists: "
                    + "it is incomplete.");
        }
        MessageDigest sha = Sha256.start();
        long rows = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new DigestInputStream(zip.getInputStream(entry), sha), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                rows++;
                consumer.accept(decodeRow(table, rows, line));
            }
        }
        if (rows != table.rows()) {
            throw new BackupRefusedException("Table " + table.name() + " has " + rows + " rows in the archive but its "
                    + "manifest says " + table.rows() + ": the archive is damaged or truncated.");
        }
        if (!Sha256.hex(sha).equalsIgnoreCase(table.sha256())) {
            throw new BackupRefusedException("The checksum of table " + table.name() + " does not match its manifest: "
                    + "the archive is damaged.");
        }
    }

    private Object[] decodeRow(Manifest.TableEntry table, long number, String line) {
        List<?> values;
        try {
            values = json.readValue(line, List.class);
        } catch (JacksonException e) {
            throw new BackupRefusedException("Row " + number + " of table " + table.name() + " cannot be read: "
                    + "the archive is damaged.");
        }
        if (values == null || values.size() != table.columns().size()) {
            throw new BackupRefusedException("Row " + number + " of table " + table.name() + " has the wrong number "
                    + "of values: the archive is damaged.");
        }
        Object[] row = new Object[values.size()];
        for (int i = 0; i < row.length; i++) {
            Manifest.ColumnEntry column = table.columns().get(i);
            try {
                row[i] = Values.decode(values.get(i), column.kind());
            } catch (IllegalArgumentException e) {
                throw new BackupRefusedException("Row " + number + " of table " + table.name() + ", column "
                        + column.name() + ": " + e.getMessage() + ". The archive is damaged.");
            }
        }
        return row;
    }
}
