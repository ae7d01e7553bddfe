package org.careroadmap.resourcemap;

/**
 * Someone saved the resource (or its municipality's resources, for an import) after the caller read it, or
 * the same ID was added twice at once: nothing is overwritten. Answered with 409.
 */
public class ResourceChangedException extends org.careroadmap.platform.ConflictException {

    public ResourceChangedException(String what) {
        super("resource map: changed meanwhile: " + what);
    }

    @Override
    public String detailKey() {
        return "resourcemap.conflict.detail";
    }
}
