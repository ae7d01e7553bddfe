package org.careroadmap.spreadsheet;

import java.util.ArrayList;
import java.util.List;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.spreadsheet.UploadedSheets.UploadedSheet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Excel in: an uploaded sheet becomes a preview of the roadmap it would create or of the changes it would
 * make, with every unreadable cell listed; a preview without problems is held until its maker confirms it
 * ({@link ImportConfirmation}). Who may import where is {@link ImportTargets}'s rule; a preview is its maker's alone.
 */
@Service
public class SpreadsheetImports {

    private final ImportTargets targets;
    private final UploadedSheets sheets;
    private final PreviewStore previews;

    SpreadsheetImports(ImportTargets targets, UploadedSheets sheets, PreviewStore previews) {
        this.targets = targets;
        this.sheets = sheets;
        this.previews = previews;
    }

    /** What importing {@code file} into roadmap {@code roadmapId} would change. */
    public ImportPreview previewForRoadmap(long roadmapId, byte @Nullable [] file) {
        RoadmapDocument doc = targets.roadmap(roadmapId);
        UploadedSheet sheet = sheets.read(file, doc.municipality());
        List<FieldProblem> problems = new ArrayList<>(sheet.reading().problems());
        RoadmapTemplate sheetTemplate = sheet.reading().template();
        boolean sameEdition = sheetTemplate != null && sheetTemplate.id().equals(doc.template().id());
        if (sheetTemplate != null && !sameEdition) {
            problems.add(new FieldProblem(sheet.reading().sheetName(), "xlsx.editionMismatch",
                    List.of(sheetTemplate.name(), doc.template().name())));
        }
        ImportPlanner.Plan plan = ImportPlanner.plan(sheet.reading(), sameEdition ? doc.template() : null,
                doc.roadmap().items());
        problems.addAll(plan.problems());
        return held(new ImportPreview(null, null, targets.importer(), doc.roadmap().id(), doc.municipality(),
                doc.template(), doc.roadmap().version(), sheet.reading().sheetName(), plan.changes(),
                plan.orderChanged(), problems, sheet.notes(), plan.items()));
    }

    /** What importing {@code file} as the municipality's new roadmap would create; the sheet names the edition. */
    public ImportPreview previewForMunicipality(String municipalityCode, byte @Nullable [] file) {
        Municipality municipality = targets.municipality(municipalityCode);
        UploadedSheet sheet = sheets.read(file, municipality);
        List<FieldProblem> problems = new ArrayList<>(sheet.reading().problems());
        RoadmapTemplate template = sheet.reading().template();
        if (template != null && targets.hasRoadmap(municipality, template)) {
            problems.add(new FieldProblem(sheet.reading().sheetName(), "xlsx.roadmapExists", List.of(template.name())));
        }
        ImportPlanner.Plan plan = ImportPlanner.plan(sheet.reading(), template, List.<RoadmapItem>of());
        problems.addAll(plan.problems());
        return held(new ImportPreview(null, null, targets.importer(), null, municipality, template, 0,
                sheet.reading().sheetName(), plan.changes(), plan.orderChanged(), problems, sheet.notes(), plan.items()));
    }

    /** A preview still waiting for confirmation. */
    public ImportPreview preview(String token) {
        return previews.find(token, targets.importer()).orElseThrow(PreviewNotFoundException::new);
    }

    private ImportPreview held(ImportPreview preview) {
        if (preview.problems().isEmpty() && preview.template() != null && preview.changesSomething()) {
            return previews.hold(preview);
        }
        return preview;
    }
}
