package org.careroadmap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.careroadmap.CareRoadmapApplication;
import org.careroadmap.TestPostgres;
import org.careroadmap.TouchesDatabase;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.roadmap.ArrowInput;
import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Backup and restore as an operator uses them: everything of a working H2 installation goes into
 * an archive, into an empty PostgreSQL, out again and back into an empty H2, and every table is
 * equal at each step. Damaged, truncated and foreign archives are refused with a sentence saying
 * why, and the target is left as it was.
 */
@TouchesDatabase
class BackupRestoreTest {

    @TempDir
    static Path dir;

    static ConfigurableApplicationContext source;
    static ConfigurableApplicationContext postgres;
    static TestPostgres.Database postgresDatabase;
    static ConfigurableApplicationContext empty;
    static Path sourceArchive;

    @BeforeAll
    static void workingInstallationAndItsBackup() throws IOException {
        source = start("--spring.datasource.url=jdbc:h2:mem:backupsource;DB_CLOSE_DELAY=-1", "--app.demo-data.enabled=true");
        RoadmapEditing editing = source.getBean(RoadmapEditing.class);
        CurrentActor.asSystem(() -> {
            RoadmapDocument doc = editing.create("422011", "nagasaki-9-10");
            doc = editing.addItem(doc.roadmap().id(), doc.roadmap().version(), new ItemInput("A",
                    "退院支援\n「引用」と \"quotes\" \\ 😀", "目指す姿", "令和9年度", "推進方策"));
            String itemId = doc.roadmap().items().get(0).id();
            return editing.addArrow(doc.roadmap().id(), doc.roadmap().version(), itemId,
                    new ArrowInput("研修会", "2024", "2027", true));
        });
        sourceArchive = dir.resolve("from-h2.zip");
        try (OutputStream out = Files.newOutputStream(sourceArchive)) {
            source.getBean(BackupService.class).backup(out);
        }
        postgresDatabase = TestPostgres.newSchema("backup_target");
        postgres = start(postgresDatabase.arguments());
        empty = start("--spring.datasource.url=jdbc:h2:mem:backupempty;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stop() {
        Stream.of(source, postgres, empty).filter(c -> c != null).forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void roundTripFromH2ToPostgresAndBackKeepsEveryTableEqual() throws IOException {
        Map<String, List<String>> original = contents(sourceArchive);
        assertThat(original).containsKeys("prefecture", "municipality", "roadmap_template", "roadmap", "roadmap_item",
                "roadmap_arrow", "app_user", "audit_entry").doesNotContainKeys("spring_session", "flyway_schema_history");
        assertThat(original.get("app_user")).hasSize(sourceAccounts());
        // Iki City's roadmap, the demo review round's six, and the one made above.
        assertThat(original.get("roadmap")).hasSize(8);
        assertThat(original).containsKeys("roadmap_snapshot", "submission_round", "review_comment");
        assertThat(original.get("review_comment")).isNotEmpty();
        assertThat(original.get("audit_entry")).isNotEmpty();
        assertThat(String.join("", original.get("roadmap_item"))).contains("😀", "\\\"quotes\\\"", "\\n");

        postgres.getBean(BackupService.class).restore(sourceArchive);
        Path fromPostgres = dir.resolve("from-pg.zip");
        try (OutputStream out = Files.newOutputStream(fromPostgres)) {
            postgres.getBean(BackupService.class).backup(out);
        }
        assertThat(contents(fromPostgres)).isEqualTo(original);

        ConfigurableApplicationContext back = start("--spring.datasource.url=jdbc:h2:mem:backupreturn;DB_CLOSE_DELAY=-1");
        try {
            back.getBean(BackupService.class).restore(fromPostgres);
            Path again = dir.resolve("back-in-h2.zip");
            try (OutputStream out = Files.newOutputStream(again)) {
                back.getBean(BackupService.class).backup(out);
            }
            assertThat(contents(again)).isEqualTo(original);
        } finally {
            back.close();
        }

        // The restored installation goes on working: new rows get ids after the restored ones.
        RoadmapReads roadmaps = postgres.getBean(RoadmapReads.class);
        RoadmapEditing editing = postgres.getBean(RoadmapEditing.class);
        long highest = JdbcClient.create(postgres.getBean(javax.sql.DataSource.class))
                .sql("SELECT MAX(id) FROM roadmap").query(Long.class).single();
        RoadmapDocument created = CurrentActor.asSystem(() -> editing.create("422029", "nagasaki-9-10"));
        assertThat(created.roadmap().id()).isGreaterThan(highest);
        assertThat(CurrentActor.asSystem(() -> roadmaps.list())).hasSize(9);
    }

    @Test
    void commandLineBacksUpAndRestoresIntoAnEmptyInstallationAndRefusesAWorkingOne() throws IOException {
        Path archive = dir.resolve("cli.zip");
        Output backup = command("backup", "--to", archive.toString(),
                "--spring.datasource.url=jdbc:h2:mem:backupsource;DB_CLOSE_DELAY=-1");
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backup written to", "tables");
        assertThat(contents(archive)).isEqualTo(contents(sourceArchive));

        Output restore = command("restore", "--from=" + archive, "--spring.datasource.url=jdbc:h2:mem:clitarget;DB_CLOSE_DELAY=-1");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored", "roadmap_item:");

        Output again = command("restore", "--from", archive.toString(), "--spring.datasource.url=jdbc:h2:mem:clitarget;DB_CLOSE_DELAY=-1");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("restore refused", "not empty", "app_user: " + sourceAccounts() + " rows");

        Output usage = command("backup", "--spring.datasource.url=jdbc:h2:mem:clitarget;DB_CLOSE_DELAY=-1");
        assertThat(usage.code()).isEqualTo(64);
        assertThat(usage.err()).contains("--to FILE is missing", "usage:");
    }

    @Test
    void refusesATruncatedArchiveAndChangesNothing() throws IOException {
        byte[] whole = Files.readAllBytes(sourceArchive);
        Path truncated = dir.resolve("truncated.zip");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertRefused(truncated, "damaged, truncated");
    }

    @Test
    void refusesAnArchiveWhoseTableWasAlteredAndChangesNothing() throws IOException {
        Path altered = rewrite("altered.zip", (name, bytes) -> name.equals("tables/municipality.jsonl")
                ? new String(bytes, StandardCharsets.UTF_8).replace("壱岐市", "壱岐町").getBytes(StandardCharsets.UTF_8) : bytes);
        assertRefused(altered, "checksum of table municipality does not match");

        Path shortened = rewrite("shortened.zip", (name, bytes) -> {
            if (!name.equals("tables/roadmap_arrow.jsonl")) {
                return bytes;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1).getBytes(StandardCharsets.UTF_8);
        });
        assertRefused(shortened, "roadmap_arrow has");
    }

    @Test
    void refusesAnArchiveWithCorruptBytes() throws IOException {
        byte[] bytes = Files.readAllBytes(sourceArchive);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Path corrupt = dir.resolve("corrupt.zip");
        Files.write(corrupt, bytes);
        assertRefused(corrupt, "damaged");
    }

    @Test
    void refusesForeignFiles() throws IOException {
        Path notZip = dir.resolve("notes.zip");
        Files.writeString(notZip, "これはバックアップではありません");
        assertRefused(notZip, "not a readable backup archive");

        Path otherZip = dir.resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherZip))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(otherZip, "no manifest.json");

        Path otherFormat = rewrite("other-format.zip", (name, bytes) -> name.equals("manifest.json")
                ? new String(bytes, StandardCharsets.UTF_8).replace("care-roadmap-backup", "someone-elses-backup")
                        .getBytes(StandardCharsets.UTF_8) : bytes);
        assertRefused(otherFormat, "not a Care Roadmap backup");

        Path extraFile = rewrite("extra.zip", (name, bytes) -> bytes);
        try (var fs = java.nio.file.FileSystems.newFileSystem(extraFile)) {
            Files.writeString(fs.getPath("tables/evil.jsonl"), "[1]\n");
        }
        assertRefused(extraFile, "does not have (tables/evil.jsonl)");

        assertRefused(dir.resolve("missing.zip"), "There is no archive");
    }

