/** The resource map's pages, downloads and JSON API; parameters and results are non-null unless marked {@code @Nullable}. */
@org.jspecify.annotations.NullMarked
package org.careroadmap.resourcemap.web;
