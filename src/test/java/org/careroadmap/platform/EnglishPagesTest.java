package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.simple.AbstractSimpleMarkupHandler;
import org.attoparser.simple.SimpleMarkupParser;
import org.careroadmap.SmallUploadLimitTest;
import org.careroadmap.TestActors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An English page is English: no Japanese interface text (kana or kanji) in its text, titles, labels or
 * placeholders. What people wrote (roadmap items, comments, names of staff) is data and stays as written; such
 * text is marked {@code lang="ja"}, which screen readers need anyway, or quoted inside an English sentence
 * (item "退院支援"), and is left out of the check.
 * Shares the 256KB-upload context of SpreadsheetApiTest ({@code @SmallUploadLimitTest}).
 */
@SmallUploadLimitTest
class EnglishPagesTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}、。「」（）【】]");

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "/?all, public",
            "/, editor",
            "/?all, editor",
            "/roadmaps/IKI, public",
            "/roadmaps/IKI, editor",
            "/roadmaps/IKI/history, editor",
            "/roadmaps/IKI/versions, editor",
            "/roadmaps/IKI/versions/compare?from=1&to=0, editor",
            "/review, reviewer",
            "/notifications, editor",
            "/admin/accounts, admin",
            "/account/password, editor",
            "/login, public"})
    void hasNoJapaneseInterfaceText(String path, String who) throws Exception {
        String url = path.replace("IKI", Long.toString(ikiRoadmap())) + (path.contains("?") ? "&" : "?") + "lang=en";
        var request = get(url);
        RequestPostProcessor actor = switch (who) {
            case "editor" -> TestActors.editorOf("422100");
            case "reviewer" -> TestActors.prefectureReviewer();
            case "admin" -> TestActors.prefectureAdmin();
            default -> null;
        };
        if (actor != null) {
            request.with(actor);
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(japaneseInterfaceText(html)).as(url + " as " + who).isEmpty();
    }

    private long ikiRoadmap() throws Exception {
        String json = mvc.perform(get("/api/roadmaps").param("municipality", "422100")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$[0].id")).longValue();
    }

    /** Every piece of text, title, aria-label, alt or placeholder outside lang="ja" that holds Japanese. */
    static List<String> japaneseInterfaceText(String html) throws ParseException {
        List<String> found = new ArrayList<>();
        Deque<Boolean> japaneseData = new ArrayDeque<>();
        japaneseData.push(false);
        new SimpleMarkupParser(ParseConfiguration.htmlConfiguration()).parse(html, new AbstractSimpleMarkupHandler() {
            private final Deque<String> names = new ArrayDeque<>();

            @Override
            public void handleOpenElement(String name, java.util.Map<String, String> attributes, int line, int col) {
                boolean inherited = japaneseData.peek();
                boolean ja = attributes != null && attributes.containsKey("lang")
                        ? attributes.get("lang").startsWith("ja") : inherited;
                boolean code = "script".equals(name) || "style".equals(name) || "code".equals(name);
                japaneseData.push(ja || code);
                names.push(name);
                if (!ja && attributes != null) {
                    for (String a : List.of("title", "aria-label", "alt", "placeholder")) {
                        String v = attributes.get(a);
                        if (v != null && JAPANESE.matcher(withoutQuotedData(v)).find()) {
                            found.add("<" + name + " " + a + "=\"" + v + "\"> (line " + line + ")");
                        }
                    }
                }
            }

            @Override
            public void handleCloseElement(String name, int line, int col) {
                if (!names.isEmpty()) {
                    names.pop();
                    japaneseData.pop();
                }
            }

            @Override
            public void handleStandaloneElement(String name, java.util.Map<String, String> attributes,
                                                boolean minimized, int line, int col) {
                handleOpenElement(name, attributes, line, col);
                handleCloseElement(name, line, col);
            }

            @Override
            public void handleText(char[] buffer, int offset, int len, int line, int col) {
                // A name quoted inside an English sentence (item "退院支援") is data too.
                String text = withoutQuotedData(new String(buffer, offset, len)).strip();
                if (!japaneseData.peek() && JAPANESE.matcher(text).find()) {
                    found.add(text + " (line " + line + ")");
                }
            }
        });
        return found;
    }

    /** A name quoted inside an English sentence or label (item "退院支援") is data, not interface text. */
    private static String withoutQuotedData(String text) {
        return text.replace("&quot;", "\"").replaceAll("\"[^\"]*\"", "\"…\"");
    }
}
