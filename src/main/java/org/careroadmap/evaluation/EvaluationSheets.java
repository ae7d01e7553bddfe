package org.careroadmap.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.platform.TransactionMemory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * The 県管理者's use cases on the evaluation sheet: a version per fiscal year, started as a copy of the latest
 * earlier one, edited criterion by criterion or replaced from an .xlsx/CSV list, frozen once a round for its
 * year is opened (results then refer to it). Every change names the version it is based on.
 */
@Service
@Transactional
public class EvaluationSheets {

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final Clock clock;

    EvaluationSheets(JdbcClient jdbc, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** The fiscal years the prefecture has a sheet for, newest first. */
    @Transactional(readOnly = true)
    public List<FiscalYear> years(String prefectureCode) {
        return jdbc.sql("SELECT fiscal_year FROM evaluation_sheet WHERE prefecture_code = ? ORDER BY fiscal_year DESC")
                .param(prefectureCode).query(Integer.class).list().stream().map(FiscalYear::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<EvaluationSheet> sheet(String prefectureCode, FiscalYear year) {
        return jdbc.sql("SELECT id FROM evaluation_sheet WHERE prefecture_code = ? AND fiscal_year = ?")
                .params(prefectureCode, year.value()).query(Long.class).optional().map(this::byId);
    }

    /**
     * The sheet and whether a round froze it. Read once per transaction (a use case and its helpers, or a batch of
     * writes, ask for it many times) and read again after any change of a sheet or a round opened.
     */
    @Transactional(readOnly = true)
    public EvaluationSheet byId(long id) {
        Contents c = TransactionMemory.remembered(new ReadSheet(id), () -> contents(id));
        return new EvaluationSheet(c.head().id(), c.head().prefecture(), FiscalYear.of(c.head().year()), c.head().threshold(),
                c.head().version(), c.frozen(), c.criteria(), c.questions(), c.labels());
    }

    /** A round was opened in this transaction: the sheets read in it are read again (their year's may be frozen now). */
    static void roundOpened() {
        TransactionMemory.forget(key -> key instanceof ReadSheet);
    }

    /** A sheet read in this transaction. */
    private record ReadSheet(long sheetId) {
    }

    private record Head(long id, String prefecture, int year, int threshold, long version) {
    }

    private record Contents(Head head, List<Criterion> criteria, List<SurveyQuestion> questions,
                            Map<CategoryCode, String> labels, boolean frozen) {
    }

    private Contents contents(long id) {
        Head head = jdbc.sql("SELECT id, prefecture_code, fiscal_year, threshold_percent, version FROM evaluation_sheet WHERE id = ?")
                .param(id).query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getLong(5)))
                .optional().orElseThrow(() -> new EvaluationNotFoundException("sheet"));
        List<Criterion> criteria = jdbc.sql("""
                SELECT id, category, position, text, answer_type, max_points, weight FROM evaluation_criterion
                WHERE sheet_id = ? ORDER BY category, position, id""").param(id)
                .query((rs, n) -> new Criterion(rs.getLong(1), CategoryCode.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getString(4), AnswerType.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7))).list();
        List<SurveyQuestion> questions = jdbc.sql("SELECT id, category, position, text FROM evaluation_question WHERE sheet_id = ? ORDER BY position, id")
                .param(id).query((rs, n) -> new SurveyQuestion(rs.getLong(1), CategoryCode.valueOf(rs.getString(2)),
                        rs.getInt(3), rs.getString(4))).list();
        Map<CategoryCode, String> labels = new EnumMap<>(CategoryCode.class);
        jdbc.sql("SELECT category, label FROM evaluation_category_label WHERE sheet_id = ?").param(id)
                .query(rs -> {
                    labels.put(CategoryCode.valueOf(rs.getString(1)), rs.getString(2));
                });
        boolean frozen = jdbc.sql("SELECT COUNT(*) FROM evaluation_round WHERE prefecture_code = ? AND fiscal_year = ?")
                .params(head.prefecture(), head.year()).query(Long.class).single() > 0;
        return new Contents(head, List.copyOf(criteria), List.copyOf(questions), Map.copyOf(labels), frozen);
    }

