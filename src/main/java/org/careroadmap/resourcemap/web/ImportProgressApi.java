package org.careroadmap.resourcemap.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.resourcemap.ImportProgress;
import org.careroadmap.resourcemap.ImportProgresses;
import org.careroadmap.resourcemap.ResourceNotFoundException;
import org.careroadmap.resourcemap.ResourceService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * How far the reading of an upload has come, for the import form's progress bar (app.js asks twice a second while
 * the upload's own request runs). Read from the database, so any node answers; only the account that uploaded sees
 * it — anyone else gets the same 404 as for an id that never existed.
 */
@RestController
@Tag(name = "Resource map", description = "在宅・医療介護資源マップ")
class ImportProgressApi {

    private final ImportProgresses progresses;
    private final ResourceService resources;
    private final CurrentActor actors;
    private final FieldMessages messages;

    ImportProgressApi(ImportProgresses progresses, ResourceService resources, CurrentActor actors, FieldMessages messages) {
        this.progresses = progresses;
        this.resources = resources;
        this.actors = actors;
        this.messages = messages;
    }

    /** {@code message} is the bar's text in the reader's language (「12,000 / 20,000 行を確認しました」). */
    record ProgressJson(int rowsDone, int rowsTotal, String phase, int percent, String message) {
    }

    @GetMapping("/map/imports/progress/{id}")
    @Operation(summary = "How far reading an uploaded open-data file has come (the uploading account only; 404 for "
            + "anyone else and for unknown ids)")
    ProgressJson progress(@PathVariable String id) {
        resources.requireEditorRole();
        ImportProgress progress = progresses.find(id, actors.get().requiredUsername())
                .orElseThrow(() -> new ResourceNotFoundException("import progress"));
        String phase = progress.phase().name().toLowerCase(java.util.Locale.ROOT);
        return new ProgressJson(progress.rowsDone(), progress.rowsTotal(), phase, progress.percent(),
                messages.message("resourcemap.import.progress." + phase, progress.rowsDone(), progress.rowsTotal()));
    }
}
