package org.careroadmap.roadmap;

/** An item or arrow that is not (or no longer) part of the roadmap; answered with 404. */
public class RoadmapPartNotFoundException extends org.careroadmap.platform.NotFoundException {

    private final String part;

    public RoadmapPartNotFoundException(String part, String id) {
        super(part + " " + id + " not found");
        this.part = part;
    }

    public String part() {
        return part;
    }
}
