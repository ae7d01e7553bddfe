package org.careroadmap.progress;

import org.careroadmap.platform.NotFoundException;

/** An activity, indicator, report or preview that does not exist or that the caller may not know of. */
public class ProgressNotFoundException extends NotFoundException {

    public ProgressNotFoundException(String what) {
        super(what);
    }
}
