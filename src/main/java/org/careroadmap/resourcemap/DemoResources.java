package org.careroadmap.resourcemap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.careroadmap.platform.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Generated resources for Iki City (壱岐市), every one marked 【デモ用の架空データ】: about 60 across the kinds,
 * with areas, hours and night contacts, placed inside the island's coordinate range. Phone numbers start with
 * 000, which no real number does. Loaded into an empty resource table only; every entry is a valid
 * {@link ResourceContent}, so the same checks as an editor's "add" apply, except that the area must already exist.
 */
@Component
@org.springframework.core.annotation.Order(200)
record DemoResources(ResourceService resources, ResourceStore store, ResourceHistory history, JdbcClient jdbc,
                     TransactionOperations transaction, Environment settings) implements ApplicationRunner {

    static final String MARK = "【デモ用の架空データ】";
    static final String IKI = "422100";
    private static final Logger log = LoggerFactory.getLogger(DemoResources.class);
    private static final String[] AREAS = {"郷ノ浦", "勝本", "芦辺", "石田"};
    /** The codes of Iki's 日常生活圏域 in the evaluation module's demo (01 郷ノ浦 … 04 石田). */
    private static final String[] AREA_CODES = {"01", "02", "03", "04"};
    private static final String[] AREA_KANA = {"ゴウノウラ", "カツモト", "アシベ", "イシダ"};
    private static final String[] PLACES = {"みなと", "さくら", "あおぞら", "しおかぜ", "つばき", "やまびこ", "ひまわり", "なぎさ"};
    private static final String[] PLACE_KANA = {"ミナト", "サクラ", "アオゾラ", "シオカゼ", "ツバキ", "ヤマビコ", "ヒマワリ", "ナギサ"};

    /** kind, how many, name suffix, its kana, services offered. */
    private record Plan(String kind, int count, String suffix, String suffixKana, List<String> services) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("hospital", 3, "病院", "ビョウイン", List.of("内科", "外科", "整形外科", "リハビリテーション科")),
            new Plan("clinic", 10, "診療所", "シンリョウジョ", List.of("内科", "小児科")),
            new Plan("dental", 5, "歯科医院", "シカイイン", List.of("歯科", "訪問歯科診療")),
            new Plan("pharmacy", 6, "薬局", "ヤッキョク", List.of("在宅訪問薬剤管理")),
            new Plan("visiting-nursing", 4, "訪問看護ステーション", "ホウモンカンゴステーション", List.of("訪問看護", "介護予防訪問看護")),
            new Plan("care-management", 6, "居宅介護支援事業所", "キョタクカイゴシエンジギョウショ", List.of("居宅介護支援")),
            new Plan("home-help", 5, "ヘルパーステーション", "ヘルパーステーション", List.of("訪問介護")),
            new Plan("day-service", 6, "デイサービスセンター", "デイサービスセンター", List.of("通所介護", "地域密着型通所介護")),
            new Plan("short-stay", 3, "ショートステイ", "ショートステイ", List.of("短期入所生活介護")),
            new Plan("facility", 4, "ホーム", "ホーム", List.of("介護老人福祉施設")),
            new Plan("community-support-center", 2, "地域包括支援センター", "チイキホウカツシエンセンター", List.of("介護予防支援", "総合相談")),
            new Plan("dementia-cafe", 3, "オレンジカフェ", "オレンジカフェ", List.of("認知症カフェ")),
            new Plan("gathering-place", 4, "ふれあいサロン", "フレアイサロン", List.of("通いの場", "体操")));

    @Override
    public void run(ApplicationArguments args) {
        // Asked here, not by a condition on the bean: a jar started from its build-time prepared context
        // (PreparedContext) keeps the beans the build had, and a deployment turns the demo off at run time.
        // Read from the settings: @Value on a record component would also land on its final field.
        if (!settings.getProperty("app.demo-data.enabled", Boolean.class, false)) {
            return;
        }
        CurrentActor.asSystem(() -> transaction.execute(status -> load()));
    }

    /** Loads Iki's entries into an empty resource table; how many it loaded (none when there are resources already). */
    private int load() {
        if (jdbc.sql("SELECT COUNT(*) FROM resource").query(Long.class).single() > 0
                || jdbc.sql("SELECT COUNT(*) FROM municipality WHERE code = ?").param(IKI).query(Long.class).single() == 0) {
            return 0;
        }
        List<ResourceContent> generated = generate();
        int n = 0;
        java.time.Instant now = resources.clock().instant();
        for (ResourceContent content : generated) {
            // Straight to the store: the areas 01–04 are those the evaluation module's demo creates, and it runs
            // after this one, so the editor's check that the area exists cannot see them yet.
            // A few entries have not been confirmed for over a year, so the public marking and the editor's list show.
            java.time.LocalDate confirmed = n % 9 == 4 ? resources.today().minusMonths(14) : resources.today();
            long id = store.insert(IKI, content, resources.fold(content.searchableText()), confirmed, "system", "system", now);
            history.record(id, IKI, "created", ContentFields.describe(ContentFields.changes(null, content)), "system", now);
            n++;
        }
        // The demo provider account (iki-provider) speaks for the first visiting-nursing station.
        jdbc.sql("INSERT INTO resource_provider (resource_id, username, linked_by, linked_at) SELECT MIN(id), ?, ?, ? "
                        + "FROM resource WHERE municipality_code = ? AND kind_code = ?")
                .params("iki-provider", "system", java.sql.Timestamp.from(now), IKI, "visiting-nursing").update();
        log.info("Demo data loaded: {} resource map entries for {}", generated.size(), IKI);
        return generated.size();
    }

    static List<ResourceContent> generate() {
        Random random = new Random(422100);
        List<ResourceContent> list = new ArrayList<>();
        int serial = 0;
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int k = 0; k < PLANS.size(); k++) {
            Plan plan = PLANS.get(k);
            for (int i = 0; i < plan.count(); i++) {
                serial++;
                // Every (area, place) pair differs within a kind, so no two generated names are the same.
                int area = (k + i + i / PLACES.length) % AREAS.length;
                String[] name = nameAndKana(plan, i, area);
                if (!names.add(name[0])) {
                    name = new String[] {name[0] + serial, name[1] + serial};
                    names.add(name[0]);
                }
                BigDecimal lat = BigDecimal.valueOf(33.752 + random.nextDouble() * 0.09).setScale(5, RoundingMode.HALF_UP);
                BigDecimal lng = BigDecimal.valueOf(129.665 + random.nextDouble() * 0.115).setScale(5, RoundingMode.HALF_UP);
                list.add(resource(plan, i, serial, area, name, new Coordinates(lat, lng)));
            }
        }
        return list;
    }

    /** 〇〇みなと診療所 / its kana; the 地域包括支援センター are 壱岐市… and its branches. */
    private static String[] nameAndKana(Plan plan, int i, int area) {
        int place = i % PLACES.length;
        if (plan.kind().equals("community-support-center")) {
            return new String[] {(i == 0 ? "壱岐市" : AREAS[area] + "ブランチ・") + plan.suffix(),
                    (i == 0 ? "イキシ" : AREA_KANA[area] + "ブランチ") + plan.suffixKana()};
        }
        return new String[] {AREAS[area] + PLACES[place] + plan.suffix(), AREA_KANA[area] + PLACE_KANA[place] + plan.suffixKana()};
    }

    private static ResourceContent resource(Plan plan, int i, int serial, int area, String[] name, Coordinates at) {
        String kind = plan.kind();
        String phone = String.format("000-%04d-%04d", 100 + serial, 1000 + serial * 7);
        boolean residential = kind.equals("facility") || kind.equals("short-stay");
        boolean open24h = residential || (kind.equals("visiting-nursing") && i % 2 == 0) || kind.equals("hospital");
        boolean informal = kind.equals("gathering-place") || kind.equals("dementia-cafe");
        List<String> services = new ArrayList<>(plan.services());
        if (kind.equals("clinic") && i % 3 == 1) {
            services.add("整形外科");
        }
        if (kind.equals("clinic") && i % 4 == 2) {
            services.add("在宅医療");
        }
        return new ResourceContent(String.format("DEMO%04d", serial), kind, name[0], name[1], null,
                new Address("811-" + (5100 + area * 100 + i), "長崎県", "壱岐市", AREAS[area] + "町", "本村触" + (100 + serial), null),
                at, new Contact(phone, null, kind.equals("gathering-place") ? null : phone.replace("000-", "000-9"), null, null, null),
                null, informal ? null : "医療法人・社会福祉法人（架空）", informal ? null : String.format("42%08d", 10000 + serial),
                services, hours(kind, i), null, kind.equals("dementia-cafe") ? "毎月第2水曜日" : null,
                kind.equals("day-service") ? "25" : null, kind.equals("hospital") ? String.valueOf(40 + serial) : null,
                !residential && !open24h, !residential, nightCare(kind, i, serial, open24h), AREA_CODES[area], MARK);
    }

    /** Night contacts for most clinics and hospitals, every visiting-nursing station and residential care. */
    private static NightCare nightCare(String kind, int i, int serial, boolean open24h) {
        boolean medical = kind.equals("hospital") || kind.equals("clinic");
        boolean nursing = kind.equals("visiting-nursing");
        boolean residential = kind.equals("facility") || kind.equals("short-stay");
        String contact = (medical && i % 3 != 2) || nursing || residential || kind.equals("hospital")
                ? String.format("000-%04d-%04d", 900 + serial, 2000 + serial * 3) : null;
        String note = contact == null ? null
                : nursing ? "緊急時訪問看護（24時間連絡体制）" : medical ? "かかりつけの方の夜間・休日の相談" : "夜間も職員が常駐";
        return new NightCare(contact, note, open24h, medical && i % 2 == 0,
                (medical && i % 3 == 0) || nursing || kind.equals("facility"), (medical && i % 4 == 0) || (nursing && i < 2));
    }

    private static WeeklyHours hours(String kind, int i) {
        Map<Integer, List<TimeRange>> days = new TreeMap<>();
        switch (kind) {
            case "facility", "short-stay" -> {
                for (int d = 1; d <= 7; d++) {
                    days.put(d, List.of(new TimeRange(0, 24 * 60)));
                }
            }
            case "dementia-cafe" -> days.put(3, List.of(new TimeRange(13 * 60 + 30, 15 * 60 + 30)));
            case "gathering-place" -> days.put(1 + i % 5, List.of(new TimeRange(10 * 60, 11 * 60 + 30)));
            case "clinic", "dental", "hospital" -> {
                for (int d = 1; d <= 5; d++) {
                    if (d == 4 && i % 2 == 1) {
                        days.put(d, List.of(new TimeRange(9 * 60, 12 * 60)));
                    } else {
                        days.put(d, List.of(new TimeRange(9 * 60, 12 * 60 + 30), new TimeRange(14 * 60, 18 * 60)));
                    }
                }
                days.put(6, List.of(new TimeRange(9 * 60, 12 * 60)));
            }
            default -> {
                for (int d = 1; d <= 5; d++) {
                    days.put(d, List.of(new TimeRange(8 * 60 + 30, 17 * 60 + 30)));
                }
                if (i % 2 == 0) {
                    days.put(6, List.of(new TimeRange(8 * 60 + 30, 12 * 60 + 30)));
                }
            }
        }
        return new WeeklyHours(days);
    }
}
