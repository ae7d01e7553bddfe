package org.careroadmap.resourcemap;

/** The municipality already has a resource with this ID (the database's unique constraint said so). */
public class DuplicateSourceIdException extends ResourceChangedException {

    public DuplicateSourceIdException(String sourceId) {
        super("duplicate ID " + sourceId);
    }

    @Override
    public String detailKey() {
        return "resourcemap.sourceId.duplicate";
    }
}
