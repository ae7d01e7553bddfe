/** The history pages and CSV; parameters and results are non-null unless marked {@code @Nullable}. */
@org.jspecify.annotations.NullMarked
package org.careroadmap.history.web;
