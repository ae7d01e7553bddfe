package org.careroadmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.careroadmap.SharedContextTest;
import org.careroadmap.StatementCounting;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.FiscalYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many SQL statements an evaluation's typical writes send (issue 17: the demo's evaluation sent 2,036 log lines
 * of SQL, most of it the sheet read again for every step and one statement per survey row). A municipality's whole
 * survey or answer grid is one batch, the sheet's contents are read once per transaction, and the count does not grow
 * with the rows. Counted through the wrapper of the real DataSource (StatementCounting); its own municipality
 * (五島市, no demo evaluation) in EvaluationPagesTest's fiscal year.
 */
@SharedContextTest
class EvaluationWriteStatementsTest {

    static final String GOTO = "422118";
    static final FiscalYear YEAR = EvaluationPagesTest.YEAR;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EvaluationSheets sheets;
    @Autowired
    EvaluationUseCases evaluations;
    @Autowired
    DailyLivingAreas areas;

    List<DailyLivingArea> made = new ArrayList<>();

    @BeforeEach
    void gotoWithThreeAreasAndAnOpenRound() {
        CurrentActor.asSystem(() -> {
            jdbc.sql("DELETE FROM evaluation WHERE municipality_code = ?").param(GOTO).update();
            jdbc.sql("DELETE FROM daily_living_area WHERE municipality_code = ?").param(GOTO).update();
            if (sheets.sheet("42", YEAR).isEmpty()) {
                sheets.create(Integer.toString(YEAR.value()));
                evaluations.rounds().openRound(Integer.toString(YEAR.value()), "2032-06-30");
            }
            for (String code : List.of("1", "2", "3")) {
                made.add(areas.add(GOTO, AreaInput.read(code, "圏域" + code, "五島市の圏域" + code, "2017", null)));
            }
            return null;
        });
    }

    @Test
    void aWholeSurveyIsOneBatchAndTheSheetIsReadOncePerSave() {
        EvaluationSheet sheet = CurrentActor.asSystem(() -> sheets.sheet("42", YEAR).orElseThrow());
        List<SurveyInput> survey = new ArrayList<>();
        for (DailyLivingArea area : made) {
            for (SurveyQuestion q : sheet.questions()) {
                survey.add(new SurveyInput(area.code(), q.number(), "120", "55.5"));
            }
        }
        assertThat(survey).as("the copied sheet has questions").hasSizeGreaterThanOrEqualTo(3);

        List<String> statements = StatementCounting.during(() -> CurrentActor.asSystem(
                () -> evaluations.surveys().saveSurvey(GOTO, YEAR, 0, survey, true)));


        assertThat(statements).as("statements: %s", statements).hasSizeLessThanOrEqualTo(16);
        assertThat(statements.stream().filter(s -> s.startsWith("INSERT INTO evaluation_survey_result")))
                .as("one batch for %d rows", survey.size()).hasSize(1);
        assertThat(statements.stream().filter(s -> s.contains("FROM evaluation_criterion"))).as("the sheet read once")
                .hasSizeLessThanOrEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM evaluation_survey_result r JOIN evaluation e ON e.id = r.evaluation_id
                WHERE e.municipality_code = ? AND e.fiscal_year = ?""").params(GOTO, YEAR.value()).query(Long.class).single())
                .as("every row saved").isEqualTo(survey.size());
    }

    @Test
    void aWholeAnswerGridCostsTheSameStatementsAsOneAnswer() {
        EvaluationSheet sheet = CurrentActor.asSystem(() -> sheets.sheet("42", YEAR).orElseThrow());
        List<AnswerInput> one = List.of(new AnswerInput(made.get(0).id(), sheet.criteria().get(0).storedId(), "1", null));
        List<AnswerInput> grid = new ArrayList<>();
        for (DailyLivingArea area : made) {
            for (Criterion c : sheet.criteria()) {
                grid.add(new AnswerInput(area.id(), c.storedId(), "1", null));
            }
        }

        CurrentActor.asSystem(() -> evaluations.answers().saveAnswers(GOTO, YEAR, 0, one));  // starts the evaluation

        List<String> forOne = StatementCounting.during(() -> CurrentActor.asSystem(
                () -> evaluations.answers().saveAnswers(GOTO, YEAR, 1, one)));
        List<String> forGrid = StatementCounting.during(() -> CurrentActor.asSystem(
                () -> evaluations.answers().saveAnswers(GOTO, YEAR, 2, grid)));


        assertThat(forGrid).as("%d answers: %s", grid.size(), forGrid).hasSameSizeAs(forOne).hasSizeLessThanOrEqualTo(14);
    }
}
