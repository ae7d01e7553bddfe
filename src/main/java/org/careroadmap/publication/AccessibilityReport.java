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
import org.jspecify.annotations.Nullable;

/**
 * The JIS X 8341-3:2016 test result, computed from what the browser tests recorded (axe-core over
 * every public page, Japanese and English): {@code publication/accessibility-results.json}, written
 * by {@code PublicPortalIT} and never edited by hand. Each WCAG 2.1 success criterion of level A and
 * AA gets ○ when axe's rules for it passed on every tested page, × when any rule for it found a
 * violation, － with 適用なし when axe's rules for it found nothing of their kind on any page (no image,
 * no video …), and － when no automatic rule checks it (that criterion needs a person's review).
 */
@Service
public class AccessibilityReport {

    static final String RESOURCE = "publication/accessibility-results.json";

    /** One success criterion's row. */
    public record CriterionResult(WcagCriteria.Criterion criterion, boolean checked, boolean violated,
                                  boolean notApplicable, List<String> rules) {

        /** The success criterion's number, e.g. {@code 1.4.3}. */
        public String number() {
            return criterion.number();
        }

        /** ○, × or － as municipal test-result pages write them. */
        public String mark() {
            return violated ? "×" : checked ? "○" : "－";
        }
    }

    /** The whole result: when, with what, which pages, and per criterion. */
    public record Result(String testedOn, String tool, String browser, String selection, List<String> pages,
                         List<CriterionResult> criteria, int violations) {

        /** The day the result was recorded (Japan time), or null in a result without one. */
        public java.time.@Nullable LocalDate testedDay() {
            try {
                return java.time.LocalDate.parse(testedOn);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }

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

    /** The result a recording gives: per criterion ○, × or －, with the pages and the date (also for the browser test). */
    public static Result evaluate(JsonNode recorded) {
        Map<String, Map<String, Set<String>>> byOutcome = new LinkedHashMap<>();
        List<String> pages = new ArrayList<>();
        int violations = 0;
        for (JsonNode page : recorded.path("pages")) {
            pages.add(page.path("url").asString());
            violations += page.path("violation").size();
            for (String outcome : List.of("passed", "violation", "inapplicable")) {
                Map<String, Set<String>> into = byOutcome.computeIfAbsent(outcome, k -> new LinkedHashMap<>());
                for (JsonNode id : page.path(outcome)) {
                    String rule = id.asString();
                    for (JsonNode tag : recorded.path("rules").path(rule)) {
                        String criterion = WcagCriteria.fromAxeTag(tag.asString());
                        if (criterion != null) {
                            into.computeIfAbsent(criterion, k -> new LinkedHashSet<>()).add(rule);
                        }
                    }
                }
            }
        }
        List<CriterionResult> rows = new ArrayList<>();
        for (WcagCriteria.Criterion c : WcagCriteria.A_AND_AA) {
            rows.add(row(c, byOutcome.getOrDefault("passed", Map.of()), byOutcome.getOrDefault("violation", Map.of()),
                    byOutcome.getOrDefault("inapplicable", Map.of())));
        }
        return new Result(recorded.path("testedOn").asString(), recorded.path("tool").asString(),
                recorded.path("browser").asString(), recorded.path("selection").asString(), pages, rows, violations);
    }

    private static CriterionResult row(WcagCriteria.Criterion c, Map<String, Set<String>> passed,
                                       Map<String, Set<String>> violated, Map<String, Set<String>> inapplicable) {
        Set<String> rules = new LinkedHashSet<>(passed.getOrDefault(c.number(), Set.of()));
        rules.addAll(violated.getOrDefault(c.number(), Set.of()));
        // Rules that found nothing to check on any page (no images, no video …): the criterion does not apply there.
        boolean notApplicable = rules.isEmpty() && inapplicable.containsKey(c.number());
        if (notApplicable) {
            rules.addAll(inapplicable.get(c.number()));
        }
        return new CriterionResult(c, !notApplicable && !rules.isEmpty(), violated.containsKey(c.number()),
                notApplicable, List.copyOf(rules));
    }
}
