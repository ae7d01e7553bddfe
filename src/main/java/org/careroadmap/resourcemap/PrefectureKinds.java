package org.careroadmap.resourcemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * The prefecture's administrator adds kinds (種別) of its own to the national list, e.g. 「サービス付き高齢者向け
 * 住宅」: a code used in files and addresses, a Japanese and an English name, the open-data file it is exported in,
 * and its place in lists. The code is the table's key, so a taken one (national or another prefecture's) is refused.
 */
@Service
public class PrefectureKinds {

    static final Set<String> DATASETS = Set.of("hospital", "care_service", "other");

    private final ResourceKinds kinds;
    private final CurrentActor actors;

    PrefectureKinds(ResourceKinds kinds, CurrentActor actors) {
        this.kinds = kinds;
        this.actors = actors;
    }

    /** What the administrator typed, before checking. */
    public record Input(@Nullable String code, @Nullable String name, @Nullable String nameEn, @Nullable String dataset,
                        @Nullable String position) {
    }

    @Transactional(readOnly = true)
    public List<ResourceKind> of(String prefectureCode) {
        requireAdministrator(prefectureCode);
        return kinds.of(prefectureCode);
    }

    @Transactional
    public ResourceKind add(String prefectureCode, Input input) {
        requireAdministrator(prefectureCode);
        ResourceKind kind = checked(prefectureCode, input);
        if (kinds.of(prefectureCode).stream().anyMatch(k -> k.code().equals(kind.code()))) {
            throw new InvalidInputException(List.of(new FieldProblem("code", "resourcemap.kinds.codeTaken", List.of(kind.code()))));
        }
        try {
            kinds.add(kind);
        } catch (DuplicateKeyException e) {
            // Added by someone else between the check above and this insert (the primary key decides): a 409.
            throw new KindAddedMeanwhileException(kind.code());
        }
        return kind;
    }

    private static ResourceKind checked(String prefectureCode, Input input) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = Texts.clean(input.code());
        if (code == null || !code.matches("[a-z][a-z0-9-]{1,39}")) {
            problems.add(new FieldProblem("code", "resourcemap.kinds.codeInvalid", List.of(code == null ? "" : code)));
        }
        String name = text(problems, "name", input.name(), 60);
        String nameEn = text(problems, "nameEn", input.nameEn(), 80);
        String dataset = Texts.clean(input.dataset());
        if (dataset == null || !DATASETS.contains(dataset)) {
            problems.add(new FieldProblem("dataset", "resourcemap.kinds.datasetInvalid", List.of()));
        }
        int position = 0;
        String positionText = Texts.clean(input.position());
        if (positionText == null || !positionText.matches("\\d{1,4}")) {
            problems.add(new FieldProblem("position", "resourcemap.kinds.positionInvalid", List.of(positionText == null ? "" : positionText)));
        } else {
            position = Integer.parseInt(positionText);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // Each of these is null only when a problem was added for it, and there is none.
        return new ResourceKind(Objects.requireNonNull(code), prefectureCode, Objects.requireNonNull(name),
                Objects.requireNonNull(nameEn), Objects.requireNonNull(dataset), position);
    }

    private static @Nullable String text(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        String text = Texts.clean(value);
        if (text == null) {
            problems.add(new FieldProblem(field, "resourcemap.kinds.required", List.of()));
        } else if (text.length() > max) {
            problems.add(new FieldProblem(field, "resourcemap.field.tooLong", List.of(max)));
        } else if (Texts.formulaLike(text)) {
            problems.add(new FieldProblem(field, "resourcemap.field.formula", List.of(text)));
        }
        return text;
    }

    private void requireAdministrator(String prefectureCode) {
        Actor actor = actors.get();
        if (prefectureCode == null || !actor.canAdminister(prefectureCode)) {
            throw new AccessDeniedException("not the administrator of prefecture " + prefectureCode);
        }
    }
}
