package org.careroadmap.platform;

/** Something the caller asked for by id that does not exist, or that they may not know exists. */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String message) {
        super(message);
    }
}
