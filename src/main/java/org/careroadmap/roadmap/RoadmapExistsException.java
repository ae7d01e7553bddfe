package org.careroadmap.roadmap;

import org.careroadmap.platform.ConflictException;

/**
 * Another request created the municipality's roadmap for this template edition at the same moment; the
 * database's unique constraint kept the second one out (409).
 */
public class RoadmapExistsException extends ConflictException {

    public RoadmapExistsException() {
        super("roadmap exists for this municipality and edition");
    }

    @Override
    public String detailKey() {
        return "roadmap.duplicate";
    }
}
