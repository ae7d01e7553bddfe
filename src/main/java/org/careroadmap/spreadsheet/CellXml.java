package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Text of SpreadsheetML cells and shared strings read from a stream, the way POI's object model shows it. */
final class CellXml {

    private CellXml() {
    }

    /**
     * At a {@code <c>} start: its text ({@code t="inlineStr"} or a formula's cached {@code t="str"}), its
     * shared-string index ({@code t="s"}), or null for numbers, booleans and errors. Leaves the reader at {@code </c>}.
     */
    static @Nullable Object value(XMLStreamReader xml) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        if ("inlineStr".equals(type)) {
            return richText(xml, "c");
        }
        String v = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("v")) {
                v = xml.getElementText();
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
        }
        if (v == null) {
            return null;
        }
        if ("s".equals(type)) {
            return Integer.valueOf(v.strip());
        }
        return "str".equals(type) ? v : null;
    }

    /**
     * The {@code <t>} texts up to the end of {@code element}, without phonetic guides ({@code <rPh>}, the furigana
     * Japanese workbooks carry), as POI's {@code getString()} gives them.
     */
    static String richText(XMLStreamReader xml, String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) {
                    phonetic++;
                } else if (xml.getLocalName().equals("t") && phonetic == 0) {
                    text.append(xml.getElementText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) {
                    phonetic--;
                } else if (xml.getLocalName().equals(element)) {
                    break;
                }
            }
        }
        return text.toString();
    }
}
