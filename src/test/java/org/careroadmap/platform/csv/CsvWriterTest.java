package org.careroadmap.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void writesABomCrlfLinesAndQuotedFieldsThatReadBackAsWritten() {
        List<String> values = List.of("=HYPERLINK(\"x\")", "勉強会, 第1回", "改行\nあり", "");
        byte[] bytes = CsvWriter.alwaysQuoted().row("a", null, 3).row(values).bytes();
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(CsvWriter.bom());
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\"a\",\"\",\"3\"\r\n\"'=HYPERLINK(\"\"x\"\")\",").endsWith("\r\n");
        List<CsvRecord> back = CsvReader.read(bytes, CsvLimits.of(10_000, 10)).records();
        assertThat(back.get(1).fields().stream().map(FormulaNeutraliser::restored).toList()).isEqualTo(values);
    }

    @Test
    void quotesOnlyWhereNeededWhenAskedAndStillNeutralises() {
        byte[] bytes = CsvWriter.quotedWhenNeeded().row("郷ノ浦", 12, "b,c", "d\"e", "-2").bytes();
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("郷ノ浦,12,\"b,c\",\"d\"\"e\",'-2\r\n");
    }

    @Test
    void singleCellsFollowTheSameRules() {
        assertThat(CsvWriter.quoted("=1")).isEqualTo("\"'=1\"");
        assertThat(CsvWriter.quoted(null)).isEqualTo("\"\"");
        assertThat(CsvWriter.quotedWhenNeeded("=HYPERLINK(\"a\",\"b\")")).isEqualTo("\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\"");
        assertThat(CsvWriter.quotedWhenNeeded("\t=x")).isEqualTo("'\t=x");
    }
}
