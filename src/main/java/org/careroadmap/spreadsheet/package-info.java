/**
 * Excel in, Excel out: the prefecture's roadmap sheet (様式) exported from a roadmap, a whole prefecture
 * exported as one workbook, and filled sheets imported through a preview that is applied only when the
 * person confirms. Uses only the public API of {@code roadmap} and {@code reference}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Spreadsheet",
        allowedDependencies = {"reference", "roadmap", "platform"})
package org.careroadmap.spreadsheet;
