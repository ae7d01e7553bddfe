package org.careroadmap;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements one thread sends while it is {@linkplain #during recording} (a MockMvc request runs in
 * the test's thread), by wrapping the application's DataSource: every statement a connection prepares or creates
 * is one statement sent. Part of {@link SharedContextTest}; costs nothing while nobody records.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    /** The statements {@code work} sent from this thread, in order (a statement created without SQL as "?"). */
    public static <T> List<String> during(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        RECORDED.set(statements);
        try {
            work.get();
        } finally {
            RECORDED.remove();
        }
        return statements;
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
                        ? proxy(DataSource.class, dataSource, StatementCounting::dataSourceCall) : bean;
            }
        };
    }

    private static Object dataSourceCall(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        return result instanceof Connection connection
                ? proxy(Connection.class, connection, StatementCounting::connectionCall) : result;
    }

    private static Object connectionCall(Object target, Method method, Object[] args) throws Throwable {
        List<String> statements = RECORDED.get();
        String name = method.getName();
        if (statements != null && (name.equals("prepareStatement") || name.equals("prepareCall")
                || name.equals("createStatement"))) {
            statements.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql.strip() : "?");
        }
        return invoke(target, method, args);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("unwrap") && args[0] instanceof Class<?> type && type.isInstance(target)) {
            return target;
        }
        if (method.getName().equals("isWrapperFor") && args[0] instanceof Class<?> type && type.isInstance(target)) {
            return true;
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private interface Call {
        Object on(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (p, method, args) -> switch (method.getName()) {
            case "equals" -> p == args[0];
            case "hashCode" -> System.identityHashCode(p);
            case "toString" -> "counted " + target;
            default -> call.on(target, method, args);
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
