package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Japanese first, English always: every bundle pair named in {@code spring.messages.basename}
 * ({@code messages}, {@code insight-messages}, …) holds the same keys in both languages, no key is
 * defined in two bundles, and templates hold no untranslated text.
 */
class MessageBundlesTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final Pattern MESSAGE_USE = Pattern.compile("#\\{([a-zA-Z0-9.]+)[}(]");

    @Test
    void theBasenamesStartWithTheSharedBundle() throws IOException {
        assertThat(basenames()).first().isEqualTo("messages");
    }

    @Test
    void japaneseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        for (String basename : basenames()) {
            Set<String> ja = load("/" + basename + ".properties").stringPropertyNames();
            Set<String> en = load("/" + basename + "_en.properties").stringPropertyNames();
            assertThat(new TreeSet<>(en)).as("keys of %s in English but not Japanese", basename).containsAll(ja);
            assertThat(new TreeSet<>(ja)).as("keys of %s in Japanese but not English", basename).containsAll(en);
        }
    }

    /** The first bundle with a key wins, so a key defined twice would silently hide one of them. */
    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String basename : basenames()) {
            for (String key : load("/" + basename + ".properties").stringPropertyNames()) {
                String first = owner.putIfAbsent(key, basename);
                if (first != null) {
                    twice.add(key + " in " + first + " and " + basename);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String basename : basenames()) {
            keys.addAll(load("/" + basename + ".properties").stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE_USE.matcher(Files.readString(template));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(template.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Japanese text in a template must be the placeholder of a {@code th:text} (replaced at render
     * time from the bundle); anywhere else it would show untranslated in English.
     */
    @Test
    void templatesHaveNoHardCodedJapaneseText() throws IOException {
        Pattern textNode = Pattern.compile("<([a-zA-Z0-9]+)([^<>]*)>([^<>]*)<");
        Pattern plainAttribute = Pattern.compile("\\s(?!th:|data-th)[a-zA-Z-]+=\"([^\"]*)\"");
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            Matcher m = textNode.matcher(html);
            while (m.find()) {
                String attributes = m.group(2);
                String text = m.group(3);
                boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext")
                        || attributes.contains("th:replace") || m.group(1).equals("title");
                if (JAPANESE.matcher(text).find() && !replaced) {
                    offences.add(template.getFileName() + ": " + text.strip());
                }
                Matcher a = plainAttribute.matcher(attributes);
                while (a.find()) {
                    if (JAPANESE.matcher(a.group(1)).find()) {
                        offences.add(template.getFileName() + ": attribute " + a.group());
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    /** The bundles the application reads, from {@code spring.messages.basename} in application.properties. */
    private static List<String> basenames() throws IOException {
        String value = load("/application.properties").getProperty("spring.messages.basename");
        assertThat(value).as("spring.messages.basename").isNotBlank();
        return Arrays.stream(value.split(",")).map(String::strip).filter(b -> !b.isEmpty()).toList();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
