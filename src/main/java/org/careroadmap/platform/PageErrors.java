package org.careroadmap.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** The one error page for screens: a sentence a city-hall officer understands and a way back. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, "error.notFound.detail");
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return page(HttpStatus.CONFLICT, e.detailKey());
    }

    @ExceptionHandler(VersionRequiredException.class)
    ModelAndView versionRequired(VersionRequiredException e) {
        return page(HttpStatus.PRECONDITION_REQUIRED, "version.required");
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ModelAndView forbidden(org.springframework.security.access.AccessDeniedException e) {
        return page(HttpStatus.FORBIDDEN, "error.forbidden.detail");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badRequest(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.NOT_FOUND, "error.notFound.detail");
    }

    static ModelAndView page(HttpStatus status, String messageKey) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        view.addObject("status", status.value());
        view.addObject("messageKey", messageKey);
        return view;
    }
}
