package org.careroadmap.spreadsheet.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.spreadsheet.SpreadsheetProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload larger than the servlet's multipart limit is refused while the request is parsed, before any
 * controller is chosen, so no controller-specific handler sees it. This answers it with a sentence — a
 * 413 problem for the API, the error page otherwise — instead of a bare status.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final FieldMessages messages;
    private final SpreadsheetProperties properties;

    UploadLimitAdvice(FieldMessages messages, SpreadsheetProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String limit = properties.maxUploadSizeText();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    messages.message("xlsx.tooLarge", limit));
            problem.setTitle(messages.message("error.status.413"));
            problem.setType(URI.create("about:blank"));
            problem.setProperty("errors", List.of(Map.of("field", "file", "code", "xlsx.tooLarge",
                    "message", messages.message("xlsx.tooLarge", limit))));
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView view = new ModelAndView("error");
        view.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        view.addObject("status", 413);
        view.addObject("messageKey", "spreadsheet.uploadTooLarge");
        return view;
    }
}
