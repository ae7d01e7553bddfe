/**
 * What every module shares and none owns: the web layout, locale handling, security defaults,
 * error pages and the JSON error shape, and the input-error types every module throws
 * ({@link org.careroadmap.platform.InvalidInputException}, {@link org.careroadmap.platform.FieldProblem},
 * {@link org.careroadmap.platform.InputReader}, {@link org.careroadmap.platform.PlainText}). It is the bottom
 * layer: it depends on no domain module (not even reference data), so any module may depend on it.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.careroadmap.platform;
