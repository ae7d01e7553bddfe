/**
 * The change history (変更履歴) of every roadmap: an append-only record of who changed what, before and
 * after, written by a synchronous listener of the roadmap's {@code RoadmapChanged} inside the changing
 * transaction; its page and CSV per roadmap, and the 差戻し banner on a returned roadmap's chart, which
 * reads the last return from it. People are named through the account module's directory.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "History",
        allowedDependencies = {"roadmap", "account", "reference", "platform"})
package org.careroadmap.history;
