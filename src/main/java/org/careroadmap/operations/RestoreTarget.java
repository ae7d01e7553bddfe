package org.careroadmap.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The checks a target installation passes before a restore changes anything in it. */
final class RestoreTarget {

    /** Tables whose rows mean that people have worked in an installation; a restore target has none. */
    static final List<String> WORK_TABLES = List.of("app_user", "roadmap");

    private RestoreTarget() {
    }

    /** Same Flyway version, same tables, same columns of the same kinds. */
    static void requireSameSchema(Manifest manifest, String version, Map<String, DatabaseTables.Table> target) {
        if (!manifest.schemaVersion().equals(version)) {
            throw new BackupRefusedException("The archive comes from schema version " + manifest.schemaVersion()
                    + " but this installation is at version " + version + ". Restore into the same version of "
                    + "Care Roadmap the backup was taken with; a newer version then upgrades the data as it starts.");
        }
        Set<String> archived = manifest.tables().stream().map(Manifest.TableEntry::name)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!archived.equals(new TreeSet<>(target.keySet()))) {
            throw new BackupRefusedException("The archive's tables " + archived + " differ from this installation's "
                    + new TreeSet<>(target.keySet()) + ".");
        }
        for (Manifest.TableEntry entry : manifest.tables()) {
            List<String> columns = entry.columns().stream().map(c -> c.name() + ":" + c.kind()).toList();
            // The archive's tables equal the installation's (checked above): every entry has its table here.
            DatabaseTables.Table here = Objects.requireNonNull(target.get(entry.name()), "checked: same tables");
            List<String> targetColumns = here.columns().stream()
                    .map(c -> c.name() + ":" + c.kind()).toList();
            if (!new TreeSet<>(columns).equals(new TreeSet<>(targetColumns))) {
                throw new BackupRefusedException("Table " + entry.name() + " has columns " + columns
                        + " in the archive but " + targetColumns + " here.");
            }
        }
    }

    /** No accounts and no roadmaps: a restore never overwrites anyone's work. */
    static void requireEmpty(Connection con, Map<String, DatabaseTables.Table> target) throws SQLException {
        List<String> work = new ArrayList<>();
        for (String name : WORK_TABLES) {
            if (target.containsKey(name)) {
                long rows = DatabaseTables.count(con, "SELECT COUNT(*) FROM " + name);
                if (rows > 0) {
                    work.add(name + ": " + rows + " rows");
                }
            }
        }
        if (!work.isEmpty()) {
            throw new BackupRefusedException("The target installation is not empty (" + String.join(", ", work)
                    + "). Restore only into a new, empty installation; nothing was changed.");
        }
    }
}
