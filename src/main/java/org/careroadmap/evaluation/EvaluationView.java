package org.careroadmap.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.Municipality;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one municipality's evaluation of one fiscal year, as a reader may see it: the year's
 * sheet, the areas of that year with their answers and achievement, the municipality's achievement and the
 * previous year's for comparison, 住民の実感, base figures, the hearing's texts and the history. {@code id} is
 * null while nothing has been saved yet.
 */
public record EvaluationView(Municipality municipality, FiscalYear fiscalYear, EvaluationSheet sheet, @Nullable Long id,
                             EvaluationStatus status, long version, List<DailyLivingArea> areas,
                             Map<Long, Map<Long, Answer>> answers, Map<Long, Achievement> areaAchievements,
                             Achievement achievement, @Nullable Achievement previousAchievement,
                             Map<Long, Map<Long, SurveyResult>> survey, @Nullable BaseFigures figures,
                             List<String> suspiciousFigures, @Nullable LocalDate hearingDate,
                             @Nullable String hearingParticipants, List<TextBlock> texts, List<Event> events,
                             @Nullable Round round) {

    public record Answer(int points, @Nullable String note) {
    }

    public record SurveyResult(int respondents, java.math.BigDecimal positivePercent) {
    }

    public record TextBlock(long id, TextKind kind, @Nullable CategoryCode category, String body, String author, String authorRole,
                            Instant writtenAt) {
    }

    public record Event(String action, String actor, String actorRole, Instant at, @Nullable String comment) {
    }

    public record Round(long id, FiscalYear fiscalYear, LocalDate deadline, @Nullable Instant closedAt) {

        public boolean open() {
            return closedAt == null;
        }
    }

    public @Nullable Answer answer(long areaId, long criterionId) {
        Map<Long, Answer> area = answers.get(areaId);
        return area == null ? null : area.get(criterionId);
    }

    public @Nullable SurveyResult surveyResult(long areaId, long questionId) {
        Map<Long, SurveyResult> area = survey.get(areaId);
        return area == null ? null : area.get(questionId);
    }

    public List<TextBlock> texts(TextKind kind) {
        return texts.stream().filter(t -> t.kind() == kind).toList();
    }

    public List<TextBlock> issues(CategoryCode category) {
        return texts.stream().filter(t -> t.kind() == TextKind.ISSUE && t.category() == category).toList();
    }

    public long mostlyBuiltAreas() {
        return areaAchievements.values().stream().filter(Achievement::mostlyBuilt).count();
    }

    public boolean allows(EvaluationStep step) {
        return step.allowedFrom(status);
    }

    /** For templates: whether the named step ({@code SUBMIT}, {@code ACCEPT} …) is possible now. */
    public boolean allows(String step) {
        return allows(EvaluationStep.valueOf(step));
    }

    /** The prefecture's 特徴・主な取り組み. */
    public List<TextBlock> features() {
        return texts(TextKind.FEATURE);
    }

    /** Past the round's deadline (a day in Japan, so compared with today there) and not yet submitted. */
    public boolean overdueOn(LocalDate today) {
        return round != null && today.isAfter(round.deadline()) && status.editableByMunicipality();
    }

    public boolean editable() {
        return status.editableByMunicipality();
    }
}
