package org.careroadmap.platform;

/**
 * Something every page shows that depends on the person and changes on its own (e.g. a count in the
 * header). {@link PersonalPageCache} adds every such state to the key of each kept page, so a module
 * that adds one to the layout must declare a bean of this type, or kept pages would show it stale.
 */
public interface PersonalState {

    /** The state for this person, read with the page's own state in one statement (a NULL answer: build the page). */
    StateQuery state(Actor actor);
}
