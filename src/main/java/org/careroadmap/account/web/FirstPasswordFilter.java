package org.careroadmap.account.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careroadmap.account.AccountService;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.careroadmap.account.AccountPrincipal;
import org.careroadmap.platform.TokenAuthentication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person signed in with a temporary password (a new account's, or one an administrator reset) may do nothing
 * but choose their own: pages lead to パスワード変更, the API answers 403 until then. It runs after Spring
 * Security, so the signed-in person is known; the flag is read from the database, so every node agrees.
 */
// Before the public page cache (LOWEST_PRECEDENCE - 10), so a signed-in reader it serves has passed this check too.
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 20)
class FirstPasswordFilter extends OncePerRequestFilter {

    private final AccountService accounts;
    private final CurrentActor currentActor;
    private final MessageSource messages;

    FirstPasswordFilter(AccountService accounts, CurrentActor currentActor, MessageSource messages) {
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/account/password") || path.equals("/logout") || path.equals("/login")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/actuator/") || path.equals("/error") || path.equals("/favicon.ico");
    }

    /**
     * A token's principal was read with the token in this request's own query, so its flag is current and costs no
     * second query. A session's principal is as old as the session: the flag is only ever raised by an administrator's
     * reset, which ends every session of the account (AccountService#resetPassword), so a session that signed in
     * without it never needs to ask; one that signed in with it asks the database until the password is changed.
     */
    private boolean mustChangePassword(Actor actor) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null && who.getPrincipal() instanceof AccountPrincipal principal
                && (who instanceof TokenAuthentication || !principal.passwordChangeRequired())) {
            return principal.passwordChangeRequired();
        }
        return accounts.mustChangePassword(actor.username());
    }

    /** Error bodies are written by Jackson, never by string concatenation. */
    private static final tools.jackson.databind.ObjectMapper PROBLEM_WRITER =
            tools.jackson.databind.json.JsonMapper.builder().build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Actor actor = currentActor.get();
        if (actor.role() == null || actor.application() || !mustChangePassword(actor)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            String detail = messages.getMessage("password.mustChange", null, LocaleContextHolder.getLocale());
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("status", 403);
            problem.put("title", "Forbidden");
            problem.put("code", "password.mustChange");
            problem.put("detail", detail);
            PROBLEM_WRITER.writeValue(response.getWriter(), problem);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/account/password?first");
    }
}
