package org.careroadmap.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/** 住民の実感: the survey results per area and question, typed in or read from a CSV; all or nothing. */
@Service
@Transactional
public class ResidentSurveys {

    private final EvaluationContext context;
    private final EvaluationHeads heads;
    private final JdbcTemplate batch;

    ResidentSurveys(EvaluationContext context, EvaluationHeads heads, JdbcTemplate batch) {
        this.context = context;
        this.heads = heads;
        this.batch = batch;
    }

    /** Saves results (圏域コード, 設問番号, 回答者数, 肯定的回答の割合); {@code replaceAll} drops the ones not given. */
    public long saveSurvey(String municipalityCode, FiscalYear year, long version, List<SurveyInput> inputs, boolean replaceAll) {
        EvaluationAccess.requireEditor(context.currentActor().get(), municipalityCode);
        EvaluationHeads.Head head = heads.editable(municipalityCode, year, version);
        EvaluationSheet sheet = context.sheets().byId(head.sheetId());
        List<DailyLivingArea> yearAreas = context.areas().activeIn(municipalityCode, year);
        InputReader reader = new InputReader();
        List<Object[]> rows = new ArrayList<>();
        int line = 0;
        for (SurveyInput input : inputs) {
            line++;
            boolean blank = TypedInput.normalized(input.respondents()).isEmpty()
                    && TypedInput.normalized(input.positivePercent()).isEmpty();
            if (blank && !replaceAll) {
                checkedPlace(input, line, sheet, yearAreas, reader);
                continue;
            }
            Object[] row = checkedRow(input, line, sheet, yearAreas, reader);
            if (row != null) {
                rows.add(new Object[] {head.id(), row[0], row[1], row[2], row[3]});
            }
        }
        reader.throwIfAny();
        if (replaceAll) {
            context.jdbc().sql("DELETE FROM evaluation_survey_result WHERE evaluation_id = ?").param(head.id()).update();
        } else {
            batch.batchUpdate("DELETE FROM evaluation_survey_result WHERE evaluation_id = ? AND area_id = ? AND question_id = ?",
                    rows.stream().map(row -> new Object[] {row[0], row[1], row[2]}).toList());
        }
        // One batch for every row (a CSV of a municipality's areas times the questions), not a statement each.
        batch.batchUpdate("""
                INSERT INTO evaluation_survey_result (evaluation_id, area_id, question_id, respondents, positive_percent)
                VALUES (?, ?, ?, ?, ?)""", rows);
        return head.version() + 1;
    }

    /** Reads a 住民の実感 CSV (heading row, then 圏域コード, 設問番号, 回答者数, 肯定的回答の割合) and saves it all or nothing. */
    public long importSurvey(String municipalityCode, FiscalYear year, long version, String filename, byte[] bytes) {
        EvaluationAccess.requireEditor(context.currentActor().get(), municipalityCode);
        List<List<String>> rows = CsvUpload.rowsWithHeading(bytes);
        List<SurveyInput> inputs = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            inputs.add(new SurveyInput(CsvUpload.cell(row, 0), CsvUpload.cell(row, 1), CsvUpload.cell(row, 2),
                    CsvUpload.cell(row, 3)));
        }
        return saveSurvey(municipalityCode, year, version, inputs, true);
    }

    private record Place(DailyLivingArea area, SurveyQuestion question) {
    }

    /** The area and question the line names, or null (told to the reader) when either is unknown. */
    private static @Nullable Place checkedPlace(SurveyInput input, int line, EvaluationSheet sheet, List<DailyLivingArea> yearAreas,
                                      InputReader reader) {
        String field = "survey." + line;
        String areaText = input.area() == null ? "" : input.area().strip();
        Optional<DailyLivingArea> area = yearAreas.stream()
                .filter(a -> a.code().equals(areaText) || a.name().equals(areaText) || Long.toString(a.id()).equals(areaText))
                .findFirst();
        if (area.isEmpty()) {
            reader.reject(field, "evaluation.survey.area.unknown", line, areaText);
        }
        Optional<SurveyQuestion> question = sheet.question(input.question())
                .or(() -> sheet.questions().stream().filter(q -> Long.toString(q.storedId()).equals(input.question())).findFirst());
        if (question.isEmpty()) {
            reader.reject(field, "evaluation.survey.question.unknown", line, String.valueOf(input.question()));
        }
        return area.isPresent() && question.isPresent() ? new Place(area.get(), question.get()) : null;
    }

    /** {area id, question id, respondents, share} of the line, or null when something in it is refused. */
    private static Object @Nullable [] checkedRow(SurveyInput input, int line, EvaluationSheet sheet, List<DailyLivingArea> yearAreas,
                                       InputReader reader) {
        String field = "survey." + line;
        Place place = checkedPlace(input, line, sheet, yearAreas, reader);
        String respondentsText = TypedInput.normalized(input.respondents());
        Integer respondents = respondentsText.matches("\\d{1,9}") ? Integer.valueOf(respondentsText) : null;
        if (respondents == null) {
            reader.reject(field, "evaluation.survey.respondents.invalid", line);
        }
        BigDecimal percent = share(input.positivePercent());
        if (percent == null) {
            reader.reject(field, "evaluation.survey.percent.invalid", line);
        }
        if (place == null || respondents == null || percent == null) {
            return null;
        }
        return new Object[] {place.area().id(), place.question().id(), respondents, percent};
    }

    /** The share of positive answers, 0–100 with one decimal; null when not a number in that range. */
    private static @Nullable BigDecimal share(@Nullable String text) {
        String s = TypedInput.normalized(text).replace("%", "");
        try {
            BigDecimal percent = new BigDecimal(s);
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                return null;
            }
            return percent.setScale(1, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
