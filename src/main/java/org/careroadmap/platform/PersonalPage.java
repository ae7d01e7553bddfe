package org.careroadmap.platform;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in page that {@link PersonalPageCache} may keep: built once per person, language and
 * state of what it shows, then served from memory until that state changes. A module declares one
 * bean per page; the state is read from the database on every request, all of its parts and every
 * {@link PersonalState} in one statement ({@link StateReads}), so a change saved through any node is seen at
 * once by every node.
 *
 * <p>The page's content must depend on nothing but the person (the actor), the language, the
 * request path, the query parameters it names ({@link #queryParameters}) and what {@link #state} covers. Requests
 * with any other query parameter, pending flash attributes (a "saved" notice after a redirect) or without a
 * session are always built as usual.
 */
public interface PersonalPage {

    /** The path pattern, as in {@code @GetMapping}, e.g. {@code /roadmaps/{id}}. */
    String path();

    /**
     * The parts of the page's state: each changes whenever something the page shows may have changed (e.g. the
     * roadmap's version); {@code null} when the page cannot be kept now (then it is built as usual).
     */
    @Nullable List<StateQuery> state(Map<String, String> pathVariables);

    /**
     * The query parameters the page's content depends on (e.g. a sort order), besides its state: a request that
     * names only these, each once, is kept per query string. None by default: any query string is built as usual.
     */
    default java.util.Set<String> queryParameters() {
        return java.util.Set.of();
    }
}
