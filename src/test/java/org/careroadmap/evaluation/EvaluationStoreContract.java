package org.careroadmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the evaluation's storage must do on every database we support, run on H2 and on PostgreSQL by the
 * subclasses (same Flyway migrations): results tied to their year's sheet, uniqueness and versions checked by
 * the database, decimals kept as given.
 */
abstract class EvaluationStoreContract {

    static final String IKI = "422100";
    static final FiscalYear Y2024 = FiscalYear.of(2024);
    static final FiscalYear Y2025 = FiscalYear.of(2025);

    @Autowired
    EvaluationSheets sheets;
    @Autowired
    EvaluationUseCases evaluations;
    @Autowired
    DailyLivingAreas areas;
    @Autowired
    JdbcClient jdbc;

    long gonoura;
    long ishida;

    @BeforeEach
    void twoYearsOfSheetsAndTwoAreas() {
        for (String table : List.of("evaluation", "evaluation_round", "evaluation_sheet", "base_figures", "daily_living_area")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        CurrentActor.asSystem(() -> {
            EvaluationSheet sheet = sheets.create("2024");
            StringBuilder csv = new StringBuilder("種別,区分,評価項目,回答方式,配点,重み\n");
            for (CategoryCode c : CategoryCode.values()) {
                csv.append("評価項目,").append(c.name()).append(",").append(c.nameJa()).append("の基準,達成/未達成,1,1\n");
            }
            csv.append("評価項目,A,在宅医療の段階,段階,3,2\n");
            csv.append("住民の実感,E,助け合えると感じる,,,\n");
            sheets.importList(Y2024, sheet.version(), "list.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
            gonoura = areas.add(IKI, AreaInput.read("01", "郷ノ浦", "旧郷ノ浦町", "2017", null)).id();
            ishida = areas.add(IKI, AreaInput.read("04", "石田", "旧石田町", "2017", null)).id();
            evaluations.rounds().openRound("2024", "2025-06-30");
            return null;
        });
    }

    private List<AnswerInput> all(EvaluationSheet sheet, long area, int points, String note) {
        List<AnswerInput> answers = new ArrayList<>();
        for (Criterion c : sheet.criteria()) {
            answers.add(new AnswerInput(area, c.id(), Integer.toString(Math.min(points, c.maxPoints())), note));
        }
        return answers;
    }

    @Test
    void answersAreKeptPerAreaAndCriterionWithTheirNotesAndTheSheetsWeights() {
        EvaluationView view = CurrentActor.asSystem(() -> {
            EvaluationSheet sheet = sheets.sheet("42", Y2024).orElseThrow();
            List<AnswerInput> answers = new ArrayList<>(all(sheet, gonoura, 3, "議事録"));
            answers.addAll(all(sheet, ishida, 0, null));
            evaluations.answers().saveAnswers(IKI, Y2024, 0, answers);
            return evaluations.views().view(IKI, Y2024);
        });
        Criterion levels = view.sheet().criteria().stream().filter(c -> c.answerType() == AnswerType.LEVELS).findFirst().orElseThrow();
        assertThat(levels.weight()).isEqualTo(2);
        assertThat(view.answer(gonoura, levels.id())).isEqualTo(new EvaluationView.Answer(3, "議事録"));
        assertThat(view.answer(ishida, levels.id())).isEqualTo(new EvaluationView.Answer(0, null));
        assertThat(view.areaAchievements().get(gonoura).overallPercent()).isEqualTo(100);
        assertThat(view.areaAchievements().get(ishida).mostlyBuilt()).isFalse();
        assertThat(view.achievement().overallPercent()).isEqualTo(50);
        assertThat(view.version()).isEqualTo(1);
    }

    @Test
    void twoSavesBasedOnTheSameVersionGiveOneSuccessAndOneConflict() {
        CurrentActor.asSystem(() -> evaluations.answers().saveAnswers(IKI, Y2024, 0, List.of()));
        assertThatThrownBy(() -> CurrentActor.asSystem(() -> evaluations.answers().saveAnswers(IKI, Y2024, 0, List.of())))
                .isInstanceOf(EvaluationConflictException.class);
        assertThat(CurrentActor.asSystem(() -> evaluations.views().view(IKI, Y2024)).version()).isEqualTo(1);
    }

    @Test
    void anAreaCodeIsUniqueWithinItsMunicipalityByTheDatabase() {
        assertThatThrownBy(() -> CurrentActor.asSystem(() -> areas.add(IKI, AreaInput.read("01", "別名", "", "2020", null))))
                .isInstanceOf(EvaluationConflictException.class);
        CurrentActor.asSystem(() -> areas.add("422070", AreaInput.read("01", "平戸地区", "", "2017", null)));
        assertThat(areas.of("422070")).hasSize(1);
    }

    @Test
    void aRetiredAreaKeepsItsEarlierResultsAndIsLeftOutOfLaterYears() {
        CurrentActor.asSystem(() -> {
            EvaluationSheet sheet = sheets.sheet("42", Y2024).orElseThrow();
            List<AnswerInput> answers = new ArrayList<>(all(sheet, gonoura, 3, null));
            answers.addAll(all(sheet, ishida, 3, null));
            evaluations.answers().saveAnswers(IKI, Y2024, 0, answers);
            DailyLivingArea area = areas.find(IKI, ishida);
            areas.update(IKI, ishida, area.version(), AreaInput.read("04", "石田", "旧石田町", "2017", "2025"));
            sheets.create("2025");
            evaluations.rounds().openRound("2025", "2026-06-30");
            return null;
        });
        EvaluationView before = CurrentActor.asSystem(() -> evaluations.views().view(IKI, Y2024));
        EvaluationView after = CurrentActor.asSystem(() -> evaluations.views().view(IKI, Y2025));
        assertThat(before.areas()).extracting(DailyLivingArea::name).containsExactly("郷ノ浦", "石田");
        assertThat(before.areaAchievements().get(ishida).overallPercent()).isEqualTo(100);
        assertThat(after.areas()).extracting(DailyLivingArea::name).containsExactly("郷ノ浦");
        assertThatThrownBy(() -> CurrentActor.asSystem(() -> evaluations.answers().saveAnswers(IKI, Y2025, 0,
                List.of(new AnswerInput(ishida, after.sheet().criteria().get(0).id(), "1", null)))))
                .isInstanceOf(org.careroadmap.platform.InvalidInputException.class);
    }

    @Test
    void aNewYearStartsAsACopyAndItsChangesLeaveTheOldVersionAndItsResultsAlone() {
        EvaluationSheet copy = CurrentActor.asSystem(() -> sheets.create("2025"));
        EvaluationSheet old = sheets.sheet("42", Y2024).orElseThrow();
        assertThat(copy.criteria()).extracting(Criterion::text).containsExactlyElementsOf(old.criteria().stream().map(Criterion::text).toList());
        assertThat(copy.criteria()).extracting(Criterion::id).doesNotContainAnyElementsOf(old.criteria().stream().map(Criterion::id).toList());
        assertThat(old.frozen()).isTrue();
        assertThat(copy.frozen()).isFalse();
        CurrentActor.asSystem(() -> sheets.removeCriterion(Y2025, copy.version(), copy.criteria().get(0).id()));
        assertThat(sheets.sheet("42", Y2024).orElseThrow().criteria()).hasSameSizeAs(old.criteria());
        assertThat(sheets.sheet("42", Y2025).orElseThrow().criteria()).hasSize(old.criteria().size() - 1);
        assertThatThrownBy(() -> CurrentActor.asSystem(() -> sheets.removeCriterion(Y2024, old.version(), old.criteria().get(0).id())))
                .isInstanceOf(EvaluationConflictException.class);
        assertThatThrownBy(() -> CurrentActor.asSystem(() -> sheets.create("2025"))).isInstanceOf(EvaluationConflictException.class);
    }

    @Test
    void aRoundCannotOpenOnASheetWithACategoryWithoutCriteria() {
        EvaluationSheet copy = CurrentActor.asSystem(() -> sheets.create("2025"));
        Criterion onlyH = copy.criteriaOf(CategoryCode.H).get(0);
        CurrentActor.asSystem(() -> sheets.removeCriterion(Y2025, copy.version(), onlyH.id()));
        assertThatThrownBy(() -> CurrentActor.asSystem(() -> evaluations.rounds().openRound("2025", "2026-06-30")))
                .isInstanceOfSatisfying(org.careroadmap.platform.InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(org.careroadmap.platform.FieldProblem::messageKey)
                        .containsExactly("evaluation.sheet.missingCategories"));
        assertThat(evaluations.rounds().round("42", Y2025)).isEmpty();
        assertThat(sheets.sheet("42", Y2025).orElseThrow().frozen()).isFalse();
    }

    @Test
    void surveySharesAndBaseFiguresKeepTheirDecimals() {
        CurrentActor.asSystem(() -> {
            long v = evaluations.answers().saveAnswers(IKI, Y2024, 0, List.of());
            evaluations.surveys().saveSurvey(IKI, Y2024, v, List.of(new SurveyInput("01", "Q1", "132", "61.25")), true);
            evaluations.figures().saveFigures(IKI, Y2024, Map.of("asOf", "2025-03-31", "totalPopulation", "24,680",
                    "careCertifiedRate", "15.1234"), false);
            return null;
        });
        EvaluationView view = CurrentActor.asSystem(() -> evaluations.views().view(IKI, Y2024));
        long question = view.sheet().questions().get(0).id();
        assertThat(view.surveyResult(gonoura, question).positivePercent()).isEqualByComparingTo(new BigDecimal("61.3"));
        assertThat(view.figures().totalPopulation()).isEqualTo(24680);
        assertThat(view.figures().careCertifiedRate()).isEqualByComparingTo("15.123");
        assertThat(view.figures().asOf()).isEqualTo(java.time.LocalDate.of(2025, 3, 31));
    }
}
