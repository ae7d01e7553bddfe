/**
 * What every module shares and none owns: the web layout, locale handling, security defaults,
 * error pages and the JSON error shape.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.careroadmap.platform;
