package org.careroadmap.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * The command line: {@code java -jar care-roadmap.jar backup --to FILE} and
 * {@code restore --from FILE}. The application's main method starts these without a web server
 * and with no demo data or first accounts, then exits with this runner's code: 0 done,
 * 2 refused (the message says why; a refused restore changed nothing), 64 wrong usage.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "app.command")
class BackupCommand implements ApplicationRunner, ExitCodeGenerator {

    static final int DONE = 0;
    static final int REFUSED = 2;
    static final int USAGE = 64;

    private final BackupService backups;
    private final String command;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode = DONE;

    BackupCommand(BackupService backups, @Value("${app.command}") String command) {
        this.backups = backups;
        this.command = command;
        this.out = System.out;
        this.err = System.err;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = List.of(args.getSourceArgs());
        try {
            switch (command) {
                case "backup" -> backup(path(words, "--to"));
                case "restore" -> restore(path(words, "--from"));
                default -> usage("unknown command " + command);
            }
        } catch (UsageException e) {
            usage(e.getMessage());
        } catch (BackupRefusedException e) {
            err.println(command + " refused: " + e.getMessage());
            exitCode = REFUSED;
        }
    }

    private void backup(Path file) {
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            BackupSummary summary;
            try (OutputStream stream = Files.newOutputStream(partial)) {
                summary = backups.backup(stream);
            }
            // Only a complete archive ever carries the asked-for name.
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("Backup written to " + absolute + ": " + summary.tables().size() + " tables, "
                    + summary.rows() + " rows, schema version " + summary.schemaVersion() + ".");
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the partial file is named as such
            }
            if (e instanceof BackupRefusedException refused) {
                throw refused;
            }
            throw new BackupRefusedException("The backup could not be written: " + e.getMessage(), e);
        }
    }

    private void restore(Path file) {
        BackupSummary summary = backups.restore(file);
        out.println("Restored " + file.toAbsolutePath() + " (taken " + summary.createdAt() + " from "
                + summary.sourceDatabase() + "): " + summary.tables().size() + " tables, " + summary.rows() + " rows.");
        for (BackupSummary.Table table : summary.tables()) {
            out.println("  " + table.name() + ": " + table.rows());
        }
    }

    private void usage(@Nullable String problem) {
        err.println(problem);
        err.println("usage: java -jar care-roadmap.jar backup --to FILE");
        err.println("       java -jar care-roadmap.jar restore --from FILE   (into an empty installation)");
        exitCode = USAGE;
    }

    /** {@code --to FILE} or {@code --to=FILE}. */
    private static Path path(List<String> words, String option) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals(option) && i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
                return Path.of(words.get(i + 1));
            }
            if (word.startsWith(option + "=") && word.length() > option.length() + 1) {
                return Path.of(word.substring(option.length() + 1));
            }
        }
        throw new UsageException(option + " FILE is missing");
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
