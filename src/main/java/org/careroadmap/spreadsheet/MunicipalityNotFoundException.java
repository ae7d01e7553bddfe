package org.careroadmap.spreadsheet;

/** No municipality with that code to create a roadmap for. */
public class MunicipalityNotFoundException extends org.careroadmap.platform.NotFoundException {

    public MunicipalityNotFoundException() {
        super("municipality not found");
    }
}
