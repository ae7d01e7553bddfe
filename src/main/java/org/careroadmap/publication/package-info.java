/**
 * Publication: what the public reads without signing in — the prefecture and municipality portal
 * pages on addresses built from the 全国地方公共団体コード, open-data files (CSV, JSON, Excel) with a
 * data catalogue (DCAT) and an Atom feed, server-side PDFs of published charts and the prefecture's
 * booklet, the sitemap and the accessibility policy with its JIS X 8341-3 test result. It reads only
 * published versions, through {@code roadmap}'s {@link org.careroadmap.roadmap.PublishedRoadmaps}.
 * Other modules add their public summaries (progress ratings, 構築状況, the resource map) to the
 * portal by implementing {@link org.careroadmap.publication.PortalSection}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Publication",
        allowedDependencies = {"reference", "roadmap", "spreadsheet", "platform"})
package org.careroadmap.publication;
