package org.careroadmap.platform;

/** A change refused because the data moved on since the caller read it. */
public abstract class ConflictException extends RuntimeException {

    protected ConflictException(String message) {
        super(message);
    }
}
