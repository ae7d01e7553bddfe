/** The spreadsheet pages and API: upload, preview, apply, download; non-null unless marked {@code @Nullable}. */
@org.jspecify.annotations.NullMarked
package org.careroadmap.spreadsheet.web;
