package org.careroadmap.operations;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads an archive's {@code manifest.json} and refuses one that is not ours, of another format
 * version, incomplete, or naming tables and columns that could not be SQL identifiers.
 */
final class ManifestReader {

    /** Table and column names end up in SQL, so only plain lower-case identifiers pass. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final ObjectMapper json;

    ManifestReader(ObjectMapper json) {
        this.json = json;
    }

    Manifest read(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(Manifest.FILE);
        if (entry == null) {
            throw new BackupRefusedException("The archive has no manifest.json: it is not a Care Roadmap backup.");
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = json.readValue(in, Manifest.class);
        } catch (JacksonException e) {
            throw new BackupRefusedException("The archive's manifest.json cannot be read: the archive is damaged "
                    + "or not a Care Roadmap backup.", e);
        }
        requireOurFormat(manifest);
        requireSaneTables(manifest);
        return manifest;
    }

    private static void requireOurFormat(Manifest manifest) {
        if (!Manifest.FORMAT.equals(manifest.format())) {
            throw new BackupRefusedException("The archive is not a Care Roadmap backup (its format is \""
                    + manifest.format() + "\").");
        }
        if (manifest.formatVersion() != Manifest.FORMAT_VERSION) {
            throw new BackupRefusedException("The archive uses backup format " + manifest.formatVersion()
                    + "; this version of Care Roadmap reads format " + Manifest.FORMAT_VERSION + ".");
        }
        if (manifest.tables() == null || manifest.schemaVersion() == null || !isInstant(manifest.createdAt())) {
            throw new BackupRefusedException("The archive's manifest.json is incomplete: the archive is damaged.");
        }
    }

    private static void requireSaneTables(Manifest manifest) {
        Set<String> names = new LinkedHashSet<>();
        for (Manifest.TableEntry table : manifest.tables()) {
            if (!isSane(table) || !names.add(table.name())) {
                throw new BackupRefusedException("The archive's manifest.json describes a table it cannot hold ("
                        + table.name() + "): the archive is damaged or not ours.");
            }
        }
    }

    private static boolean isSane(Manifest.TableEntry table) {
        return isName(table.name())
                && Manifest.TableEntry.fileOf(table.name()).equals(table.file()) && table.rows() >= 0
                && table.sha256() != null && table.columns() != null && !table.columns().isEmpty()
                && table.columns().stream().allMatch(c -> isName(c.name()) && c.kind() != null);
    }

    private static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    private static boolean isInstant(String text) {
        try {
            return text != null && Instant.parse(text) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
