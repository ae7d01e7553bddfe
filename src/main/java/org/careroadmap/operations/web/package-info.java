/** The backup and restore page; parameters and results are non-null unless marked {@code @Nullable}. */
@org.jspecify.annotations.NullMarked
package org.careroadmap.operations.web;
