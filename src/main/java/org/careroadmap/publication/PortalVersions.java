package org.careroadmap.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.careroadmap.platform.PrefectureCode;
import org.springframework.stereotype.Service;

/**
 * What a public page kept in memory shows, as one cheap token read on every request: the portal's pages
 * ({@code /public/42}, {@code /public/422100}) by their prefecture's {@link PortalChanges count} (one keyed
 * row: roadmaps, and every {@link PortalSection}), the catalogue by all prefectures' counts; and today's date,
 * as the pages say what day they are as of. Read from the database, so a change saved on any node shows at once.
 */
@Service
public class PortalVersions {

    private final PortalChanges changes;
    private final Clock clock;

    PortalVersions(PortalChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** The token of a prefecture's (two digits) or municipality's (six) page; empty for any other address. */
    public Optional<String> of(String placeCode) {
        if (!placeCode.matches("\\d{6}") && !PrefectureCode.isValid(placeCode)) {
            return Optional.empty();
        }
        return Optional.of(changes.of(placeCode.substring(0, 2)) + "|" + today());
    }

    /** The token of the data catalogue (the page and its DCAT), which covers every prefecture. */
    public String catalogue() {
        return changes.everywhere() + "|" + today();
    }

    /**
     * The entity tag of a page under its token, the same whether the page is built or served from memory, so a
     * reader's copy can be answered 304 before anything is built. Signed-in readers' pages carry their name.
     */
    public static String etag(String path, Locale language, String token, boolean signedIn) {
        return "\"" + Digest.of(path + '|' + language.toLanguageTag() + '|' + token) + (signedIn ? "-s" : "") + "\"";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(JapaneseDates.JAPAN));
    }
}
