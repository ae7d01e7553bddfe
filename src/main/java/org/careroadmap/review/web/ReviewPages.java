package org.careroadmap.review.web;

import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.InvalidInputException;
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
    private final org.careroadmap.review.DashboardWorkbook workbook;

    ReviewPages(Dashboard dashboard, SubmissionRounds rounds, ReferenceData reference, FieldMessages messages,
                org.careroadmap.review.DashboardWorkbook workbook) {
        this.workbook = workbook;
        this.dashboard = dashboard;
        this.rounds = rounds;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/review")
    String dashboard(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                     @RequestParam(required = false) String edition, Model model) {
        model.addAttribute("view", dashboard.view(sort, "desc".equals(dir), edition));
        model.addAttribute("sort", sort == null ? "code" : sort);
        model.addAttribute("dir", "desc".equals(dir) ? "desc" : "asc");
        model.addAttribute("templates", reference.templates());
        model.addAttribute("categories", org.careroadmap.reference.CategoryCode.values());
        return "review/dashboard";
    }

    @GetMapping("/review.xlsx")
    org.springframework.http.ResponseEntity<byte[]> workbook(@RequestParam(required = false) String sort,
                                                            @RequestParam(required = false) String dir,
                                                            @RequestParam(required = false) String edition) {
        byte[] bytes = workbook.write(dashboard.view(sort, "desc".equals(dir), edition));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment().filename("dashboard.xlsx").build().toString())
                .body(bytes);
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
