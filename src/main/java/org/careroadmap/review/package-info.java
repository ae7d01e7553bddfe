/**
 * The prefecture's side of the roadmap: submission rounds (提出依頼) with deadlines, comment threads
 * per item between reviewers and municipality staff, and the prefecture's dashboard.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Review",
        allowedDependencies = {"roadmap", "reference", "platform"})
package org.careroadmap.review;
