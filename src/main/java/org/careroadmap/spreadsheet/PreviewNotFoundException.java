package org.careroadmap.spreadsheet;

/** A preview token that is unknown, expired or already used: the file has to be uploaded again. */
public class PreviewNotFoundException extends org.careroadmap.platform.NotFoundException {

    public PreviewNotFoundException() {
        super("import preview not found or expired");
    }
}
