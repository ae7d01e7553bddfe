package org.careroadmap.resourcemap;

/** The same kind code was added by someone else at the same moment (the table's key decided). Answered with 409. */
public class KindAddedMeanwhileException extends org.careroadmap.platform.ConflictException {

    public KindAddedMeanwhileException(String code) {
        super("resource kind added meanwhile: " + code);
    }

    @Override
    public String detailKey() {
        return "resourcemap.kinds.addedMeanwhile";
    }
}
