package org.careroadmap.evaluation.web;

import java.util.List;

import org.careroadmap.evaluation.EvaluationOverview;
import org.careroadmap.evaluation.EvaluationRounds;
import org.careroadmap.evaluation.EvaluationSheets;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The prefecture's side of the evaluation: the overview of a year (every 市町 × A–H, overdue ones marked and
 * filterable) and its rounds; and where the header's link leads each person.
 */
@Controller
record OverviewPages(EvaluationOverview overview, EvaluationRounds rounds, EvaluationSheets sheets,
                     CurrentActor currentActor, FieldMessages messages) {

    /** Every 市町 of the year; {@code filter=overdue} keeps those past the deadline that have not submitted. */
    @GetMapping("/evaluation")
    String overview(@RequestParam(required = false) String year, @RequestParam(required = false) String filter, Model model) {
        var actor = currentActor.get();
        if (actor.role() == null || !actor.role().isPrefectureRole()) {
            throw new AccessDeniedException("prefecture staff only");
        }
        List<FiscalYear> years = rounds.roundYears(actor.requiredPrefectureCode());
        FiscalYear shown = year != null ? Web.year(year)
                : years.isEmpty() ? FiscalYear.containing(overview.today()) : years.get(0);
        boolean overdueOnly = "overdue".equals(filter);
        var round = rounds.round(actor.requiredPrefectureCode(), shown).orElse(null);
        var rows = overview.overview(shown, overdueOnly, round);
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("sheetYears", sheets.years(actor.requiredPrefectureCode()));
        model.addAttribute("round", round);
        model.addAttribute("rows", rows.stream().map(OverviewLine::of).toList());
        model.addAttribute("overdueOnly", overdueOnly);
        model.addAttribute("overdueCount", overdueOnly ? rows.size() : rows.stream().filter(r -> r.overdue()).count());
        model.addAttribute("categories", CategoryCode.values());
        return "evaluation/overview";
    }

    @PostMapping("/evaluation/rounds")
    String openRound(@RequestParam(required = false) String fiscalYear, @RequestParam(required = false) String deadline,
                     RedirectAttributes redirect) {
        try {
            var round = rounds.openRound(fiscalYear, deadline);
            redirect.addFlashAttribute("saved", "evaluation.round.opened");
            return "redirect:/evaluation?year=" + round.fiscalYear().value();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", Web.all(messages, e));
            return "redirect:/evaluation";
        }
    }

    @PostMapping("/evaluation/rounds/{id}/close")
    String closeRound(@PathVariable long id, RedirectAttributes redirect) {
        rounds.closeRound(id);
        redirect.addFlashAttribute("saved", "evaluation.round.closedNow");
        return "redirect:/evaluation";
    }

    /** Where the header's link leads: the prefecture's overview, or one's own municipality's evaluation. */
    @GetMapping("/evaluation/home")
    String home() {
        var actor = currentActor.get();
        if (actor.role() != null && actor.role().isPrefectureRole()) {
            return "redirect:/evaluation";
        }
        if (actor.municipalityCode() == null) {
            throw new AccessDeniedException("no municipality");
        }
        return "redirect:/evaluation/" + actor.municipalityCode();
    }
}
