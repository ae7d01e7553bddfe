package org.careroadmap.spreadsheet.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.careroadmap.roadmap.ImportedItem;
import org.careroadmap.spreadsheet.BenchmarkSupport;
import org.careroadmap.spreadsheet.SheetRoadmap;
import org.careroadmap.spreadsheet.WorkbookWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the Excel work takes, without the database or the web:
 * <ul>
 *   <li>{@code exportPrefecture} — the whole prefecture as one workbook: 21 municipalities × 40 items ×
 *       3 arrows (2,520 arrow shapes) plus the summary sheet, to bytes;</li>
 *   <li>{@code plainPoiPrefecture} — the same cells, merges and arrow shapes written with plain POI calls,
 *       the yardstick for our own overhead (target: export within 2× of it, and under 2 s on 2 cores);</li>
 *   <li>{@code importOneSheet} — one 40-item sheet opened, read and checked, as a preview does before
 *       comparing with the database.</li>
 * </ul>
 * Run: see README ("Benchmark"). Times are per operation; JMH forks a fresh JVM and warms it up first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class SpreadsheetBenchmark {

    private List<SheetRoadmap> prefecture;
    private List<WorkbookWriter.SummaryRow> summary;
    private byte[] oneSheet;
    private final WorkbookWriter writer = new WorkbookWriter();

    @Setup
    public void roadmaps() {
        prefecture = BenchmarkSupport.prefecture(5, 3);
        summary = BenchmarkSupport.summary(prefecture);
        oneSheet = writer.roadmap(prefecture.get(1));
        if (prefecture.stream().mapToInt(r -> r.items().size()).sum() != 21 * 40) {
            throw new IllegalStateException("expected 21 × 40 items");
        }
    }

    @Benchmark
    public byte[] exportPrefecture() {
        return writer.prefecture("長崎県", summary);
    }

    @Benchmark
    public byte[] plainPoiPrefecture() {
        return PlainPoiWorkbook.write(prefecture);
    }

    @Benchmark
    public List<ImportedItem> importOneSheet() {
        return BenchmarkSupport.read(oneSheet);
    }
}
