package org.careroadmap.publication.web;

/** Comparing a request's {@code If-None-Match} with a page's ETag, weakly (RFC 9110 §13.1.2). */
final class EntityTags {

    private EntityTags() {
    }

    /**
     * Whether any tag the reader sent is the page's, ignoring weakness: the server marks the tag of a page it
     * compressed as weak ({@code W/"…"}), and a browser sends back what it got. ({@code *} is not
     * answered here: whether the page exists is only known once it is built.)
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String wanted = strong(etag);
        for (String sent : ifNoneMatch.split(",")) {
            String tag = sent.trim();
            if (strong(tag).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String strong(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
