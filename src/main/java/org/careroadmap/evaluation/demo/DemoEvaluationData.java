package org.careroadmap.evaluation.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.careroadmap.evaluation.AreaInput;
import org.careroadmap.evaluation.Criterion;
import org.careroadmap.evaluation.DailyLivingArea;
import org.careroadmap.evaluation.DailyLivingAreas;
import org.careroadmap.evaluation.EvaluationSheet;
import org.careroadmap.evaluation.EvaluationSheets;
import org.careroadmap.evaluation.EvaluationStep;
import org.careroadmap.evaluation.EvaluationUseCases;
import org.careroadmap.evaluation.AnswerInput;
import org.careroadmap.evaluation.SurveyInput;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.ActorPrincipal;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.Role;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * An evaluation that looks real on first start: a generated sheet of five criteria per category (FY2024, copied
 * to FY2025 and FY2026), 日常生活圏域 for Iki City, Hirado City and Shimabara City, two years of results with base
 * figures, 住民の実感 and a hearing, Iki City's latest year published. Everything generated is marked
 * 【デモ用の架空データ】: the real criteria are not published as text and the seed names no areas. It goes through
 * the use cases people use, as the municipality's editor and the prefecture's staff, in one transaction.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoEvaluationData implements ApplicationRunner {

    static final String MARK = "【デモ用の架空データ】";
    private static final Logger log = LoggerFactory.getLogger(DemoEvaluationData.class);

    private static final Map<CategoryCode, String[]> CRITERIA = Map.of(
            CategoryCode.A, new String[] {"入退院支援のルールを病院・ケアマネジャーと共有している", "在宅医療を担う医療機関の一覧を住民に公開している",
                    "医療・介護関係者の研修会を年1回以上開催している", "休日・夜間の連絡体制が決まっている", "看取りについて住民向けの啓発をしている"},
            CategoryCode.B, new String[] {"必要な介護サービスの量を見込み、確保策を立てている", "介護人材の確保策を実施している",
                    "ケアプラン点検を実施している", "介護サービス事業所と定期的に情報交換している", "家族介護者への支援がある"},
            CategoryCode.C, new String[] {"住民主体の通いの場が圏域にある", "リハビリ専門職が通いの場に関わっている",
                    "フレイル予防の取組がある", "特定健診と介護予防の連携がある", "介護予防の効果を確認している"},
            CategoryCode.D, new String[] {"高齢者の住まいの相談窓口がある", "住宅改修の相談に専門職が関わっている",
                    "空き家等を活用した住まいの確保策がある", "サービス付き高齢者向け住宅等の情報を提供している", "住まいと生活支援を一体で考える場がある"},
            CategoryCode.E, new String[] {"生活支援コーディネーターを配置している", "協議体が定期的に開催されている",
                    "見守り協定を事業者と結んでいる", "買い物・移動の支援がある", "要支援者台帳を更新している"},
            CategoryCode.F, new String[] {"認知症初期集中支援チームが活動している", "認知症地域支援推進員を配置している",
                    "認知症カフェ等の集いの場がある", "成年後見制度の相談窓口（中核機関）がある", "認知症サポーターが活動している"},
            CategoryCode.G, new String[] {"地域ケア会議を定期的に開催している", "地域ケア推進会議で政策を提言している",
                    "医師会・歯科医師会・薬剤師会と協議の場がある", "市町関係課の横断的な会議がある", "関係団体と課題を共有している"},
            CategoryCode.H, new String[] {"分野を問わない相談窓口がある", "住民が地域課題を話し合う場がある",
                    "ボランティア等の担い手を育成している", "住民への情報公開をしている", "地域共生社会の考え方を住民と共有している"});

    private record DemoArea(String code, String name, String description, double level) {
    }

    private static final Map<String, List<DemoArea>> AREAS = Map.of(
            "422100", List.of(new DemoArea("01", "郷ノ浦", "旧郷ノ浦町の区域" + MARK, 0.95),
                    new DemoArea("02", "勝本", "旧勝本町の区域" + MARK, 0.8),
                    new DemoArea("03", "芦辺", "旧芦辺町の区域" + MARK, 0.85),
                    new DemoArea("04", "石田", "旧石田町の区域" + MARK, 0.7)),
            "422070", List.of(new DemoArea("01", "平戸地区", "平戸地区の中学校区" + MARK, 0.85),
                    new DemoArea("02", "田平地区", "田平地区の中学校区" + MARK, 0.75),
                    new DemoArea("03", "生月地区", "生月地区の中学校区" + MARK, 0.6)),
            "422037", List.of(new DemoArea("01", "島原北部", "島原市北部の中学校区" + MARK, 0.8),
                    new DemoArea("02", "島原南部", "島原市南部の中学校区" + MARK, 0.65)));

    private final EvaluationSheets sheets;
    private final EvaluationUseCases evaluations;
    private final DailyLivingAreas areas;
    private final TransactionOperations transaction;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final boolean enabled;

    DemoEvaluationData(EvaluationSheets sheets, EvaluationUseCases evaluations, DailyLivingAreas areas,
                       TransactionOperations transaction, org.springframework.jdbc.core.simple.JdbcClient jdbc,
                       @Value("${app.demo-data.enabled:false}") boolean enabled) {
        this.sheets = sheets;
        this.evaluations = evaluations;
        this.areas = areas;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Asked here, not by a condition on the bean: a jar started from its build-time prepared context
        // (PreparedContext) keeps the beans the build had, and a deployment turns the demo off at run time.
        if (!enabled) {
            return;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM evaluation_sheet").query(Long.class).single() > 0) {
            return;
        }
        CurrentActor.asSystem(() -> {
            transaction.executeWithoutResult(status -> load());
            return true;
        });
    }

    private void load() {
        EvaluationSheet first = sheets.create("2024");
        StringBuilder csv = new StringBuilder("種別,区分,評価項目,回答方式,配点,重み\n");
        for (CategoryCode c : CategoryCode.values()) {
            String[] texts = Objects.requireNonNull(CRITERIA.get(c), "the demo has criteria in every category");
            for (int i = 0; i < texts.length; i++) {
                boolean levels = i == 4;
                csv.append("評価項目,").append(c.name()).append(',').append(texts[i]).append(MARK).append(',')
                        .append(levels ? "段階,3" : "達成/未達成,1").append(',').append(i == 0 ? 2 : 1).append('\n');
            }
        }
        csv.append("住民の実感,C,身近に通いの場があると感じる").append(MARK).append(",,,\n");
        csv.append("住民の実感,E,困ったときに近所で助け合えると感じる").append(MARK).append(",,,\n");
        csv.append("住民の実感,H,地域のことを話し合う場に参加できると感じる").append(MARK).append(",,,\n");
        sheets.importList(first.fiscalYear(), first.version(), "demo.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sheets.create("2025");
        sheets.create("2026");
        Map<String, List<DailyLivingArea>> made = new HashMap<>();
        AREAS.forEach((code, list) -> made.put(code, as(editor(code), () -> list.stream()
                .map(a -> areas.add(code, AreaInput.read(a.code(), a.name(), a.description(), "2017", null))).toList())));
        for (int year = 2024; year <= 2025; year++) {
            FiscalYear fy = FiscalYear.of(year);
            var round = evaluations.rounds().openRound(Integer.toString(year), (year + 1) + "-06-30");
            for (String code : List.of("422100", "422070", "422037")) {
                fill(code, fy, Objects.requireNonNull(made.get(code)), Objects.requireNonNull(AREAS.get(code)),
                        year == 2025 ? 0.08 : 0);
            }
            evaluations.rounds().closeRound(round.id());
            for (String code : List.of("422100", "422070", "422037")) {
                review(code, fy, year == 2024 || code.equals("422100") ? EvaluationStep.PUBLISH
                        : code.equals("422070") ? EvaluationStep.ACCEPT : EvaluationStep.SUBMIT);
            }
        }
        log.info("Demo evaluation loaded: sheets FY2024-2026, areas of 3 municipalities, two years of results");
    }

    private void fill(String code, FiscalYear year, List<DailyLivingArea> made, List<DemoArea> demo, double better) {
        EvaluationSheet sheet = sheets.sheet("42", year).orElseThrow();
        as(editor(code), () -> {
            List<AnswerInput> answers = new ArrayList<>();
            for (int i = 0; i < made.size(); i++) {
                double level = Math.min(1, demo.get(i).level() + better);
                for (Criterion c : sheet.criteria()) {
                    // Deterministic, so every start shows the same picture: a criterion is met where its
                    // pseudo-random draw falls under the area's level.
                    double draw = Math.floorMod((c.category().ordinal() * 31 + c.position() * 17 + i * 7) * 2654435761L, 1000) / 1000.0;
                    int points = c.maxPoints() == 1 ? (draw < level ? 1 : 0) : (int) Math.round(Math.min(1, level + draw / 5) * c.maxPoints() - draw);
                    answers.add(new AnswerInput(made.get(i).id(), c.storedId(), Integer.toString(Math.max(0, Math.min(c.maxPoints(), points))),
                            c.position() == 1 ? "根拠資料あり" + MARK : null));
                }
            }
            long version = evaluations.answers().saveAnswers(code, year, 0, answers);
            List<SurveyInput> survey = new ArrayList<>();
            for (int i = 0; i < made.size(); i++) {
                for (var q : sheet.questions()) {
                    survey.add(new SurveyInput(made.get(i).code(), q.number(), Integer.toString(120 + 40 * i),
                            String.format(java.util.Locale.ROOT, "%.1f", 45 + demo.get(i).level() * 30 + better * 50 + q.position())));
                }
            }
            version = evaluations.surveys().saveSurvey(code, year, version, survey, true);
            figures(code, year);
            for (CategoryCode c : List.of(CategoryCode.A, CategoryCode.B, CategoryCode.E, CategoryCode.G)) {
                version = evaluations.hearings().addText(code, year, version, "ISSUE", c.name(), issue(c));
            }
            evaluations.lifecycle().step(code, year, version, EvaluationStep.SUBMIT, null);
            return null;
        });
    }

    /** The year's base figures as of 31 March, the population shrinking and ageing a little each year. */
    private void figures(String code, FiscalYear year) {
        int population = switch (code) {
            case "422100" -> 24_000;
            case "422070" -> 28_500;
            default -> 42_000;
        } - (year.value() - 2024) * 450;
        Map<String, String> figures = new HashMap<>();
        figures.put("asOf", year.lastDay().toString());
        figures.put("totalPopulation", Integer.toString(population));
        figures.put("elderly", Integer.toString((int) (population * (0.39 + (year.value() - 2024) * 0.006))));
        figures.put("lateElderly", Integer.toString((int) (population * (0.21 + (year.value() - 2024) * 0.005))));
        figures.put("careCertifiedRate", "15.2");
        figures.put("supportCertifiedRate", "4.1");
        evaluations.figures().saveFigures(code, year, figures, false);
    }

    private void review(String code, FiscalYear year, EvaluationStep until) {
        as(Actor.of("pref-reviewer", Role.PREFECTURE_REVIEWER, "42", null), () -> {
            long version = evaluations.views().view(code, year).version();
            if (until == EvaluationStep.SUBMIT) {
                return null;
            }
            version = evaluations.hearings().recordHearing(code, year, version, (year.value() + 1) + "-07-15", "長崎県 長寿社会課、市 高齢者支援課・地域包括支援センター" + MARK);
            version = evaluations.hearings().addText(code, year, version, "FEATURE", null,
                    "離島を含む地域で、住民主体の通いの場が各圏域に広がっている。" + MARK);
            version = evaluations.hearings().addText(code, year, version, "FEATURE", null,
                    "入退院支援ルールを病院と共有し、退院前カンファレンスの勉強会を年2回開いている。" + MARK);
            version = evaluations.hearings().addText(code, year, version, "NEXT_STEP", null, "生活支援の担い手の確保策を次年度の協議体で検討する。" + MARK);
            version = evaluations.lifecycle().step(code, year, version, EvaluationStep.ACCEPT, null);
            if (until == EvaluationStep.PUBLISH) {
                evaluations.lifecycle().step(code, year, version, EvaluationStep.PUBLISH, null);
            }
            return null;
        });
    }

    private static String issue(CategoryCode c) {
        return switch (c) {
            case A -> "島外の病院からの退院時に、情報の引き継ぎが遅れることがある。";
            case B -> "介護職員の高齢化が進み、人材の確保が難しくなっている。";
            case E -> "生活支援の担い手が一部の住民に偏っている。";
            default -> "地域ケア会議で出た課題を政策につなげる仕組みが弱い。";
        } + MARK;
    }

    private static Actor editor(String code) {
        return Actor.of("demo-editor-" + code, Role.MUNICIPALITY_EDITOR, code.substring(0, 2), code);
    }

    /** Runs work as a person of the given role, so texts and steps record the side that would take them. */
    private static <T> T as(Actor actor, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        record Principal(Actor actor) implements ActorPrincipal {
        }
        context.setAuthentication(new UsernamePasswordAuthenticationToken(new Principal(actor), null,
                List.of(new SimpleGrantedAuthority(Objects.requireNonNull(actor.role(), "a demo person has a role").authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
