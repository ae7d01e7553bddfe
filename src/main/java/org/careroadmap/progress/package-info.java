/**
 * The Do and Check of a roadmap, year by year: the activity log (活動記録), indicators (評価指標) with
 * a target and an actual per fiscal year, the self-evaluation (自己評価) on the prefecture's rating
 * scale, the status of each 工程 arrow, progress rounds and reports (進捗報告) with the same lifecycle
 * words as the roadmap, the prefecture's roll-up and the report as a workbook. Reads roadmaps and
 * checks access only through the roadmap module's public API.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Progress",
        allowedDependencies = {"roadmap", "reference", "platform", "publication", "review"})
package org.careroadmap.progress;
