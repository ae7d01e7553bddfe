package org.careroadmap.account;

import java.util.List;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.ActorPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person as Spring Security holds them, carrying their actor. Serializable (through
 * {@link User} and {@link Actor}) because sessions live in the database and move between nodes.
 */
public class AccountPrincipal extends User implements ActorPrincipal {

    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final String displayName;
    /** As read with the principal: current for a token's principal (read per request), stale in a session. */
    private final boolean passwordChangeRequired;

    AccountPrincipal(Account account, boolean locked) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, !locked,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
        this.actor = account.actor();
        this.displayName = account.displayName();
        this.passwordChangeRequired = account.passwordChangeRequired();
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    public String displayName() {
        return displayName;
    }
}
