package org.careroadmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.careroadmap.reference.CategoryCode;
import org.junit.jupiter.api.Test;

class RadarChartTest {

    static Map<CategoryCode, Integer> all(int percent) {
        Map<CategoryCode, Integer> map = new EnumMap<>(CategoryCode.class);
        for (CategoryCode c : CategoryCode.values()) {
            map.put(c, percent);
        }
        return map;
    }

    @Test
    void drawsEightLabelledAxesTheCurrentYearAndThePreviousOneUnderTenKilobytes() {
        String svg = RadarChart.svg(all(80), all(60), "壱岐市 <区分>", "A 80%", "今年度", "前年度");
        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(10 * 1024);
        for (CategoryCode c : CategoryCode.values()) {
            assertThat(svg).contains(">" + c.name() + "</text>");
        }
        assertThat(svg).contains("role=\"img\"", "<title id=\"radar-title\">壱岐市 &lt;区分&gt;</title>", "radar-current",
                "radar-previous", "stroke-dasharray");
    }

    @Test
    void aFullShareReachesTheOuterRingAtTheTopForA() {
        String svg = RadarChart.svg(all(100), null, "t", "d", "c", "p");
        // A is the top axis: x at the centre, y at centre minus the radius (170 - 120).
        assertThat(svg).contains("class=\"radar-current\"").contains("points=\"180.0,50.0 ");
        assertThat(svg).doesNotContain("radar-previous");
    }

    @Test
    void aMissingShareSitsAtTheCentre() {
        Map<CategoryCode, Integer> shares = all(50);
        shares.remove(CategoryCode.A);
        assertThat(RadarChart.svg(shares, null, "t", "d", "c", "p")).contains("points=\"180.0,170.0 ");
    }
}
