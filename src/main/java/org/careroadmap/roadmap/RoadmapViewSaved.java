package org.careroadmap.roadmap;

import java.util.List;

/**
 * Published, within the writing transaction, whenever the kept summary of one view of a roadmap is
 * written: the live roadmap after every change, or the version last published. Whatever keeps its
 * own copy of a roadmap's texts (the search index) rewrites that copy from it, so both commit or roll
 * back together.
 *
 * @param published whether this is the last published version rather than the live roadmap
 */
public record RoadmapViewSaved(long roadmapId, String municipalityCode, boolean published, List<RoadmapItem> items) {

    public RoadmapViewSaved {
        items = List.copyOf(items);
    }
}
