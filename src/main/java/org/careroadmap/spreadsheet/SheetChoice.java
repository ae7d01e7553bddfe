package org.careroadmap.spreadsheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sheet an import reads: the one whose title or name is the municipality's, else the first with the roadmap
 * layout. The sheets are told apart by {@link SheetScan} from their first rows, and POI's object model is built
 * for the chosen sheet alone ({@link SheetPruning}); only a package the scan cannot follow is opened whole.
 * The caller reverts {@link #workbook()}'s package when done.
 *
 * @param layoutSheets how many sheets have the layout (more than one is worth a note)
 */
record SheetChoice(XSSFWorkbook workbook, XSSFSheet sheet, RoadmapSheetReader.Header header, int layoutSheets) {

    static SheetChoice of(WorkbookGate gate, byte @Nullable [] upload, String municipalityName) {
        byte[] file = gate.check(upload);
        Optional<List<SheetScan.ScannedSheet>> scanned = SheetScan.scan(file);
        if (scanned.isEmpty() || scanned.get().isEmpty()) {
            return amongAll(gate.openChecked(file), municipalityName);
        }
        List<SheetScan.ScannedSheet> all = scanned.get();
        List<SheetScan.ScannedSheet> layouts = all.stream().filter(SheetScan.ScannedSheet::layout).toList();
        // Without any layout sheet the first sheet is opened all the same: the gate's checks on the package
        // (macros, a missing workbook) still come first, then "no layout".
        SheetScan.ScannedSheet chosen = layouts.isEmpty() ? all.get(0) : layouts.get(wanted(layouts, municipalityName));
        byte[] pruned;
        try {
            pruned = SheetPruning.keepOnly(file, chosen, all);
        } catch (IOException | RuntimeException e) {
            return amongAll(gate.openChecked(file), municipalityName);
        }
        XSSFWorkbook workbook = gate.openChecked(pruned);
        XSSFSheet sheet = workbook.getSheet(chosen.name());
        Optional<RoadmapSheetReader.Header> header = sheet == null || sheet instanceof XSSFChartSheet
                ? Optional.empty() : RoadmapSheetReader.findHeader(sheet);
        if (header.isEmpty()) {
            workbook.getPackage().revert();
            throw new RejectedWorkbookException("xlsx.noLayout");
        }
        return new SheetChoice(workbook, sheet, header.get(), layouts.size());
    }

    private static int wanted(List<SheetScan.ScannedSheet> layouts, String municipalityName) {
        String wanted = SheetText.normalise(municipalityName);
        for (int i = 0; i < layouts.size(); i++) {
            if (wanted.equals(SheetText.normalise(layouts.get(i).municipalityName()))
                    || wanted.equals(SheetText.normalise(layouts.get(i).name()))) {
                return i;
            }
        }
        return 0;
    }

    /** The whole workbook in POI's object model: for packages the scan could not follow. */
    private static SheetChoice amongAll(XSSFWorkbook workbook, String municipalityName) {
        List<XSSFSheet> sheets = new ArrayList<>();
        List<RoadmapSheetReader.Header> headers = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            if (!(sheet instanceof XSSFChartSheet)) {
                RoadmapSheetReader.findHeader(sheet).ifPresent(h -> {
                    sheets.add(sheet);
                    headers.add(h);
                });
            }
        }
        if (sheets.isEmpty()) {
            workbook.getPackage().revert();
            throw new RejectedWorkbookException("xlsx.noLayout");
        }
        String wanted = SheetText.normalise(municipalityName);
        int chosen = 0;
        for (int i = 0; i < sheets.size(); i++) {
            if (wanted.equals(SheetText.normalise(headers.get(i).municipalityName()))
                    || wanted.equals(SheetText.normalise(sheets.get(i).getSheetName()))) {
                chosen = i;
                break;
            }
        }
        return new SheetChoice(workbook, sheets.get(chosen), headers.get(chosen), sheets.size());
    }
}
