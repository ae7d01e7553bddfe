package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careroadmap.SharedContextTest;
import org.careroadmap.StatementCounting;
import org.careroadmap.platform.CurrentActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How many SQL statements saving a resource sends (issue 17: the demo's 61 resources sent 406 one-row inserts of
 * opening hours). A resource's whole week is one multi-row insert, however many openings it has, when it is added
 * and when it is saved again; imports write through the same store. Counted through the wrapper of the real
 * DataSource (StatementCounting), on a resource of its own in Iki City, removed at the end.
 */
@SharedContextTest
class ResourceWriteStatementsTest {

    @Autowired
    ResourceService resources;

    @Test
    void aWeekOfElevenOpeningsIsOneInsertWhenAddedAndWhenSavedAgain() {
        ResourceContent week = ResourceStoreContract.content("STMT-" + UUID.randomUUID().toString().substring(0, 8), "clinic", "数える診療所",
                Map.of(1, WeeklyHours.parseDay("09:00-12:30, 14:00-18:00"), 2, WeeklyHours.parseDay("09:00-12:30, 14:00-18:00"),
                        3, WeeklyHours.parseDay("09:00-12:30, 14:00-18:00"), 4, WeeklyHours.parseDay("09:00-12:00"),
                        5, WeeklyHours.parseDay("09:00-12:30, 14:00-18:00"), 6, WeeklyHours.parseDay("09:00-12:00")),
                NightCare.NONE, List.of("内科"));
        long[] id = new long[1];

        List<String> added = StatementCounting.during(() -> id[0] = CurrentActor.asSystem(() -> resources.create("422100", week)));

        assertThat(added.stream().filter(s -> s.startsWith("INSERT INTO resource_hours"))).as("statements: %s", added).hasSize(1);
        assertThat(added).as("statements: %s", added).hasSizeLessThanOrEqualTo(8);  // 5 today (was 15 with 11 hour rows): area check, resource, hours, history, portal count
        Resource saved = CurrentActor.asSystem(() -> resources.get(id[0]));
        assertThat(saved.content().hours()).isEqualTo(week.hours());

        ResourceContent shorter = ResourceStoreContract.content(week.sourceId(), "clinic", "数える診療所",
                Map.of(1, WeeklyHours.parseDay("09:00-12:00"), 3, WeeklyHours.parseDay("13:00-17:00")), NightCare.NONE,
                List.of("内科"));
        List<String> changed = StatementCounting.during(() -> CurrentActor.asSystem(() -> {
            resources.update(id[0], saved.version(), shorter);
            return null;
        }));

        assertThat(changed.stream().filter(s -> s.contains("resource_hours"))).as("statements: %s", changed)
                .hasSize(3);  // read with the resource, cleared, written in one insert
        Resource again = CurrentActor.asSystem(() -> resources.get(id[0]));
        assertThat(again.content().hours()).isEqualTo(shorter.hours());
        CurrentActor.asSystem(() -> {
            resources.delete(id[0], again.version());
            return null;
        });
    }
}
