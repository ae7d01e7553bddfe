/**
 * The prefecture's yearly evaluation of the care system (長崎県版地域包括ケアシステム評価シート): the sheet's
 * versions per fiscal year, each municipality's 日常生活圏域, the self-evaluation per area and year with
 * 住民の実感 and base figures, the hearing (ヒアリング), and the public 構築状況 page with its radar chart.
 * Uses reference data and the platform; it does not read roadmaps (the public page links to them) and adds its
 * summary to the public portal as a {@link org.careroadmap.publication.PortalSection}. The public page links to the
 * same year's published progress report through progress's {@code PublishedProgressReports} (progress does not
 * depend on this module, so there is no cycle).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation",
        allowedDependencies = {"platform", "reference", "publication", "progress"})
package org.careroadmap.evaluation;
