package org.careroadmap.publication;

import org.careroadmap.platform.NotFoundException;

/** A public address that names no prefecture, municipality or published roadmap: a plain 404 page. */
public class PublicNotFoundException extends NotFoundException {

    public PublicNotFoundException(String what) {
        super("nothing published at " + what);
    }
}
