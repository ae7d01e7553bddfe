package org.careroadmap.spreadsheet;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.Role;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapReads;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Excel in: an uploaded sheet becomes a preview of the roadmap it would create or of the changes it would
 * make, with every unreadable cell listed; confirming the preview applies it in one transaction of the
 * roadmap service, only if the roadmap is still at the version the preview was made from. Only the
 * municipality's editor imports, into a roadmap that is still editable; a preview is its maker's alone.
 */
@Service
public class SpreadsheetImports {

    private final RoadmapReads roadmaps;
    private final RoadmapEditing editing;
    private final ReferenceData reference;
    private final PreviewStore previews;
    private final WorkbookGate gate;
    private final CurrentActor actors;
    private final ImportSlots slots;

    SpreadsheetImports(RoadmapReads roadmaps, RoadmapEditing editing, ReferenceData reference, PreviewStore previews,
                       SpreadsheetProperties properties, CurrentActor actors) {
        this.roadmaps = roadmaps;
        this.editing = editing;
        this.reference = reference;
        this.previews = previews;
        this.gate = new WorkbookGate(properties.maxUploadSize().toBytes(), properties.budget());
        this.actors = actors;
        this.slots = new ImportSlots(properties.maxConcurrentImports(), properties.importWait());
    }

    /**
     * The roadmap a sheet may be imported into now: one the current person may edit (else 403) and that is
     * still editable (else {@code RoadmapLockedException}, 409). Checked before any file is read.
     */
    public RoadmapDocument importTarget(long roadmapId) {
        RoadmapDocument doc = roadmaps.get(roadmapId);
        roadmaps.requireEditable(doc);
        return doc;
    }

    /** The municipality whose new roadmap a sheet may become: only its own editor may (else 403). */
    public Municipality importTarget(String municipalityCode) {
        Actor actor = actors.get();
        if (!actor.application() && actor.role() != Role.MUNICIPALITY_EDITOR) {
            throw new AccessDeniedException("only a municipality's editor starts its roadmaps");
        }
        Municipality municipality = municipality(municipalityCode);
        if (!actor.canEdit(municipality.code().value())) {
            throw new AccessDeniedException("may not start roadmaps for " + municipality.code().value());
        }
        return municipality;
    }

    /** What importing {@code file} into roadmap {@code roadmapId} would change. */
    public ImportPreview previewForRoadmap(long roadmapId, byte[] file) {
        RoadmapDocument doc = importTarget(roadmapId);
        Found found = read(file, doc.municipality().name());
        List<FieldProblem> problems = new ArrayList<>(found.reading.problems());
        List<FieldProblem> notes = new ArrayList<>(found.notes);
        RoadmapTemplate sheetTemplate = found.reading.template();
        if (sheetTemplate != null && !sheetTemplate.id().equals(doc.template().id())) {
            problems.add(new FieldProblem(found.reading.sheetName(), "xlsx.editionMismatch",
                    List.of(sheetTemplate.name(), doc.template().name())));
        }
        namedMunicipality(found.reading, doc.municipality(), notes);
        RoadmapTemplate template = sheetTemplate != null && sheetTemplate.id().equals(doc.template().id()) ? doc.template() : null;
        ImportPlanner.Plan plan = ImportPlanner.plan(found.reading, template, doc.roadmap().items());
        problems.addAll(plan.problems());
        return held(new ImportPreview(null, null, owner(), doc.roadmap().id(), doc.municipality(), doc.template(),
                doc.roadmap().version(), found.reading.sheetName(), plan.changes(), plan.orderChanged(), problems, notes,
                plan.items()));
    }

    /** What importing {@code file} as the municipality's new roadmap would create; the sheet names the edition. */
    public ImportPreview previewForMunicipality(String municipalityCode, byte[] file) {
        Municipality municipality = importTarget(municipalityCode);
        Found found = read(file, municipality.name());
        List<FieldProblem> problems = new ArrayList<>(found.reading.problems());
        List<FieldProblem> notes = new ArrayList<>(found.notes);
        RoadmapTemplate template = found.reading.template();
        if (template != null && roadmaps.list(ListScope.municipality(municipality.code())).stream().anyMatch(s -> s.template().id().equals(template.id()))) {
            problems.add(new FieldProblem(found.reading.sheetName(), "xlsx.roadmapExists", List.of(template.name())));
        }
        namedMunicipality(found.reading, municipality, notes);
        ImportPlanner.Plan plan = ImportPlanner.plan(found.reading, template, List.<RoadmapItem>of());
        problems.addAll(plan.problems());
        return held(new ImportPreview(null, null, owner(), null, municipality, template, 0, found.reading.sheetName(),
                plan.changes(), plan.orderChanged(), problems, notes, plan.items()));
    }

    /** A preview still waiting for confirmation. */
    public ImportPreview preview(String token) {
        return previews.find(token, owner()).orElseThrow(PreviewNotFoundException::new);
    }

    /**
     * Applies a previewed import, all or nothing. The token is used up either way; if the roadmap changed
     * since the preview, a {@code ConcurrentEditException} says so and nothing is saved.
     */
    public RoadmapDocument apply(String token) {
        ImportPreview preview = previews.take(token, owner()).orElseThrow(PreviewNotFoundException::new);
        if (preview.newRoadmap()) {
            return editing.createWithItems(preview.municipality().code().value(), preview.template().id(),
                    preview.items());
        }
        return editing.replaceItems(preview.roadmapId(), preview.baseVersion(), preview.items());
    }

    private ImportPreview held(ImportPreview preview) {
        if (preview.problems().isEmpty() && preview.template() != null && preview.changesSomething()) {
            return previews.hold(preview);
        }
        return preview;
    }

    private String owner() {
        return actors.get().recordedName();
    }

    private Municipality municipality(String code) {
        try {
            return reference.municipality(MunicipalityCode.parse(code)).orElseThrow(MunicipalityNotFoundException::new);
        } catch (InvalidValueException e) {
            throw new MunicipalityNotFoundException();
        }
    }

    private record Found(SheetReading reading, List<FieldProblem> notes) {
    }

    /** Opens the file and reads the sheet that is this municipality's (by title or sheet name), else the first with the layout. */
    private Found read(byte[] file, String municipalityName) {
        return slots.run(() -> readInSlot(file, municipalityName));
    }

    private Found readInSlot(byte[] file, String municipalityName) {
        SheetChoice choice = SheetChoice.of(gate, file, municipalityName);
        XSSFWorkbook workbook = choice.workbook();
        try {
            List<FieldProblem> notes = new ArrayList<>();
            String sheetName = choice.sheet().getSheetName();
            if (choice.layoutSheets() > 1) {
                notes.add(new FieldProblem(sheetName, "xlsx.sheetChosen", List.of(sheetName, choice.layoutSheets())));
            }
            if (!workbook.getExternalLinksTable().isEmpty()) {
                notes.add(new FieldProblem(sheetName, "xlsx.externalLinks", List.of(workbook.getExternalLinksTable().size())));
            }
            SheetReading reading = RoadmapSheetReader.read(choice.sheet(), choice.header(), reference.templates());
            notes.addAll(reading.notes());
            return new Found(reading, notes);
        } finally {
            workbook.getPackage().revert();
        }
    }

    private static void namedMunicipality(SheetReading reading, Municipality municipality, List<FieldProblem> notes) {
        String named = reading.municipalityName();
        if (named != null && !SheetText.normalise(named).equals(SheetText.normalise(municipality.name()))) {
            notes.add(new FieldProblem(reading.sheetName(), "xlsx.otherMunicipality", List.of(named, municipality.name())));
        }
    }
}
