/**
 * Reference data: the categories A–H, fiscal years and their 和暦 names, 介護保険事業計画 periods,
 * municipalities with their codes, and the editions of the prefecture's roadmap template.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Reference data",
        allowedDependencies = {"platform"})
package org.careroadmap.reference;
