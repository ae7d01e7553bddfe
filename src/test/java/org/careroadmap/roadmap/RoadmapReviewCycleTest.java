package org.careroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.Role;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.reference.PlanPeriod;
import org.careroadmap.reference.PublicationRule;
import org.careroadmap.reference.RoadmapTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The review cycle as the aggregate keeps it: the table in {@link LifecycleStep} and the guarded transitions. */
class RoadmapReviewCycleTest {

    private static final RoadmapTemplate TEMPLATE = new RoadmapTemplate("nagasaki-8-9", "t", PlanPeriod.of(8), 2,
            FiscalYear.of(2018), FiscalYear.of(2026), 40);
    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");
    private static final String IKI = "422100";
    private static final Actor EDITOR = Actor.of("iki-editor", Role.MUNICIPALITY_EDITOR, "42", IKI);
    private static final Actor OTHER_EDITOR = Actor.of("goto-editor", Role.MUNICIPALITY_EDITOR, "42", "422118");
    private static final Actor VIEWER = Actor.of("iki-viewer", Role.MUNICIPALITY_VIEWER, "42", IKI);
    private static final Actor REVIEWER = Actor.of("pref-reviewer", Role.PREFECTURE_REVIEWER, "42", null);
    private static final Actor OTHER_PREFECTURE = Actor.of("fukuoka", Role.PREFECTURE_REVIEWER, "40", null);

    private final Roadmap roadmap = completeDraft();

    private static Roadmap completeDraft() {
        // As saved and read back: a transition is only ever taken on a stored roadmap.
        Roadmap roadmap = new Roadmap(1L, IKI, TEMPLATE.id(), RoadmapStatus.DRAFT, 0L, NOW, NOW, List.of());
        for (CategoryCode category : CategoryCode.values()) {
            RoadmapItem item = roadmap.addItem(new ItemContent(category, category.nameJa() + "の項目", "目指す姿",
                    FiscalYear.of(2026), "推進方策"), TEMPLATE);
            roadmap.addArrow(item.id(), arrow("前期の取組", 2021, 2023, false), TEMPLATE);
            roadmap.addArrow(item.id(), arrow("後期の取組", 2022, 2026, false), TEMPLATE);
            roadmap.addArrow(item.id(), arrow("継続の取組", 2024, 2026, true), TEMPLATE);
        }
        return roadmap;
    }

    private static ArrowContent arrow(String label, int start, int end, boolean continues) {
        return new ArrowContent(label, new ArrowSpan(FiscalYear.of(start), FiscalYear.of(end)), continues);
    }

    private static ReviewStepRequest by(Actor actor) {
        return by(actor, PublicationRule.PREFECTURE);
    }

    private static ReviewStepRequest by(Actor actor, PublicationRule rule) {
        return new ReviewStepRequest(actor, 0, () -> rule, NOW);
    }

    @Test
    void aWholeRoundMovesThroughTheStatusesAndSaysWhoTookEachStep() {
        RoadmapSubmitted submitted = roadmap.submit(by(EDITOR), TEMPLATE);
        assertThat(roadmap.status()).isEqualTo(RoadmapStatus.SUBMITTED);
        assertThat(submitted).isEqualTo(new RoadmapSubmitted(1L, IKI,
                "iki-editor", "MUNICIPALITY_EDITOR", NOW));

        RoadmapWithdrawn withdrawn = roadmap.withdraw(by(EDITOR));
        assertThat(roadmap.status()).isEqualTo(RoadmapStatus.DRAFT);
        assertThat(withdrawn.step()).isEqualTo(LifecycleStep.WITHDRAW);
        assertThat(withdrawn.municipalityCode()).isEqualTo(IKI);

        roadmap.submit(by(EDITOR), TEMPLATE);
        RoadmapReturned returned = roadmap.returnForChanges(by(REVIEWER), "  C の推進方策に回数を  ");
        assertThat(roadmap.status()).isEqualTo(RoadmapStatus.RETURNED);
        assertThat(returned.comment()).isEqualTo("C の推進方策に回数を");
        assertThat(returned.actor()).isEqualTo("pref-reviewer");
        assertThat(returned.actorRole()).isEqualTo("PREFECTURE_REVIEWER");
        assertThat(returned.municipalityCode()).isEqualTo(IKI);

        roadmap.submit(by(EDITOR), TEMPLATE);
        assertThat(roadmap.accept(by(REVIEWER)).step()).isEqualTo(LifecycleStep.ACCEPT);
        assertThat(roadmap.status()).isEqualTo(RoadmapStatus.ACCEPTED);
        assertThat(roadmap.publish(by(REVIEWER)).at()).isEqualTo(NOW);
        assertThat(roadmap.status()).isEqualTo(RoadmapStatus.PUBLISHED);
        assertThat(roadmap.reopen(by(EDITOR)).actor()).isEqualTo("iki-editor");
        assertThat(roadmap.status()).isEqualTo(RoadmapStatus.DRAFT);
    }

