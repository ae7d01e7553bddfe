package org.careroadmap.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.careroadmap.account.AccountDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Puts a message in each person's inbox and e-mails those who have an address and did not turn this kind off.
 * Runs without a surrounding transaction: each line and each "sent" mark commits on its own, so when a send fails
 * (and the event is retried later) what was already delivered stays delivered and is not sent twice.
 */
@Component
class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    /** Longer than any SMTP time-out (application.properties), so a live delivery's claim never expires. */
    static final java.time.Duration CLAIM_EXPIRES = java.time.Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final NoticeText text;
    private final NotificationProperties properties;
    private final Clock clock;

    Deliveries(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, NoticeText text, NotificationProperties properties,
               Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.text = text;
        this.properties = properties;
        this.clock = clock;
    }

    /** Delivers to every person once; throws when an e-mail could not be sent, so the event is retried. */
    void deliver(Message message, Collection<AccountDirectory.Person> people) {
        JavaMailSender sender = mail.getIfAvailable();
        Set<String> mailOff = mailOff(message.kind());
        for (AccountDirectory.Person person : people) {
            boolean wantsMail = sender != null && person.email() != null && !mailOff.contains(person.username());
            insertOnce(message, person.username(), wantsMail ? "PENDING" : "NONE");
        }
        if (sender == null) {
            return;
        }
        int failed = 0;
        for (AccountDirectory.Person person : people) {
            if (person.email() == null || !claim(message, person.username())) {
                continue;
            }
            try {
                SimpleMailMessage mailMessage = new SimpleMailMessage();
                mailMessage.setFrom(properties.mailFrom());
                mailMessage.setTo(person.email());
                mailMessage.setSubject(text.subject(message));
                mailMessage.setText(text.body(message, properties.baseUrl() + message.link()));
                sender.send(mailMessage);
                mark(message, person.username(), "SENT");
            } catch (MailException e) {
                failed++;
                mark(message, person.username(), "PENDING");
                // No address or name in the log: the event key says which notification is waiting.
                log.warn("E-mail for notification {} not sent, will retry: {}", message.eventKey(), e.getClass().getSimpleName());
            }
        }
        if (failed > 0) {
            throw new MailNotSentException(message.eventKey(), failed);
        }
    }

    private void insertOnce(Message message, String recipient, String mailState) {
        try {
            jdbc.sql("""
                    INSERT INTO notification (event_key, recipient, kind, roadmap_id, municipality_code, subject_ref,
                        detail, link, created_at, read_at, mail_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)""")
                    // A list, not varargs: the roadmap, municipality, subject and detail may be SQL NULL.
                    .params(Arrays.asList(message.eventKey(), recipient, message.kind().name(), message.roadmapId(),
                            message.municipalityCode(), message.subjectRef(), message.detail(), message.link(),
                            Timestamp.from(clock.instant()), mailState))
                    .update();
        } catch (DuplicateKeyException alreadyDelivered) {
            // A retry (or another node) delivered this one already: the unique (event_key, recipient) keeps one line.
        }
    }

    /**
     * Takes the e-mail for sending; false when it is sent, not wanted, or being sent by another delivery (a retry
     * on this or another node) — unless that one's claim is older than {@link #CLAIM_EXPIRES}, i.e. it crashed.
     */
    private boolean claim(Message message, String recipient) {
        java.time.Instant now = clock.instant();
        return jdbc.sql("""
                UPDATE notification SET mail_state = 'SENDING', mail_claimed_at = ?
                WHERE event_key = ? AND recipient = ?
                  AND (mail_state = 'PENDING' OR (mail_state = 'SENDING' AND mail_claimed_at < ?))""")
                .params(Timestamp.from(now), message.eventKey(), recipient, Timestamp.from(now.minus(CLAIM_EXPIRES)))
                .update() == 1;
    }

    private void mark(Message message, String recipient, String state) {
        jdbc.sql("UPDATE notification SET mail_state = ? WHERE event_key = ? AND recipient = ?")
                .params(state, message.eventKey(), recipient).update();
    }

    private Set<String> mailOff(NotificationKind kind) {
        List<String> off = jdbc.sql("SELECT recipient FROM notification_mail_off WHERE kind = ?").param(kind.name())
                .query(String.class).list();
        return off.stream().collect(Collectors.toSet());
    }

    /** Some e-mails of a notification could not be sent; the event stays incomplete and is resubmitted. */
    static final class MailNotSentException extends RuntimeException {
        MailNotSentException(String eventKey, int failed) {
            super(failed + " e-mail(s) of notification " + eventKey + " not sent");
        }
    }
}
