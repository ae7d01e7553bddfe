/**
 * The 在宅・医療介護資源マップ: the care and medical resources of a municipality (kind, address,
 * contacts, services, weekly hours, night and holiday contacts, when and by whom confirmed), imported
 * from and exported to the national open-data layouts (自治体標準オープンデータセット), searched by the
 * public with filters kept in the address, shown on a map served by the application itself, and
 * printed as a booklet, and listed on the public portal. The 日常生活圏域 a resource serves is one of the evaluation module's areas (by code). Only the municipality's editor changes its resources; providers (事業所) propose changes to their own and answer the yearly 確認依頼, and the editor decides field by field; every change is kept.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Resource map",
        allowedDependencies = {"reference", "roadmap", "insight", "evaluation", "publication", "platform", "account"})
package org.careroadmap.resourcemap;
