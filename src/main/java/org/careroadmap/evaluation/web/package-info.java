/** The evaluation's pages, API and portal section; parameters and results are non-null unless marked {@code @Nullable}. */
@org.jspecify.annotations.NullMarked
package org.careroadmap.evaluation.web;
