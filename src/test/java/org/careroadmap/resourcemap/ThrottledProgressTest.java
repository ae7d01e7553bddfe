package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The import's progress reaches the database a few times a second at most, yet every phase's start and end get there. */
class ThrottledProgressTest {

    long now = 0;
    final List<ImportProgress> written = new ArrayList<>();
    final ThrottledProgress progress = new ThrottledProgress(written::add, () -> now, Duration.ofMillis(250));

    static ImportProgress checking(int done, int total) {
        return new ImportProgress(ImportProgress.Phase.CHECKING, done, total);
    }

    @Test
    void passesAPhasesFirstReportAndHoldsTheNextOnesUntilTheIntervalHasPassed() {
        progress.reached(checking(100, 1000));
        now += 100;
        progress.reached(checking(200, 1000));
        now += 100;
        progress.reached(checking(300, 1000));
        now += 60;
        progress.reached(checking(400, 1000));
        now += 10;
        progress.reached(new ImportProgress(ImportProgress.Phase.SAVING, 100, 900));

        assertThat(written).extracting(ImportProgress::phase, ImportProgress::rowsDone).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ImportProgress.Phase.CHECKING, 100),
                org.assertj.core.groups.Tuple.tuple(ImportProgress.Phase.CHECKING, 400),
                org.assertj.core.groups.Tuple.tuple(ImportProgress.Phase.SAVING, 100));
    }

    @Test
    void alwaysPassesAPhasesLastRowSoTheBarReachesTheEndOfIt() {
        progress.reached(checking(100, 200));
        now += 1;
        progress.reached(checking(200, 200));

        assertThat(written).extracting(ImportProgress::rowsDone).containsExactly(100, 200);
    }

    @Test
    void aLargeFileIsReportedSeveralTimesWhileReadButFarLessOftenThanPerRow() {
        List<ImportProgress> everyReport = new ArrayList<>();
        // Each report of the reader (every 100 rows) takes 20 ms on the fake clock: 5,000 rows take a second.
        ThrottledProgress throttled = new ThrottledProgress(written::add, () -> now += 20, Duration.ofMillis(250));

        OpenDataReader.Result read = OpenDataReader.read(LargeOpenDataFile.careServices("THR", 5000), "422100",
                OpenDataReaderTest.KINDS, 30000, p -> {
                    everyReport.add(p);
                    throttled.reached(p);
                });

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).hasSize(2500);
        assertThat(everyReport.get(0)).isEqualTo(new ImportProgress(ImportProgress.Phase.DECODING, 0, 0));
        assertThat(everyReport).hasSize(1 + 5000 / OpenDataReader.REPORT_EVERY_ROWS);
        assertThat(written.size()).isBetween(5, 10);
        assertThat(written.get(written.size() - 1)).isEqualTo(checking(5000, 5000));
        assertThat(written).extracting(ImportProgress::percent).isSorted();
    }

    @Test
    void thePercentIsOfTheWholeReadingSoTheBarOnlyMovesForward() {
        assertThat(new ImportProgress(ImportProgress.Phase.DECODING, 0, 0).percent()).isZero();
        assertThat(checking(0, 1000).percent()).isEqualTo(5);
        assertThat(checking(500, 1000).percent()).isEqualTo(32);
        assertThat(checking(1000, 1000).percent()).isEqualTo(60);
        assertThat(new ImportProgress(ImportProgress.Phase.SAVING, 250, 500).percent()).isEqualTo(80);
        assertThat(new ImportProgress(ImportProgress.Phase.DONE, 500, 500).percent()).isEqualTo(100);
        assertThat(new ImportProgress(ImportProgress.Phase.DONE, 0, 0).percent()).isEqualTo(100);
    }
}
