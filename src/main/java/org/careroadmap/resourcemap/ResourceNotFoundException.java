package org.careroadmap.resourcemap;

/** No resource (or import preview) by that id, or it was removed meanwhile. Answered with 404. */
public class ResourceNotFoundException extends org.careroadmap.platform.NotFoundException {

    public ResourceNotFoundException(String what) {
        super("resource map: no " + what);
    }
}
