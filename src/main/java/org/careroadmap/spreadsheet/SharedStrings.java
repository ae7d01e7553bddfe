package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Only the shared strings the scanned rows use, streamed from the shared-strings part and read no further than
 * the last one needed: a workbook whose other sheets fill that table costs the scan little.
 */
final class SharedStrings {

    private final Map<Integer, String> texts;

    private SharedStrings(Map<Integer, String> texts) {
        this.texts = texts;
    }

    static SharedStrings read(PackageEntries entries, @Nullable String part, List<SheetHead> heads)
            throws IOException, XMLStreamException {
        TreeSet<Integer> wanted = new TreeSet<>();
        heads.forEach(head -> head.sharedStringsUsed(wanted));
        Map<Integer, String> texts = new HashMap<>();
        if (part == null || wanted.isEmpty() || !entries.has(part)) {
            return new SharedStrings(texts);
        }
        try (InputStream in = entries.open(part)) {
            XMLStreamReader xml = PackageEntries.XML.createXMLStreamReader(in);
            try {
                int index = -1;
                while (xml.hasNext() && index < wanted.last()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                        index++;
                        String text = CellXml.richText(xml, "si");
                        if (wanted.contains(index)) {
                            texts.put(index, text);
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
        return new SharedStrings(texts);
    }

    /** A scanned cell's text: its own, or its shared string's. */
    String text(Object value) {
        return value instanceof Integer index ? texts.getOrDefault(index, "") : (String) value;
    }
}
