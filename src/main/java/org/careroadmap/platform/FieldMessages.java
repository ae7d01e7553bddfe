package org.careroadmap.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns field problems into sentences in the reader's language, first problem per field. */
@Component
public class FieldMessages {

    private final MessageSource messages;

    FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> byField(List<FieldProblem> problems) {
        Map<String, String> result = new LinkedHashMap<>();
        for (FieldProblem p : problems) {
            result.putIfAbsent(p.field(), message(p));
        }
        return result;
    }

    public String message(FieldProblem problem) {
        return message(problem.messageKey(), problem.arguments().toArray());
    }

    public String message(String key, Object... arguments) {
        // Never null: the key itself is the default message, which Spring returns when the bundles lack the key.
        return Objects.requireNonNull(messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
    }
}
