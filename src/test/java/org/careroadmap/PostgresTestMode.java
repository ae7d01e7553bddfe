package org.careroadmap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the whole test suite on PostgreSQL when {@code TEST_DATABASE=postgresql} (the test command's
 * second pass): every H2 database a test asks for — {@code jdbc:h2:mem:apitest}, the browser tests'
 * file databases — becomes a PostgreSQL schema of its own ({@link TestPostgres}). The same H2 URL
 * maps to the same schema within a run, as the same H2 name would be the same database. Contexts
 * that already name PostgreSQL are left alone. Registered in {@code META-INF/spring.factories} of
 * the test classpath, so it never reaches the application.
 */
public class PostgresTestMode implements EnvironmentPostProcessor, Ordered {

    public static final String SWITCH = "TEST_DATABASE";
    private static final Map<String, TestPostgres.Database> schemas = new ConcurrentHashMap<>();

    public static boolean active() {
        return "postgresql".equalsIgnoreCase(System.getenv(SWITCH));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!active()) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return;
        }
        TestPostgres.Database database = schemas.computeIfAbsent(url, u -> TestPostgres.newSchema(purpose(u)));
        Map<String, Object> properties = new LinkedHashMap<>(database.properties());
        environment.getPropertySources().addFirst(new MapPropertySource("postgresTestMode", properties));
    }

    /** {@code jdbc:h2:mem:apitest;…} → apitest; {@code jdbc:h2:file:./target/h2-it-chart/careroadmap} → h2_it_chart. */
    private static String purpose(String url) {
        String path = url.substring(url.indexOf(':', "jdbc:h2:".length()) + 1).split(";")[0];
        String[] parts = path.replace('\\', '/').split("/");
        if (parts.length >= 2 && url.startsWith("jdbc:h2:file:")) {
            return parts[parts.length - 2];
        }
        return parts[parts.length - 1];
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
