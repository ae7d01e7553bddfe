package org.careroadmap.platform.csv;

import java.util.List;

/**
 * The one way an uploaded CSV is read: bounded in bytes first, decoded (UTF-8 with or without BOM, or
 * cp932), then split into RFC 4180 records within the row and column bounds. Every refusal is a
 * {@link CsvException} naming the problem, which the calling module words in its own messages.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static CsvTable read(byte[] bytes, CsvLimits limits) {
        if (bytes.length > limits.maxBytes()) {
            throw new CsvException(CsvException.Problem.TOO_LARGE, limits.maxBytes());
        }
        CsvDecoder.Decoded decoded = CsvDecoder.decode(bytes);
        return new CsvTable(decoded.encoding(), CsvParser.parse(decoded.text(), limits));
    }

    /** Records of text that is already decoded (a pasted sheet, a test). */
    public static List<CsvRecord> parse(String text, CsvLimits limits) {
        return CsvParser.parse(text, limits);
    }
}
