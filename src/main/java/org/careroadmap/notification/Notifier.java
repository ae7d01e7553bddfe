package org.careroadmap.notification;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.careroadmap.account.AccountDirectory;
import org.careroadmap.account.AccountDirectory.Person;
import org.careroadmap.platform.Role;
import org.careroadmap.progress.ProgressReportStatusChanged;
import org.careroadmap.resourcemap.ConfirmationRoundReminded;
import org.careroadmap.review.CommentPosted;
import org.careroadmap.review.DeadlineApproaching;
import org.careroadmap.review.RoundOpened;
import org.careroadmap.roadmap.RoadmapAccepted;
import org.careroadmap.roadmap.RoadmapPublished;
import org.careroadmap.roadmap.RoadmapReturned;
import org.careroadmap.roadmap.RoadmapSubmitted;
import org.careroadmap.roadmap.RoadmapWithdrawn;
import org.careroadmap.roadmap.ReviewStepTaken;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.jspecify.annotations.Nullable;

/**
 * Who is told what. Each listener runs after the change committed, on its own thread, and is recorded in the event
 * publication registry until it completes (a {@code @TransactionalEventListener}, as Spring Modulith's
 * {@code @ApplicationModuleListener} is, but without its transaction: {@link Deliveries} commits each line itself).
 */
@Component
class Notifier {

    private final AccountDirectory directory;
    private final Deliveries deliveries;

    Notifier(AccountDirectory directory, Deliveries deliveries) {
        this.directory = directory;
        this.deliveries = deliveries;
    }

    /** 提出 → the prefecture's administrators and reviewers. */
    @Async
    @TransactionalEventListener
    void on(RoadmapSubmitted event) {
        step(event, NotificationKind.SUBMITTED, null, prefectureStaff());
    }

    /** 取り下げ → the prefecture's staff, who may have started reading it. */
    @Async
    @TransactionalEventListener
    void on(RoadmapWithdrawn event) {
        step(event, NotificationKind.WITHDRAWN, null, prefectureStaff());
    }

    /** 差戻し, with the reason → the municipality's editors. */
    @Async
    @TransactionalEventListener
    void on(RoadmapReturned event) {
        step(event, NotificationKind.RETURNED, event.comment(), editorsOf(event.municipalityCode()));
    }

    /** 受理 → the municipality. */
    @Async
    @TransactionalEventListener
    void on(RoadmapAccepted event) {
        step(event, NotificationKind.ACCEPTED, null, staffOf(event.municipalityCode()));
    }

    /** 公開 → the municipality. */
    @Async
    @TransactionalEventListener
    void on(RoadmapPublished event) {
        step(event, NotificationKind.PUBLISHED, null, staffOf(event.municipalityCode()));
    }

    /** A round opened → every municipality of the prefecture. */
    @Async
    @TransactionalEventListener
    void on(RoundOpened event) {
        List<Person> people = directory.of(event.prefectureCode()).stream()
                .filter(p -> p.role() != null && !p.role().isPrefectureRole() && p.role().isStaff()).toList();
        deliveries.deliver(new Message("round:" + event.roundId(), NotificationKind.ROUND_OPENED, null, null,
                event.templateId(), event.deadline().toString(), "/"), people);
    }

    /** A week, a day before the deadline and once after it → the municipalities that have not submitted. */
    @Async
    @TransactionalEventListener
    void on(DeadlineApproaching event) {
        Set<String> waiting = Set.copyOf(event.waitingMunicipalities());
        List<Person> people = directory.of(event.prefectureCode()).stream()
                .filter(p -> p.municipalityCode() != null && waiting.contains(p.municipalityCode())
                        && p.role() != null && p.role().isStaff()).toList();
        NotificationKind kind = switch (event.reminder()) {
            case WEEK_BEFORE -> NotificationKind.DEADLINE_WEEK;
            case DAY_BEFORE -> NotificationKind.DEADLINE_DAY;
            case OVERDUE -> NotificationKind.OVERDUE;
        };
        deliveries.deliver(new Message("deadline:" + event.roundId() + ":" + event.reminder().name(), kind, null, null,
                event.templateId(), event.deadline().toString(), "/"), people);
    }

