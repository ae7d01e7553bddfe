package org.careroadmap.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.PersonalPage;
import org.careroadmap.platform.StateQuery;
import org.careroadmap.review.SubmissionRounds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard (/review, also sorted or for one edition) may be kept in memory per person (platform's
 * PersonalPageCache). It shows the prefecture's roadmaps (their versions: every change raises one), their open
 * comment threads, the submission rounds, whether a round is overdue today, and the state of the columns other
 * modules add (DashboardColumns#version); these are its state.
 */
@Configuration(proxyBeanMethods = false)
class DashboardPersonalPage {

    @Bean
    PersonalPage dashboardPage(JdbcClient jdbc, CurrentActor currentActor, SubmissionRounds rounds,
                               List<org.careroadmap.review.DashboardColumns> addedColumns) {
        return new PersonalPage() {
            @Override
            public String path() {
                return "/review";
            }

            /** Sorting and the edition only choose and order what the state covers. */
            @Override
            public java.util.Set<String> queryParameters() {
                return java.util.Set.of("sort", "dir", "edition");
            }

            @Override
            public @Nullable List<StateQuery> state(Map<String, String> pathVariables) {
                Actor actor = currentActor.get();
                if (actor.role() == null || !actor.role().isPrefectureRole() || actor.prefectureCode() == null) {
                    return null;
                }
                String prefecture = actor.prefectureCode();
                String municipalities = prefecture + "%";
                List<StateQuery> state = new ArrayList<>();
                state.add(StateQuery.of("""
                        SELECT CONCAT(CAST(COUNT(*) AS VARCHAR(20)), '/', CAST(COALESCE(SUM(version), 0) AS VARCHAR(30)), '/',
                               CAST(COALESCE(MAX(id), 0) AS VARCHAR(20)))
                        FROM roadmap WHERE municipality_code LIKE ?""", municipalities));
                state.add(StateQuery.of("""
                        SELECT CONCAT(CAST(COUNT(*) AS VARCHAR(20)), '/', CAST(COALESCE(SUM(c.id), 0) AS VARCHAR(30)), '/',
                               CAST(COALESCE(SUM(c.id * c.id), 0) AS VARCHAR(40)))
                        FROM review_comment c JOIN roadmap r ON r.id = c.roadmap_id
                        WHERE r.municipality_code LIKE ? AND c.parent_id IS NULL AND c.resolved = FALSE""", municipalities));
                state.add(StateQuery.known(rounds.today() + "/" + roundState(jdbc, prefecture)));
                addedColumns.forEach(columns -> state.add(StateQuery.known(columns.version(prefecture))));
                return state;
            }
        };
    }

    private static String roundState(JdbcClient jdbc, String prefecture) {
        StringBuilder roundState = new StringBuilder();
        jdbc.sql("SELECT id, fiscal_year, template_id, deadline, closed_at FROM submission_round WHERE prefecture_code = ? ORDER BY id")
                .param(prefecture).query(rs -> {
                    roundState.append(rs.getLong(1)).append(',').append(rs.getInt(2)).append(',').append(rs.getString(3))
                            .append(',').append(rs.getDate(4)).append(',').append(rs.getTimestamp(5) != null).append(';');
                });
        return roundState.toString();
    }
}
