/** The progress module's pages, JSON API, chart panel and dashboard columns. */
@org.jspecify.annotations.NullMarked
package org.careroadmap.progress.web;
