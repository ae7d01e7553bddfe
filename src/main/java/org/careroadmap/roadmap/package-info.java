/**
 * The roadmap: a municipality's items per category A–H with their 目指す姿, 達成年度, 推進方策 and
 * 工程 arrows, the template rules ①–⑤ that check it, and its chart, editor and JSON API.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Roadmap",
        allowedDependencies = {"platform", "reference"})
package org.careroadmap.roadmap;
