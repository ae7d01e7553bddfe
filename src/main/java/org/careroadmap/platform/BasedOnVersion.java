package org.careroadmap.platform;

import org.jspecify.annotations.Nullable;

/**
 * The version a change says it is based on, read the same way by every module's forms and API: a form's
 * {@code version} field, or the API's {@code version} (body or query) else the ETag sent as {@code If-Match}
 * ({@code "7"} or {@code W/"7"}). Missing or unreadable is {@link VersionRequiredException}: 428 in HTML and JSON.
 */
public final class BasedOnVersion {

    private BasedOnVersion() {
    }

    /** A form's hidden {@code version} field. */
    public static long fromForm(@Nullable String version) {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new VersionRequiredException();
        }
    }

    /** An API call's {@code version}, else its {@code If-Match} header. */
    public static long fromApi(@Nullable Long version, @Nullable String ifMatch) {
        if (version == null && ifMatch != null) {
            String tag = ifMatch.strip();
            tag = tag.startsWith("W/") ? tag.substring(2) : tag;
            if (tag.matches("\"\\d{1,18}\"")) {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            }
        }
        return required(version);
    }

    /** An API call's {@code version} where no ETag applies. */
    public static long required(@Nullable Long version) {
        if (version == null) {
            throw new VersionRequiredException();
        }
        return version;
    }

    /** The ETag that {@link #fromApi} reads back. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
