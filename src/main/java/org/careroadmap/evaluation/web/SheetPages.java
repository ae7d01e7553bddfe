package org.careroadmap.evaluation.web;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.careroadmap.evaluation.EvaluationSheets;
import org.careroadmap.evaluation.EvaluationNotFoundException;
import org.careroadmap.platform.BasedOnVersion;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The evaluation sheet's versions: read by the prefecture's staff, kept by the 県管理者. */
@Controller
class SheetPages {

    private final EvaluationSheets sheets;
    private final CurrentActor currentActor;
    private final FieldMessages messages;

    SheetPages(EvaluationSheets sheets, CurrentActor currentActor, FieldMessages messages) {
        this.sheets = sheets;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    @GetMapping("/evaluation/sheets")
    String list(Model model) {
        String prefecture = prefecture();
        var years = sheets.years(prefecture);
        if (!years.isEmpty()) {
            return "redirect:/evaluation/sheets/" + years.get(0).value();
        }
        model.addAttribute("years", years);
        model.addAttribute("categories", CategoryCode.values());
        return "evaluation/sheet";
    }

    @GetMapping("/evaluation/sheets/{year}")
    String sheet(@PathVariable String year, Model model) {
        String prefecture = prefecture();
        FiscalYear fy = Web.year(year);
        model.addAttribute("years", sheets.years(prefecture));
        model.addAttribute("sheet", sheets.sheet(prefecture, fy).orElseThrow(() -> new EvaluationNotFoundException("sheet")));
        model.addAttribute("categories", CategoryCode.values());
        return "evaluation/sheet";
    }

    @PostMapping("/evaluation/sheets")
    String create(@RequestParam(required = false) String fiscalYear, RedirectAttributes redirect) {
        try {
            var sheet = sheets.create(fiscalYear);
            redirect.addFlashAttribute("saved", "evaluation.sheet.created");
            return "redirect:/evaluation/sheets/" + sheet.fiscalYear().value();
        } catch (InvalidInputException e) {
            refused("create", e, redirect);
            // Straight to the page that shows the form: /evaluation/sheets redirects on, and the flash would not follow.
            var years = sheets.years(prefecture());
            return years.isEmpty() ? "redirect:/evaluation/sheets" : "redirect:/evaluation/sheets/" + years.get(0).value();
        }
    }

    @PostMapping("/evaluation/sheets/{year}/criteria")
    String addCriterion(@PathVariable String year, @RequestParam(required = false) String version,
                        @RequestParam(required = false) String category, @RequestParam(required = false) String text,
                        @RequestParam(required = false) String answerType, @RequestParam(required = false) String maxPoints,
                        @RequestParam(required = false) String weight, RedirectAttributes redirect) {
        FiscalYear fy = Web.year(year);
        return change(fy, "criterion", redirect, () -> sheets.addCriterion(fy, BasedOnVersion.fromForm(version), category, text, answerType, maxPoints, weight));
    }

    @PostMapping("/evaluation/sheets/{year}/criteria/{criterionId}/delete")
    String removeCriterion(@PathVariable String year, @PathVariable long criterionId,
                           @RequestParam(required = false) String version, RedirectAttributes redirect) {
        FiscalYear fy = Web.year(year);
        return change(fy, "remove", redirect, () -> sheets.removeCriterion(fy, BasedOnVersion.fromForm(version), criterionId));
    }

    @PostMapping("/evaluation/sheets/{year}/questions")
    String addQuestion(@PathVariable String year, @RequestParam(required = false) String version,
                       @RequestParam(required = false) String category, @RequestParam(required = false) String text,
                       RedirectAttributes redirect) {
        FiscalYear fy = Web.year(year);
        return change(fy, "question", redirect, () -> sheets.addQuestion(fy, BasedOnVersion.fromForm(version), category, text));
    }

    @PostMapping("/evaluation/sheets/{year}/questions/{questionId}/delete")
    String removeQuestion(@PathVariable String year, @PathVariable long questionId,
                          @RequestParam(required = false) String version, RedirectAttributes redirect) {
        FiscalYear fy = Web.year(year);
        return change(fy, "remove", redirect, () -> sheets.removeQuestion(fy, BasedOnVersion.fromForm(version), questionId));
    }

    @PostMapping("/evaluation/sheets/{year}/settings")
    String settings(@PathVariable String year, @RequestParam(required = false) String version,
                    @RequestParam(required = false) String thresholdPercent, @RequestParam Map<String, String> params,
                    RedirectAttributes redirect) {
        FiscalYear fy = Web.year(year);
        Map<CategoryCode, String> labels = new EnumMap<>(CategoryCode.class);
        for (CategoryCode c : CategoryCode.values()) {
            labels.put(c, params.get("label" + c.name()));
        }
        return change(fy, "settings", redirect, () -> sheets.changeSettings(fy, BasedOnVersion.fromForm(version), thresholdPercent, labels));
    }

    @PostMapping("/evaluation/sheets/{year}/import")
    String importList(@PathVariable String year, @RequestParam(required = false) String version,
                      @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        FiscalYear fy = Web.year(year);
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return change(fy, "import", redirect, () -> sheets.importList(fy, BasedOnVersion.fromForm(version), name, bytes));
    }

    private String change(FiscalYear year, String form, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", "evaluation.saved");
        } catch (InvalidInputException e) {
            refused(form, e, redirect);
        }
        return "redirect:/evaluation/sheets/" + year.value();
    }

    /**
     * Every problem in the summary, and each beside its field (by the input's name) in the form that was sent: the
     * criterion's and the question's forms both have a category and a text, so the page asks which form it was.
     */
    private void refused(String form, InvalidInputException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errors", Web.all(messages, e));
        redirect.addFlashAttribute("refusedForm", form);
        redirect.addFlashAttribute("fieldErrors", messages.byField(e.problems()));
    }

    private String prefecture() {
        var actor = currentActor.get();
        if (actor.role() == null || !actor.role().isPrefectureRole()) {
            throw new AccessDeniedException("prefecture staff only");
        }
        return actor.requiredPrefectureCode();
    }
}
