package org.careroadmap.platform;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.stereotype.Component;

/**
 * When the application was started with {@code STARTUP_STEPS=1} (CareRoadmapApplication records Spring's
 * start-up steps then), logs once ready where the start went: the slowest beans and the total per kind of step.
 * Used to decide what to leave out of the start (issue 17); does nothing otherwise.
 */
@Component
class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ApplicationStartup startup = event.getApplicationContext().getApplicationStartup();
        if (!(startup instanceof BufferingApplicationStartup buffering)) {
            return;
        }
        List<StartupTimeline.TimelineEvent> events = buffering.getBufferedTimeline().getEvents();
        Map<String, Duration> perKind = new HashMap<>();
        events.forEach(e -> perKind.merge(e.getStartupStep().getName(), e.getDuration(), Duration::plus));
        log.info("Start-up steps by kind (nested steps counted in their parents too): {}", perKind.entrySet().stream()
                .sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(12)
                .map(e -> e.getKey() + " " + e.getValue().toMillis() + " ms").collect(Collectors.joining(", ")));
        log.info("Slowest start-up steps: {}", events.stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed()).limit(25)
                .map(e -> e.getStartupStep().getName() + describe(e) + " " + e.getDuration().toMillis() + " ms")
                .collect(Collectors.joining(", ")));
        log.info("Beans slowest to make themselves (their own time, without the beans they pulled in): {}", ownTimes(events));
    }

    /** A bean's duration less that of the steps nested in it: which bean is slow, not which bean came first. */
    private static String ownTimes(List<StartupTimeline.TimelineEvent> events) {
        Map<Long, Duration> nested = new HashMap<>();
        events.forEach(e -> {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                nested.merge(parent, e.getDuration(), Duration::plus);
            }
        });
        return events.stream().filter(e -> e.getStartupStep().getName().equals("spring.beans.instantiate"))
                .map(e -> Map.entry(describe(e), e.getDuration().minus(nested.getOrDefault(e.getStartupStep().getId(), Duration.ZERO))))
                .sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(30)
                .map(e -> e.getKey() + " " + e.getValue().toMillis() + " ms").collect(Collectors.joining(", "));
    }

    private static String describe(StartupTimeline.TimelineEvent event) {
        StringBuilder tags = new StringBuilder();
        event.getStartupStep().getTags().forEach(tag -> {
            if (tag.getKey().equals("beanName") || tag.getKey().equals("postProcessor") || tag.getKey().equals("classCount")) {
                tags.append(tags.isEmpty() ? "[" : ",").append(tag.getValue());
            }
        });
        return tags.isEmpty() ? "" : tags.append(']').toString();
    }
}
