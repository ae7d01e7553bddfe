package org.careroadmap.platform;

import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor of the current thread, taken from Spring Security; anonymous when no one is signed in. */
@Component
public class CurrentActor {

    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return principal.actor();
        }
        if (authentication instanceof SystemAuthentication) {
            return Actor.applicationItself();
        }
        return Actor.anonymous();
    }

    /** Runs work as the application itself, e.g. loading demo data at start-up. */
    public static <T> T asSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SystemAuthentication());
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static final class SystemAuthentication extends org.springframework.security.authentication.AbstractAuthenticationToken {

        SystemAuthentication() {
            super(java.util.List.of());
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "system";
        }
    }
}
