package org.careroadmap.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

import org.careroadmap.platform.Actor;
import org.careroadmap.reference.Municipality;
import org.careroadmap.reference.RoadmapTemplate;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapStatus;
import org.careroadmap.roadmap.RoadmapSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/** The prefecture's table of its municipalities in the current round, for its administrator and reviewers. */
@Service
@Transactional(readOnly = true)
public class Dashboard {

    private final ReviewContext context;
    private final SubmissionRounds rounds;
    private final ReviewComments comments;
    private final DashboardExtras extras;

    Dashboard(ReviewContext context, SubmissionRounds rounds, ReviewComments comments, DashboardExtras extras) {
        this.extras = extras;
        this.context = context;
        this.rounds = rounds;
        this.comments = comments;
    }

    /**
     * The table shows one template edition (a municipality holds at most one roadmap per edition):
     * {@code edition}, and {@code editions} offers the others.
     */
    public record View(String prefectureCode, Optional<SubmissionRound> round, List<DashboardRow> rows, LocalDate today,
                       @Nullable RoadmapTemplate edition, List<RoadmapTemplate> editions, List<DashboardColumn> addedColumns) {
    }

    public View view(@Nullable String sort, boolean descending) {
        return view(sort, descending, null);
    }

    /**
     * The dashboard for one template edition: the one asked for, else the open round's, else the newest
     * one any municipality holds a roadmap of.
     */
    public View view(@Nullable String sort, boolean descending, @Nullable String editionId) {
        Actor actor = context.currentActor().get();
        if (actor.role() == null || !actor.role().isPrefectureRole()) {
            throw new AccessDeniedException("prefecture staff only");
        }
        String prefecture = actor.requiredPrefectureCode();
        Optional<SubmissionRound> round = rounds.current(prefecture);
        LocalDate today = rounds.today();
        List<RoadmapSummary> all = context.roadmaps().list(ListScope.prefecture(prefecture));
        List<RoadmapTemplate> editions = context.reference().templates();
        RoadmapTemplate edition = editions.stream().filter(t -> t.id().equals(editionId)).findFirst()
                .or(() -> round.flatMap(r -> editions.stream().filter(t -> t.id().equals(r.templateId())).findFirst()))
                .or(() -> all.stream().map(RoadmapSummary::template).max(Comparator.comparing(RoadmapTemplate::firstPeriod)))
                .or(() -> editions.stream().findFirst())
                .orElse(null);
        boolean roundEdition = edition != null && round.map(r -> r.templateId().equals(edition.id())).orElse(false);
        Map<String, RoadmapSummary> latestPerMunicipality = new HashMap<>();
        for (RoadmapSummary s : all) {
            if (edition == null || edition.id().equals(s.template().id())) {
                latestPerMunicipality.merge(s.municipality().code().value(), s,
                        (a, b) -> b.updatedAt().isAfter(a.updatedAt()) ? b : a);
            }
        }
        Map<Long, Integer> unresolved = comments.unresolvedPerRoadmap(
                latestPerMunicipality.values().stream().map(RoadmapSummary::id).toList());
        DashboardExtras.Added added = extras.of(prefecture);
        List<DashboardRow> rows = new ArrayList<>();
        for (Municipality m : context.reference().municipalitiesOf(prefecture)) {
            RoadmapSummary summary = latestPerMunicipality.get(m.code().value());
            boolean waiting = summary == null || summary.status() == RoadmapStatus.DRAFT
                    || summary.status() == RoadmapStatus.RETURNED;
            boolean overdue = roundEdition && round.map(r -> r.overdueOn(today)).orElse(false) && waiting;
            rows.add(new DashboardRow(m, summary, summary == null ? 0 : unresolved.getOrDefault(summary.id(), 0), overdue,
                    added.of(m.code().value())));
        }
        rows.sort(sort != null && added.sortsBy(sort) ? DashboardExtras.order(sort, descending) : order(sort, descending));
        return new View(prefecture, round, rows, today, edition, editions, added.columns());
    }

    static Comparator<DashboardRow> order(@Nullable String sort, boolean descending) {
        Comparator<DashboardRow> byCode = Comparator.comparing(r -> r.municipality().code().value());
        Comparator<DashboardRow> c = switch (sort == null ? "" : sort) {
            case "status" -> Comparator.comparing((DashboardRow r) -> r.status() == null ? -1 : r.status().ordinal());
            case "errors" -> byRoadmap(RoadmapSummary::errorCount);
            case "warnings" -> byRoadmap(RoadmapSummary::warningCount);
            case "comments" -> Comparator.comparingInt(DashboardRow::unresolvedComments);
            case "items" -> byRoadmap(RoadmapSummary::itemCount);
            case "updated" -> Comparator.comparing((DashboardRow r) -> r.roadmap() == null ? Instant.EPOCH : r.roadmap().updatedAt());
            case "overdue" -> Comparator.comparing(DashboardRow::overdue);
            default -> byCode;
        };
        c = c.thenComparing(byCode);
        return descending ? c.reversed() : c;
    }

    /** Rows by a count of their roadmap's; a municipality without a roadmap sorts before every count (-1). */
    private static Comparator<DashboardRow> byRoadmap(ToIntFunction<RoadmapSummary> count) {
        return Comparator.comparingInt((DashboardRow r) -> r.roadmap() == null ? -1 : count.applyAsInt(r.roadmap()));
    }
}
