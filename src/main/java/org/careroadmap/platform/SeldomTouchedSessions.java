package org.careroadmap.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.jspecify.annotations.Nullable;

/**
 * Spring Session's JDBC repository, except that a request writes the session's last access time only when the
 * stored one is older than {@code interval}. Spring Session sets it on every request, and that made every
 * signed-in page a database write and a transaction besides the read (JFR, 2026-11-30: about 8 % of a kept
 * page). The session is still read from the database on every request, so deleting its row (revocation) ends it
 * at once on every node; the cost is that a session idle for the whole timeout may end up to {@code interval}
 * early. Attribute changes are saved as before.
 */
final class SeldomTouchedSessions implements FindByIndexNameSessionRepository<Session>, DisposableBean {

    /** The sessions read in the current request of this thread; nothing outlives the request. */
    private static final ThreadLocal<Map<String, Session>> READ_IN_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<Session> stored;
    private final Duration interval;

    @SuppressWarnings("unchecked")
    SeldomTouchedSessions(FindByIndexNameSessionRepository<? extends Session> stored, Duration interval) {
        this.stored = (FindByIndexNameSessionRepository<Session>) stored;
        this.interval = interval;
    }

    @Override
    public Session createSession() {
        return stored.createSession();
    }

    @Override
    public void save(Session session) {
        stored.save(session instanceof SeldomTouched touched ? touched.session() : session);
    }

    /**
     * The session as read earlier in this request, else from the database. Spring Session forgets what it read when
     * a response is committed before the request ends (a kept page is written whole, with its length) and then reads
     * the row again; within one request the first read stands (ReadOncePerRequest).
     */
    @Override
    public @Nullable Session findById(String id) {
        Map<String, Session> read = READ_IN_REQUEST.get();
        if (read != null && read.containsKey(id)) {
            return read.get(id);
        }
        Session session = stored.findById(id);
        Session touched = session == null ? null : new SeldomTouched(session, interval);
        if (read != null) {
            read.put(id, touched);
        }
        return touched;
    }

    @Override
    public void deleteById(String id) {
        Map<String, Session> read = READ_IN_REQUEST.get();
        if (read != null) {
            read.remove(id);
        }
        stored.deleteById(id);
    }

    /** Opens, for the length of one request on this thread, the memory of the sessions read in it. */
    static void readOnceDuring(FilterChain chain, ServletRequest request, ServletResponse response)
            throws IOException, ServletException {
        READ_IN_REQUEST.set(new HashMap<>());
        try {
            chain.doFilter(request, response);
        } finally {
            READ_IN_REQUEST.remove();
        }
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return stored.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    @Override
    public void destroy() throws Exception {
        if (stored instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }
}
