package org.careroadmap.roadmap.web;

import java.util.List;
import java.util.Map;

import org.careroadmap.platform.PersonalPage;
import org.careroadmap.roadmap.ChartPanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The roadmap's signed-in pages that may be kept in memory (platform's PersonalPageCache): each shows
 * nothing but the roadmap — whose version changes with every change to it, its status included —
 * and, on the chart, the panels of other modules, which give their own versions. The prefecture's
 * publication rule decides which review steps the chart offers, so it is part of the chart's state.
 */
@Configuration(proxyBeanMethods = false)
class RoadmapPersonalPages {

    @Bean
    PersonalPage chartPage(JdbcClient jdbc, List<ChartPanel> panels) {
        return page("/roadmaps/{id}", variables -> {
            long id = id(variables);
            String roadmap = jdbc.sql("""
                    SELECT CONCAT(CAST(r.version AS VARCHAR(20)), '/', COALESCE(p.publication_by, '-'))
                    FROM roadmap r LEFT JOIN prefecture p ON p.code = LEFT(r.municipality_code, 2) WHERE r.id = ?""")
                    .param(id).query(String.class).optional().orElse(null);
            if (roadmap == null) {
                return null;
            }
            StringBuilder version = new StringBuilder(roadmap);
            for (ChartPanel panel : panels) {
                String panelVersion = panel.version(id);
                if (panelVersion == null) {
                    return null;
                }
                version.append('/').append(panel.name()).append('=').append(panelVersion);
            }
            return version.toString();
        });
    }

    @Bean
    PersonalPage itemEditorPage(JdbcClient jdbc) {
        return page("/roadmaps/{id}/items/{itemId}", variables -> roadmapVersion(jdbc, id(variables)));
    }

    @Bean
    PersonalPage arrowEditorPage(JdbcClient jdbc) {
        return page("/roadmaps/{id}/items/{itemId}/arrows/{arrowId}", variables -> roadmapVersion(jdbc, id(variables)));
    }

    /** Versions are frozen when a roadmap is published, which changes its version; the count is kept besides. */
    @Bean
    PersonalPage versionsPage(JdbcClient jdbc) {
        return page("/roadmaps/{id}/versions", variables -> {
            long id = id(variables);
            String roadmap = roadmapVersion(jdbc, id);
            return roadmap == null ? null : roadmap + "/" + jdbc.sql("SELECT COUNT(*) FROM roadmap_snapshot WHERE roadmap_id = ?")
                    .param(id).query(Long.class).single();
        });
    }

    static String roadmapVersion(JdbcClient jdbc, long id) {
        return jdbc.sql("SELECT version FROM roadmap WHERE id = ?").param(id).query(Long.class).optional()
                .map(String::valueOf).orElse(null);
    }

    /** The id of the path, or -1 (no roadmap has it) when it is not a number: the page then answers 400 or 404 as usual. */
    static long id(Map<String, String> variables) {
        try {
            return Long.parseLong(variables.get("id"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static PersonalPage page(String path, java.util.function.Function<Map<String, String>, String> version) {
        return new PersonalPage() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public String version(Map<String, String> pathVariables) {
                return version.apply(pathVariables);
            }
        };
    }
}
