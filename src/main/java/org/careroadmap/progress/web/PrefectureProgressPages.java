package org.careroadmap.progress.web;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.progress.ProgressConflictException;
import org.careroadmap.progress.ProgressReports;
import org.careroadmap.progress.ProgressRollUps;
import org.careroadmap.progress.ProgressSettings;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.InvalidValueException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The prefecture's side: the roll-up of its municipalities' progress, and the administrator's rounds, scale and lists. */
@Controller
record PrefectureProgressPages(ProgressRollUps rollUps, ProgressSettings settings, ProgressReports reports, CurrentActor currentActor, FieldMessages messages) {

    @GetMapping("/review/progress")
    String rollUp(@RequestParam(required = false) @Nullable String year, @RequestParam(required = false) @Nullable String sort,
                  @RequestParam(required = false) @Nullable String dir, Model model) {
        String prefecture = currentActor.get().requiredPrefectureCode();
        try {
            model.addAttribute("r", rollUps.prefecture(prefecture, year, sort, "desc".equals(dir)));
        } catch (InvalidValueException e) {
            model.addAttribute("r", rollUps.prefecture(prefecture, null, null, false));
            model.addAttribute("yearError", messages.message(e.messageKey(), e.arguments()));
        }
        model.addAttribute("sort", sort == null ? "code" : sort);
        model.addAttribute("dir", "desc".equals(dir) ? "desc" : "asc");
        model.addAttribute("categories", CategoryCode.values());
        model.addAttribute("rounds", reports.rounds(prefecture));
        return "progress/rollup";
    }

    @GetMapping("/admin/progress")
    String settings(Model model) {
        return settingsPage(model, null, null, null);
    }

    @PostMapping("/admin/progress/scale")
    String scale(@RequestParam(required = false) @Nullable String scale, Model model, RedirectAttributes redirect) {
        try {
            settings.replaceScale(currentActor.get().requiredPrefectureCode(), scale);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.byField(e.problems()));
            return settingsPage(model, scale, null, null);
        }
        redirect.addFlashAttribute("saved", "progress.saved.scale");
        return "redirect:/admin/progress";
    }

    @PostMapping("/admin/progress/kinds")
    String kinds(@RequestParam(required = false) @Nullable String kinds, Model model, RedirectAttributes redirect) {
        try {
            settings.replaceKinds(currentActor.get().requiredPrefectureCode(), kinds);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.byField(e.problems()));
            return settingsPage(model, null, kinds, null);
        }
        redirect.addFlashAttribute("saved", "progress.saved.kinds");
        return "redirect:/admin/progress";
    }

    @PostMapping("/admin/progress/professions")
    String professions(@RequestParam(required = false) @Nullable String professions, Model model, RedirectAttributes redirect) {
        try {
            settings.replaceProfessions(currentActor.get().requiredPrefectureCode(), professions);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.byField(e.problems()));
            return settingsPage(model, null, null, professions);
        }
        redirect.addFlashAttribute("saved", "progress.saved.professions");
        return "redirect:/admin/progress";
    }

    @PostMapping("/admin/progress/rounds")
    String openRound(@RequestParam(required = false) @Nullable String fiscalYear, @RequestParam(required = false) @Nullable String deadline,
                     Model model, RedirectAttributes redirect) {
        try {
            reports.openRound(fiscalYear, deadline);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.byField(e.problems()));
            return settingsPage(model, null, null, null);
        } catch (ProgressConflictException e) {
            model.addAttribute("errors", java.util.Map.of("fiscalYear", messages.message(e.detailKey())));
            return settingsPage(model, null, null, null);
        }
        redirect.addFlashAttribute("saved", "progress.saved.round");
        return "redirect:/admin/progress";
    }

    private String settingsPage(Model model, @Nullable String scale, @Nullable String kinds, @Nullable String professions) {
        String prefecture = currentActor.get().requiredPrefectureCode();
        model.addAttribute("scaleText", scale != null ? scale : settings.scale(prefecture).text());
        model.addAttribute("kindsText", kinds != null ? kinds : String.join("\n", settings.kinds(prefecture)) + "\n");
        model.addAttribute("professionsText", professions != null ? professions
                : String.join("\n", settings.professions(prefecture)) + "\n");
        model.addAttribute("rounds", reports.rounds(prefecture));
        return "progress/settings";
    }
}
