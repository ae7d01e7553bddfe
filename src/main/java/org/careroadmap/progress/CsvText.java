package org.careroadmap.progress;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.careroadmap.reference.InvalidValueException;

/**
 * CSV as municipal PCs write it and as Excel reads it: decoding UTF-8 (with or without BOM) or
 * Shift_JIS/cp932, splitting RFC 4180 records (quoted fields with commas, quotes and line breaks),
 * and writing cells that a spreadsheet never runs as formulas.
 */
final class CsvText {

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvText() {
    }

    /** UTF-8 when it has a BOM or decodes cleanly, else cp932; bytes neither can read are refused. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2]) {
            return strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes, 3, bytes.length - 3));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return strict(WINDOWS_31J, ByteBuffer.wrap(bytes));
        }
    }

    private static String strict(Charset charset, ByteBuffer bytes) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidValueException("progress.csv.encoding");
        }
    }

    /** The records of a CSV text, each a list of fields; a line number is kept per record (its first line). */
    record Record(int line, List<String> fields) {
        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    static List<Record> parse(String text, int maxRecords) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == '"' && field.isEmpty() && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                line++;
                recordLine = line;
                if (records.size() > maxRecords) {
                    throw new InvalidValueException("progress.csv.tooManyRows", maxRecords - 1);
                }
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new InvalidValueException("progress.csv.unclosedQuote", recordLine);
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        if (records.size() > maxRecords) {
            throw new InvalidValueException("progress.csv.tooManyRows", maxRecords - 1);
        }
        return records;
    }

    /**
     * One cell, always quoted; a value a spreadsheet would run as a formula (starting with = + - @,
     * or a tab or carriage return) gets a leading apostrophe, so it shows as text.
     */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /** Undoes {@link #cell}'s guard when a file written here is read back. */
    static String uncell(String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() >= 2 && v.charAt(0) == '\'' && "=+-@\t\r".indexOf(v.charAt(1)) >= 0) {
            return v.substring(1);
        }
        return v;
    }

    static byte[] bom() {
        return BOM.clone();
    }
}
