package org.careroadmap.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own notifications and e-mail choices; nobody reads another person's inbox. */
@Service("inbox")
@Transactional
public class Inbox implements org.careroadmap.platform.PersonalState {

    /** How many lines the inbox shows, newest first. */
    static final int SHOWN = 100;

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final Clock clock;

    Inbox(JdbcClient jdbc, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    private static final String UNREAD = "SELECT COUNT(*) FROM notification WHERE recipient = ? AND read_at IS NULL";

    /** For the header's badge: 0 for the public and the application. */
    @Transactional(readOnly = true)
    public int unreadCount() {
        Actor actor = currentActor.get();
        if (actor.role() == null || actor.username() == null) {
            return 0;
        }
        return jdbc.sql(UNREAD).param(actor.username()).query(Integer.class).single();
    }

    /** The header shows the unread count on every page, so pages kept in memory (PersonalPageCache) depend on it. */
    @Override
    public org.careroadmap.platform.StateQuery state(Actor actor) {
        if (actor.role() == null || actor.username() == null) {
            return org.careroadmap.platform.StateQuery.known("0");
        }
        return org.careroadmap.platform.StateQuery.of(UNREAD, actor.username());
    }

    @Transactional(readOnly = true)
    public List<Notice> list() {
        return jdbc.sql("""
                SELECT id, kind, roadmap_id, municipality_code, subject_ref, detail, link, created_at, read_at
                FROM notification WHERE recipient = ? ORDER BY created_at DESC, id DESC""")
                .param(me())
                .query((rs, n) -> new Notice(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)),
                        (Long) rs.getObject(3, Long.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()))
                .list().stream().limit(SHOWN).toList();
    }

    /** Marks one's own notification read and returns where it leads; empty for someone else's or none. */
    public Optional<String> open(long id) {
        String me = me();
        Optional<String> link = jdbc.sql("SELECT link FROM notification WHERE id = ? AND recipient = ?")
                .params(id, me).query(String.class).optional();
        link.ifPresent(l -> jdbc.sql("UPDATE notification SET read_at = ? WHERE id = ? AND recipient = ? AND read_at IS NULL")
                .params(Timestamp.from(clock.instant()), id, me).update());
        return link;
    }

    public int markAllRead() {
        return jdbc.sql("UPDATE notification SET read_at = ? WHERE recipient = ? AND read_at IS NULL")
                .params(Timestamp.from(clock.instant()), me()).update();
    }

    /** The kinds this person receives by e-mail (all, unless turned off). */
    @Transactional(readOnly = true)
    public Set<NotificationKind> mailedKinds() {
        Set<NotificationKind> kinds = EnumSet.allOf(NotificationKind.class);
        jdbc.sql("SELECT kind FROM notification_mail_off WHERE recipient = ?").param(me()).query(String.class).list()
                .forEach(k -> kinds.remove(NotificationKind.valueOf(k)));
        return kinds;
    }

    /** Replaces the person's choices: e-mail for exactly these kinds (unknown names are ignored). */
    public void mailOnlyFor(Set<NotificationKind> kinds) {
        String me = me();
        jdbc.sql("DELETE FROM notification_mail_off WHERE recipient = ?").param(me).update();
        for (NotificationKind kind : NotificationKind.values()) {
            if (!kinds.contains(kind)) {
                jdbc.sql("INSERT INTO notification_mail_off (recipient, kind) VALUES (?, ?)").params(me, kind.name()).update();
            }
        }
    }

    private String me() {
        Actor actor = currentActor.get();
        if (actor.role() == null || actor.username() == null || actor.application()) {
            throw new AccessDeniedException("signed-in people only");
        }
        return actor.username();
    }
}
