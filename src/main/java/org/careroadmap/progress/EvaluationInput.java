package org.careroadmap.progress;

/** A self-evaluation as typed or sent: 実施内容, the rating's symbol, 課題 and 今後の対応. */
public record EvaluationInput(String done, String rating, String issues, String nextSteps) {
}
