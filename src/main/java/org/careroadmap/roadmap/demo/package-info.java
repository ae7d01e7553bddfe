/** Iki City's demo roadmap, loaded from the seed; non-null unless marked {@code @Nullable}. */
@org.jspecify.annotations.NullMarked
package org.careroadmap.roadmap.demo;
