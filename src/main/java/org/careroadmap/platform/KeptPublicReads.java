package org.careroadmap.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A filter that answers some reads from a copy kept per version, the same copy for every reader (a published
 * roadmap's JSON). For such a request the Bearer token need not be looked up on its own: the keeper checks it in
 * the same query that reads the version ({@link DeferredBearerToken}), so a token call costs what an anonymous one does.
 */
public interface KeptPublicReads {

    /** True only if this request's answer is the same for every reader, signed in or not, and this keeper checks it. */
    boolean keepsForEveryReader(HttpServletRequest request);
}
