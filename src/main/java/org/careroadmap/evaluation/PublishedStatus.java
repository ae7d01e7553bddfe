package org.careroadmap.evaluation;

import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * For other modules' templates ({@code ${@evaluationStatus.latestYear(code)}}): the latest fiscal year whose
 * 構築状況 page of the municipality is public, or null, so public pages can link to it without a Java
 * dependency on this module.
 */
@Component("evaluationStatus")
public class PublishedStatus implements org.careroadmap.platform.PersonalState {

    private final EvaluationViews evaluations;

    PublishedStatus(EvaluationViews evaluations) {
        this.evaluations = evaluations;
    }

    public @Nullable Integer latestYear(String municipalityCode) {
        var years = evaluations.publishedYears(municipalityCode);
        return years.isEmpty() ? null : years.get(0).value();
    }

    /** Whether the municipality's 構築状況 page of the fiscal year is public (the progress report links to it). */
    public boolean published(String municipalityCode, int fiscalYear) {
        return evaluations.publishedYears(municipalityCode).stream().anyMatch(y -> y.value() == fiscalYear);
    }

    /**
     * The chart links to the latest public 構築状況 page, so pages kept in memory (platform's PersonalPageCache)
     * change when any evaluation is published or withdrawn: the published evaluations of the installation.
     */
    @Override
    public org.careroadmap.platform.StateQuery state(org.careroadmap.platform.Actor actor) {
        return org.careroadmap.platform.StateQuery.of(EvaluationViews.PUBLISHED_STATE);
    }
}
