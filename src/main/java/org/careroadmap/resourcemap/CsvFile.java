package org.careroadmap.resourcemap;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.careroadmap.reference.InvalidValueException;

/**
 * A CSV file as the open-data files really are: UTF-8 with or without BOM, or cp932 (Shift_JIS), tried in that
 * order because cp932 accepts many UTF-8 byte sequences as garbage; CRLF or LF; quoted fields with line
 * breaks; trailing empty columns. Records keep the line they start on, for messages that name it.
 */
record CsvFile(String encoding, List<Record> records) {

    static final Charset CP932 = Charset.forName("windows-31j");

    /** One record: its 1-based line number in the file and its fields. */
    record Record(int line, List<String> fields) {
    }

    static CsvFile read(byte[] bytes, int maxRecords) {
        String text;
        String encoding;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            text = decode(bytes, 3, StandardCharsets.UTF_8);
            encoding = "UTF-8 (BOM)";
        } else {
            text = decode(bytes, 0, StandardCharsets.UTF_8);
            encoding = "UTF-8";
            if (text == null) {
                text = decode(bytes, 0, CP932);
                encoding = "Shift_JIS (cp932)";
            }
        }
        if (text == null || garbage(text)) {
            throw new InvalidValueException("resourcemap.import.encoding");
        }
        return new CsvFile(encoding, parse(text, maxRecords));
    }

    private static String decode(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Control characters other than tab and line ends do not occur in real text: a wrong guess or a binary file. */
    private static boolean garbage(String text) {
        int limit = Math.min(text.length(), 200_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFD) {
                return true;
            }
        }
        return false;
    }

    static List<Record> parse(String text, int maxRecords) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                add(records, recordLine, fields, maxRecords);
                fields = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (quoted) {
            throw new InvalidValueException("resourcemap.import.unclosedQuote", recordLine);
        }
        if (fieldStarted || !fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString());
            add(records, recordLine, fields, maxRecords);
        }
        return records;
    }

    private static void add(List<Record> records, int line, List<String> fields, int maxRecords) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (blank) {
            return;
        }
        if (records.size() >= maxRecords) {
            throw new InvalidValueException("resourcemap.import.tooManyRows", maxRecords - 1);
        }
        records.add(new Record(line, List.copyOf(fields)));
    }
}
