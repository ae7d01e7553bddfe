package org.careroadmap.progress.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.progress.ActivityInput;
import org.careroadmap.progress.ActivityLog;
import org.careroadmap.progress.ArrowStatuses;
import org.careroadmap.progress.EvaluationInput;
import org.careroadmap.progress.IndicatorInput;
import org.careroadmap.progress.Indicators;
import org.careroadmap.progress.ProgressConflictException;
import org.careroadmap.progress.ProgressNotFoundException;
import org.careroadmap.progress.ProgressOverview;
import org.careroadmap.progress.ProgressOverviews;
import org.careroadmap.progress.ProgressReports;
import org.careroadmap.progress.ReportRefusedException;
import org.careroadmap.progress.SelfEvaluations;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.VersionRequiredException;
import org.careroadmap.platform.InvalidValueException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A roadmap's progress pages: the overview of a fiscal year (the chart with each item's rating and
 * each arrow's status, the report and its lifecycle buttons) and an item's own page with its
 * activities, indicators, evaluations and arrows. Plain forms; a refused form comes back with what
 * was typed and the problems next to their fields.
 */
@Controller
@RequestMapping("/roadmaps/{id}/progress")
record ProgressPages(ProgressOverviews overviews, ActivityLog activities, Indicators indicators, SelfEvaluations evaluations, ArrowStatuses arrows, ProgressReports reports, FieldMessages messages) {

    @GetMapping
    String overview(@PathVariable long id, @RequestParam(required = false) @Nullable String year,
                    @RequestParam(required = false) @Nullable String view, Model model) {
        ProgressOverview o;
        try {
            o = overviews.overview(id, readYear(year));
        } catch (InvalidValueException e) {
            throw new ProgressNotFoundException("year " + year);
        }
        model.addAttribute("o", o);
        model.addAttribute("planOnly", "plan".equals(view));
        return "progress/overview";
    }

    @GetMapping("/items/{itemId}")
    String item(@PathVariable long id, @PathVariable String itemId, @RequestParam(required = false) @Nullable String year, Model model) {
        return itemPage(model, id, itemId, readYear(year));
    }

    @PostMapping("/items/{itemId}/activities")
    String addActivity(@PathVariable long id, @PathVariable String itemId, @RequestParam(required = false) @Nullable String fiscalYear,
                       @RequestParam(required = false) @Nullable String arrowId, @RequestParam(required = false) @Nullable String kind,
                       @RequestParam(required = false) @Nullable String title, @RequestParam(required = false) @Nullable String heldOn,
                       @RequestParam(required = false) @Nullable String participants,
                       @RequestParam(required = false) @Nullable List<String> professions,
                       @RequestParam(required = false) @Nullable String note, Model model, RedirectAttributes redirect) {
        ActivityInput input = new ActivityInput(fiscalYear, itemId, arrowId, kind, title, heldOn, participants,
                professions == null ? null : String.join("、", professions), note);
        try {
            activities.add(id, input);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", prefixed("a-", messages.byField(e.problems())));
            model.addAttribute("activityForm", input);
            return itemPage(model, id, itemId, safeYear(fiscalYear));
        } catch (ProgressConflictException e) {
            model.addAttribute("locked", e.detailKey());
            model.addAttribute("activityForm", input);
            return itemPage(model, id, itemId, safeYear(fiscalYear));
        }
        redirect.addFlashAttribute("saved", "progress.saved.activity");
        return back(id, itemId, fiscalYear, "activities");
    }

    @PostMapping("/activities/{activityId}/delete")
    String removeActivity(@PathVariable long id, @PathVariable long activityId, @RequestParam(required = false) @Nullable String itemId,
                          @RequestParam(required = false) @Nullable String fiscalYear, RedirectAttributes redirect) {
        activities.remove(id, activityId);
        redirect.addFlashAttribute("saved", "progress.saved.activityRemoved");
        return itemId == null ? "redirect:/roadmaps/" + id + "/progress" : back(id, itemId, fiscalYear, "activities");
    }

