package org.careroadmap.review;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.Municipality;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapStatus;
import org.careroadmap.roadmap.RoadmapSummary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the municipalities that have not submitted: seven days and one day before a round's deadline and once
 * when it has passed. Several nodes run this job; the primary key of {@code round_reminder} lets exactly one of
 * them claim each reminder, in the same transaction that records the event.
 */
@Service
public class RoundReminders {

    private static final Set<RoadmapStatus> SUBMITTED = Set.of(RoadmapStatus.SUBMITTED, RoadmapStatus.ACCEPTED,
            RoadmapStatus.PUBLISHED);

    private final ReviewContext context;
    private final SubmissionRounds rounds;
    private final TransactionTemplate transactions;

    RoundReminders(ReviewContext context, SubmissionRounds rounds, TransactionTemplate transactions) {
        this.context = context;
        this.rounds = rounds;
        this.transactions = transactions;
    }

    @Scheduled(initialDelayString = "${app.reminders.initial-delay:PT1M}", fixedDelayString = "${app.reminders.every:PT1H}")
    void scheduled() {
        CurrentActor.asSystem(() -> {
            remindNow();
            return null;
        });
    }

    /** Sends every reminder that is due today and not yet claimed; returns how many this node claimed. */
    public int remindNow() {
        LocalDate today = LocalDate.now(context.clock());
        int claimed = 0;
        for (var prefecture : context.reference().prefecturesWithMunicipalities()) {
            Optional<SubmissionRound> open = rounds.current(prefecture.code());
            if (open.isEmpty()) {
                continue;
            }
            SubmissionRound round = open.get();
            Optional<DeadlineApproaching.Reminder> due = dueOn(round.deadline(), today);
            if (due.isPresent() && Boolean.TRUE.equals(transactions.execute(tx -> claim(round, due.get(), tx)))) {
                claimed++;
            }
        }
        return claimed;
    }

    static Optional<DeadlineApproaching.Reminder> dueOn(LocalDate deadline, LocalDate today) {
        if (today.isAfter(deadline)) {
            return Optional.of(DeadlineApproaching.Reminder.OVERDUE);
        }
        if (!today.isBefore(deadline.minusDays(1))) {
            return Optional.of(DeadlineApproaching.Reminder.DAY_BEFORE);
        }
        if (!today.isBefore(deadline.minusDays(7))) {
            return Optional.of(DeadlineApproaching.Reminder.WEEK_BEFORE);
        }
        return Optional.empty();
    }

    private boolean claim(SubmissionRound round, DeadlineApproaching.Reminder reminder, TransactionStatus tx) {
        try {
            context.jdbc().sql("INSERT INTO round_reminder (round_id, reminder, claimed_at) VALUES (?, ?, ?)")
                    .params(round.id(), reminder.name(), Timestamp.from(context.clock().instant())).update();
        } catch (DuplicateKeyException alreadyClaimed) {
            // Another node claimed it; PostgreSQL has aborted this transaction anyway.
            tx.setRollbackOnly();
            return false;
        }
        List<RoadmapSummary> held = context.roadmaps().list(ListScope.prefecture(round.prefectureCode())).stream()
                .filter(s -> s.template().id().equals(round.templateId())).toList();
        List<String> waiting = context.reference().municipalitiesOf(round.prefectureCode()).stream()
                .map(Municipality::code).map(c -> c.value())
                .filter(code -> held.stream().noneMatch(s -> s.municipality().code().value().equals(code)
                        && SUBMITTED.contains(s.status())))
                .toList();
        if (!waiting.isEmpty()) {
            context.events().publishEvent(new DeadlineApproaching(round.id(), round.prefectureCode(), round.fiscalYear().value(),
                    round.templateId(), round.deadline(), reminder, waiting));
        }
        return true;
    }
}
