/** The comparison and search pages; parameters and results are non-null unless marked {@code @Nullable}. */
@org.jspecify.annotations.NullMarked
package org.careroadmap.insight.web;
