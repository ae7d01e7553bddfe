package org.careroadmap.operations;

import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backs up every table of the installation into one portable archive (a ZIP with one JSON-lines
 * file per table and a manifest with row counts and SHA-256 checksums), and restores such an
 * archive into an empty installation, from H2 to PostgreSQL and back.
 *
 * <p>A restore first reads the whole archive and proves it (manifest, every row's shape, counts,
 * checksums) without touching the database; then, in one transaction, checks that the target is
 * empty and of the same schema version, replaces the tables' contents and moves the identity
 * counters past the restored ids. Any refusal or failure leaves the target as it was.
 */
@Service
public class BackupService {

    /** Tables whose rows mean that people have worked in an installation; a restore target has none. */
    static final List<String> WORK_TABLES = List.of("app_user", "roadmap");
    /** Public reference data that every installation may hold for all prefectures. */
    static final Set<String> PUBLIC_REFERENCE = Set.of("prefecture", "municipality", "roadmap_template");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate writing;
    private final ObjectProvider<Flyway> flyway;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final ObjectMapper lines = JsonMapper.builder().build();

    BackupService(DataSource dataSource, ObjectProvider<Flyway> flyway, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        this.snapshot = new TransactionTemplate(transactions);
        // One consistent view of all tables while they are written out.
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.flyway = flyway;
        this.clock = clock;
    }

