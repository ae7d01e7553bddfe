package org.careroadmap.reference;

/** Who publishes an accepted roadmap, as the prefecture decides: its own staff, or the municipality. */
public enum PublicationRule {
    PREFECTURE, MUNICIPALITY
}