    /**
     * Starts the sheet of a fiscal year as a copy of the latest earlier one (criteria, questions, wording and
     * threshold), or empty with the default threshold when there is none.
     */
    public EvaluationSheet create(String fiscalYear) {
        Actor actor = currentActor.get();
        String prefecture = prefectureOf(actor);
        EvaluationAccess.requireAdministrator(actor, prefecture);
        InputReader reader = new InputReader();
        FiscalYear year = reader.valid(reader.read("fiscalYear", fiscalYear, FiscalYear::parse));
        Optional<EvaluationSheet> previous = years(prefecture).stream().filter(y -> y.isBefore(year)).findFirst()
                .flatMap(y -> sheet(prefecture, y));
        long id;
        try {
            id = jdbc.sql("""
                    INSERT INTO evaluation_sheet (prefecture_code, fiscal_year, threshold_percent, version, updated_at, updated_by)
                    VALUES (?, ?, ?, 0, ?, ?)""")
                    .params(prefecture, year.value(), previous.map(EvaluationSheet::thresholdPercent).orElse(EvaluationSheet.DEFAULT_THRESHOLD),
                            Timestamp.from(clock.instant()), actor.recordedName())
                    .update() > 0 ? lastId(prefecture, year) : 0;
        } catch (DuplicateKeyException e) {
            throw new EvaluationConflictException("evaluation.sheet.exists");
        }
        previous.ifPresent(p -> {
            insertContents(id, p.criteria(), p.questions());
            p.categoryLabels().forEach((c, label) -> jdbc.sql("INSERT INTO evaluation_category_label (sheet_id, category, label) VALUES (?, ?, ?)")
                    .params(id, c.name(), label).update());
        });
        return byId(id);
    }

    public EvaluationSheet addCriterion(FiscalYear year, long version, String category, String text, String answerType,
                                        String maxPoints, String weight) {
        EvaluationSheet sheet = editable(year, version);
        InputReader reader = new InputReader();
        CategoryCode c = reader.read("category", category, CategoryCode::parse);
        AnswerType type = reader.read("answerType", answerType, AnswerType::parse);
        Integer points = reader.read("maxPoints", maxPoints, s -> whole(s, 1, "evaluation.criterion.maxPoints.range", Criterion.MAX_LEVEL_POINTS));
        Integer w = reader.read("weight", weight, s -> whole(s, 1, "evaluation.criterion.weight.range", Criterion.MAX_WEIGHT));
        reader.read("text", text, t -> c == null || type == null || points == null || w == null ? null
                : new Criterion(null, c, 0, t, type, points, w));
        CategoryCode inCategory = reader.valid(c);
        int position = sheet.criteriaOf(inCategory).size() + 1;
        insertContents(sheet.id(), List.of(new Criterion(null, inCategory, position, text, reader.valid(type),
                reader.valid(points), reader.valid(w))), List.of());
        return byId(sheet.id());
    }

    public EvaluationSheet removeCriterion(FiscalYear year, long version, long criterionId) {
        EvaluationSheet sheet = editable(year, version);
        if (jdbc.sql("DELETE FROM evaluation_criterion WHERE id = ? AND sheet_id = ?").params(criterionId, sheet.id()).update() == 0) {
            throw new EvaluationNotFoundException("criterion");
        }
        return byId(sheet.id());
    }

    public EvaluationSheet addQuestion(FiscalYear year, long version, String category, String text) {
        EvaluationSheet sheet = editable(year, version);
        InputReader reader = new InputReader();
        CategoryCode c = reader.read("category", category, CategoryCode::parse);
        reader.read("text", text, t -> c == null ? null : new SurveyQuestion(null, c, 1, t));
        insertContents(sheet.id(), List.of(), List.of(new SurveyQuestion(null, reader.valid(c), sheet.questions().size() + 1,
                text)));
        return byId(sheet.id());
    }

    public EvaluationSheet removeQuestion(FiscalYear year, long version, long questionId) {
        EvaluationSheet sheet = editable(year, version);
        if (jdbc.sql("DELETE FROM evaluation_question WHERE id = ? AND sheet_id = ?").params(questionId, sheet.id()).update() == 0) {
            throw new EvaluationNotFoundException("question");
        }
        return byId(sheet.id());
    }

    /** The threshold for 「概ね構築」 and this year's wording of categories (blank: the roadmap's own name). */
    public EvaluationSheet changeSettings(FiscalYear year, long version, String thresholdPercent, Map<CategoryCode, String> labels) {
        EvaluationSheet sheet = editable(year, version);
        InputReader reader = new InputReader();
        Integer threshold = reader.read("thresholdPercent", thresholdPercent, s -> whole(s, null, "evaluation.sheet.threshold.range", 100));
        labels.forEach((c, label) -> {
            if (label != null && label.strip().length() > EvaluationSheet.MAX_LABEL) {
                reader.reject("label" + c.name(), "evaluation.text.tooLong", EvaluationSheet.MAX_LABEL);
            }
        });
        jdbc.sql("UPDATE evaluation_sheet SET threshold_percent = ? WHERE id = ?").params(reader.valid(threshold), sheet.id())
                .update();
        jdbc.sql("DELETE FROM evaluation_category_label WHERE sheet_id = ?").param(sheet.id()).update();
        labels.forEach((c, label) -> {
            if (label != null && !label.isBlank() && !label.strip().equals(c.nameJa())) {
                jdbc.sql("INSERT INTO evaluation_category_label (sheet_id, category, label) VALUES (?, ?, ?)")
                        .params(sheet.id(), c.name(), label.strip()).update();
            }
        });
        return byId(sheet.id());
    }