    @PostMapping("/items/{itemId}/indicators")
    String addIndicator(@PathVariable long id, @PathVariable String itemId, @RequestParam(required = false) @Nullable String name,
                        @RequestParam(required = false) @Nullable String unit, @RequestParam(required = false) @Nullable String direction,
                        @RequestParam(required = false) @Nullable String source, @RequestParam(required = false) @Nullable List<String> kinds,
                        @RequestParam(required = false) @Nullable String fiscalYear, Model model, RedirectAttributes redirect) {
        IndicatorInput input = new IndicatorInput(itemId, name, unit, !"lower".equals(direction), source, kinds);
        try {
            indicators.define(id, input);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", prefixed("i-", messages.byField(e.problems())));
            model.addAttribute("indicatorForm", input);
            return itemPage(model, id, itemId, safeYear(fiscalYear));
        }
        redirect.addFlashAttribute("saved", "progress.saved.indicator");
        return back(id, itemId, fiscalYear, "indicators");
    }

    @PostMapping("/indicators/{indicatorId}/values")
    String setValue(@PathVariable long id, @PathVariable long indicatorId, @RequestParam(required = false) @Nullable String itemId,
                    @RequestParam(required = false) @Nullable String fiscalYear, @RequestParam(required = false) @Nullable String target,
                    @RequestParam(required = false) @Nullable String actual, Model model, RedirectAttributes redirect) {
        try {
            indicators.setValue(id, indicatorId, fiscalYear, target, actual);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", prefixed("v" + indicatorId + "-", messages.byField(e.problems())));
            return itemPage(model, id, itemId, safeYear(fiscalYear));
        } catch (ProgressConflictException e) {
            model.addAttribute("locked", e.detailKey());
            return itemPage(model, id, itemId, safeYear(fiscalYear));
        }
        redirect.addFlashAttribute("saved", "progress.saved.value");
        return back(id, itemId, fiscalYear, "indicators");
    }

    @PostMapping("/indicators/{indicatorId}/delete")
    String removeIndicator(@PathVariable long id, @PathVariable long indicatorId, @RequestParam(required = false) @Nullable String itemId,
                           @RequestParam(required = false) @Nullable String fiscalYear, RedirectAttributes redirect) {
        indicators.remove(id, indicatorId);
        redirect.addFlashAttribute("saved", "progress.saved.indicatorRemoved");
        return back(id, itemId, fiscalYear, "indicators");
    }

    @PostMapping("/items/{itemId}/evaluations")
    String evaluate(@PathVariable long id, @PathVariable String itemId, @RequestParam(required = false) @Nullable String fiscalYear,
                    @RequestParam(required = false) @Nullable String stage, @RequestParam(required = false) @Nullable String done,
                    @RequestParam(required = false) @Nullable String rating, @RequestParam(required = false) @Nullable String issues,
                    @RequestParam(required = false) @Nullable String nextSteps, Model model, RedirectAttributes redirect) {
        EvaluationInput input = new EvaluationInput(done, rating, issues, nextSteps);
        String prefix = "INTERIM".equals(stage) ? "ei-" : "ey-";
        try {
            evaluations.save(id, itemId, fiscalYear, stage, input);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", prefixed(prefix, messages.byField(e.problems())));
            model.addAttribute(prefix.equals("ei-") ? "interimForm" : "yearEndForm", input);
            return itemPage(model, id, itemId, safeYear(fiscalYear));
        } catch (ProgressConflictException e) {
            model.addAttribute("locked", e.detailKey());
            model.addAttribute(prefix.equals("ei-") ? "interimForm" : "yearEndForm", input);
            return itemPage(model, id, itemId, safeYear(fiscalYear));
        }
        redirect.addFlashAttribute("saved", "progress.saved.evaluation");
        return back(id, itemId, fiscalYear, "evaluations");
    }

