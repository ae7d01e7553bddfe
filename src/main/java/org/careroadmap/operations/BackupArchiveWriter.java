package org.careroadmap.operations;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every table, read through one connection (and so one snapshot), into an archive: one
 * JSON-lines file per table, then the manifest with row counts and checksums.
 */
final class BackupArchiveWriter {

    static final int FETCH_SIZE = 500;

    private final Clock clock;
    private final ObjectMapper manifestJson = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final ObjectMapper lines = JsonMapper.builder().build();

    BackupArchiveWriter(Clock clock) {
        this.clock = clock;
    }

    /** Writes the archive to {@code target}, which stays open, and returns its manifest. */
    Manifest write(Connection con, OutputStream target, String schemaVersion) throws SQLException, IOException {
        ZipOutputStream zip = new ZipOutputStream(keepingOpen(target), StandardCharsets.UTF_8);
        List<Manifest.TableEntry> entries = new ArrayList<>();
        for (DatabaseTables.Table table : DatabaseTables.read(con)) {
            entries.add(writeTable(con, zip, table));
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, Instant.now(clock).toString(),
                schemaVersion, DatabaseTables.describe(con), entries);
        zip.putNextEntry(new ZipEntry(Manifest.FILE));
        zip.write(manifestJson.writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return manifest;
    }

    /** The caller owns the stream (a servlet response, a file): finishing the ZIP must not close it. */
    private static OutputStream keepingOpen(OutputStream target) {
        return new FilterOutputStream(target) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private Manifest.TableEntry writeTable(Connection con, ZipOutputStream zip, DatabaseTables.Table table)
            throws SQLException, IOException {
        String file = Manifest.TableEntry.fileOf(table.name());
        zip.putNextEntry(new ZipEntry(file));
        MessageDigest sha = Sha256.start();
        long rows = 0;
        try (PreparedStatement statement = con.prepareStatement(selectAll(table))) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery()) {
                List<Object> row = new ArrayList<>(table.columns().size());
                while (rs.next()) {
                    byte[] line = line(rs, table, row);
                    sha.update(line);
                    zip.write(line);
                    rows++;
                }
            }
        }
        zip.closeEntry();
        return new Manifest.TableEntry(table.name(), file, rows, Sha256.hex(sha),
                table.columns().stream().map(c -> new Manifest.ColumnEntry(c.name(), c.kind())).toList());
    }

    /** In primary-key order, so that two backups of the same data are the same bytes. */
    private static String selectAll(DatabaseTables.Table table) {
        String order = table.primaryKey().isEmpty() ? "" : " ORDER BY " + String.join(", ", table.primaryKey());
        return "SELECT " + String.join(", ", table.columnNames()) + " FROM " + table.name() + order;
    }

    private byte[] line(ResultSet rs, DatabaseTables.Table table, List<Object> row) throws SQLException {
        row.clear();
        for (int i = 0; i < table.columns().size(); i++) {
            row.add(Values.read(rs, i + 1, table.columns().get(i).kind()));
        }
        return (lines.writeValueAsString(row) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
