package org.careroadmap.progress.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.PersonalPage;
import org.careroadmap.platform.PrefectureCode;
import org.careroadmap.platform.StateQuery;
import org.careroadmap.progress.ProgressVersions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The prefecture's progress roll-up (/review/progress, for a year and sorted as asked) may be kept in memory per
 * person (platform's PersonalPageCache). It shows the prefecture's roadmaps (every change raises a version), its
 * municipalities, and the progress of the year — summaries, reports, rounds and the rating scale, each of whose
 * writes raises the prefecture's progress change count — with overdue marks as of today; these are its state.
 */
@Configuration(proxyBeanMethods = false)
class RollUpPersonalPage {

    @Bean
    PersonalPage progressRollUpPage(CurrentActor currentActor, ProgressVersions versions, Clock clock) {
        return new PersonalPage() {
            @Override
            public String path() {
                return "/review/progress";
            }

            @Override
            public Set<String> queryParameters() {
                return Set.of("year", "sort", "dir");
            }

            @Override
            public @Nullable List<StateQuery> state(Map<String, String> pathVariables) {
                Actor actor = currentActor.get();
                String prefecture = actor.prefectureCode();
                if (actor.role() == null || !actor.role().isPrefectureRole() || prefecture == null
                        || !PrefectureCode.isValid(prefecture)) {
                    return null;
                }
                String upper = PrefectureCode.parse(prefecture).orElseThrow().upperBound();
                return List.of(
                        StateQuery.of("""
                                SELECT CONCAT(CAST(COUNT(*) AS VARCHAR(20)), '/', CAST(COALESCE(SUM(version), 0) AS VARCHAR(30)), '/',
                                       CAST(COALESCE(MAX(id), 0) AS VARCHAR(20)))
                                FROM roadmap WHERE municipality_code >= ? AND municipality_code < ?""", prefecture, upper),
                        StateQuery.of("SELECT COUNT(*) FROM municipality WHERE prefecture_code = ?", prefecture),
                        StateQuery.known(versions.dashboardState(prefecture) + "/" + LocalDate.now(clock)));
            }
        };
    }
}
