package org.careroadmap.platform;

/**
 * A change sent without the version it is based on (no {@code version} field or parameter, no usable
 * {@code If-Match}). Answered the same way to a form and to the API: 428 Precondition Required, a problem
 * detail in JSON and the error page in HTML, both saying which version to send. Nothing is changed.
 */
public class VersionRequiredException extends RuntimeException {

    public VersionRequiredException() {
        super("the version the change is based on is missing");
    }
}