    /** Writes the archive of everything to {@code out} (not closed) and says what it holds. */
    public BackupSummary backup(OutputStream out) {
        BackupSummary summary = snapshot.execute(status -> jdbc.execute((ConnectionCallback<BackupSummary>) con -> {
            try {
                return write(con, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        log.info("Backup written: {} tables, {} rows", summary.tables().size(), summary.rows());
        return summary;
    }

    /** Proves an archive complete and undamaged without restoring it. */
    public BackupSummary check(Path archive) {
        return summary(verify(archive));
    }

    /**
     * Restores an archive into this installation, which must be empty (no accounts, no roadmaps)
     * and at the same schema version as the archive.
     *
     * @throws BackupRefusedException when the archive or the target does not allow it; nothing changed then
     */
    public BackupSummary restore(Path archive) {
        Manifest manifest = verify(archive);
        try (ZipFile zip = open(archive)) {
            writing.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) con -> {
                try {
                    load(con, zip, manifest);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            }));
        } catch (BackupRefusedException e) {
            throw e;
        } catch (DataAccessException | UncheckedIOException | IOException e) {
            throw new BackupRefusedException("The restore failed and was undone; the database is unchanged: "
                    + rootMessage(e), e);
        }
        BackupSummary summary = summary(manifest);
        log.info("Backup restored: {} tables, {} rows", summary.tables().size(), summary.rows());
        return summary;
    }

    /**
     * Refuses a backup from a prefecture's administrator when the installation holds work of other
     * prefectures: an administrator may take away only what they could read anyway. Whole
     * multi-prefecture installations are backed up by their operator from the command line.
     */
    public void requireOnlyPrefecture(String prefectureCode) {
        if (prefectureCode == null || !prefectureCode.matches("\\d{2}")) {
            throw new BackupRefusedException("no prefecture");
        }
        jdbc.execute((ConnectionCallback<Void>) con -> {
            for (DatabaseTables.Table table : DatabaseTables.read(con)) {
                if (PUBLIC_REFERENCE.contains(table.name())) {
                    continue;
                }
                List<String> columns = table.columnNames();
                long foreign = 0;
                if (columns.contains("municipality_code")) {
                    foreign += count(con, "SELECT COUNT(*) FROM " + table.name()
                            + " WHERE municipality_code IS NOT NULL AND municipality_code NOT LIKE ?", prefectureCode + "%");
                }
                if (columns.contains("prefecture_code")) {
                    foreign += count(con, "SELECT COUNT(*) FROM " + table.name()
                            + " WHERE prefecture_code IS NOT NULL AND prefecture_code <> ?", prefectureCode);
                }
                if (foreign > 0) {
                    throw new BackupRefusedException("other prefectures");
                }
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- writing

    private BackupSummary write(Connection con, OutputStream target) throws SQLException, IOException {
        List<DatabaseTables.Table> tables = DatabaseTables.read(con);
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(target) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, StandardCharsets.UTF_8);
        List<Manifest.TableEntry> entries = new ArrayList<>();
        for (DatabaseTables.Table table : tables) {
            String file = Manifest.TableEntry.fileOf(table.name());
            zip.putNextEntry(new ZipEntry(file));
            MessageDigest sha = sha256();
            long rows = 0;
            String order = table.primaryKey().isEmpty() ? "" : " ORDER BY " + String.join(", ", table.primaryKey());
            try (PreparedStatement statement = con.prepareStatement(
                    "SELECT " + String.join(", ", table.columnNames()) + " FROM " + table.name() + order)) {
                statement.setFetchSize(BATCH);
                try (ResultSet rs = statement.executeQuery()) {
                    List<Object> row = new ArrayList<>(table.columns().size());
                    while (rs.next()) {
                        row.clear();
                        for (int i = 0; i < table.columns().size(); i++) {
                            row.add(Values.read(rs, i + 1, table.columns().get(i).kind()));
                        }
                        byte[] line = (lines.writeValueAsString(row) + "\n").getBytes(StandardCharsets.UTF_8);
                        sha.update(line);
                        zip.write(line);
                        rows++;
                    }
                }
            }
            zip.closeEntry();
            entries.add(new Manifest.TableEntry(table.name(), file, rows, HexFormat.of().formatHex(sha.digest()),
                    table.columns().stream().map(c -> new Manifest.ColumnEntry(c.name(), c.kind())).toList()));
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, Instant.now(clock).toString(),
                schemaVersion(), DatabaseTables.describe(con), entries);
        zip.putNextEntry(new ZipEntry(Manifest.FILE));
        zip.write(json.writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return summary(manifest);
    }

    // ---------------------------------------------------------------- checking

    private Manifest verify(Path archive) {
        try (ZipFile zip = open(archive)) {
            Manifest manifest = manifest(zip);
            Set<String> expected = new TreeSet<>();
            expected.add(Manifest.FILE);
            manifest.tables().forEach(t -> expected.add(t.file()));
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!expected.contains(entry.getName())) {
                    throw new BackupRefusedException("The archive holds a file that a Care Roadmap backup does not have ("
                            + entry.getName() + "): it is not one of ours.");
                }
            }
            for (Manifest.TableEntry table : manifest.tables()) {
                readRows(zip, table, row -> { });
            }
            return manifest;
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    private ZipFile open(Path archive) {
        try {
            return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new BackupRefusedException("There is no archive at " + archive + ".");
        } catch (ZipException e) {
            throw new BackupRefusedException("The file is not a readable backup archive: it is damaged, truncated "
                    + "or not a ZIP file at all (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new BackupRefusedException("The archive cannot be read: " + e.getMessage(), e);
        }
    }

    private Manifest manifest(ZipFile zip) throws IOException {
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
        Set<String> names = new LinkedHashSet<>();
        for (Manifest.TableEntry table : manifest.tables()) {
            boolean sane = table.name() != null && NAME.matcher(table.name()).matches()
                    && Manifest.TableEntry.fileOf(table.name()).equals(table.file()) && table.rows() >= 0
                    && table.sha256() != null && table.columns() != null && !table.columns().isEmpty()
                    && table.columns().stream().allMatch(c -> c.name() != null && NAME.matcher(c.name()).matches() && c.kind() != null);
            if (!sane || !names.add(table.name())) {
                throw new BackupRefusedException("The archive's manifest.json describes a table it cannot hold ("
                        + table.name() + "): the archive is damaged or not ours.");
            }
        }
        return manifest;
    }

    private interface RowConsumer {
        void accept(Object[] row) throws IOException;
    }

    /** Reads one table file, proving every row's shape, the row count and the checksum. */
    private void readRows(ZipFile zip, Manifest.TableEntry table, RowConsumer consumer) throws IOException {
        ZipEntry entry = zip.getEntry(table.file());
        if (entry == null) {
            throw new BackupRefusedException("The archive lacks " + table.file() + ", which its manifest lists: "
                    + "it is incomplete.");
        }
        MessageDigest sha = sha256();
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
        if (!HexFormat.of().formatHex(sha.digest()).equalsIgnoreCase(table.sha256())) {
            throw new BackupRefusedException("The checksum of table " + table.name() + " does not match its manifest: "
                    + "the archive is damaged.");
        }
    }

    private Object[] decodeRow(Manifest.TableEntry table, long number, String line) {
        List<?> values;
        try {
            values = lines.readValue(line, List.class);
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

    // ---------------------------------------------------------------- restoring

    private void load(Connection con, ZipFile zip, Manifest manifest) throws SQLException, IOException {
        List<DatabaseTables.Table> targetTables = DatabaseTables.read(con);
        Map<String, DatabaseTables.Table> target = DatabaseTables.byName(targetTables);
        String version = schemaVersion();
        if (!manifest.schemaVersion().equals(version)) {
            throw new BackupRefusedException("The archive comes from schema version " + manifest.schemaVersion()
                    + " but this installation is at version " + version + ". Restore into the same version of "
                    + "Care Roadmap the backup was taken with; a newer version then upgrades the data as it starts.");
        }
        Set<String> archived = manifest.tables().stream().map(Manifest.TableEntry::name).collect(Collectors.toCollection(TreeSet::new));
        if (!archived.equals(new TreeSet<>(target.keySet()))) {
            throw new BackupRefusedException("The archive's tables " + archived + " differ from this installation's "
                    + new TreeSet<>(target.keySet()) + ".");
        }
        for (Manifest.TableEntry entry : manifest.tables()) {
            DatabaseTables.Table table = target.get(entry.name());
            List<String> columns = entry.columns().stream().map(c -> c.name() + ":" + c.kind()).toList();
            List<String> targetColumns = table.columns().stream().map(c -> c.name() + ":" + c.kind()).toList();
            if (!new TreeSet<>(columns).equals(new TreeSet<>(targetColumns))) {
                throw new BackupRefusedException("Table " + entry.name() + " has columns " + columns
                        + " in the archive but " + targetColumns + " here.");
            }
        }
        List<String> work = new ArrayList<>();
        for (String name : WORK_TABLES) {
            if (target.containsKey(name)) {
                long rows = count(con, "SELECT COUNT(*) FROM " + name);
                if (rows > 0) {
                    work.add(name + ": " + rows + " rows");
                }
            }
        }
        if (!work.isEmpty()) {
            throw new BackupRefusedException("The target installation is not empty (" + String.join(", ", work)
                    + "). Restore only into a new, empty installation; nothing was changed.");
        }
        // Migrations fill reference data; the archive's copy replaces it. Children go first.
        List<Manifest.TableEntry> reversed = new ArrayList<>(manifest.tables());
        Collections.reverse(reversed);
        for (Manifest.TableEntry entry : reversed) {
            try (var statement = con.createStatement()) {
                statement.executeUpdate("DELETE FROM " + entry.name());
            }
        }
        for (DatabaseTables.Table table : targetTables) {
            Manifest.TableEntry entry = manifest.tables().stream().filter(t -> t.name().equals(table.name())).findFirst().orElseThrow();
            insert(con, zip, entry, table);
        }
        for (DatabaseTables.Table table : targetTables) {
            for (DatabaseTables.Column column : table.columns()) {
                if (column.identity()) {
                    restartIdentity(con, table.name(), column.name());
                }
            }
        }
    }

    private void insert(Connection con, ZipFile zip, Manifest.TableEntry entry, DatabaseTables.Table table)
            throws SQLException, IOException {
        List<String> names = entry.columns().stream().map(Manifest.ColumnEntry::name).toList();
        Map<String, DatabaseTables.Column> targetColumns = table.columns().stream()
                .collect(Collectors.toMap(DatabaseTables.Column::name, c -> c));
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
        try (PreparedStatement statement = con.prepareStatement(sql)) {
            int[] pending = {0};
            readRows(zip, entry, row -> {
                try {
                    for (int i = 0; i < row.length; i++) {
                        Values.bind(statement, i + 1, row[i], targetColumns.get(names.get(i)));
                    }
                    statement.addBatch();
                    if (++pending[0] == BATCH) {
                        statement.executeBatch();
                        pending[0] = 0;
                    }
                } catch (SQLException e) {
                    throw new IOException(new SQLExceptionWrapper(table.name(), e));
                }
            });
            if (pending[0] > 0) {
                statement.executeBatch();
            }
        } catch (IOException e) {
            if (e.getCause() instanceof SQLExceptionWrapper wrapper) {
                throw wrapper.cause;
            }
            throw e;
        }
    }

    private static final class SQLExceptionWrapper extends Exception {
        final SQLException cause;

        SQLExceptionWrapper(String table, SQLException cause) {
            super(table, cause);
            this.cause = cause;
        }
    }

    /** The next generated id comes after the highest restored one. */
    private static void restartIdentity(Connection con, String table, String column) throws SQLException {
        long max = count(con, "SELECT COALESCE(MAX(" + column + "), 0) FROM " + table);
        try (var statement = con.createStatement()) {
            switch (DatabaseTables.dialect(con)) {
                case H2 -> statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + (max + 1));
                case POSTGRESQL -> {
                    String sequence = DatabaseTables.postgresSequence(con, table, column);
                    if (sequence != null) {
                        try (PreparedStatement set = con.prepareStatement("SELECT setval(?, ?, ?)")) {
                            set.setString(1, sequence);
                            set.setLong(2, Math.max(max, 1));
                            set.setBoolean(3, max > 0);
                            set.execute();
                        }
                    }
                }
                default -> log.warn("Cannot move the identity counter of {}.{} on this database", table, column);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private String schemaVersion() {
        Flyway migrations = flyway.getIfAvailable();
        MigrationInfo current = migrations == null ? null : migrations.info().current();
        return current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion();
    }

    private static long count(Connection con, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = con.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static BackupSummary summary(Manifest manifest) {
        return new BackupSummary(Instant.parse(manifest.createdAt()), manifest.schemaVersion(), manifest.sourceDatabase(),
                manifest.tables().stream().map(t -> new BackupSummary.Table(t.name(), t.rows())).toList());
    }

    private static BackupRefusedException damaged(IOException e) {
        return new BackupRefusedException("The archive is damaged or truncated and cannot be read to the end ("
                + e.getMessage() + ").", e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static boolean isInstant(String text) {
        try {
            return text != null && Instant.parse(text) != null;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
