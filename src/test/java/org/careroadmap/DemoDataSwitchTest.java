package org.careroadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/**
 * Each module's demo loader is a bean whether or not the demo is wanted and asks {@code app.demo-data.enabled}
 * when it runs: a jar started from its build-time prepared context ({@link PreparedContext}) keeps the beans
 * the build had, so a condition on the bean could not turn the demo off at run time. Built here without any
 * collaborators: switched off, a loader must return before it touches one; switched on, it reaches them.
 */
class DemoDataSwitchTest {

    @ParameterizedTest
    @ValueSource(strings = {"org.careroadmap.roadmap.demo.DemoDataLoader", "org.careroadmap.review.demo.DemoReviewData",
            "org.careroadmap.resourcemap.DemoResources", "org.careroadmap.evaluation.demo.DemoEvaluationData",
            "org.careroadmap.progress.demo.DemoProgressData"})
    void aLoaderSwitchedOffAtRunTimeLoadsNothing(String loader) throws Exception {
        assertThat(load(loader, false)).isNull();
        assertThatThrownBy(() -> load(loader, true)).isInstanceOf(NullPointerException.class);
    }

    /** Builds the loader with no collaborators and runs it; its exception, unwrapped, is thrown. */
    private static Object load(String name, boolean enabled) throws Exception {
        Class<?> type = Class.forName(name);
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        Class<?>[] parameters = constructor.getParameterTypes();
        Class<?> last = parameters[parameters.length - 1];
        assertThat(last).as("the switch, or the settings holding it, is the last parameter").isIn(boolean.class,
                Environment.class);
        Object[] arguments = new Object[parameters.length];
        arguments[parameters.length - 1] = last == boolean.class ? enabled
                : new MockEnvironment().withProperty("app.demo-data.enabled", Boolean.toString(enabled));
        Object instance = constructor.newInstance(arguments);
        List<Method> runs = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals("run") || m.getName().equals("load")).filter(m -> !m.isSynthetic())
                .filter(m -> m.getParameterCount() <= 1).toList();
        Method run = runs.stream().filter(m -> m.getName().equals("run")).findFirst().orElse(runs.get(0));
        run.setAccessible(true);
        try {
            return run.invoke(instance, new Object[run.getParameterCount()]);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }
}
