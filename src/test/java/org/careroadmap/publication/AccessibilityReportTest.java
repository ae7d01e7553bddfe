package org.careroadmap.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** How axe-core's recorded output becomes the per-criterion test result. */
class AccessibilityReportTest {

    @Test
    void axeTagsNameTheirSuccessCriterionAndLevelTagsNameNone() {
        assertThat(WcagCriteria.fromAxeTag("wcag143")).isEqualTo("1.4.3");
        assertThat(WcagCriteria.fromAxeTag("wcag1410")).isEqualTo("1.4.10");
        assertThat(WcagCriteria.fromAxeTag("wcag412")).isEqualTo("4.1.2");
        assertThat(WcagCriteria.fromAxeTag("wcag2aa")).isNull();
        assertThat(WcagCriteria.fromAxeTag("wcag21aa")).isNull();
        assertThat(WcagCriteria.fromAxeTag("best-practice")).isNull();
        assertThat(WcagCriteria.fromAxeTag("wcag146")).as("1.4.6 is AAA").isNull();
        assertThat(WcagCriteria.A_AND_AA).hasSize(50);
    }

    @Test
    void aCriterionPassesOnlyWhenNoPageViolatesItAndIsUncheckedWithoutARule() {
        String recorded = """
                {"testedOn":"2026-11-30","tool":"axe-core 4.11.1","browser":"Chromium 156",
                 "rules":{"color-contrast":["wcag2aa","wcag143"],"image-alt":["wcag2a","wcag111"],
                          "video-caption":["wcag2a","wcag122"]},
                 "pages":[
                 {"url":"/public/42?lang=ja","passed":["color-contrast","image-alt"],"violation":[],"inapplicable":["video-caption"]},
                 {"url":"/public/42?lang=en","passed":[],"violation":["image-alt"],"inapplicable":[]}]}""";
        AccessibilityReport.Result result = AccessibilityReport.evaluate(JsonMapper.builder().build().readTree(recorded));
        assertThat(result.pages()).containsExactly("/public/42?lang=ja", "/public/42?lang=en");
        assertThat(result.violations()).isEqualTo(1);
        assertThat(row(result, "1.4.3").mark()).isEqualTo("○");
        assertThat(row(result, "1.1.1").mark()).isEqualTo("×");
        assertThat(row(result, "2.4.7").mark()).isEqualTo("－");
        assertThat(row(result, "2.4.7").checked()).isFalse();
        assertThat(row(result, "2.4.7").notApplicable()).isFalse();
        assertThat(row(result, "1.2.2").notApplicable()).isTrue();
        assertThat(row(result, "1.2.2").mark()).isEqualTo("－");
    }

    private static AccessibilityReport.CriterionResult row(AccessibilityReport.Result result, String number) {
        return result.criteria().stream().filter(c -> c.criterion().number().equals(number)).findFirst().orElseThrow();
    }
}
