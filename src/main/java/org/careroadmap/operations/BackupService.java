package org.careroadmap.operations;

import org.careroadmap.platform.PrefectureCode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

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
import org.jspecify.annotations.Nullable;

/**
 * Backs up every table of the installation into one portable archive (a ZIP with one JSON-lines
 * file per table and a manifest with row counts and SHA-256 checksums), and restores such an
 * archive into an empty installation, from H2 to PostgreSQL and back.
 *
 * <p>A restore first reads the whole archive and proves it (manifest, every row's shape, counts,
 * checksums) without touching the database; then, in one transaction, checks that the target is
 * empty and of the same schema version, replaces the tables' contents and moves the identity
 * counters past the restored ids. Any refusal or failure leaves the target as it was. The work is
 * done by {@link BackupArchiveWriter}, {@link BackupArchiveReader} and {@link ArchiveRestore};
 * this class owns the transactions.
 */
@Service
public class BackupService {

    /** Public reference data that every installation may hold for all prefectures. */
    static final Set<String> PUBLIC_REFERENCE = Set.of("prefecture", "municipality", "roadmap_template");
    /** Bookkeeping with a row for every prefecture (V231), which is nobody's work: it never makes a backup another's. */
    static final Set<String> EVERY_PREFECTURES_COUNTERS = Set.of("portal_change_count");

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate writing;
    private final ObjectProvider<Flyway> flyway;
    private final BackupArchiveWriter writer;
    private final BackupArchiveReader reader = new BackupArchiveReader();
    private final ArchiveRestore restorer = new ArchiveRestore(reader);

    BackupService(DataSource dataSource, ObjectProvider<Flyway> flyway, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        this.snapshot = new TransactionTemplate(transactions);
        // One consistent view of all tables while they are written out.
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.flyway = flyway;
        this.writer = new BackupArchiveWriter(clock);
    }

    /** Writes the archive of everything to {@code out} (not closed) and says what it holds. */
    public BackupSummary backup(OutputStream out) {
        Manifest manifest = snapshot.execute(status -> jdbc.execute((ConnectionCallback<Manifest>) con -> {
            try {
                return writer.write(con, out, schemaVersion());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        BackupSummary summary = summary(manifest);
        log.info("Backup written: {} tables, {} rows", summary.tables().size(), summary.rows());
        return summary;
    }

    /** Proves an archive complete and undamaged without restoring it. */
    public BackupSummary check(Path archive) {
        return summary(reader.verify(archive));
    }

    /**
     * Restores an archive into this installation, which must be empty (no accounts, no roadmaps)
     * and at the same schema version as the archive.
     *
     * @throws BackupRefusedException when the archive or the target does not allow it; nothing changed then
     */
    public BackupSummary restore(Path archive) {
        Manifest manifest = reader.verify(archive);
        try (ZipFile zip = BackupArchiveReader.open(archive)) {
            // The callback answers true, not null: Spring allows null, but NullAway (without JSpecify mode) cannot see it.
            writing.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Boolean>) con -> {
                try {
                    restorer.load(con, zip, manifest, schemaVersion());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return true;
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
    public void requireOnlyPrefecture(@Nullable String prefectureCode) {
        if (prefectureCode == null || !PrefectureCode.isValid(prefectureCode)) {
            throw new BackupRefusedException("no prefecture");
        }
        Boolean foreign = jdbc.execute((ConnectionCallback<Boolean>) con -> {
            for (DatabaseTables.Table table : DatabaseTables.read(con)) {
                if (!PUBLIC_REFERENCE.contains(table.name()) && !EVERY_PREFECTURES_COUNTERS.contains(table.name())
                        && rowsOfOtherPrefectures(con, table, prefectureCode) > 0) {
                    return true;
                }
            }
            return false;
        });
        if (Boolean.TRUE.equals(foreign)) {
            throw new BackupRefusedException("other prefectures");
        }
    }

    private static long rowsOfOtherPrefectures(Connection con, DatabaseTables.Table table, String prefectureCode)
            throws SQLException {
        List<String> columns = table.columnNames();
        long foreign = 0;
        if (columns.contains("municipality_code")) {
            foreign += DatabaseTables.count(con, "SELECT COUNT(*) FROM " + table.name()
                    + " WHERE municipality_code IS NOT NULL AND municipality_code NOT LIKE ?", prefectureCode + "%");
        }
        if (columns.contains("prefecture_code")) {
            foreign += DatabaseTables.count(con, "SELECT COUNT(*) FROM " + table.name()
                    + " WHERE prefecture_code IS NOT NULL AND prefecture_code <> ?", prefectureCode);
        }
        return foreign;
    }

    private String schemaVersion() {
        Flyway migrations = flyway.getIfAvailable();
        MigrationInfo current = migrations == null ? null : migrations.info().current();
        return current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion();
    }

    private static BackupSummary summary(Manifest manifest) {
        return new BackupSummary(Instant.parse(manifest.createdAt()), manifest.schemaVersion(), manifest.sourceDatabase(),
                manifest.tables().stream().map(t -> new BackupSummary.Table(t.name(), t.rows())).toList());
    }

    private static @Nullable String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
