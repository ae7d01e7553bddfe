package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellReference;

/**
 * The first rows of one worksheet part (up to {@link HeaderWords#LAST_SCANNED_ROW}), streamed: each cell's own
 * text, or the index of its shared string. Reading stops at the first row past them, so the rest of the part —
 * however large, even damaged — is never parsed. Numbers, booleans and errors are left out: no header word
 * or title is one.
 */
final class SheetHead {

    static final SheetHead NONE = new SheetHead(new TreeMap<>());

    /** Row → column → text ({@link String}) or shared-string index ({@link Integer}). */
    private final TreeMap<Integer, TreeMap<Integer, Object>> rows;

    private SheetHead(TreeMap<Integer, TreeMap<Integer, Object>> rows) {
        this.rows = rows;
    }

    static SheetHead read(PackageEntries entries, String part) {
        TreeMap<Integer, TreeMap<Integer, Object>> rows = new TreeMap<>();
        try (InputStream in = entries.open(part)) {
            XMLStreamReader xml = PackageEntries.XML.createXMLStreamReader(in);
            try {
                readRows(xml, rows);
            } finally {
                xml.close();
            }
            return new SheetHead(rows);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return NONE;
        }
    }

    private static void readRows(XMLStreamReader xml, TreeMap<Integer, TreeMap<Integer, Object>> rows)
            throws XMLStreamException {
        int row = -1;
        int col = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                return;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (xml.getLocalName().equals("row")) {
                String r = xml.getAttributeValue(null, "r");
                row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                col = -1;
                if (row > HeaderWords.LAST_SCANNED_ROW) {
                    return;
                }
            } else if (xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                col = ref == null ? col + 1 : new CellReference(ref).getCol();
                Object value = CellXml.value(xml);
                if (value != null) {
                    rows.computeIfAbsent(row, k -> new TreeMap<>()).put(col, value);
                }
            }
        }
    }

    void sharedStringsUsed(java.util.Set<Integer> into) {
        rows.values().forEach(cells -> cells.values().forEach(v -> {
            if (v instanceof Integer index) {
                into.add(index);
            }
        }));
    }

    SheetScan.ScannedSheet scanned(String name, String relationId, @Nullable String part, boolean worksheet,
                                   SharedStrings strings) {
        String municipality = null;
        for (Map.Entry<Integer, TreeMap<Integer, Object>> row : rows.entrySet()) {
            Map<Integer, String> texts = new TreeMap<>();
            row.getValue().forEach((col, value) -> texts.put(col, strings.text(value)));
            Optional<HeaderWords> header = HeaderWords.in(texts);
            if (header.isPresent()) {
                return new SheetScan.ScannedSheet(name, relationId, part, worksheet, true, municipality);
            }
            for (String text : texts.values()) {
                municipality = municipality != null ? municipality : SheetText.municipalityInTitle(text);
            }
        }
        return new SheetScan.ScannedSheet(name, relationId, part, worksheet, false, null);
    }
}
