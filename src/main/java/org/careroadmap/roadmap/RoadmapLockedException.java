package org.careroadmap.roadmap;

/** The roadmap's status does not allow this change (e.g. it is submitted and awaits review). */
public class RoadmapLockedException extends org.careroadmap.platform.ConflictException {

    private final RoadmapStatus status;
    private final String detailKey;

    public RoadmapLockedException(RoadmapStatus status, String detailKey) {
        super("roadmap is " + status);
        this.status = status;
        this.detailKey = detailKey;
    }

    public RoadmapStatus status() {
        return status;
    }

    @Override
    public String titleKey() {
        return "lifecycle.locked.title";
    }

    @Override
    public String detailKey() {
        return detailKey;
    }
}
