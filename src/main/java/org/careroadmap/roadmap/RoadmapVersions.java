package org.careroadmap.roadmap;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The frozen 版 (第N版) kept at each submission and publication, shown as they were and compared;
 * for the municipality's own staff and its prefecture.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapVersions {

    private final RoadmapAccess access;
    private final RoadmapDocuments documents;
    private final SnapshotStore snapshots;

    RoadmapVersions(RoadmapAccess access, RoadmapDocuments documents, SnapshotStore snapshots) {
        this.access = access;
        this.documents = documents;
        this.snapshots = snapshots;
    }

    /** The frozen copies, oldest first. */
    public List<RoadmapSnapshot> versions(long id) {
        return snapshots.list(access.ownStaffs(id).id());
    }

    /**
     * The last publication (第N版 and when), for the public page: public once published, so anyone who may see
     * the roadmap at all may see it. Empty before the first publication.
     */
    public java.util.Optional<RoadmapSnapshot> lastPublication(long id) {
        access.visible(id);
        return snapshots.latestPublished(id);
    }

    /** One frozen copy, shown as it was. */
    public RoadmapDocument version(long id, int number) {
        Roadmap live = access.ownStaffs(id);
        return documents.document(frozen(live, number));
    }

    /** What changed from one version to another; 0 stands for the current (live) roadmap. */
    public RoadmapDiff compare(long id, int fromNumber, int toNumber) {
        Roadmap live = access.ownStaffs(id);
        return RoadmapDiff.between(versionOrLive(live, fromNumber), versionOrLive(live, toNumber));
    }

    private Roadmap versionOrLive(Roadmap live, int number) {
        return number == 0 ? live : frozen(live, number);
    }

    private Roadmap frozen(Roadmap live, int number) {
        return snapshots.list(live.id()).stream().filter(s -> s.number() == number).findFirst()
                .map(s -> snapshots.thaw(s, live))
                .orElseThrow(() -> new RoadmapPartNotFoundException("version", Integer.toString(number)));
    }
}
