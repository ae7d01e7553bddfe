package org.careroadmap.progress;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The prefecture's lists for progress — the rating scale, the kinds of activity, the professions — kept by its 県管理者. */
@Service
@Transactional
public class ProgressSettings {

    public static final int NAME_MAX = 40;
    public static final int LIST_MAX = 50;

    private final ProgressStore store;
    private final ProgressGuard guard;

    ProgressSettings(ProgressStore store, ProgressGuard guard) {
        this.store = store;
        this.guard = guard;
    }

    @Transactional(readOnly = true)
    public RatingScale scale(String prefecture) {
        return store.scale(prefecture);
    }

    @Transactional(readOnly = true)
    public List<String> kinds(String prefecture) {
        return store.kinds(prefecture);
    }

    @Transactional(readOnly = true)
    public List<String> professions(String prefecture) {
        return store.professions(prefecture);
    }

    /** Replaces the scale; ratings already given keep their symbol (one no longer on the scale counts as unrated). */
    public RatingScale replaceScale(String prefecture, @Nullable String text) {
        requireAdministrator(prefecture);
        RatingScale scale = RatingScale.parse(text);
        store.replaceScale(prefecture, scale);
        guard.recordPrefectureChange(prefecture);
        return scale;
    }

    public List<String> replaceKinds(String prefecture, @Nullable String text) {
        requireAdministrator(prefecture);
        List<String> names = names("kinds", text);
        store.replaceNames("progress_activity_kind", prefecture, names);
        guard.recordPrefectureChange(prefecture);
        return names;
    }

    public List<String> replaceProfessions(String prefecture, @Nullable String text) {
        requireAdministrator(prefecture);
        List<String> names = names("professions", text);
        store.replaceNames("progress_profession", prefecture, names);
        guard.recordPrefectureChange(prefecture);
        return names;
    }

    private void requireAdministrator(String prefecture) {
        Actor actor = guard.actor();
        if (prefecture == null || !actor.canAdminister(prefecture)) {
            throw new AccessDeniedException("administrators of the prefecture only");
        }
    }

    /** One name a line; blank lines are skipped, duplicates and over-long names refused. */
    static List<String> names(String field, @Nullable String text) {
        List<String> names = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String name = line.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > NAME_MAX) {
                problems.add(new FieldProblem(field, "progress.settings.nameTooLong", List.of(name, NAME_MAX)));
            } else if (names.contains(name)) {
                problems.add(new FieldProblem(field, "progress.settings.duplicate", List.of(name)));
            } else {
                names.add(name);
            }
        }
        if (names.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem(field, "progress.settings.empty", List.of()));
        }
        if (names.size() > LIST_MAX) {
            problems.add(new FieldProblem(field, "progress.settings.tooMany", List.of(LIST_MAX)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return names;
    }
}
