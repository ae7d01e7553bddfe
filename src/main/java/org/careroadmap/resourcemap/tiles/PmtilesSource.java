package org.careroadmap.resourcemap.tiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * The configured .pmtiles file ({@code app.resourcemap.tiles.pmtiles}) as tiles. Each node keeps the opened
 * archive (header and directories) for as long as the file's modification time and size stay the same; a file
 * replaced by a newer one is opened anew on the next request. Nothing of it needs to be shared between nodes.
 */
@Component
public class PmtilesSource {

    private static final Logger log = LoggerFactory.getLogger(PmtilesSource.class);

    /** None when no archive is configured. */
    private final @Nullable Path file;
    /** The archive last read, while the file is unchanged; none before the first read or after a failed one. */
    private @Nullable Opened opened;

    private record Opened(long modified, long size, PmtilesArchive archive) {
    }

    PmtilesSource(@Value("${app.resourcemap.tiles.pmtiles:}") @Nullable String file) {
        this.file = file == null || file.isBlank() ? null : Path.of(file.strip());
    }

    public boolean configured() {
        return file != null;
    }

    /** The archive as the file is now; empty when none is configured or the file is missing or unreadable. */
    public synchronized Optional<PmtilesArchive> archive() {
        if (file == null) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long modified = attributes.lastModifiedTime().toMillis();
            if (opened == null || opened.modified != modified || opened.size != attributes.size()) {
                opened = new Opened(modified, attributes.size(), PmtilesArchive.open(file));
            }
            return Optional.of(opened.archive);
        } catch (IOException | RuntimeException e) {
            opened = null;
            log.warn("Map tiles archive {} not readable: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
