package org.careroadmap.platform.csv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file as Excel and the national open-data conventions want it: UTF-8 with a BOM, CRLF line ends,
 * fields quoted (always, or only when they need it), and every field {@linkplain FormulaNeutraliser
 * neutralised}, so opening the file never runs what someone typed.
 */
public final class CsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final boolean alwaysQuote;
    private final StringBuilder text = new StringBuilder();

    private CsvWriter(boolean alwaysQuote) {
        this.alwaysQuote = alwaysQuote;
    }

    /** Every field in quotes: the open-data convention, and safe for any text. */
    public static CsvWriter alwaysQuoted() {
        return new CsvWriter(true);
    }

    /** Quotes only around fields with a comma, quote or line break: smaller files, same meaning. */
    public static CsvWriter quotedWhenNeeded() {
        return new CsvWriter(false);
    }

    /** One record; a null field is written empty. */
    public CsvWriter row(@Nullable Object... values) {
        return row(Arrays.asList(values));
    }

    public CsvWriter row(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            Object value = values.get(i);
            text.append(alwaysQuote ? quoted(value) : quotedWhenNeeded(value));
        }
        text.append("\r\n");
        return this;
    }

    /** The file: a UTF-8 BOM (so Excel reads Japanese correctly) and the rows. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** One neutralised field, always in quotes. */
    public static String quoted(@Nullable Object value) {
        String s = FormulaNeutraliser.neutralised(value == null ? null : value.toString());
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** One neutralised field, in quotes only when it holds a comma, quote or line break. */
    public static String quotedWhenNeeded(@Nullable Object value) {
        String s = FormulaNeutraliser.neutralised(value == null ? null : value.toString());
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    public static byte[] bom() {
        return BOM.clone();
    }
}
