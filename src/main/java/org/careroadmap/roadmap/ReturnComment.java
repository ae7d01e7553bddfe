package org.careroadmap.roadmap;

import org.jspecify.annotations.Nullable;
import java.util.List;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.PlainText;

/** The reason given with a 差戻し: required, at most {@value #MAX} characters, surrounding blanks dropped. */
public record ReturnComment(String text) {

    public static final int MAX = 4000;

    public ReturnComment {
        text = text == null ? "" : text.strip();
        if (text.isEmpty() || text.length() > MAX) {
            throw new InvalidInputException(List.of(new FieldProblem("comment", "lifecycle.returnComment", List.of(MAX))));
        }
        if (!PlainText.holdsOnlyXmlCharacters(text)) {
            throw new InvalidInputException(List.of(new FieldProblem("comment", "text.controlCharacters", List.of())));
        }
    }

    /** The comment as sent; none at all is refused like an empty one. */
    static ReturnComment of(@Nullable String text) {
        return new ReturnComment(text == null ? "" : text);
    }
}
