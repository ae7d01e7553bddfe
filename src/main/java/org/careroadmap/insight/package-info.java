/**
 * Insight across roadmaps: the prefecture reviewer's side-by-side comparison of one category A–H
 * over every municipality, and Japanese full-text search over items, 目指す姿, 推進方策 and arrow
 * labels. It only reads, through the roadmap module's service, so everyone sees exactly the
 * roadmaps they may read.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Insight",
        allowedDependencies = {"roadmap", "reference", "platform"})
package org.careroadmap.insight;
