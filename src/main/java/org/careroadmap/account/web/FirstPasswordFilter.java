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
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person signed in with a temporary password (a new account's, or one an administrator reset) may do nothing
 * but choose their own: pages lead to パスワード変更, the API answers 403 until then. It runs after Spring
 * Security, so the signed-in person is known; the flag is read from the database, so every node agrees.
 */
@Component
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

    /** Error bodies are written by Jackson, never by string concatenation. */
    private static final tools.jackson.databind.ObjectMapper PROBLEM_WRITER =
            tools.jackson.databind.json.JsonMapper.builder().build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Actor actor = currentActor.get();
        if (actor.role() == null || actor.application() || !accounts.mustChangePassword(actor.username())) {
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
