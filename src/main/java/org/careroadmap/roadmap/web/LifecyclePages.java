package org.careroadmap.roadmap.web;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.BasedOnVersion;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.roadmap.ConcurrentEditException;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapLockedException;
import org.careroadmap.roadmap.RoadmapLifecycle;
import org.careroadmap.roadmap.RoadmapReads;
import org.careroadmap.roadmap.RoadmapVersions;
import org.careroadmap.roadmap.SubmissionRefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review cycle's buttons on the chart, the versions list and the comparison of two versions. */
@Controller
@RequestMapping("/roadmaps/{id}")
record LifecyclePages(RoadmapReads roadmaps, RoadmapLifecycle lifecycle, RoadmapVersions versions,
                      FieldMessages messages) {

    @PostMapping("/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
        try {
            lifecycle.submit(id, BasedOnVersion.fromForm(version));
            redirect.addFlashAttribute("saved", "lifecycle.submitted");
        } catch (SubmissionRefusedException e) {
            redirect.addFlashAttribute("submitRefused", e.errors().size());
        } catch (ConcurrentEditException | RoadmapLockedException e) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/roadmaps/" + id;
    }

    /** 取り下げ: the chart's button for it is the municipality's, shown while {@code steps} holds WITHDRAW. */
    @PostMapping("/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
        return step(id, redirect, "lifecycle.withdrawn", () -> lifecycle.withdraw(id, BasedOnVersion.fromForm(version)));
    }

    @PostMapping("/return")
    String returnForChanges(@PathVariable long id, @RequestParam(required = false) @Nullable String version,
                            @RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
        try {
            lifecycle.returnForChanges(id, BasedOnVersion.fromForm(version), comment);
            redirect.addFlashAttribute("saved", "lifecycle.returned");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("returnError", messages.byField(e.problems()).get("comment"));
        } catch (ConcurrentEditException | RoadmapLockedException e) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/roadmaps/" + id;
    }

    @PostMapping("/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
        return step(id, redirect, "lifecycle.accepted", () -> lifecycle.accept(id, BasedOnVersion.fromForm(version)));
    }

    @PostMapping("/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
        return step(id, redirect, "lifecycle.published", () -> lifecycle.publish(id, BasedOnVersion.fromForm(version)));
    }

    @PostMapping("/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
        return step(id, redirect, "lifecycle.reopened", () -> lifecycle.reopen(id, BasedOnVersion.fromForm(version)));
    }

    @PostMapping("/carry-forward")
    String carryForward(@PathVariable long id, @RequestParam(required = false) @Nullable String templateId,
                        RedirectAttributes redirect) {
        try {
            RoadmapDocument created = lifecycle.carryForward(id, templateId);
            redirect.addFlashAttribute("saved", "lifecycle.carriedForward");
            return "redirect:/roadmaps/" + created.roadmap().id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("carryError", messages.byField(e.problems()).values().iterator().next());
            return "redirect:/roadmaps/" + id;
        }
    }

    @GetMapping("/versions")
    String versions(@PathVariable long id, Model model) {
        model.addAttribute("doc", roadmaps.get(id));
        model.addAttribute("versions", versions.versions(id));
        return "roadmap/versions";
    }

    @GetMapping("/versions/{number}")
    String version(@PathVariable long id, @PathVariable int number, Model model) {
        RoadmapDocument frozen = versions.version(id, number);
        model.addAttribute("doc", frozen);
        model.addAttribute("chart", ChartView.of(frozen));
        model.addAttribute("mayEdit", false);
        model.addAttribute("frozenNumber", number);
        return "roadmap/chart";
    }

    @GetMapping("/versions/compare")
    String compare(@PathVariable long id, @RequestParam(defaultValue = "0") int from,
                   @RequestParam(defaultValue = "0") int to, Model model) {
        model.addAttribute("doc", roadmaps.get(id));
        model.addAttribute("versions", versions.versions(id));
        model.addAttribute("diff", versions.compare(id, from, to));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "roadmap/compare-versions";
    }

    private String step(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", done);
        } catch (ConcurrentEditException | RoadmapLockedException e) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/roadmaps/" + id;
    }
}
