package org.careroadmap.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    static final String TEXT = "年度,項目,名称\r\n2025,退院支援,\"勉強会, 第1回\"\r\n";
    static final CsvLimits ROOMY = new CsvLimits(1_000_000, 100, 50);

    private static byte[] withBom(byte[] body) {
        byte[] all = new byte[body.length + 3];
        System.arraycopy(CsvWriter.bom(), 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    @Test
    void readsUtf8WithAndWithoutBomAndShiftJisAsExcelSavesIt() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        CsvTable plain = CsvReader.read(utf8, ROOMY);
        CsvTable bom = CsvReader.read(withBom(utf8), ROOMY);
        CsvTable sjis = CsvReader.read(TEXT.getBytes(Charset.forName("windows-31j")), ROOMY);
        assertThat(plain.encoding()).isEqualTo("UTF-8");
        assertThat(bom.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(sjis.encoding()).isEqualTo("Shift_JIS (cp932)");
        for (CsvTable table : List.of(plain, bom, sjis)) {
            assertThat(table.records().get(0).fields()).containsExactly("年度", "項目", "名称");
            assertThat(table.dataRows().get(0).fields()).containsExactly("2025", "退院支援", "勉強会, 第1回");
        }
        // cp932's own characters (①, ～) that plain Shift_JIS lacks.
        assertThat(CsvReader.read("①～".getBytes(Charset.forName("windows-31j")), ROOMY).records().get(0).field(0))
                .isEqualTo("①～");
    }

    @Test
    void refusesBytesNoEncodingCanReadAndBinaryFiles() {
        assertThatThrownBy(() -> CsvReader.read(new byte[] {(byte) 0x82, (byte) 0xFF, (byte) 0xFF, (byte) 0x80}, ROOMY))
                .isInstanceOfSatisfying(CsvException.class, e -> assertThat(e.problem()).isEqualTo(CsvException.Problem.ENCODING));
        assertThatThrownBy(() -> CsvReader.read(new byte[] {'a', 0, 1, 2, ',', 'b'}, ROOMY))
                .isInstanceOfSatisfying(CsvException.class, e -> assertThat(e.messageKey("x.csv")).isEqualTo("x.csv.encoding"));
    }

    @Test
    void splitsQuotedFieldsWithCommasDoubledQuotesAndLineBreaksAndKeepsTheStartingLine() {
        List<CsvRecord> records = CsvReader.parse("a,\"b,\"\"c\"\"\nd\",e\r\n\r\nf\n\"\",g", ROOMY);
        assertThat(records).extracting(CsvRecord::fields).containsExactly(
                List.of("a", "b,\"c\"\nd", "e"), List.of("f"), List.of("", "g"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 4, 5);
        assertThat(records.get(1).field(3)).isEmpty();
    }

    @Test
    void leavesOutBlankRowsAndDoesNotCountThemAgainstTheLimit() {
        List<CsvRecord> records = CsvReader.parse("h\n\n , \na\n\nb\n", new CsvLimits(100, 2, 5));
        assertThat(records).extracting(r -> r.field(0)).containsExactly("h", "a", "b");
    }

    @Test
    void refusesMoreDataRowsThanTheLimitAfterTheHeader() {
        assertThat(CsvReader.parse("h\na\nb\nc\n", new CsvLimits(100, 3, 5))).hasSize(4);
        assertThatThrownBy(() -> CsvReader.parse("h\na\nb\nc\nd\n", new CsvLimits(100, 3, 5)))
                .isInstanceOfSatisfying(CsvException.class, e -> {
                    assertThat(e.problem()).isEqualTo(CsvException.Problem.TOO_MANY_ROWS);
                    assertThat(e.arguments()).containsExactly(3);
                });
    }

    @Test
    void refusesARowWithMoreFieldsThanTheLimit() {
        assertThatThrownBy(() -> CsvReader.parse("a,b\nc,d,e,f\n", new CsvLimits(100, 10, 3)))
                .isInstanceOfSatisfying(CsvException.class, e -> {
                    assertThat(e.problem()).isEqualTo(CsvException.Problem.TOO_MANY_COLUMNS);
                    assertThat(e.arguments()).containsExactly(2, 3);
                });
    }

    @Test
    void refusesAFileLargerThanTheByteLimitBeforeDecodingIt() {
        assertThatThrownBy(() -> CsvReader.read(new byte[11], new CsvLimits(10, 10, 10)))
                .isInstanceOfSatisfying(CsvException.class, e -> {
                    assertThat(e.messageKey("progress.csv")).isEqualTo("progress.csv.tooLarge");
                    assertThat(e.arguments()).containsExactly(10L);
                });
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingItsLineNotASilentMerge() {
        assertThatThrownBy(() -> CsvReader.parse("x\na,\"b\nc,d\n", ROOMY))
                .isInstanceOfSatisfying(CsvException.class, e -> {
                    assertThat(e.problem()).isEqualTo(CsvException.Problem.UNCLOSED_QUOTE);
                    assertThat(e.arguments()).containsExactly(2);
                });
    }

    @Test
    void limitsThatBoundNothingAreRefused() {
        assertThatThrownBy(() -> new CsvLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvLimits.of(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
