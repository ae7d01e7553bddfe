package org.careroadmap.account;

import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.jspecify.annotations.Nullable;

/**
 * Ends an account's sessions when its rights change. A session keeps the role and municipality it was signed in
 * with, so disabling an account, changing its role or municipality or issuing it a temporary password must end
 * every session it has; changing one's own password ends every other one. Sessions live in the database (Spring
 * Session JDBC, indexed by user name), so deleting them there ends them on every node at the next request.
 * Done after the change commits: a change rolled back ends nothing.
 */
@Component
class AccountSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> repository;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> repository) {
        this.repository = repository;
    }

    /** Every session of the account, on every node. */
    void endAll(String username) {
        end(username, null);
    }

    /** Every session of the account except the one this request belongs to (own password change). */
    void endAllButCurrent(String username) {
        end(username, currentSessionId());
    }

    private void end(String username, @Nullable String keep) {
        Runnable work = () -> repository.ifAvailable(sessions -> {
            Set<String> ids = sessions.findByPrincipalName(username).keySet();
            ids.stream().filter(id -> !id.equals(keep)).forEach(sessions::deleteById);
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }

    private static @Nullable String currentSessionId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object session = request.resolveReference(RequestAttributes.REFERENCE_SESSION);
        return session instanceof jakarta.servlet.http.HttpSession http ? http.getId() : null;
    }
}
