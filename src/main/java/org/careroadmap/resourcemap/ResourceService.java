package org.careroadmap.resourcemap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.insight.SearchTextFolding;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the resource map. Reading is public (the map is published information); changing is
 * for the municipality's own editor, checked here for every call whatever the caller is (page or API).
 * Every change writes its history entry in the same transaction.
 */
@Service
public class ResourceService {

    private final ResourceStore store;
    private final ResourceSearches searches;
    private final ResourceHistory history;
    private final ResourceKinds kinds;
    private final ConfirmationRoundStore rounds;
    private final CurrentActor actors;
    private final SearchTextFolding folding;
    private final Clock clock;
    private final org.careroadmap.evaluation.DailyLivingAreas dailyLivingAreas;

    ResourceService(ResourceStore store, ResourceSearches searches, ResourceHistory history, ResourceKinds kinds,
                    ConfirmationRoundStore rounds, CurrentActor actors, SearchTextFolding folding, Clock clock,
                    org.careroadmap.evaluation.DailyLivingAreas dailyLivingAreas) {
        this.rounds = rounds;
        this.dailyLivingAreas = dailyLivingAreas;
        this.store = store;
        this.searches = searches;
        this.history = history;
        this.kinds = kinds;
        this.actors = actors;
        this.folding = folding;
        this.clock = clock;
    }

    public List<ResourceKind> kinds(String prefectureCode) {
        return kinds.of(prefectureCode);
    }

    /** One page of a search; {@code hasNext} says there are more after it. */
    public record Found(List<Resource> resources, boolean hasNext) {
    }

    /** {@code scope}: a municipality code (six digits) or a prefecture code (two); every field and the hours. */
    @Transactional(readOnly = true)
    public Found search(String scope, ResourceFilter filter, ResourcePage page) {
        List<Resource> found = searches.resources(query(new ResourceScope(scope), filter), page.offset(), page.size() + 1);
        boolean hasNext = found.size() > page.size();
        return new Found(hasNext ? found.subList(0, page.size()) : found, hasNext);
    }

    /** Every resource of a municipality, for exports and the booklet, without the list's limit. */
    @Transactional(readOnly = true)
    public List<Resource> all(String municipalityCode, ResourceFilter filter) {
        if (filter.isEmpty()) {
            return store.ofMunicipality(municipalityCode);
        }
        return searches.resources(query(new ResourceScope(municipalityCode), filter), 100_000);
    }

    private ResourceSearchQuery query(ResourceScope scope, ResourceFilter filter) {
        return ResourceSearchQuery.of(scope, filter, folding, today());
    }

    /**
     * The 日常生活圏域 of a municipality (the evaluation module keeps them), code → name, in code order; a
     * prefecture-wide scope has none, since codes are the municipality's own.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> areas(String scope) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        if (scope != null && scope.length() == 6) {
            dailyLivingAreas.of(scope).forEach(a -> names.put(a.code(), a.name()));
        }
        return names;
    }

    /** A resource serves one of its municipality's areas, or none. */
    void checkArea(String municipalityCode, ResourceContent content) {
        if (content.areaCode() != null && !areas(municipalityCode).containsKey(content.areaCode())) {
            throw new org.careroadmap.platform.InvalidInputException(List.of(new org.careroadmap.platform.FieldProblem(
                    "area", "resourcemap.area.unknown", List.of(content.areaCode()))));
        }
    }

    @Transactional(readOnly = true)
    public Resource get(long id) {
        return store.find(id).orElseThrow(() -> new ResourceNotFoundException("resource " + id));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the current actor may change this municipality's resources (for showing the buttons). */
    public boolean canEdit(String municipalityCode) {
        return municipalityCode != null && actors.get().canEdit(municipalityCode);
    }

    @Transactional
    public long create(String municipalityCode, ResourceContent content) {
        Actor actor = requireEditor(municipalityCode);
        checkArea(municipalityCode, content);
        Instant now = clock.instant();
        long id;
        try {
            id = store.insert(municipalityCode, content, folding.fold(content.searchableText()), today(),
                    actor.recordedName(), actor.recordedName(), now);
        } catch (DuplicateKeyException e) {
            throw new DuplicateSourceIdException(content.sourceId());
        }
        history.record(id, municipalityCode, "created", ContentFields.describe(ContentFields.changes(null, content)),
                actor.recordedName(), now);
        return id;
    }

    /** Saving is also confirming: the editor has just looked at every field. */
    @Transactional
    public void update(long id, long version, ResourceContent content) {
        Resource current = get(id);
        Actor actor = requireEditor(current.municipalityCode());
        if (current.version() != version) {
            throw new ResourceChangedException("resource " + id);
        }
        checkArea(current.municipalityCode(), content);
        List<ContentFields.Change> changes = ContentFields.changes(current.content(), content);
        Instant now = clock.instant();
        try {
            if (!store.update(id, version, content, folding.fold(content.searchableText()), actor.recordedName(), now)) {
                throw new ResourceChangedException("resource " + id);
            }
        } catch (DuplicateKeyException e) {
            throw new DuplicateSourceIdException(content.sourceId());
        }
        store.confirm(id, version + 1, today(), actor.recordedName(), now);
        history.record(id, current.municipalityCode(), "updated", ContentFields.describe(changes), actor.recordedName(), now);
        // Saving is confirming, so it answers this year's 確認依頼 for the resource too.
        rounds.answer(id, "editor", actor.recordedName(), now);
    }

    /** 確認: the editor (or the provider through them) says the entry is still true as it stands. */
    @Transactional
    public void confirm(long id, long version) {
        Resource current = get(id);
        Actor actor = requireEditor(current.municipalityCode());
        Instant now = clock.instant();
        if (!store.confirm(id, version, today(), actor.recordedName(), now)) {
            throw new ResourceChangedException("resource " + id);
        }
        history.record(id, current.municipalityCode(), "confirmed", "confirmedOn: " + today(), actor.recordedName(), now);
        rounds.answer(id, "editor", actor.recordedName(), now);
    }

    @Transactional
    public void delete(long id, long version) {
        Resource current = get(id);
        Actor actor = requireEditor(current.municipalityCode());
        Instant now = clock.instant();
        if (!store.delete(id, version)) {
            throw new ResourceChangedException("resource " + id);
        }
        history.record(id, current.municipalityCode(), "deleted", ContentFields.describe(ContentFields.changes(null,
                current.content())), actor.recordedName(), now);
    }

    /** The history of one resource, for its municipality's staff and the prefecture's. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id) {
        Resource current = get(id);
        if (!actors.get().belongsTo(current.municipalityCode())) {
            throw new AccessDeniedException("history of another municipality's resource");
        }
        return history.of(id);
    }

    /** A new ID for a resource entered by hand (the open-data ID column of the export). */
    public static String newSourceId() {
        return "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Refuses anyone who is no municipality's editor before looking anything up, so that a viewer learns
     * nothing from the difference between "no such resource" and "not yours".
     */
    public void requireEditorRole() {
        Actor actor = actors.get();
        if (!actor.application() && actor.role() != org.careroadmap.platform.Role.MUNICIPALITY_EDITOR) {
            throw new AccessDeniedException("not a municipality editor");
        }
    }

    Actor requireEditor(String municipalityCode) {
        Actor actor = actors.get();
        if (!actor.canEdit(municipalityCode)) {
            throw new AccessDeniedException("not an editor of " + municipalityCode);
        }
        return actor;
    }

    String fold(String text) {
        return folding.fold(text);
    }

    Clock clock() {
        return clock;
    }
}
