package org.careroadmap.spreadsheet;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.ReferenceData;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded workbook, within this node's import slots and the workbook gate's limits: picks the sheet
 * that is the municipality's (by title or sheet name), else the first with the layout, and notes what the
 * person should know about the choice (another sheet chosen, external links, another municipality named).
 */
@Component
class UploadedSheets {

    private final WorkbookGate gate;
    private final ImportSlots slots;
    private final ReferenceData reference;

    UploadedSheets(SpreadsheetProperties properties, ReferenceData reference) {
        this.gate = new WorkbookGate(properties.maxUploadSize().toBytes(), properties.budget());
        this.slots = new ImportSlots(properties.maxConcurrentImports(), properties.importWait());
        this.reference = reference;
    }

    /** The sheet read as text, with the notes about it. */
    record UploadedSheet(SheetReading reading, List<FieldProblem> notes) {
        UploadedSheet {
            notes = List.copyOf(notes);
        }
    }

    UploadedSheet read(byte @Nullable [] file, Municipality municipality) {
        UploadedSheet sheet = slots.run(() -> readInSlot(file, municipality.name()));
        List<FieldProblem> notes = new ArrayList<>(sheet.notes());
        String named = sheet.reading().municipalityName();
        if (named != null && !SheetText.normalise(named).equals(SheetText.normalise(municipality.name()))) {
            notes.add(new FieldProblem(sheet.reading().sheetName(), "xlsx.otherMunicipality",
                    List.of(named, municipality.name())));
        }
        return new UploadedSheet(sheet.reading(), notes);
    }

    private UploadedSheet readInSlot(byte @Nullable [] file, String municipalityName) {
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
            return new UploadedSheet(reading, notes);
        } finally {
            workbook.getPackage().revert();
        }
    }
}
