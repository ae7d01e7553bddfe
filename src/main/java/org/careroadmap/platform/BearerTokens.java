package org.careroadmap.platform;

import java.util.List;
import java.util.Optional;

/** Turns the token of an {@code Authorization: Bearer …} header into the account it stands for (the account module knows how). */
public interface BearerTokens {

    /** Empty if the token is unknown, expired or revoked, or its account is disabled. */
    Optional<TokenAuthentication> authenticate(String token);

    /**
     * The same check as {@link #authenticate} as one scalar subquery another query can carry (its value read with
     * {@link TokenState#of}), for a keeper that answers the same to every reader and needs only to know the token
     * is good.
     */
    CheckColumn checkColumn(String token);

    /** Notes the token's use now (written at most every few minutes, as {@link #authenticate} does). */
    void recordUse(String token);

    /** A scalar SQL subquery and its parameters, in order. */
    record CheckColumn(String sql, List<Object> params) {
        public CheckColumn {
            params = List.copyOf(params);
        }
    }

    /** What a {@link CheckColumn} read: unknown (null), good, or good with its last use due to be written. */
    enum TokenState {
        UNKNOWN, VALID, VALID_USE_DUE;

        public static TokenState of(Object columnValue) {
            if (columnValue == null) {
                return UNKNOWN;
            }
            return ((Number) columnValue).intValue() == 1 ? VALID : VALID_USE_DUE;
        }
    }
}
