package org.careroadmap.spreadsheet;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes sample exports to target/ for looking at them. Not a test. */
class ExportScratch {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target/xlsx-samples");
        Files.createDirectories(dir);
        WorkbookWriter writer = new WorkbookWriter();
        Files.write(dir.resolve("iki.xlsx"), writer.roadmap(SheetFixtures.iki()));
        Files.write(dir.resolve("generated.xlsx"), writer.roadmap(SheetFixtures.generated("長崎市", SheetFixtures.NAGASAKI_9_10, 3, 3, 1)));
    }
}
