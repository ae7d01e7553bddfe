package org.careroadmap.platform;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} is UP only once start-up work is done: the readiness state turns to accepting traffic
 * after the start-up runners (demo data, first accounts) and the summary rebuild. Before, the plain health said UP
 * while the demo data were still loading, so a load balancer watching it sent people to an empty database.
 * (The readiness group, {@code /actuator/health/readiness}, already said so; this puts it into the overall status.)
 */
@Component("startup")
class StartupHealth implements HealthIndicator {

    private final ApplicationAvailability availability;

    StartupHealth(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    public Health health() {
        ReadinessState state = availability.getReadinessState();
        return state == ReadinessState.ACCEPTING_TRAFFIC ? Health.up().build()
                : Health.outOfService().withDetail("readiness", state.name()).build();
    }
}
