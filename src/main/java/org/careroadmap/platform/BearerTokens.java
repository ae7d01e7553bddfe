package org.careroadmap.platform;

import java.util.Optional;

/** Turns the token of an {@code Authorization: Bearer …} header into the account it stands for (the account module knows how). */
public interface BearerTokens {

    /** Empty if the token is unknown, expired or revoked, or its account is disabled. */
    Optional<TokenAuthentication> authenticate(String token);
}
