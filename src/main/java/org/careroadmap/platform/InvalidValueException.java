package org.careroadmap.platform;

import java.util.Arrays;

/**
 * A value a person typed or a file contained that cannot stand for what it claims to be.
 * Carries a message key (resolved in the message bundles) rather than a sentence, so the
 * same refusal reads in Japanese or English.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidValueException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
