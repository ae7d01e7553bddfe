package org.careroadmap.review;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.Role;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InputReader;
import org.careroadmap.platform.InvalidValueException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and closing 提出依頼 — the prefecture administrator's use cases — and finding the open one. */
@Service
@Transactional
public class SubmissionRounds {

    private final ReviewContext context;

    SubmissionRounds(ReviewContext context) {
        this.context = context;
    }

    public SubmissionRound open(String fiscalYear, String deadline, String templateId) {
        Actor actor = context.currentActor().get();
        if (!actor.application() && actor.role() != Role.PREFECTURE_ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        String prefecture = actor.application() ? "42" : actor.requiredPrefectureCode();
        InputReader reader = new InputReader();
        FiscalYear readYear = reader.read("fiscalYear", fiscalYear, FiscalYear::parse);
        LocalDate readDue = reader.read("deadline", deadline, text -> {
            try {
                LocalDate parsed = LocalDate.parse(text == null ? "" : text.strip());
                // ISO dates allow year 0 and negative years; a deadline is a day of this century's working life.
                if (parsed.getYear() < 2000 || parsed.getYear() > 2100) {
                    throw new InvalidValueException("round.deadline.invalid");
                }
                return parsed;
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("round.deadline.invalid");
            }
        });
        if (templateId == null || context.reference().template(templateId).isEmpty()) {
            reader.reject("templateId", "template.unknown", String.valueOf(templateId));
        }
        FiscalYear year = reader.valid(readYear);
        LocalDate due = reader.valid(readDue);
        context.jdbc().sql("""
                INSERT INTO submission_round (prefecture_code, fiscal_year, template_id, deadline, opened_at, opened_by)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(prefecture, year.value(), templateId, Date.valueOf(due), Timestamp.from(context.clock().instant()),
                        actor.recordedName())
                .update();
        SubmissionRound opened = rounds(prefecture).get(0);
        context.events().publishEvent(new RoundOpened(opened.id(), prefecture, year.value(), templateId, due));
        return opened;
    }

    public void close(long roundId) {
        Actor actor = context.currentActor().get();
        if (actor.role() != Role.PREFECTURE_ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        context.jdbc().sql("UPDATE submission_round SET closed_at = ? WHERE id = ? AND prefecture_code = ? AND closed_at IS NULL")
                .params(Timestamp.from(context.clock().instant()), roundId, actor.requiredPrefectureCode()).update();
    }

    /** The prefecture's rounds, newest first. */
    @Transactional(readOnly = true)
    public List<SubmissionRound> rounds(String prefectureCode) {
        return context.jdbc().sql("""
                SELECT id, prefecture_code, fiscal_year, template_id, deadline, opened_at, opened_by, closed_at
                FROM submission_round WHERE prefecture_code = ? ORDER BY opened_at DESC, id DESC""")
                .param(prefectureCode)
                .query((rs, n) -> new SubmissionRound(rs.getLong(1), rs.getString(2), FiscalYear.of(rs.getInt(3)),
                        rs.getString(4), rs.getDate(5).toLocalDate(), rs.getTimestamp(6).toInstant(), rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<SubmissionRound> current(String prefectureCode) {
        return rounds(prefectureCode).stream().filter(SubmissionRound::open).findFirst();
    }

    public LocalDate today() {
        return LocalDate.now(context.clock());
    }
}