    @Test
    void aStepTheStatusDoesNotAllowIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> roadmap.accept(by(REVIEWER))).isInstanceOf(RoadmapLockedException.class)
                .extracting("detailKey").isEqualTo("lifecycle.wrongStatus");
        assertThatThrownBy(() -> roadmap.withdraw(by(EDITOR))).isInstanceOf(RoadmapLockedException.class);
        assertThatThrownBy(() -> roadmap.reopen(by(EDITOR))).isInstanceOf(RoadmapLockedException.class);
        assertThatThrownBy(() -> roadmap.guard(LifecycleStep.CARRY_FORWARD, by(EDITOR))).isInstanceOf(RoadmapLockedException.class)
                .extracting("detailKey").isEqualTo("lifecycle.carryForwardStatus");
        roadmap.submit(by(EDITOR), TEMPLATE);
        assertThatThrownBy(() -> roadmap.submit(by(EDITOR), TEMPLATE)).isInstanceOf(RoadmapLockedException.class)
                .extracting("detailKey").isEqualTo("lifecycle.locked.detail");
        assertThatThrownBy(() -> roadmap.publish(by(REVIEWER))).isInstanceOf(RoadmapLockedException.class);
        assertThat(roadmap.status()).isEqualTo(RoadmapStatus.SUBMITTED);
    }

    @Test
    void aStepTakenBySomeoneTheTableDoesNotNameIsForbiddenWhateverTheStatus() {
        assertThatThrownBy(() -> roadmap.submit(by(VIEWER), TEMPLATE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roadmap.submit(by(OTHER_EDITOR), TEMPLATE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roadmap.submit(by(REVIEWER), TEMPLATE)).isInstanceOf(AccessDeniedException.class);
        roadmap.submit(by(EDITOR), TEMPLATE);
        assertThatThrownBy(() -> roadmap.withdraw(by(REVIEWER))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roadmap.accept(by(EDITOR))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roadmap.accept(by(OTHER_PREFECTURE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roadmap.returnForChanges(by(EDITOR), "x")).isInstanceOf(AccessDeniedException.class);
        roadmap.accept(by(REVIEWER));
        assertThatThrownBy(() -> roadmap.publish(by(EDITOR))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roadmap.recordEarlierPublication(by(REVIEWER))).isInstanceOf(AccessDeniedException.class);
        assertThat(roadmap.status()).isEqualTo(RoadmapStatus.ACCEPTED);
    }

    @Test
    void whereTheMunicipalityPublishesItsEditorPublishesAndThePrefectureMayNot() {
        roadmap.submit(by(EDITOR), TEMPLATE);
        roadmap.accept(by(REVIEWER));
        assertThatThrownBy(() -> roadmap.publish(by(REVIEWER, PublicationRule.MUNICIPALITY)))
                .isInstanceOf(AccessDeniedException.class);
        roadmap.publish(by(EDITOR, PublicationRule.MUNICIPALITY));
        assertThat(roadmap.status()).isEqualTo(RoadmapStatus.PUBLISHED);
    }

    @Test
    void aStepBasedOnAnOlderVersionOrWithoutAReturnCommentIsRefused() {
        assertThatThrownBy(() -> roadmap.submit(new ReviewStepRequest(EDITOR, 7, () -> PublicationRule.PREFECTURE, NOW),
                TEMPLATE)).isInstanceOf(ConcurrentEditException.class);
        roadmap.submit(by(EDITOR), TEMPLATE);
        assertThatThrownBy(() -> roadmap.returnForChanges(by(REVIEWER), "   ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> roadmap.returnForChanges(by(REVIEWER), "あ".repeat(ReturnComment.MAX + 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(roadmap.status()).isEqualTo(RoadmapStatus.SUBMITTED);
    }

    @Test
    void aDraftWithRuleErrorsCannotBeSubmitted() {
        Roadmap empty = new Roadmap(2L, IKI, TEMPLATE.id(), RoadmapStatus.DRAFT, 0L, NOW, NOW, List.of());
        assertThatThrownBy(() -> empty.submit(by(EDITOR), TEMPLATE)).isInstanceOf(SubmissionRefusedException.class);
        assertThat(empty.status()).isEqualTo(RoadmapStatus.DRAFT);
    }

    @Test
    void theButtonsOfferExactlyTheStepsTheTableAllowsEachPerson() {
        assertThat(open(RoadmapStatus.DRAFT, EDITOR)).containsExactly(LifecycleStep.SUBMIT);
        assertThat(open(RoadmapStatus.DRAFT, REVIEWER)).isEmpty();
        assertThat(open(RoadmapStatus.SUBMITTED, EDITOR)).containsExactly(LifecycleStep.WITHDRAW);
        assertThat(open(RoadmapStatus.SUBMITTED, REVIEWER)).containsExactly(LifecycleStep.RETURN, LifecycleStep.ACCEPT);
        assertThat(open(RoadmapStatus.SUBMITTED, OTHER_PREFECTURE)).isEmpty();
        assertThat(open(RoadmapStatus.SUBMITTED, VIEWER)).isEmpty();
        assertThat(open(RoadmapStatus.RETURNED, EDITOR)).containsExactly(LifecycleStep.SUBMIT);
        assertThat(open(RoadmapStatus.ACCEPTED, REVIEWER)).containsExactly(LifecycleStep.PUBLISH);
        assertThat(open(RoadmapStatus.ACCEPTED, EDITOR)).containsExactly(LifecycleStep.REOPEN, LifecycleStep.CARRY_FORWARD);
        assertThat(open(RoadmapStatus.PUBLISHED, EDITOR)).containsExactly(LifecycleStep.REOPEN, LifecycleStep.CARRY_FORWARD);
        assertThat(LifecycleStep.open(RoadmapStatus.ACCEPTED, EDITOR, IKI, () -> PublicationRule.MUNICIPALITY))
                .containsExactly(LifecycleStep.PUBLISH, LifecycleStep.REOPEN, LifecycleStep.CARRY_FORWARD);
        assertThat(open(RoadmapStatus.SUBMITTED, Actor.applicationItself())).containsExactly(LifecycleStep.WITHDRAW,
                LifecycleStep.RETURN, LifecycleStep.ACCEPT);
    }

    private static Set<LifecycleStep> open(RoadmapStatus status, Actor actor) {
        return LifecycleStep.open(status, actor, IKI, () -> PublicationRule.PREFECTURE);
    }
}
