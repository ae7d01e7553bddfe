package org.careroadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.careroadmap.reference.InvalidValueException;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    static final String TEXT = "年度,項目,名称\r\n2025,退院支援,\"勉強会, 第1回\"\r\n";

    @Test
    void decodesUtf8WithAndWithoutBomAndShiftJis() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        System.arraycopy(CsvText.bom(), 0, bom, 0, 3);
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertThat(CsvText.decode(utf8)).isEqualTo(TEXT);
        assertThat(CsvText.decode(bom)).isEqualTo(TEXT);
        assertThat(CsvText.decode(TEXT.getBytes(CsvText.WINDOWS_31J))).isEqualTo(TEXT);
        // cp932's own characters (①, ～) that plain Shift_JIS lacks.
        assertThat(CsvText.decode("①～".getBytes(CsvText.WINDOWS_31J))).isEqualTo("①～");
    }

    @Test
    void refusesBytesNoEncodingCanRead() {
        assertThatThrownBy(() -> CsvText.decode(new byte[] {(byte) 0x82, (byte) 0xFF, (byte) 0xFF, (byte) 0x80}))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("progress.csv.encoding");
    }

    @Test
    void splitsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<CsvText.Record> records = CsvText.parse("a,\"b,\"\"c\"\"\nd\",e\n\nf\n", 10);
        assertThat(records.get(0).fields()).containsExactly("a", "b,\"c\"\nd", "e");
        assertThat(records.get(1).blank()).isTrue();
        assertThat(records.get(2).fields()).containsExactly("f");
        assertThat(records.get(2).line()).isEqualTo(4);
    }

    @Test
    void stopsAtTheRowLimitAndAtAnUnclosedQuote() {
        assertThatThrownBy(() -> CsvText.parse("a\nb\nc\nd\n", 3)).hasMessageContaining("progress.csv.tooManyRows");
        assertThatThrownBy(() -> CsvText.parse("a,\"b\n", 3)).hasMessageContaining("progress.csv.unclosedQuote");
    }

    @Test
    void writesCellsASpreadsheetNeverRunsAsFormulas() {
        assertThat(CsvText.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvText.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(CsvText.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(CsvText.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvText.cell("勉強会")).isEqualTo("\"勉強会\"");
        assertThat(CsvText.uncell("'=1")).isEqualTo("=1");
        assertThat(CsvText.uncell("'abc")).isEqualTo("'abc");
    }
}
