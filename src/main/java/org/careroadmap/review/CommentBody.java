package org.careroadmap.review;

import java.util.List;

import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.PlainText;

/**
 * The text of a review comment or reply: required, at most {@value #MAX} characters, surrounding blanks
 * dropped. The one declaration of that limit: the chart's comment forms take their {@code maxlength} from it.
 */
public record CommentBody(String text) {

    public static final int MAX = 4000;

    public CommentBody {
        text = text == null ? "" : text.strip();
        if (text.isEmpty() || text.length() > MAX) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "comment.body", List.of(MAX))));
        }
        if (!PlainText.holdsOnlyXmlCharacters(text)) {
            throw new InvalidInputException(List.of(new FieldProblem("body", "text.controlCharacters", List.of())));
        }
    }
}
