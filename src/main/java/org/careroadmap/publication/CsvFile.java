package org.careroadmap.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file as the national open-data conventions and Excel want it: UTF-8 with a BOM, CRLF line
 * ends, every field quoted. A field that a spreadsheet would read as a formula (starting with
 * = + - @, a tab or a carriage return) gets a leading apostrophe, so opening the file never runs
 * what someone typed into a roadmap.
 */
final class CsvFile {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder text = new StringBuilder();

    CsvFile(List<String> header) {
        row(header);
    }

    CsvFile row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quoted(fields.get(i) == null ? "" : fields.get(i).toString()));
        }
        text.append("\r\n");
        return this;
    }

    static String neutralised(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String quoted(String value) {
        return "\"" + neutralised(value).replace("\"", "\"\"") + "\"";
    }

    byte[] bytes() {
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }
}
