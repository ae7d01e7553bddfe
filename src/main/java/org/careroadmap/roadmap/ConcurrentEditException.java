package org.careroadmap.roadmap;

/**
 * Someone else saved the roadmap after the caller read it: the caller's change is refused
 * rather than silently overwriting theirs. Answered with 409.
 */
public class ConcurrentEditException extends org.careroadmap.platform.ConflictException {

    private final long expectedVersion;
    private final long currentVersion;

    public ConcurrentEditException(long expectedVersion, long currentVersion) {
        super("roadmap changed: expected version " + expectedVersion + ", now " + currentVersion);
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
