package org.careroadmap.resourcemap;

/** The municipality already started its 確認依頼 round for that fiscal year (a unique constraint). Answered with 409. */
public class RoundExistsException extends org.careroadmap.platform.ConflictException {

    public RoundExistsException(String municipalityCode, int fiscalYear) {
        super("confirmation round exists: " + municipalityCode + " " + fiscalYear);
    }

    @Override
    public String detailKey() {
        return "resourcemap.round.exists";
    }
}
