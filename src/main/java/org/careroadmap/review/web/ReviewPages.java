package org.careroadmap.review.web;

import org.careroadmap.platform.FieldMessages;
import org.careroadmap.reference.InvalidInputException;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.review.Dashboard;
import org.careroadmap.review.SubmissionRounds;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The prefecture's dashboard and its submission rounds. */
@Controller
class ReviewPages {

    private final Dashboard dashboard;
    private final SubmissionRounds rounds;
    private final ReferenceData reference;
    private final FieldMessages messages;

    ReviewPages(Dashboard dashboard, SubmissionRounds rounds, ReferenceData reference, FieldMessages messages) {
        this.dashboard = dashboard;
        this.rounds = rounds;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/review")
    String dashboard(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                     Model model) {
        model.addAttribute("view", dashboard.view(sort, "desc".equals(dir)));
        model.addAttribute("sort", sort == null ? "code" : sort);
        model.addAttribute("dir", "desc".equals(dir) ? "desc" : "asc");
        model.addAttribute("templates", reference.templates());
        model.addAttribute("categories", org.careroadmap.reference.CategoryCode.values());
        return "review/dashboard";
    }

    @PostMapping("/review/rounds")
    String open(@RequestParam(required = false) String fiscalYear, @RequestParam(required = false) String deadline,
                @RequestParam(required = false) String templateId, RedirectAttributes redirect) {
        try {
            rounds.open(fiscalYear, deadline, templateId);
            redirect.addFlashAttribute("saved", "round.opened");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("roundErrors", messages.byField(e.problems()));
        }
        return "redirect:/review";
    }

    @PostMapping("/review/rounds/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        rounds.close(id);
        redirect.addFlashAttribute("saved", "round.closed");
        return "redirect:/review";
    }
}