    /** A comment → the other side: the municipality's staff when the prefecture wrote, else the prefecture's. */
    @Async
    @TransactionalEventListener
    void on(CommentPosted event) {
        Predicate<Person> otherSide = event.byPrefecture() ? inMunicipality(event.municipalityCode()) : prefectureStaff();
        List<Person> people = directory.of(event.municipalityCode().substring(0, 2)).stream()
                .filter(otherSide).filter(p -> !p.username().equals(event.author())).toList();
        deliveries.deliver(new Message("comment:" + event.commentId(), NotificationKind.COMMENT, event.roadmapId(),
                event.municipalityCode(), null, event.itemTitle(),
                "/roadmaps/" + event.roadmapId() + "#thread-" + event.threadId()), people);
    }

    /**
     * A progress report (進捗報告) submitted → the prefecture's staff; returned, with the reason → the municipality's
     * editors; accepted or published → the municipality. The fiscal year is the subject; no names are kept.
     */
    @Async
    @TransactionalEventListener
    void on(ProgressReportStatusChanged event) {
        String municipality = event.municipalityCode();
        NotificationKind kind = switch (event.step()) {
            case SUBMIT -> NotificationKind.PROGRESS_SUBMITTED;
            case RETURN -> NotificationKind.PROGRESS_RETURNED;
            case ACCEPT -> NotificationKind.PROGRESS_ACCEPTED;
            case PUBLISH -> NotificationKind.PROGRESS_PUBLISHED;
        };
        Predicate<Person> who = switch (event.step()) {
            case SUBMIT -> prefectureStaff();
            case RETURN -> editorsOf(municipality);
            case ACCEPT, PUBLISH -> staffOf(municipality);
        };
        List<Person> people = directory.of(municipality.substring(0, 2)).stream().filter(who)
                .filter(p -> !p.username().equals(event.actor())).toList();
        deliveries.deliver(new Message("progress:" + event.roadmapId() + ":" + event.fiscalYear() + ":" + kind.name() + ":"
                + event.at().toEpochMilli(), kind, event.roadmapId(), municipality, Integer.toString(event.fiscalYear()),
                event.reason(), "/roadmaps/" + event.roadmapId() + "/progress?year=" + event.fiscalYear()), people);
    }

    /**
     * A 確認依頼 reminder → the provider accounts (事業所) of the resources not yet answered: the only news a provider
     * gets. The fiscal year is the subject, the deadline the detail.
     */
    @Async
    @TransactionalEventListener
    void on(ConfirmationRoundReminded event) {
        Set<String> providers = Set.copyOf(event.providers());
        List<Person> people = directory.of(event.municipalityCode().substring(0, 2)).stream()
                .filter(p -> providers.contains(p.username()) && p.role() == Role.PROVIDER).toList();
        deliveries.deliver(new Message("resource-round:" + event.roundId() + ":" + event.reminder(),
                NotificationKind.RESOURCE_ROUND_REMINDER, null, event.municipalityCode(), Integer.toString(event.fiscalYear()),
                event.deadline().toString(), "/map/provider"), people);
    }

    private void step(ReviewStepTaken event, NotificationKind kind, @Nullable String detail, Predicate<Person> who) {
        List<Person> people = directory.of(event.municipalityCode().substring(0, 2)).stream().filter(who)
                .filter(p -> !p.username().equals(event.actor())).toList();
        deliveries.deliver(new Message("step:" + event.roadmapId() + ":" + kind.name() + ":" + event.at().toEpochMilli(),
                kind, event.roadmapId(), event.municipalityCode(), null, detail, "/roadmaps/" + event.roadmapId()), people);
    }

    private static Predicate<Person> prefectureStaff() {
        return p -> p.role() != null && p.role().isPrefectureRole();
    }

    private static Predicate<Person> editorsOf(String municipalityCode) {
        return p -> p.role() == Role.MUNICIPALITY_EDITOR && municipalityCode.equals(p.municipalityCode());
    }

    private static Predicate<Person> staffOf(String municipalityCode) {
        return inMunicipality(municipalityCode);
    }

    private static Predicate<Person> inMunicipality(String municipalityCode) {
        // Providers (事業所) share the municipality code but are no staff: roadmap news is not theirs.
        return p -> municipalityCode.equals(p.municipalityCode()) && p.role() != null && p.role().isStaff();
    }
}
