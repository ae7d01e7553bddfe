package org.careroadmap.evaluation;

import org.careroadmap.platform.ConflictException;

/**
 * A change refused because of the state the data is in: changed by someone else meanwhile, a frozen sheet,
 * a step the lifecycle does not allow now, or a duplicate that the database's constraint caught.
 */
public class EvaluationConflictException extends ConflictException {

    private final String detailKey;

    public EvaluationConflictException(String detailKey) {
        super(detailKey);
        this.detailKey = detailKey;
    }

    @Override
    public String detailKey() {
        return detailKey;
    }
}