    /** Replaces the criteria and questions with those of an uploaded list; all or nothing. */
    public EvaluationSheet importList(FiscalYear year, long version, String filename, byte[] bytes) {
        EvaluationSheet sheet = editable(year, version);
        CriteriaFile.Contents contents = CriteriaFile.read(filename, bytes);
        jdbc.sql("DELETE FROM evaluation_criterion WHERE sheet_id = ?").param(sheet.id()).update();
        jdbc.sql("DELETE FROM evaluation_question WHERE sheet_id = ?").param(sheet.id()).update();
        insertContents(sheet.id(), contents.criteria(), contents.questions());
        return byId(sheet.id());
    }

    /** Checks that a round may be opened on this version: every category needs a criterion. */
    static void requireComplete(EvaluationSheet sheet) {
        List<CategoryCode> missing = sheet.missingCategories();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("fiscalYear", "evaluation.sheet.missingCategories",
                    List.of(String.join("・", missing.stream().map(CategoryCode::name).toList())))));
        }
    }

    private EvaluationSheet editable(FiscalYear year, long version) {
        Actor actor = currentActor.get();
        String prefecture = prefectureOf(actor);
        EvaluationAccess.requireAdministrator(actor, prefecture);
        EvaluationSheet sheet = sheet(prefecture, year).orElseThrow(() -> new EvaluationNotFoundException("sheet"));
        if (sheet.frozen()) {
            throw new EvaluationConflictException("evaluation.sheet.frozen");
        }
        int updated = jdbc.sql("UPDATE evaluation_sheet SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?")
                .params(Timestamp.from(clock.instant()), actor.recordedName(), sheet.id(), version).update();
        if (updated == 0) {
            throw new EvaluationConflictException("evaluation.changedMeanwhile");
        }
        // Every change of a sheet comes through here: the rest of the transaction reads the changed sheet.
        TransactionMemory.forget(key -> key instanceof ReadSheet read && read.sheetId() == sheet.id());
        return sheet;
    }

    /** The criteria and questions in one multi-row insert each (a list or a year's copy holds dozens). */
    private void insertContents(long sheetId, List<Criterion> criteria, List<SurveyQuestion> questions) {
        insertRows("evaluation_criterion (sheet_id, category, position, text, answer_type, max_points, weight)",
                criteria.stream().map(c -> List.<Object>of(sheetId, c.category().name(), c.position(), c.text(),
                        c.answerType().name(), c.maxPoints(), c.weight())).toList());
        insertRows("evaluation_question (sheet_id, category, position, text)",
                questions.stream().map(q -> List.<Object>of(sheetId, q.category().name(), q.position(), q.text())).toList());
    }

    /** Rows of equal width, 500 to a statement (a list's rows are bounded by CsvUpload.MAX_ROWS). */
    private void insertRows(String into, List<List<Object>> rows) {
        for (int from = 0; from < rows.size(); from += 500) {
            List<List<Object>> part = rows.subList(from, Math.min(rows.size(), from + 500));
            String row = "(" + String.join(", ", Collections.nCopies(part.get(0).size(), "?")) + ")";
            jdbc.sql("INSERT INTO " + into + " VALUES " + String.join(", ", Collections.nCopies(part.size(), row)))
                    .params(part.stream().flatMap(List::stream).toList()).update();
        }
    }

    private long lastId(String prefecture, FiscalYear year) {
        return jdbc.sql("SELECT id FROM evaluation_sheet WHERE prefecture_code = ? AND fiscal_year = ?")
                .params(prefecture, year.value()).query(Long.class).single();
    }

    static String prefectureOf(Actor actor) {
        return actor.application() || actor.prefectureCode() == null ? "42" : actor.prefectureCode();
    }

    static Integer whole(@Nullable String text, @Nullable Integer whenBlank, String key, int max) {
        String s = text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
        if (s.isEmpty() && whenBlank != null) {
            return whenBlank;
        }
        try {
            int value = Integer.parseInt(s);
            if (value < 1 || value > max) {
                throw new InvalidValueException(key, max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(key, max);
        }
    }
}