    @Test
    void refusesAnArchiveOfAnotherSchemaVersion() throws IOException {
        Path newer = rewrite("newer.zip", (name, bytes) -> name.equals("manifest.json")
                ? new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"schemaVersion\"\\s*:\\s*\"[^\"]*\"", "\"schemaVersion\" : \"9999\"")
                        .getBytes(StandardCharsets.UTF_8) : bytes);
        assertRefused(newer, "schema version 9999");
    }

    @Test
    void refusesToRestoreOverAWorkingInstallation() {
        long before = rows(source, "roadmap_item");
        assertThatThrownBy(() -> source.getBean(BackupService.class).restore(sourceArchive))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("not empty");
        assertThat(rows(source, "roadmap_item")).isEqualTo(before);
    }

    @Test
    void checkProvesAGoodArchiveWithoutRestoringIt() {
        BackupSummary summary = empty.getBean(BackupService.class).check(sourceArchive);
        assertThat(summary.tables()).extracting(BackupSummary.Table::name).contains("roadmap", "app_user");
        assertThat(summary.rows()).isGreaterThan(30);
        assertThat(rows(empty, "roadmap")).isZero();
    }

    // ---------------------------------------------------------------- helpers

    private static void assertRefused(Path archive, String message) {
        long municipalities = rows(empty, "municipality");
        assertThatThrownBy(() -> empty.getBean(BackupService.class).restore(archive))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining(message);
        assertThat(rows(empty, "municipality")).as("target untouched").isEqualTo(municipalities);
        assertThat(rows(empty, "roadmap")).isZero();
        assertThat(rows(empty, "app_user")).isZero();
    }

    private static long rows(ConfigurableApplicationContext context, String table) {
        return JdbcClient.create(context.getBean(javax.sql.DataSource.class))
                .sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static ConfigurableApplicationContext start(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (all.stream().noneMatch(a -> a.startsWith("--app.demo-data.enabled"))) {
            all.add("--app.demo-data.enabled=false");
        }
        all.add("--spring.main.banner-mode=off");
        return new SpringApplicationBuilder(CareRoadmapApplication.class).web(WebApplicationType.NONE)
                .run(all.toArray(String[]::new));
    }

    /** Every table's rows, sorted, as the archive holds them. */
    static Map<String, List<String>> contents(Path archive) throws IOException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.getName().startsWith("tables/")) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                try (BufferedReader in = new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
                    in.lines().forEach(rows::add);
                }
                Collections.sort(rows);
                tables.put(entry.getName().substring("tables/".length()).replace(".jsonl", ""), rows);
            }
        }
        return new java.util.TreeMap<>(tables);
    }

    private interface Change {
        byte[] apply(String name, byte[] bytes);
    }

    /** A copy of the good archive with some entries changed, as a careless hand or a bad disk would. */
    private static Path rewrite(String name, Change change) throws IOException {
        Path target = dir.resolve(name);
        try (ZipFile zip = new ZipFile(sourceArchive.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(change.apply(entry.getName(), zip.getInputStream(entry).readAllBytes()));
                out.closeEntry();
            }
        }
        return target;
    }

    private record Output(int code, String out, String err) {
    }

    private static synchronized Output command(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = CareRoadmapApplication.runCommand(args);
            return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** The demo data's accounts grow with new roles; the archive must hold as many as the source. */
    private static int sourceAccounts() {
        return JdbcClient.create(source.getBean(javax.sql.DataSource.class))
                .sql("SELECT COUNT(*) FROM app_user").query(Integer.class).single();
    }
}
