/** The roadmap's pages: chart, editor forms and lifecycle buttons; non-null unless marked {@code @Nullable}. */
@org.jspecify.annotations.NullMarked
package org.careroadmap.roadmap.web;
