package org.careroadmap.platform;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** An API request signed in by a personal token: the account's principal, and whether the token may only read. */
public final class TokenAuthentication extends AbstractAuthenticationToken {

    private final ActorPrincipal principal;
    private final boolean readOnly;

    public TokenAuthentication(ActorPrincipal principal, Collection<? extends GrantedAuthority> authorities, boolean readOnly) {
        super(authorities);
        this.principal = principal;
        this.readOnly = readOnly;
        setAuthenticated(true);
    }

    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.actor().requiredUsername();
    }
}
