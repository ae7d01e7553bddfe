package org.careroadmap.evaluation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.careroadmap.platform.Actor;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * The hearing (ヒアリング) and the texts of the year: its date and who took part (the prefecture's), the
 * prefecture's 特徴・主な取り組み, 課題認識 per category and next steps by either side. Every text records who
 * wrote it and in which role; each side removes only its own.
 */
@Service
@Transactional
public class Hearings {

    public static final int MAX_TEXT = 2000;

    /** The longest list of a hearing's participants; the hearing form's {@code maxlength} reads it. */
    public static final int MAX_PARTICIPANTS = 1000;

    private final EvaluationContext context;
    private final EvaluationHeads heads;

    Hearings(EvaluationContext context, EvaluationHeads heads) {
        this.context = context;
        this.heads = heads;
    }

    public long recordHearing(String municipalityCode, FiscalYear year, long version, @Nullable String date,
                              @Nullable String participants) {
        Actor actor = context.currentActor().get();
        EvaluationAccess.requirePrefectureStaff(actor, municipalityCode);
        InputReader reader = new InputReader();
        LocalDate held = reader.read("hearingDate", date, TypedInput::date);
        String who = participants == null ? "" : participants.strip();
        if (who.length() > MAX_PARTICIPANTS) {
            reader.reject("participants", "evaluation.text.tooLong", MAX_PARTICIPANTS);
        }
        reader.throwIfAny();
        EvaluationHeads.Head head = heads.unpublished(municipalityCode, year);
        heads.bump(head, version);
        context.jdbc().sql("UPDATE evaluation SET hearing_date = ?, hearing_participants = ? WHERE id = ?")
                .params(Date.valueOf(held), who, head.id()).update();
        heads.event(head.id(), actor, "HEARING", null);
        return version + 1;
    }

    /** Adds a text block of the writer's side; the municipality's first text starts its draft. */
    public long addText(String municipalityCode, FiscalYear year, long version, @Nullable String kind,
                        @Nullable String category, @Nullable String body) {
        Actor actor = context.currentActor().get();
        boolean prefecture = sideOf(actor, municipalityCode);
        InputReader reader = new InputReader();
        TextKind readKind = reader.read("kind", kind, TextKind::parse);
        CategoryCode c = readKind != null && readKind.perCategory() ? reader.read("category", category, CategoryCode::parse) : null;
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            reader.reject("body", "evaluation.text.required");
        } else if (text.length() > MAX_TEXT) {
            reader.reject("body", "evaluation.text.tooLong", MAX_TEXT);
        }
        TextKind textKind = reader.valid(readKind);
        if (!textKind.writableBy(prefecture)) {
            throw new AccessDeniedException("not this side's text");
        }
        EvaluationHeads.Head head = prefecture ? heads.existing(municipalityCode, year) : heads.creatingDraft(municipalityCode, year);
        if (head.status() == EvaluationStatus.PUBLISHED) {
            throw new EvaluationConflictException("evaluation.published.readOnly");
        }
        heads.bump(head, version);
        context.jdbc().sql("""
                INSERT INTO evaluation_text (evaluation_id, kind, category, body, author, author_role, written_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(head.id(), textKind.name())
                .param(c == null ? null : c.name())
                .params(text, actor.recordedName(), EvaluationAccess.side(actor), Timestamp.from(context.clock().instant()))
                .update();
        return version + 1;
    }

    public long removeText(String municipalityCode, FiscalYear year, long version, long textId) {
        Actor actor = context.currentActor().get();
        sideOf(actor, municipalityCode);
        EvaluationHeads.Head head = heads.unpublished(municipalityCode, year);
        String role = context.jdbc().sql("SELECT author_role FROM evaluation_text WHERE id = ? AND evaluation_id = ?").params(textId, head.id())
                .query(String.class).optional().orElseThrow(() -> new EvaluationNotFoundException("text"));
        if (!role.equals(EvaluationAccess.side(actor))) {
            throw new AccessDeniedException("the other side's text");
        }
        heads.bump(head, version);
        context.jdbc().sql("DELETE FROM evaluation_text WHERE id = ?").param(textId).update();
        return version + 1;
    }

    /** True for the prefecture's staff, false for the municipality's editor; anyone else is refused. */
    private static boolean sideOf(Actor actor, String municipalityCode) {
        boolean prefecture = EvaluationAccess.isPrefectureStaff(actor, municipalityCode);
        if (!prefecture) {
            EvaluationAccess.requireEditor(actor, municipalityCode);
        }
        return prefecture;
    }
}
