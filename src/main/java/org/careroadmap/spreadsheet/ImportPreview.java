package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.ImportedItem;

/**
 * An uploaded sheet read and compared with the roadmap it would change (or create), held until the person
 * confirms it with its {@code token}. Problems — cells that could not be read, a sheet of another template
 * edition — mean it cannot be applied and has no token. Nothing of it has been saved.
 *
 * @param owner who made it (as the history records people); only they may see or apply it
 * @param roadmapId the roadmap it changes, or null when it creates the municipality's roadmap
 * @param baseVersion the version it was compared with; applying it to any other version is refused
 */
public record ImportPreview(@Nullable String token, @Nullable Instant expiresAt, String owner, @Nullable Long roadmapId,
                            Municipality municipality, @Nullable RoadmapTemplate template, long baseVersion, String sheetName, List<ItemChange> changes,
                            boolean orderChanged, List<FieldProblem> problems, List<FieldProblem> notes,
                            List<ImportedItem> items) {

    public ImportPreview {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        items = List.copyOf(items);
    }

    public boolean applicable() {
        return token != null;
    }

    public boolean newRoadmap() {
        return roadmapId == null;
    }

    public long count(ItemChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** Whether applying it would change anything at all. */
    public boolean changesSomething() {
        return newRoadmap() || orderChanged || changes.stream().anyMatch(c -> c.kind() != ItemChange.Kind.UNCHANGED);
    }

    ImportPreview withToken(String newToken, Instant expiry) {
        return new ImportPreview(newToken, expiry, owner, roadmapId, municipality, template, baseVersion, sheetName, changes,
                orderChanged, problems, notes, items);
    }
}
