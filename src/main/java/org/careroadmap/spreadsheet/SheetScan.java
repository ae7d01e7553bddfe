package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Which worksheets have the roadmap layout, found by streaming only the first rows of each worksheet part (and
 * only the shared strings those rows use), so the import can hand POI's object model one sheet instead of all
 * of them. A workbook with large extra sheets then costs a few rows of each, not each sheet's object model.
 * A worksheet whose first rows cannot be read is simply not a roadmap sheet.
 */
final class SheetScan {

    /** One sheet in workbook order: its name, relationship id, part, and the header and title found in its first rows. */
    record ScannedSheet(String name, String relationId, @Nullable String part, boolean worksheet, boolean layout,
                        @Nullable String municipalityName) {
    }

    private SheetScan() {
    }

    /** The workbook's sheets, or empty when the package's structure cannot be read this way (POI then decides). */
    static Optional<List<ScannedSheet>> scan(byte[] bytes) {
        try (PackageEntries entries = new PackageEntries(bytes)) {
            return Optional.of(scan(entries));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<ScannedSheet> scan(PackageEntries entries) throws IOException, XMLStreamException {
        String workbook = entries.workbookPart();
        Map<String, PackageEntries.Relation> relations = new TreeMap<>();
        String sharedStrings = null;
        for (PackageEntries.Relation r : entries.relations(workbook)) {
            relations.put(r.id(), r);
            if (r.type().equals("sharedStrings")) {
                sharedStrings = r.target();
            }
        }
        List<String[]> sheets = sheetsOf(entries, workbook);
        List<SheetHead> heads = new ArrayList<>();
        for (String[] sheet : sheets) {
            PackageEntries.Relation r = relations.get(sheet[1]);
            heads.add(r != null && r.type().equals("worksheet") ? SheetHead.read(entries, r.target()) : SheetHead.NONE);
        }
        SharedStrings strings = SharedStrings.read(entries, sharedStrings, heads);
        List<ScannedSheet> scanned = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            PackageEntries.Relation r = relations.get(sheets.get(i)[1]);
            scanned.add(heads.get(i).scanned(sheets.get(i)[0], sheets.get(i)[1], r == null ? null : r.target(),
                    r != null && r.type().equals("worksheet"), strings));
        }
        return scanned;
    }

    /** The {@code <sheet name r:id>} elements of the workbook part, in order. */
    private static List<String[]> sheetsOf(PackageEntries entries, String workbook) throws IOException, XMLStreamException {
        List<String[]> sheets = new ArrayList<>();
        try (InputStream in = entries.open(workbook)) {
            XMLStreamReader xml = PackageEntries.XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
                        sheets.add(new String[] {xml.getAttributeValue(null, "name"), relationId(xml)});
                    } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheets")) {
                        break;
                    }
                }
            } finally {
                xml.close();
            }
        }
        return sheets;
    }

    private static @Nullable String relationId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals("id") && xml.getAttributeNamespace(i) != null) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }
}
