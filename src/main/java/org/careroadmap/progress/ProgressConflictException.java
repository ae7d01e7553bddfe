package org.careroadmap.progress;

import org.careroadmap.platform.ConflictException;

/** A progress change refused because of the state the data is in (409): locked by its report, or changed meanwhile. */
public class ProgressConflictException extends ConflictException {

    private final String detailKey;

    public ProgressConflictException(String detailKey) {
        super(detailKey);
        this.detailKey = detailKey;
    }

    @Override
    public String detailKey() {
        return detailKey;
    }
}
