/** The demo roadmap's progress: activities, indicators, self-evaluations and a published report. */
@org.jspecify.annotations.NullMarked
package org.careroadmap.progress.demo;
