package org.careroadmap.platform;

/**
 * Something every page shows that depends on the person and changes on its own (e.g. a count in the
 * header). {@link PersonalPageCache} adds every such state to the key of each kept page, so a module
 * that adds one to the layout must declare a bean of this type, or kept pages would show it stale.
 */
public interface PersonalState {

    /** The current state for this person, read from the database; {@code null} for "cannot tell": build the page. */
    String version(Actor actor);
}
