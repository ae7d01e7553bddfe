package org.careroadmap.notification;

import java.util.Locale;

import org.careroadmap.reference.FiscalYear;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;

/**
 * A notice in words, in a given language: the inbox speaks the reader's, e-mails are Japanese. Names come from the
 * reference data (壱岐市 / Iki City), never from what was stored, so no more than the ids is kept per notice.
 */
@Component
public class NoticeText {

    private final MessageSource messages;
    private final ReferenceData reference;

    NoticeText(MessageSource messages, ReferenceData reference) {
        this.messages = messages;
        this.reference = reference;
    }

    /** One line: 長崎市が推進ロードマップ（…）を提出しました。 */
    public String line(Notice notice, Locale locale) {
        return messages.getMessage("notification.text." + notice.kind().name(), args(notice.municipalityCode(),
                notice.subjectRef(), notice.detail(), locale), locale);
    }

    String subject(Message message) {
        return messages.getMessage("notification.mail.subject." + message.kind().name(),
                args(message.municipalityCode(), message.subjectRef(), message.detail(), Locale.JAPANESE), Locale.JAPANESE);
    }

    String body(Message message, String url) {
        Object[] args = args(message.municipalityCode(), message.subjectRef(), message.detail(), Locale.JAPANESE);
        StringBuilder body = new StringBuilder();
        body.append(messages.getMessage("notification.text." + message.kind().name(), args, Locale.JAPANESE)).append("\n\n");
        if (message.detail() != null && (message.kind() == NotificationKind.RETURNED
                || message.kind() == NotificationKind.PROGRESS_RETURNED)) {
            body.append(messages.getMessage("notification.mail.reason", null, Locale.JAPANESE)).append("\n")
                    .append(message.detail()).append("\n\n");
        }
        body.append(messages.getMessage("notification.mail.open", null, Locale.JAPANESE)).append("\n").append(url)
                .append("\n\n").append(messages.getMessage("notification.mail.footer", null, Locale.JAPANESE)).append("\n");
        return body.toString();
    }

    private Object[] args(@Nullable String municipalityCode, @Nullable String subjectRef, @Nullable String detail,
                          Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String municipality = "";
        if (municipalityCode != null) {
            municipality = reference.municipality(new MunicipalityCode(municipalityCode))
                    .map(m -> english && m.nameEn() != null ? m.nameEn() : m.name()).orElse(municipalityCode);
        }
        // A progress report's subject is its fiscal year (2025年度(令和7年度)); a roadmap's is its template.
        String subject = subjectRef == null ? "" : subjectRef.matches("\\d{4}") ? fiscalYear(subjectRef, english)
                : reference.template(subjectRef).map(t -> english
                ? messages.getMessage("template.edition", new Object[] {t.periods().get(0).number(),
                        t.periods().get(t.periods().size() - 1).number()}, locale)
                : t.name()).orElse(subjectRef);
        return new Object[] {municipality, subject, detail == null ? "" : detail};
    }

    private static String fiscalYear(String year, boolean english) {
        FiscalYear fiscalYear = FiscalYear.of(Integer.parseInt(year));
        return english ? fiscalYear.labelEn() : fiscalYear.label();
    }
}
