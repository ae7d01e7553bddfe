package org.careroadmap.evaluation;

import java.util.Map;
import java.util.Objects;

import org.careroadmap.platform.csv.CsvWriter;
import org.careroadmap.reference.CategoryCode;

/**
 * The data of a public 構築状況 page as CSV: one row per 日常生活圏域 × criterion, 全国地方公共団体コード first,
 * UTF-8 with BOM so Excel opens it in Japanese, every cell safe against formula injection. Evidence notes are
 * the municipality's working notes and are left out, as they are from the page.
 */
public final class StatusCsv {

    private StatusCsv() {
    }

    public static byte[] write(EvaluationView view) {
        CsvWriter csv = CsvWriter.quotedWhenNeeded().row("全国地方公共団体コード", "市町名", "年度", "圏域コード", "圏域名", "区分",
                "区分名", "評価項目番号", "評価項目", "回答方式", "配点", "重み", "回答（点）", "圏域の区分達成率（%）", "圏域の達成率（%）",
                "概ね構築");
        String code = view.municipality().code().value();
        for (DailyLivingArea area : view.areas()) {
            Achievement achievement = Objects.requireNonNull(view.areaAchievements().get(area.id()),
                    "the view holds an achievement for every area of its year");
            for (Criterion c : view.sheet().criteria()) {
                EvaluationView.Answer answer = view.answer(area.id(), c.storedId());
                csv.row(code, view.municipality().name(), view.fiscalYear().label(), area.code(), area.name(),
                        c.category().name(), view.sheet().label(c.category()), c.category().name() + c.position(), c.text(),
                        c.answerType() == AnswerType.ACHIEVED_OR_NOT ? "達成/未達成" : "段階", c.maxPoints(), c.weight(),
                        answer == null ? "" : answer.points(), achievement.percent(c.category()),
                        achievement.overallPercent(), achievement.mostlyBuilt() ? "概ね構築" : "構築途上");
            }
        }
        return csv.bytes();
    }

    /** Shares per category in whole percent, for the JSON API and tables. */
    public static Map<CategoryCode, Integer> percents(Achievement achievement) {
        Map<CategoryCode, Integer> map = new java.util.EnumMap<>(CategoryCode.class);
        for (CategoryCode c : CategoryCode.values()) {
            if (achievement.percent(c) != null) {
                map.put(c, achievement.percent(c));
            }
        }
        return map;
    }
}
