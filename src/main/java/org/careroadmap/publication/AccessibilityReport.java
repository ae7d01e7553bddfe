package org.careroadmap.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The JIS X 8341-3:2016 test result, computed from what the browser tests recorded (axe-core over
 * every public page, Japanese and English): {@code publication/accessibility-results.json}, written
 * by {@code PublicPortalIT} and never edited by hand. Each WCAG 2.1 success criterion of level A and
 * AA gets ○ when axe's rules for it passed on every tested page, × when any rule for it found a
 * violation, and — when no automatic rule checks it (that criterion needs a person's review).
 */
@Service
public class AccessibilityReport {

    static final String RESOURCE = "publication/accessibility-results.json";

    /** One success criterion's row. */
    public record CriterionResult(WcagCriteria.Criterion criterion, boolean checked, boolean violated,
                                  List<String> rules) {

        /** ○, × or － as municipal test-result pages write them. */
        public String mark() {
            return violated ? "×" : checked ? "○" : "－";
        }
    }

    /** The whole result: when, with what, which pages, and per criterion. */
    public record Result(String testedOn, String tool, String browser, String selection, List<String> pages,
                         List<CriterionResult> criteria, int violations) {

        public long checkedCount() {
            return criteria.stream().filter(CriterionResult::checked).count();
        }

        public long passedCount() {
            return criteria.stream().filter(c -> c.checked() && !c.violated()).count();
        }
    }

    private final ObjectMapper json;

    AccessibilityReport(ObjectMapper json) {
        this.json = json;
    }

    /** The recorded result; empty when this build has none (the browser tests have not run yet). */
    public java.util.Optional<Result> result() {
        ClassPathResource resource = new ClassPathResource(RESOURCE);
        if (!resource.exists()) {
            return java.util.Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return java.util.Optional.of(evaluate(json.readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result evaluate(JsonNode recorded) {
        Map<String, Set<String>> passed = new LinkedHashMap<>();
        Map<String, Set<String>> violated = new LinkedHashMap<>();
        List<String> pages = new ArrayList<>();
        int violations = 0;
        for (JsonNode page : recorded.path("pages")) {
            pages.add(page.path("url").asString());
            for (JsonNode rule : page.path("rules")) {
                String result = rule.path("result").asString();
                for (JsonNode tag : rule.path("tags")) {
                    String criterion = WcagCriteria.fromAxeTag(tag.asString());
                    if (criterion == null) {
                        continue;
                    }
                    if ("violation".equals(result)) {
                        violated.computeIfAbsent(criterion, k -> new LinkedHashSet<>()).add(rule.path("id").asString());
                    } else if ("passed".equals(result)) {
                        passed.computeIfAbsent(criterion, k -> new LinkedHashSet<>()).add(rule.path("id").asString());
                    }
                }
                if ("violation".equals(result)) {
                    violations++;
                }
            }
        }
        List<CriterionResult> rows = new ArrayList<>();
        for (WcagCriteria.Criterion c : WcagCriteria.A_AND_AA) {
            Set<String> rules = new LinkedHashSet<>(passed.getOrDefault(c.number(), Set.of()));
            rules.addAll(violated.getOrDefault(c.number(), Set.of()));
            rows.add(new CriterionResult(c, !rules.isEmpty(), violated.containsKey(c.number()), List.copyOf(rules)));
        }
        return new Result(recorded.path("testedOn").asString(), recorded.path("tool").asString(),
                recorded.path("browser").asString(), recorded.path("selection").asString(), pages, rows, violations);
    }
}
