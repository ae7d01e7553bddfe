package org.careroadmap.review.demo;

import java.util.List;

import org.careroadmap.platform.CurrentActor;
import org.careroadmap.review.ReviewComments;
import org.careroadmap.review.SubmissionRounds;
import org.careroadmap.roadmap.ArrowInput;
import org.careroadmap.roadmap.ImportedItem;
import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapLifecycle;
import org.careroadmap.roadmap.RoadmapStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A review round that looks real on first start: an open 提出依頼 and generated roadmaps of several
 * municipalities in every state. Generated content says so in every item (【デモ用の架空データ】);
 * only Iki City's roadmap is real. Each roadmap is created with all its items at once
 * ({@link RoadmapEditing#createWithItems}, the checks of adding them one by one), and everything in one
 * transaction: this runs before the application reports itself ready.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
record DemoReviewData(RoadmapEditing editing, RoadmapLifecycle lifecycle, SubmissionRounds rounds,
                      ReviewComments comments, TransactionOperations transaction,
                      Environment settings) implements ApplicationRunner {

    static final String MARK = "【デモ用の架空データ】";
    private static final Logger log = LoggerFactory.getLogger(DemoReviewData.class);

    private static final List<String[]> ITEMS = List.of(
            new String[] {"A", "入退院支援の充実", "入院から在宅へ切れ目なく移行できる。", "入退院支援ルールの運用", "多職種研修の開催"},
            new String[] {"B", "介護人材の確保・定着", "必要な介護サービスを担う人材が地域にいる。", "就職説明会の開催", "資格取得支援"},
            new String[] {"C", "通いの場の拡充", "歩いて行ける範囲に通いの場がある。", "通いの場の立ち上げ支援", "リハビリ職の派遣"},
            new String[] {"D", "高齢者の住まいの確保", "住み慣れた地域に住み続けられる。", "住まいの相談窓口の周知", "空き家の活用"},
            new String[] {"E", "見守りネットワークの構築", "孤立する高齢者がいない。", "見守り協定の締結", "協定事業者の拡大"},
            new String[] {"F", "認知症の早期対応", "早い段階で相談と支援につながる。", "初期集中支援チームの活動", "認知症カフェの開設"},
            new String[] {"G", "地域ケア会議の充実", "多職種で地域課題を解決できる。", "個別ケア会議の定例化", "推進会議での政策提言"},
            new String[] {"H", "包括的な相談支援体制", "分野を問わず相談を受け止められる。", "庁内連携会議の設置", "重層的支援体制整備事業"});

    @Override
    public void run(ApplicationArguments args) {
        // Asked here, not by a condition on the bean: a jar started from its build-time prepared context
        // (PreparedContext) keeps the beans the build had, and a deployment turns the demo off at run time.
        // Read from the settings: @Value on a record component would also land on its final field.
        if (!settings.getProperty("app.demo-data.enabled", Boolean.class, false)) {
            return;
        }
        CurrentActor.asSystem(() -> {
            transaction.executeWithoutResult(status -> load());
            return true;
        });
    }

    private void load() {
        if (!rounds.rounds("42").isEmpty()) {
            return;
        }
        rounds.open("2026", rounds.today().plusDays(14).toString(), "nagasaki-8-9");
        roadmap("422011", RoadmapStatus.SUBMITTED, 8);
        roadmap("422029", RoadmapStatus.RETURNED, 8);
        roadmap("422037", RoadmapStatus.ACCEPTED, 8);
        roadmap("422070", RoadmapStatus.PUBLISHED, 8);
        roadmap("422045", RoadmapStatus.DRAFT, 8);
        roadmap("422053", RoadmapStatus.DRAFT, 5);
        log.info("Demo review round loaded");
    }

    private void roadmap(String code, RoadmapStatus target, int categories) {
        List<ImportedItem> items = ITEMS.subList(0, categories).stream().map(spec -> new ImportedItem(null,
                new ItemInput(spec[0], spec[1], MARK + spec[2], "2026", MARK + spec[3] + "と" + spec[4] + "を進める。"),
                List.of(new ArrowInput(spec[3], "2021", "2023", false), new ArrowInput(spec[4], "2024", "2026", true))))
                .toList();
        RoadmapDocument doc = editing.createWithItems(code, "nagasaki-8-9", items);
        long id = doc.roadmap().id();
        if (target == RoadmapStatus.DRAFT) {
            return;
        }
        doc = lifecycle.submit(id, doc.roadmap().version());
        switch (target) {
            case RETURNED -> {
                lifecycle.returnForChanges(id, doc.roadmap().version(),
                        MARK + "B 介護の推進方策に、説明会の開催回数の目標を書き加えてください。");
                comments.startThread(id, doc.roadmap().itemsIn(org.careroadmap.reference.CategoryCode.A).get(0).id(),
                        MARK + "入退院支援ルールの運用状況を確認する指標があるとよいと思います。");
            }
            case ACCEPTED -> lifecycle.accept(id, doc.roadmap().version());
            case PUBLISHED -> {
                doc = lifecycle.accept(id, doc.roadmap().version());
                lifecycle.publish(id, doc.roadmap().version());
            }
            default -> {
            }
        }
    }
}
