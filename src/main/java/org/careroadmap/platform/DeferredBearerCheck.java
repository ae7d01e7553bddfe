package org.careroadmap.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last filter before the controllers: a Bearer token that no keeper checked (the kept copy was not used) is
 * checked here, so the controller sees the token's account, or the caller gets its 401.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class DeferredBearerCheck extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var deferred = DeferredBearerToken.of(request);
        if (deferred.isPresent() && !deferred.get().resolve(request, response)) {
            return;
        }
        chain.doFilter(request, response);
    }
}
