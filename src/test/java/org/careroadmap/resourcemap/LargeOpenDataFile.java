package org.careroadmap.resourcemap;

import java.nio.charset.StandardCharsets;

/**
 * A generated current-layout 介護サービス事業所一覧 for 壱岐市 (as bench/datasets.d/resourcemap.sh makes it): offices
 * listed once per service, two rows each, every row clean. Large enough to take a while to read.
 */
public final class LargeOpenDataFile {

    static final String HEADER = "全国地方公共団体コード,ID,地方公共団体名,介護サービス事業所名称,介護サービス事業所名称_カナ,"
            + "介護サービス事業所名称_英字,実施サービス,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,"
            + "所在地_町字,所在地_番地以下,建物名等(方書),緯度,経度,高度の種別,高度の値,電話番号,内線番号,FAX番号,連絡先メールアドレス,"
            + "連絡先FormURL,連絡先備考（その他、SNSなど）,郵便番号,法人番号,法人の名称,事業所番号,利用可能曜日,利用可能曜日特記事項,定員,URL,"
            + "画像,画像_ライセンス,備考";

    private LargeOpenDataFile() {
    }

    /** {@code rows} rows (an even number gives rows / 2 offices), IDs starting with {@code prefix}. */
    public static byte[] careServices(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (int n = 0; n < rows; n++) {
            int office = n / 2;
            String service = n % 2 == 0 ? "訪問看護" : "介護予防訪問看護";
            csv.append(String.format(java.util.Locale.ROOT,
                    "422100,%s%05d,壱岐市,デモ訪問看護ステーション%d,デモホウモンカンゴステーション,,%s,422100,,,長崎県,壱岐市,郷ノ浦町,"
                            + "本村触%d,,%.4f,%.4f,,,000-0000-%04d,,,,,,,,デモ法人,%s%07d,月火水木金,,,,,,【デモ用の架空データ】\r\n",
                    prefix, n, office, service, office % 900 + 1, 33.75 + office % 100 * 0.001, 129.65 + office % 150 * 0.001,
                    office % 10000, officePrefix(prefix), office));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** 事業所番号 of another test's file never meet this one's (they are merged by it). */
    private static String officePrefix(String prefix) {
        return "42" + prefix.charAt(0);
    }
}
