package org.careroadmap.evaluation;

import java.util.List;
import java.util.Set;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.ChangeCounter;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.publication.PortalChanges;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle 作成中 → 提出済 → 差戻し / 受理 → 公開 of a municipality's evaluation, by {@link EvaluationStep}'s
 * table: the wrong person is refused (403), the wrong status too (409), and each step is kept in the history.
 */
@Service
@Transactional
public class EvaluationLifecycle {

    private final EvaluationContext context;
    private final EvaluationHeads heads;
    private final PortalChanges portal;
    /** Raised by every publication or withdrawal (evaluation_publication_count, read by EvaluationViews.publishedState). */
    private final ChangeCounter publications;

    EvaluationLifecycle(EvaluationContext context, EvaluationHeads heads, PortalChanges portal) {
        this.context = context;
        this.heads = heads;
        this.portal = portal;
        this.publications = ChangeCounter.single(context.jdbc(), "evaluation_publication_count");
    }

    /** Takes a step; a submission needs every criterion answered for every area of the year, a return a reason. */
    public long step(String municipalityCode, FiscalYear year, long version, EvaluationStep step, @Nullable String comment) {
        Actor actor = context.currentActor().get();
        String prefecture = heads.municipality(municipalityCode).prefectureCode();
        if (!step.mayBeTakenBy(actor, municipalityCode, () -> context.reference().publicationRule(prefecture))) {
            throw new AccessDeniedException("not this person's step");
        }
        EvaluationHeads.Head head = heads.existing(municipalityCode, year);
        if (!step.allowedFrom(head.status())) {
            throw new EvaluationConflictException("evaluation.step.notNow");
        }
        String reason = comment == null ? "" : comment.strip();
        if (step == EvaluationStep.RETURN && reason.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("comment", "evaluation.return.reasonRequired", List.of())));
        }
        if (reason.length() > Hearings.MAX_TEXT) {
            throw new InvalidInputException(List.of(new FieldProblem("comment", "evaluation.text.tooLong", List.of(Hearings.MAX_TEXT))));
        }
        if (step == EvaluationStep.SUBMIT) {
            requireComplete(municipalityCode, year, head);
        }
        heads.bump(head, version);
        context.jdbc().sql("UPDATE evaluation SET status = ? WHERE id = ?").params(step.target().name(), head.id()).update();
        if (step.target() == EvaluationStatus.PUBLISHED || head.status() == EvaluationStatus.PUBLISHED) {
            // Kept staff pages link to the latest public page: they compare this counter (EvaluationViews.publishedState).
            publications.raise();
            // The portal shows each municipality's latest published 構築状況 (StatusPortalSection).
            portal.raise(municipalityCode);
        }
        heads.event(head.id(), actor, step.name(), reason.isEmpty() ? null : reason);
        return version + 1;
    }

    /** The steps the current person may take now on the evaluation: what the page offers as buttons. */
    @Transactional(readOnly = true)
    public Set<EvaluationStep> openSteps(EvaluationView view) {
        String code = view.municipality().code().value();
        String prefecture = view.municipality().prefectureCode();
        return EvaluationStep.open(view.status(), context.currentActor().get(), code, () -> context.reference().publicationRule(prefecture));
    }

    private void requireComplete(String municipalityCode, FiscalYear year, EvaluationHeads.Head head) {
        EvaluationSheet sheet = context.sheets().byId(head.sheetId());
        List<DailyLivingArea> yearAreas = context.areas().activeIn(municipalityCode, year);
        if (yearAreas.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("areas", "evaluation.submit.noAreas", List.of())));
        }
        long answered = context.jdbc().sql("SELECT COUNT(*) FROM evaluation_answer WHERE evaluation_id = ?").param(head.id()).query(Long.class).single();
        long needed = (long) yearAreas.size() * sheet.criteria().size();
        if (answered < needed) {
            throw new InvalidInputException(List.of(new FieldProblem("answers", "evaluation.submit.unanswered",
                    List.of(needed - answered))));
        }
    }
}
