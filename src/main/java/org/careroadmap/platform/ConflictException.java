package org.careroadmap.platform;

/**
 * A change refused because of the state the data is in: changed by someone else since the caller
 * read it, or in a state that does not allow the change (e.g. a submitted roadmap).
 */
public abstract class ConflictException extends RuntimeException {

    protected ConflictException(String message) {
        super(message);
    }

    /** What to tell the person, as keys of the message bundles. */
    public String titleKey() {
        return "error.conflict.title";
    }

    public String detailKey() {
        return "error.conflict.detail";
    }
}
