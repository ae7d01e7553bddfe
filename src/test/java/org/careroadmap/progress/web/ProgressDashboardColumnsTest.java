package org.careroadmap.progress.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.careroadmap.progress.PrefectureRollUp;
import org.careroadmap.progress.RatingScale;
import org.careroadmap.progress.ReportStatus;
import org.careroadmap.progress.RollUp;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.review.DashboardCell;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** How a municipality's progress report reads in the dashboard's column: its state, and an overdue one in words. */
class ProgressDashboardColumnsTest {

    private final ProgressDashboardColumns columns = new ProgressDashboardColumns(null, null, messages());

    @Test
    void anOverdueReportSaysSoInWordsNeedsAttentionAndSortsAfterEveryState() {
        DashboardCell overdue = columns.report(row(ReportStatus.DRAFT, true), Locale.JAPANESE);
        assertThat(overdue.text()).isEqualTo("作成中 期限超過");
        assertThat(overdue.attention()).isTrue();
        for (ReportStatus status : ReportStatus.values()) {
            DashboardCell cell = columns.report(row(status, false), Locale.JAPANESE);
            assertThat(cell.attention()).isFalse();
            assertThat(cell.sortValue()).isLessThan(overdue.sortValue());
        }
        assertThat(columns.report(row(ReportStatus.RETURNED, true), Locale.ENGLISH).text()).isEqualTo("Returned Overdue");
    }

    private static PrefectureRollUp.Row row(ReportStatus status, boolean overdue) {
        Municipality iki = new Municipality(new MunicipalityCode("422100"), "壱岐市", "Iki", "42");
        return new PrefectureRollUp.Row(iki, 1L, status, overdue, new RollUp(RatingScale.parse("◎ 達成できた 達成\n× 全く不十分 不足")));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "progress-messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
