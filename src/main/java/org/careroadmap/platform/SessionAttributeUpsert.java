package org.careroadmap.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session that add the same attribute at once — the CSRF token, made on the
 * first page with a form after signing in, when htmx or a second tab asks at the same moment —
 * made Spring Session insert the attribute twice, and the second request failed with a duplicate
 * key (seen under load on 2026-11-26). The attribute is written as an upsert instead: PostgreSQL's
 * ON CONFLICT (Spring Session's own customizer), H2's MERGE … KEY.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpsert {

    static final String H2_CREATE_SESSION_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsertCustomizer(DataSource dataSource) {
        String product = product(dataSource);
        if (product.contains("postgres")) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if (product.contains("h2")) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE);
        }
        return repository -> { };
    }

    private static String product(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database holds the sessions", e);
        }
    }
}
