package org.careroadmap.resourcemap;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The national open-data layouts this module reads (自治体標準オープンデータセット 介護サービス事業所一覧 and
 * 医療機関一覧, current and older 推奨データセット) and writes (the current ones). Column lists from
 * shared/docs/opendata.md; the current 医療機関一覧 is marked unconfirmed there, so reading is tolerant.
 */
enum OpenDataLayout {

    CARE_CURRENT("care_service", List.of("全国地方公共団体コード", "ID", "地方公共団体名", "介護サービス事業所名称",
            "介護サービス事業所名称_カナ", "介護サービス事業所名称_英字", "実施サービス", "所在地_全国地方公共団体コード", "町字ID",
            "所在地_連結表記", "所在地_都道府県", "所在地_市区町村", "所在地_町字", "所在地_番地以下", "建物名等(方書)", "緯度", "経度",
            "高度の種別", "高度の値", "電話番号", "内線番号", "FAX番号", "連絡先メールアドレス", "連絡先FormURL",
            "連絡先備考（その他、SNSなど）", "郵便番号", "法人番号", "法人の名称", "事業所番号", "利用可能曜日", "利用可能曜日特記事項",
            "定員", "URL", "画像", "画像_ライセンス", "備考")),
    CARE_OLD("care_service", List.of("都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "介護サービス事業所名称",
            "介護サービス事業所名称_カナ", "実施サービス", "住所", "方書", "緯度", "経度", "電話番号", "内線番号", "FAX番号", "法人番号",
            "法人の名称", "事業所番号", "利用可能曜日", "利用可能曜日特記事項", "定員", "URL", "備考")),
    HOSPITAL_CURRENT("hospital", List.of("全国地方公共団体コード", "ID", "地方公共団体名", "名称", "名称_カナ", "名称_英字",
            "所在地_全国地方公共団体コード", "町字ID", "所在地_連結表記", "所在地_都道府県", "所在地_市区町村", "所在地_町字",
            "所在地_番地以下", "建物名等(方書)", "緯度", "経度", "高度の種別", "高度の値", "電話番号", "内線番号", "FAX番号",
            "連絡先メールアドレス", "連絡先FormURL", "連絡先備考（その他、SNSなど）", "郵便番号", "法人番号", "法人の名称",
            "医療機関の種類", "医療機関コード", "診療曜日", "診療開始時間", "診療終了時間", "診療日時特記事項", "時間外における対応",
            "診療科目", "病床数", "URL", "画像", "画像_ライセンス", "備考")),
    HOSPITAL_OLD("hospital", List.of("都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "名称", "名称_カナ",
            "医療機関の種類", "住所", "方書", "緯度", "経度", "電話番号", "内線番号", "FAX番号", "法人番号", "法人の名称",
            "医療機関コード", "診療曜日", "診療開始時間", "診療終了時間", "診療日時特記事項", "時間外における対応", "診療科目", "病床数",
            "URL", "備考"));

    /** Our field ← the columns that may carry it, first match wins (variants real files use included). */
    static final Map<String, List<String>> COLUMNS = Map.ofEntries(
            Map.entry("sourceId", List.of("ID", "NO", "No")),
            Map.entry("name", List.of("介護サービス事業所名称", "名称", "事業所名")),
            Map.entry("nameKana", List.of("介護サービス事業所名称_カナ", "名称_カナ", "事業所名カナ")),
            Map.entry("nameEn", List.of("介護サービス事業所名称_英字", "名称_英字", "名称_英語")),
            Map.entry("services", List.of("実施サービス", "診療科目", "サービスの種類")),
            Map.entry("addressPrefecture", List.of("所在地_都道府県")),
            Map.entry("addressCity", List.of("所在地_市区町村")),
            Map.entry("addressTown", List.of("所在地_町字")),
            Map.entry("addressRest", List.of("所在地_番地以下", "住所")),
            Map.entry("building", List.of("建物名等(方書)", "建物名等（方書）", "方書", "方書（ビル名等）")),
            Map.entry("latitude", List.of("緯度")),
            Map.entry("longitude", List.of("経度")),
            Map.entry("phone", List.of("電話番号")),
            Map.entry("extension", List.of("内線番号")),
            Map.entry("fax", List.of("FAX番号")),
            Map.entry("email", List.of("連絡先メールアドレス")),
            Map.entry("formUrl", List.of("連絡先FormURL")),
            Map.entry("postalCode", List.of("郵便番号")),
            Map.entry("corporateNumber", List.of("法人番号")),
            Map.entry("corporateName", List.of("法人の名称")),
            Map.entry("officeCode", List.of("事業所番号", "医療機関コード")),
            Map.entry("availableDays", List.of("利用可能曜日", "診療曜日")),
            Map.entry("hoursNote", List.of("利用可能曜日特記事項", "利用可能日時特記事項", "診療日時特記事項")),
            Map.entry("capacity", List.of("定員")),
            Map.entry("beds", List.of("病床数")),
            Map.entry("nightNote", List.of("時間外における対応")),
            Map.entry("url", List.of("URL")),
            Map.entry("remarks", List.of("備考")));

    /** Columns read for their own purpose (kind, hours, the municipality) or known and deliberately not kept. */
    static final Set<String> OTHER_KNOWN = Set.of("全国地方公共団体コード", "都道府県コード又は市区町村コード", "地方公共団体名",
            "都道府県名", "市区町村名", "医療機関の種類", "診療開始時間", "診療終了時間", "所在地_全国地方公共団体コード", "町字ID",
            "所在地_連結表記", "高度の種別", "高度の値", "連絡先備考（その他、SNSなど）", "画像", "画像_ライセンス");

    final String dataset;
    final List<String> headers;

    OpenDataLayout(String dataset, List<String> headers) {
        this.dataset = dataset;
        this.headers = headers;
    }

    boolean current() {
        return this == CARE_CURRENT || this == HOSPITAL_CURRENT;
    }

    /** Which layout a header row is, by the columns only it has; empty for neither. */
    static Optional<OpenDataLayout> detect(List<String> header) {
        Set<String> h = Set.copyOf(header.stream().map(String::strip).toList());
        boolean current = h.contains("全国地方公共団体コード");
        boolean old = h.contains("都道府県コード又は市区町村コード") || h.contains("都道府県コード又は市町村コード");
        boolean care = h.contains("介護サービス事業所名称") || (h.contains("事業所名") && h.contains("サービスの種類"));
        boolean hospital = h.contains("医療機関の種類") || h.contains("医療機関コード");
        if (care == hospital || current == old) {
            return Optional.empty();
        }
        if (care) {
            return Optional.of(current ? CARE_CURRENT : CARE_OLD);
        }
        return Optional.of(current ? HOSPITAL_CURRENT : HOSPITAL_OLD);
    }

    /** The name a field is reported under in this file: its column heading. */
    static String columnOf(String field, List<String> header) {
        for (String column : COLUMNS.getOrDefault(field, List.of())) {
            if (header.contains(column)) {
                return column;
            }
        }
        if (field.startsWith("hours.")) {
            return "診療開始時間";
        }
        return switch (field) {
            case "kind" -> header.contains("医療機関の種類") ? "医療機関の種類" : "実施サービス";
            case "latitude" -> "緯度";
            case "longitude" -> "経度";
            default -> field;
        };
    }
}
