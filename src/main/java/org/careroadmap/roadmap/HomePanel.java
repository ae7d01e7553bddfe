package org.careroadmap.roadmap;

/** Something another module shows on the home page (e.g. the open submission round and its deadline). */
public interface HomePanel {

    String name();

    Object model();
}
