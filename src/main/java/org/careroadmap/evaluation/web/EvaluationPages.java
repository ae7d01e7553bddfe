package org.careroadmap.evaluation.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.careroadmap.evaluation.DailyLivingAreas;
import org.careroadmap.evaluation.EvaluationStep;
import org.careroadmap.evaluation.EvaluationView;
import org.careroadmap.evaluation.EvaluationUseCases;
import org.careroadmap.evaluation.AnswerInput;
import org.careroadmap.evaluation.SurveyInput;
import org.careroadmap.platform.BasedOnVersion;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.careroadmap.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation's working pages: the prefecture's overview and rounds, a municipality's areas and years, and
 * one year's evaluation (answers grid, 住民の実感, base figures, hearing, texts, lifecycle). Thin: each action
 * calls one service method; the services check role and municipality.
 */
@Controller
record EvaluationPages(EvaluationUseCases evaluations, DailyLivingAreas areas, CurrentActor currentActor,
                       FieldMessages messages) {

    // ------------------------------------------------------------ a municipality

    @GetMapping("/evaluation/{code}")
    String municipality(@PathVariable String code, Model model) {
        var municipality = evaluations.views().readableMunicipality(code);
        model.addAttribute("municipality", municipality);
        model.addAttribute("areas", areas.of(code));
        model.addAttribute("years", evaluations.rounds().roundYears(municipality.prefectureCode()));
        model.addAttribute("publishedYears", evaluations.views().publishedYears(code));
        return "evaluation/municipality";
    }

    @PostMapping("/evaluation/{code}/areas")
    String addArea(@PathVariable String code, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            areas.add(code, form.get("code"), form.get("name"), form.get("description"), form.get("firstYear"),
                    form.get("retiredFromYear"));
            redirect.addFlashAttribute("saved", "evaluation.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", Web.all(messages, e));
            redirect.addFlashAttribute("typed", form);
        }
        return "redirect:/evaluation/" + code;
    }

    @PostMapping("/evaluation/{code}/areas/{areaId}")
    String updateArea(@PathVariable String code, @PathVariable long areaId, @RequestParam(required = false) String version,
                      @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            areas.update(code, areaId, BasedOnVersion.fromForm(version), form.get("code"), form.get("name"), form.get("description"),
                    form.get("firstYear"), form.get("retiredFromYear"));
            redirect.addFlashAttribute("saved", "evaluation.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", Web.all(messages, e));
        }
        return "redirect:/evaluation/" + code;
    }

    // ------------------------------------------------------------ one year's evaluation

    @GetMapping("/evaluation/{code}/{year}")
    String evaluation(@PathVariable String code, @PathVariable String year, Model model) {
        return show(evaluations.views().view(code, Web.year(year)), model, Map.of());
    }

    @PostMapping("/evaluation/{code}/{year}/answers")
    ModelAndView answers(@PathVariable String code, @PathVariable String year, @RequestParam(required = false) String version,
                         @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        FiscalYear fy = Web.year(year);
        List<AnswerInput> inputs = new ArrayList<>();
        form.forEach((name, value) -> {
            if (name.startsWith("a.")) {
                String[] parts = name.split("\\.");
                if (parts.length == 3 && parts[1].matches("\\d{1,18}") && parts[2].matches("\\d{1,18}")) {
                    inputs.add(new AnswerInput(Long.parseLong(parts[1]), Long.parseLong(parts[2]), value,
                            form.get("n." + parts[1] + "." + parts[2])));
                }
            }
        });
        try {
            evaluations.answers().saveAnswers(code, fy, BasedOnVersion.fromForm(version), inputs);
            redirect.addFlashAttribute("saved", "evaluation.saved");
            return new ModelAndView("redirect:/evaluation/" + code + "/" + fy.value());
        } catch (InvalidInputException e) {
            // Shown again with everything typed, nothing saved.
            Model model = new org.springframework.ui.ExtendedModelMap();
            model.addAttribute("errors", Web.all(messages, e));
            String view = show(evaluations.views().view(code, fy), model, form);
            ModelAndView page = new ModelAndView(view, model.asMap());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
    }

    @PostMapping("/evaluation/{code}/{year}/survey")
    String survey(@PathVariable String code, @PathVariable String year, @RequestParam(required = false) String version,
                  @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        FiscalYear fy = Web.year(year);
        Map<String, String[]> byKey = new HashMap<>();
        form.forEach((name, value) -> {
            String[] parts = name.split("\\.");
            if (parts.length == 3 && (parts[0].equals("r") || parts[0].equals("p"))) {
                String[] pair = byKey.computeIfAbsent(parts[1] + "." + parts[2], k -> new String[2]);
                pair[parts[0].equals("r") ? 0 : 1] = value;
            }
        });
        List<SurveyInput> inputs = new ArrayList<>();
        byKey.forEach((key, pair) -> {
            String[] ids = key.split("\\.");
            inputs.add(new SurveyInput(ids[0], ids[1], pair[0], pair[1]));
        });
        return act(code, fy, redirect, () -> evaluations.surveys().saveSurvey(code, fy, BasedOnVersion.fromForm(version), inputs, false));
    }

    @PostMapping("/evaluation/{code}/{year}/survey/import")
    String importSurvey(@PathVariable String code, @PathVariable String year, @RequestParam(required = false) String version,
                        @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        FiscalYear fy = Web.year(year);
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return act(code, fy, redirect, () -> evaluations.surveys().importSurvey(code, fy, BasedOnVersion.fromForm(version), name, bytes));
    }

    @PostMapping("/evaluation/{code}/{year}/figures")
    String figures(@PathVariable String code, @PathVariable String year, @RequestParam Map<String, String> form,
                   RedirectAttributes redirect) {
        FiscalYear fy = Web.year(year);
        return act(code, fy, redirect, () -> {
            evaluations.figures().saveFigures(code, fy, form, "true".equals(form.get("confirm")));
            return 0;
        });
    }

    @PostMapping("/evaluation/{code}/{year}/figures/import")
    String importFigures(@PathVariable String code, @PathVariable String year,
                         @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        FiscalYear fy = Web.year(year);
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return act(code, fy, redirect, () -> evaluations.figures().importFigures(code, fy, name, bytes));
    }

    @PostMapping("/evaluation/{code}/{year}/hearing")
    String hearing(@PathVariable String code, @PathVariable String year, @RequestParam(required = false) String version,
                   @RequestParam(required = false) String hearingDate, @RequestParam(required = false) String participants,
                   RedirectAttributes redirect) {
        FiscalYear fy = Web.year(year);
        return act(code, fy, redirect, () -> evaluations.hearings().recordHearing(code, fy, BasedOnVersion.fromForm(version), hearingDate, participants));
    }

    @PostMapping("/evaluation/{code}/{year}/texts")
    String addText(@PathVariable String code, @PathVariable String year, @RequestParam(required = false) String version,
                   @RequestParam(required = false) String kind, @RequestParam(required = false) String category,
                   @RequestParam(required = false) String body, RedirectAttributes redirect) {
        FiscalYear fy = Web.year(year);
        return act(code, fy, redirect, () -> evaluations.hearings().addText(code, fy, BasedOnVersion.fromForm(version), kind, category, body));
    }

    @PostMapping("/evaluation/{code}/{year}/texts/{textId}/delete")
    String removeText(@PathVariable String code, @PathVariable String year, @PathVariable long textId,
                      @RequestParam(required = false) String version, RedirectAttributes redirect) {
        FiscalYear fy = Web.year(year);
        return act(code, fy, redirect, () -> evaluations.hearings().removeText(code, fy, BasedOnVersion.fromForm(version), textId));
    }

    @PostMapping("/evaluation/{code}/{year}/submit")
    String submit(@PathVariable String code, @PathVariable String year, @RequestParam(required = false) String version,
                  RedirectAttributes redirect) {
        return step(code, year, version, EvaluationStep.SUBMIT, null, redirect);
    }

    @PostMapping("/evaluation/{code}/{year}/return")
    String returnIt(@PathVariable String code, @PathVariable String year, @RequestParam(required = false) String version,
                    @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(code, year, version, EvaluationStep.RETURN, comment, redirect);
    }

    @PostMapping("/evaluation/{code}/{year}/accept")
    String accept(@PathVariable String code, @PathVariable String year, @RequestParam(required = false) String version,
                  RedirectAttributes redirect) {
        return step(code, year, version, EvaluationStep.ACCEPT, null, redirect);
    }

    @PostMapping("/evaluation/{code}/{year}/publish")
    String publish(@PathVariable String code, @PathVariable String year, @RequestParam(required = false) String version,
                   RedirectAttributes redirect) {
        return step(code, year, version, EvaluationStep.PUBLISH, null, redirect);
    }

    private String step(String code, String year, @Nullable String version, EvaluationStep step, @Nullable String comment,
                        RedirectAttributes redirect) {
        FiscalYear fy = Web.year(year);
        return act(code, fy, redirect, () -> evaluations.lifecycle().step(code, fy, BasedOnVersion.fromForm(version), step, comment));
    }

    private String act(String code, FiscalYear year, RedirectAttributes redirect, LongSupplier action) {
        try {
            long unusedVersion = action.getAsLong();
            redirect.addFlashAttribute("saved", "evaluation.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", Web.all(messages, e));
            // Each form's fields show their own message beside them (by the input's name), besides the summary.
            redirect.addFlashAttribute("fieldErrors", messages.byField(e.problems()));
        }
        return "redirect:/evaluation/" + code + "/" + year.value();
    }

    private String show(EvaluationView view, Model model, Map<String, String> typed) {
        model.addAttribute("view", view);
        model.addAttribute("typed", typed);
        model.addAttribute("categories", CategoryCode.values());
        model.addAttribute("textKinds", org.careroadmap.evaluation.TextKind.values());
        model.addAttribute("radar", Radar.svg(view, messages));
        model.addAttribute("prefectureStaff", currentActor.get().role() != null && currentActor.get().role().isPrefectureRole());
        model.addAttribute("steps", evaluations.lifecycle().openSteps(view));
        model.addAttribute("overdue", view.overdueOn(evaluations.overview().today()));
        return "evaluation/evaluation";
    }
}