    @PostMapping("/arrows/{arrowId}/status")
    String arrowStatus(@PathVariable long id, @PathVariable String arrowId, @RequestParam(required = false) @Nullable String itemId,
                       @RequestParam(required = false) @Nullable String fiscalYear, @RequestParam(required = false) @Nullable String status,
                       @RequestParam(required = false) @Nullable String note, @RequestParam(required = false) @Nullable String notedOn,
                       Model model, RedirectAttributes redirect) {
        try {
            arrows.set(id, arrowId, status, note, notedOn);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", prefixed("s" + arrowId + "-", messages.byField(e.problems())));
            return itemPage(model, id, itemId, safeYear(fiscalYear));
        }
        redirect.addFlashAttribute("saved", "progress.saved.arrow");
        return back(id, itemId, fiscalYear, "arrows");
    }

    @PostMapping("/reports/{year}/{step}")
    String step(@PathVariable long id, @PathVariable String year, @PathVariable String step,
                @RequestParam(required = false) @Nullable String version, @RequestParam(required = false) @Nullable String comment,
                RedirectAttributes redirect) {
        String to = "redirect:" + UriComponentsBuilder.fromPath("/roadmaps/{id}/progress").queryParam("year", "{year}")
                .buildAndExpand(id, year).encode().toUriString();
        try {
            reports.take(id, year, step, parseVersion(version), comment);
            redirect.addFlashAttribute("saved", "progress.saved.report." + step.toLowerCase(java.util.Locale.ROOT));
        } catch (ReportRefusedException e) {
            redirect.addFlashAttribute("unrated", e.unratedItems());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("reportError", messages.byField(e.problems()).values().iterator().next());
        } catch (ProgressConflictException e) {
            redirect.addFlashAttribute("locked", e.detailKey());
        }
        return to;
    }

    private String itemPage(Model model, long id, @Nullable String itemId, @Nullable String year) {
        ProgressOverview o;
        try {
            o = overviews.overview(id, year);
        } catch (InvalidValueException e) {
            o = overviews.overview(id, null);
        }
        ProgressOverview.ItemProgress item = o.item(itemId).orElseThrow(() -> new ProgressNotFoundException("item " + itemId));
        model.addAttribute("o", o);
        model.addAttribute("ip", item);
        return "progress/item";
    }

    private static String back(long id, @Nullable String itemId, @Nullable String year, String anchor) {
        return "redirect:" + UriComponentsBuilder.fromPath("/roadmaps/{id}/progress/items/{item}")
                .queryParamIfPresent("year", java.util.Optional.ofNullable(year).filter(y -> !y.isBlank()))
                .fragment(anchor).buildAndExpand(id, itemId).encode().toUriString();
    }

    private static Map<String, String> prefixed(String prefix, Map<String, String> errors) {
        Map<String, String> result = new java.util.LinkedHashMap<>();
        errors.forEach((k, v) -> result.put(prefix + k, v));
        return result;
    }

    /** A year typed in a form that cannot be read falls back to the default year for showing the page again. */
    private static @Nullable String safeYear(@Nullable String year) {
        try {
            return year == null || year.isBlank() ? null : Integer.toString(org.careroadmap.reference.FiscalYear.parse(year).value());
        } catch (InvalidValueException e) {
            return null;
        }
    }

    private static @Nullable String readYear(@Nullable String year) {
        try {
            return year == null || year.isBlank() ? null : Integer.toString(org.careroadmap.reference.FiscalYear.parse(year).value());
        } catch (InvalidValueException e) {
            throw new ProgressNotFoundException("year " + year);
        }
    }

    /** The report's version the form was based on; a missing or mangled one is 428, as in the API and roadmap forms. */
    static long parseVersion(@Nullable String version) {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new VersionRequiredException();
        }
    }
}
