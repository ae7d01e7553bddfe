package org.careroadmap.spreadsheet;

import org.jspecify.annotations.Nullable;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;

/**
 * The wording of the prefecture's roadmap sheet (様式), verbatim. It is the sheet's own text — like the
 * category names in {@code CategoryCode} — not interface text, so it is the same in every UI language,
 * and the importer recognises a sheet by it.
 */
final class SheetText {

    static final String TITLE_SUFFIX = "地域包括ケアシステム推進ロードマップ";
    static final String ITEM = "項目";
    static final String CATEGORY = "区分";
    static final String VISION = "目指す姿（目標・目的）";
    static final String ACHIEVEMENT_YEAR = "達成年度";
    static final String MEASURES = "推進方策（方法・手段）";

    /** The sheet's numbered instructions ①–⑤, each above the columns it is about. */
    static final String INSTRUCTION_CATEGORIES = "①地域包括ケアシステム評価指標の8項目に分けています。"
            + "細分化は評価指標やワークシート、介護保険事業計画等を基に適宜行ってください。";
    static final String INSTRUCTION_VISION = "②各項目について、市町の目指す姿を記載してください";
    static final String INSTRUCTION_YEAR = "③「②」の目指す姿の達成年度を選択してください";
    static final String INSTRUCTION_MEASURES = "④地域包括ケアシステム評価指標、ワークシートを基に推進方策を記載してください";
    static final String INSTRUCTION_ARROWS = "⑤A～Hの各項目における達成年度に向けた工程を記載してください\n"
            + "※「③」で記載した達成年度と整合をとってください\n※矢印の中には施策を簡潔に記載してください";

    /** Written as the last line inside an arrow that goes on after its end (継続). */
    static final String CONTINUES_MARK = "→継続";
    /** What people write for the same, compared after {@link #normalise}. */
    private static final Set<String> CONTINUES_MARKS = Set.of("継続", "→継続", "⇒継続", "➡継続", "≫継続", ">継続",
            ">>継続", "(継続)", "【継続】", "[継続]", "<継続>", "〈継続〉", "《継続》", "継続→", "継続⇒", "~継続", "〜継続");

    static final String SUMMARY_SHEET = "一覧";
    /** Between the municipality (or prefecture) and the periods (or date) in a download's file name. */
    static final String FILE_INFIX = "_推進ロードマップ_";
    static final List<String> SUMMARY_HEADERS_BEFORE = List.of("団体コード", "市町名", "様式");
    static final List<String> SUMMARY_HEADERS_AFTER = List.of("項目数", "状態", "最終更新");
    /** No roadmap this reader may see (it may exist unpublished in another municipality). */
    static final String SUMMARY_NONE = "—";

    private SheetText() {
    }

    static String title(String municipalityName) {
        return "【" + municipalityName + TITLE_SUFFIX + "】";
    }

    /** {@code 2021年度} over {@code (令和3年度)}: the fiscal-year column heading. */
    static String yearHeading(org.careroadmap.reference.FiscalYear year) {
        return year.value() + "年度\n(" + year.japaneseEra() + ")";
    }

    /** NFKC (full-width to half-width) without any blanks, for comparing what people typed. */
    static String normalise(@Nullable String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
    }

    static boolean isContinuesMark(String line) {
        return CONTINUES_MARKS.contains(normalise(line));
    }

    /** The municipality named in a title such as 【壱岐市地域包括ケアシステム推進ロードマップ】, if it is one. */
    static @Nullable String municipalityInTitle(String text) {
        String s = normalise(text);
        int at = s.indexOf(TITLE_SUFFIX);
        if (at <= 0) {
            return null;
        }
        String name = s.substring(0, at).replace("【", "").replace("[", "").strip();
        return name.isEmpty() ? null : name;
    }

    /** The arrow's alternative text, for screen readers in Excel: label, years and 継続. */
    static String arrowDescription(String label, org.careroadmap.reference.FiscalYear start,
                                   org.careroadmap.reference.FiscalYear end, boolean continues) {
        return "工程「" + label + "」" + start.label() + "～" + end.label() + (continues ? "（継続）" : "");
    }
}
