package org.careroadmap.spreadsheet;

/**
 * A stretch of fiscal-year columns in one row holding one arrow: {@code from} and {@code to} index the header's
 * years, {@code cell} says where it is, {@code shape} whether it was drawn (else made of cells).
 */
record ArrowSegment(int from, int to, String text, String cell, boolean shape) {
}
