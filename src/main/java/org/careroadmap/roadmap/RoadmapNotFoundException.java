package org.careroadmap.roadmap;

/** No roadmap with that id (or none the caller may know of); answered with 404. */
public class RoadmapNotFoundException extends org.careroadmap.platform.NotFoundException {

    public RoadmapNotFoundException(long id) {
        super("roadmap " + id + " not found");
    }
}
