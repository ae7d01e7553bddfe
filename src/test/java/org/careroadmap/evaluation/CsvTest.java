package org.careroadmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.careroadmap.reference.InvalidValueException;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasStayText() {
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("+81")).isEqualTo("'+81");
        assertThat(Csv.cell("-2")).isEqualTo("'-2");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\t=x")).isEqualTo("'\t=x");
        assertThat(Csv.cell("=HYPERLINK(\"a\",\"b\")")).isEqualTo("\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\"");
        assertThat(Csv.cell("郷ノ浦")).isEqualTo("郷ノ浦");
        assertThat(Csv.cell(12)).isEqualTo("12");
    }

    @Test
    void readsQuotedCellsWithCommasNewlinesAndDoubledQuotes() {
        List<List<String>> rows = Csv.parse("a,\"b,c\",\"d\"\"e\"\r\n\r\n\"multi\nline\",x\n");
        assertThat(rows).containsExactly(List.of("a", "b,c", "d\"e"), List.of("multi\nline", "x"));
    }

    @Test
    void anUnclosedQuoteIsAnErrorNotASilentMerge() {
        assertThatThrownBy(() -> Csv.parse("a,\"b\nc,d\n")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void readsUtf8WithBomAndShiftJisAsExcelSavesIt() {
        byte[] bom = "\uFEFF区分,評価項目".getBytes(StandardCharsets.UTF_8);
        assertThat(Csv.decode(bom)).isEqualTo("区分,評価項目");
        byte[] sjis = "区分,評価項目".getBytes(Charset.forName("windows-31j"));
        assertThat(Csv.decode(sjis)).isEqualTo("区分,評価項目");
    }
}
