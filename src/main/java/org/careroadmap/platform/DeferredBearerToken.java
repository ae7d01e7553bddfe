package org.careroadmap.platform;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A Bearer token not yet checked: the request goes through Spring Security as an anonymous one (it may only reach
 * what the public may), and whoever answers it first checks the token — a {@link KeptPublicReads} keeper in the
 * query that reads its version ({@link #checkColumn()}), else {@link #resolve} — and {@link DeferredBearerCheck}
 * makes sure no request reaches a controller with its token unchecked. An unknown, expired or revoked token is
 * still a 401, never the public's answer.
 */
public final class DeferredBearerToken {

    private static final String ATTRIBUTE = DeferredBearerToken.class.getName();

    private final String token;
    private final BearerTokenFilter filter;

    private DeferredBearerToken(String token, BearerTokenFilter filter) {
        this.token = token;
        this.filter = filter;
    }

    static void defer(HttpServletRequest request, String token, BearerTokenFilter filter) {
        request.setAttribute(ATTRIBUTE, new DeferredBearerToken(token, filter));
    }

    /** The request's unchecked token, if it has one. */
    public static Optional<DeferredBearerToken> of(HttpServletRequest request) {
        return Optional.ofNullable((DeferredBearerToken) request.getAttribute(ATTRIBUTE));
    }

    /** A scalar SQL subquery to add to the keeper's own query; read its value back with {@link #checked}. */
    public BearerTokens.CheckColumn checkColumn() {
        return filter.tokens().checkColumn(token);
    }

    /**
     * The value the check column read: true if the token authenticates (its last use written when due), false if
     * not, in which case the 401 has been sent and the request must end here.
     */
    public boolean checked(HttpServletRequest request, HttpServletResponse response, Object columnValue)
            throws IOException {
        request.removeAttribute(ATTRIBUTE);
        BearerTokens.TokenState state = BearerTokens.TokenState.of(columnValue);
        if (state == BearerTokens.TokenState.UNKNOWN) {
            filter.unauthorized(request, response);
            return false;
        }
        if (state == BearerTokens.TokenState.VALID_USE_DUE) {
            filter.tokens().recordUse(token);
        }
        return true;
    }

    /**
     * Checks the token the usual way and signs the request in with it; false if it does not authenticate, in which
     * case the 401 has been sent and the request must end here.
     */
    public boolean resolve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.removeAttribute(ATTRIBUTE);
        return filter.signIn(token, request, response);
    }
}
