package org.careroadmap.spreadsheet;

/** No prefecture with that code. */
public class PrefectureNotFoundException extends org.careroadmap.platform.NotFoundException {

    public PrefectureNotFoundException() {
        super("prefecture not found");
    }
}
