package org.careroadmap.evaluation;

/** One 住民の実感 result as typed or read from a file: the area and question (code, name or id), respondents and share. */
public record SurveyInput(String area, String question, String respondents, String positivePercent) {
}
