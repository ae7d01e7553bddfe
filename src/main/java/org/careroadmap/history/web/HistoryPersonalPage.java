package org.careroadmap.history.web;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;

import org.careroadmap.platform.PersonalPage;
import org.careroadmap.platform.StateQuery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The change history (変更履歴) of a roadmap may be kept in memory per person (platform's PersonalPageCache):
 * it shows the roadmap's title and its audit entries, which only grow; the roadmap's version, the number of
 * entries and the newest one say when it changed.
 */
@Configuration(proxyBeanMethods = false)
class HistoryPersonalPage {

    @Bean
    PersonalPage historyPage() {
        return new PersonalPage() {
            @Override
            public String path() {
                return "/roadmaps/{id}/history";
            }

            @Override
            public @Nullable List<StateQuery> state(Map<String, String> pathVariables) {
                long id;
                try {
                    id = Long.parseLong(pathVariables.get("id"));
                } catch (NumberFormatException e) {
                    return null;
                }
                return List.of(StateQuery.of("""
                        SELECT CONCAT(CAST(r.version AS VARCHAR(20)), '/',
                               CAST((SELECT COUNT(*) FROM audit_entry a WHERE a.roadmap_id = r.id) AS VARCHAR(20)), '/',
                               CAST(COALESCE((SELECT MAX(a.id) FROM audit_entry a WHERE a.roadmap_id = r.id), 0) AS VARCHAR(20)))
                        FROM roadmap r WHERE r.id = ?""", id));
            }
        };
    }
}
