package org.careroadmap.evaluation;

import org.springframework.stereotype.Component;

/**
 * The evaluation's use cases side by side, for code that walks a whole year through them (the demo data,
 * tests); pages and the API take only the ones they use.
 */
@Component
public record EvaluationUseCases(EvaluationRounds rounds, EvaluationViews views, EvaluationAnswers answers,
                                 ResidentSurveys surveys, BaseFigureRecords figures, Hearings hearings,
                                 EvaluationLifecycle lifecycle, EvaluationOverview overview) {
}
