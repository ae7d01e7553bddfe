package org.careroadmap.roadmap.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.careroadmap.platform.PersonalPage;
import org.careroadmap.platform.StateQuery;
import org.careroadmap.roadmap.ChartPanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The roadmap's signed-in pages that may be kept in memory (platform's PersonalPageCache): each shows
 * nothing but the roadmap — whose version changes with every change to it, its status included —
 * and, on the chart, the panels of other modules, which give their own state queries (all read in one
 * statement). The prefecture's publication rule decides which review steps the chart offers, so it is part of
 * the chart's state.
 */
@Configuration(proxyBeanMethods = false)
class RoadmapPersonalPages {

    @Bean
    PersonalPage chartPage(List<ChartPanel> panels) {
        return page("/roadmaps/{id}", variables -> {
            long id = id(variables);
            List<StateQuery> state = new ArrayList<>();
            state.add(StateQuery.of("""
                    SELECT CONCAT(CAST(r.version AS VARCHAR(20)), '/', COALESCE(p.publication_by, '-'))
                    FROM roadmap r LEFT JOIN prefecture p ON p.code = LEFT(r.municipality_code, 2) WHERE r.id = ?""", id));
            panels.forEach(panel -> state.add(panel.version(id)));
            return state;
        });
    }

    @Bean
    PersonalPage itemEditorPage() {
        return page("/roadmaps/{id}/items/{itemId}", variables -> List.of(roadmapVersion(id(variables))));
    }

    @Bean
    PersonalPage arrowEditorPage() {
        return page("/roadmaps/{id}/items/{itemId}/arrows/{arrowId}", variables -> List.of(roadmapVersion(id(variables))));
    }

    /** Versions are frozen when a roadmap is published, which changes its version; the count is kept besides. */
    @Bean
    PersonalPage versionsPage() {
        return page("/roadmaps/{id}/versions", variables -> List.of(StateQuery.of("""
                SELECT CONCAT(CAST(r.version AS VARCHAR(20)), '/',
                       CAST((SELECT COUNT(*) FROM roadmap_snapshot s WHERE s.roadmap_id = r.id) AS VARCHAR(20)))
                FROM roadmap r WHERE r.id = ?""", id(variables))));
    }

    static StateQuery roadmapVersion(long id) {
        return StateQuery.of("SELECT version FROM roadmap WHERE id = ?", id);
    }

    /** The id of the path, or -1 (no roadmap has it) when it is not a number: the page then answers 400 or 404 as usual. */
    static long id(Map<String, String> variables) {
        try {
            return Long.parseLong(variables.get("id"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static PersonalPage page(String path, Function<Map<String, String>, List<StateQuery>> state) {
        return new PersonalPage() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public List<StateQuery> state(Map<String, String> pathVariables) {
                return state.apply(pathVariables);
            }
        };
    }
}
