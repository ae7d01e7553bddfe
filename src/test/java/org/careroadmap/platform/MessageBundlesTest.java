package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Japanese first, English always: both bundles hold the same keys and templates hold no untranslated text. */
class MessageBundlesTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final Pattern MESSAGE_USE = Pattern.compile("#\\{([a-zA-Z0-9.]+)[}(]");

    /** Every bundle named in {@code spring.messages.basename}. */
    private static final List<String> BUNDLES = List.of("messages", "spreadsheet-messages");

    @Test
    void japaneseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            Set<String> ja = load("/" + bundle + ".properties").stringPropertyNames();
            Set<String> en = load("/" + bundle + "_en.properties").stringPropertyNames();
            assertThat(new TreeSet<>(en)).as("keys in English but not Japanese in " + bundle).containsAll(ja);
            assertThat(new TreeSet<>(ja)).as("keys in Japanese but not English in " + bundle).containsAll(en);
        }
    }

    @Test
    void bundlesDoNotDefineTheSameKeyTwice() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (String bundle : BUNDLES) {
            for (String key : load("/" + bundle + ".properties").stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(bundle + ": " + key);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyBundleIsConfigured() throws IOException {
        Properties application = load("/application.properties");
        assertThat(application.getProperty("spring.messages.basename").split(","))
                .containsExactlyInAnyOrderElementsOf(BUNDLES);
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : BUNDLES) {
            keys.addAll(load("/" + bundle + ".properties").stringPropertyNames());
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

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
