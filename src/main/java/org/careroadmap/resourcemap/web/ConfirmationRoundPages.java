package org.careroadmap.resourcemap.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.Municipality;
import org.careroadmap.resourcemap.ConfirmationRound;
import org.careroadmap.resourcemap.ConfirmationRounds;
import org.careroadmap.resourcemap.ResourceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.jspecify.annotations.Nullable;

/** The editor's 確認依頼 page: start this year's round with a deadline, see who answered, remind the others. */
@Controller
record ConfirmationRoundPages(ConfirmationRounds rounds, ResourceService resources, ResourceForm form, FieldMessages messages) {

    @GetMapping("/map/{code}/rounds")
    String round(@PathVariable String code, Model model) {
        resources.requireEditorRole();
        return show(form.municipality(code), Map.of(), null, model);
    }

    @PostMapping("/map/{code}/rounds")
    String start(@PathVariable String code, @RequestParam(required = false) String fiscalYear,
                 @RequestParam(required = false) String deadline, Model model, HttpServletResponse response) {
        resources.requireEditorRole();
        Municipality m = form.municipality(code);
        try {
            rounds.start(m.code().value(), fiscalYear, deadline);
        } catch (InvalidValueException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String field = e.messageKey().startsWith("fiscalYear") ? "fiscalYear" : "deadline";
            return show(m, Map.of(field, messages.message(FieldProblem.of(field, e))), deadline, model);
        }
        return "redirect:/map/" + m.code().value() + "/rounds?started";
    }

    @PostMapping("/map/rounds/{id}/remind")
    String remind(@PathVariable long id) {
        resources.requireEditorRole();
        long open = rounds.remind(id);
        String code = rounds.municipalityOf(id);
        return "redirect:/map/" + code + "/rounds?reminded=" + open;
    }

    private String show(Municipality m, Map<String, String> errors, @Nullable String deadline, Model model) {
        ConfirmationRound round = rounds.latest(m.code().value()).orElse(null);
        model.addAttribute("municipality", m);
        model.addAttribute("round", round);
        model.addAttribute("errors", errors);
        model.addAttribute("deadline", deadline == null ? resources.today().plusMonths(1).toString() : deadline);
        model.addAttribute("thisYear", org.careroadmap.reference.FiscalYear.containing(resources.today()));
        model.addAttribute("today", resources.today());
        return "resourcemap/rounds";
    }
}
