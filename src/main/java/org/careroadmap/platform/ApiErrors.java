package org.careroadmap.platform;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.jspecify.annotations.Nullable;

/**
 * Every JSON API error as RFC 9457 problem details, in the caller's language; field problems are
 * listed one by one under {@code errors}. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final FieldMessages messages;

    ApiErrors(FieldMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return withErrors(e.problems());
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        return withErrors(List.of(FieldProblem.of("", e)));
    }

    /** 428 with the same field error the form page shows, so a client can tell which input to add. */
    @ExceptionHandler(VersionRequiredException.class)
    ProblemDetail versionRequired(VersionRequiredException e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_REQUIRED, "error.versionRequired.title", "version.required");
        problem.setProperty("errors", List.of(Map.of("field", "version", "code", "version.required",
                "message", messages.message("version.required"))));
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "error.notFound.title", "error.notFound.detail");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.titleKey(), e.detailKey());
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "error.forbidden.title", "error.forbidden.detail");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.badRequest.title", "error.badRequest.detail");
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "code", "parameter.invalid",
                "message", messages.message("parameter.invalid"))));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.badJson.title", "error.badJson.detail");
        String field = jsonPath(ex);
        if (!field.isEmpty()) {
            problem.setProperty("errors", List.of(Map.of("field", field, "code", "json.wrongType",
                    "message", messages.message("json.wrongType"))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail detail) {
            detail.setTitle(messages.message("error.status." + statusCode.value(), statusCode.toString()));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected.title", "error.unexpected.detail");
    }

    /** The JSON property path the parser stopped at, e.g. {@code items[0].title}, without the values. */
    private static String jsonPath(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof tools.jackson.databind.DatabindException databind) {
            StringBuilder path = new StringBuilder();
            for (tools.jackson.core.JacksonException.Reference ref : databind.getPath()) {
                if (ref.getPropertyName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        return "";
    }

    private ProblemDetail withErrors(List<FieldProblem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.invalid.title", "error.invalid.detail");
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "code", p.messageKey(), "message", messages.message(p)))
                .toList());
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.message(detailKey));
        problem.setTitle(messages.message(titleKey));
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
