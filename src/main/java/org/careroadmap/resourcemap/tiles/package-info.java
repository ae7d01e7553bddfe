/** Map tiles read from a .pmtiles archive; parameters and results are non-null unless marked {@code @Nullable}. */
@org.jspecify.annotations.NullMarked
package org.careroadmap.resourcemap.tiles;
