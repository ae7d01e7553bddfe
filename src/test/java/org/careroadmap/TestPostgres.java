package org.careroadmap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL for tests: the server named by {@code PG_URL} (the test command starts Debian's
 * PostgreSQL and sets it), or else one embedded PostgreSQL 15 started once per test JVM. Every
 * caller gets a schema of its own, named uniquely for this run, so test classes, reruns and other
 * people's test runs on the same server never see each other's rows. The schemas are dropped
 * when the JVM exits.
 */
public final class TestPostgres {

    private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36)
            + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
    private static final List<String> schemas = new ArrayList<>();
    private static EmbeddedPostgres embedded;
    private static String url;
    private static String user;
    private static String password;

    private TestPostgres() {
    }

    /** A new empty schema; its JDBC URL selects it as the current schema. */
    public static synchronized Database newSchema(String purpose) {
        start();
        String schema = ("t_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_" + RUN);
        schema = schema.length() > 60 ? schema.substring(0, 60) : schema;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema " + schema, e);
        }
        schemas.add(schema);
        String separator = url.contains("?") ? "&" : "?";
        return new Database(url + separator + "currentSchema=" + schema, user, password, schema);
    }

    public static boolean external() {
        String env = System.getenv("PG_URL");
        return env != null && !env.isBlank();
    }

    private static void start() {
        if (url != null) {
            return;
        }
        if (external()) {
            url = System.getenv("PG_URL");
            user = System.getenv().getOrDefault("PG_USER", "careroadmap");
            password = System.getenv().getOrDefault("PG_PASSWORD", "careroadmap");
        } else {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            url = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "";
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::cleanUp, "test-postgres-cleanup"));
    }

    private static synchronized void cleanUp() {
        if (external()) {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("SET lock_timeout = '5s'");
                for (String schema : schemas) {
                    try {
                        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                    } catch (SQLException ignored) {
                        // best effort: a schema still locked by a closing pool stays; names never repeat
                    }
                }
            } catch (SQLException ignored) {
                // the server went away first
            }
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // the data directory is temporary anyway
            }
        }
    }

    /** Connection settings of one test schema. */
    public record Database(String url, String user, String password, String schema) {

        /** As Spring properties, e.g. for {@code SpringApplicationBuilder.properties} or the command line. */
        public Map<String, String> properties() {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("spring.datasource.url", url);
            p.put("spring.datasource.username", user);
            p.put("spring.datasource.password", password);
            // Spring keeps test contexts cached and alive: small pools that let idle connections go
            // keep a whole suite well under PostgreSQL's 100 connections.
            p.put("spring.datasource.hikari.maximum-pool-size", "4");
            p.put("spring.datasource.hikari.minimum-idle", "0");
            p.put("spring.datasource.hikari.idle-timeout", "10000");
            return p;
        }

        public String[] arguments() {
            return properties().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }
}
