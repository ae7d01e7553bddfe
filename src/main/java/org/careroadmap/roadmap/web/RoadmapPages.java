package org.careroadmap.roadmap.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.careroadmap.platform.FieldMessages;
import org.careroadmap.reference.InvalidInputException;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapService;
import org.careroadmap.roadmap.RoadmapSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The municipality list (home) and the roadmap chart. */
@Controller
class RoadmapPages {

    private final RoadmapService roadmaps;
    private final ReferenceData reference;
    private final FieldMessages messages;
    private final List<org.careroadmap.roadmap.ChartPanel> chartPanels;
    private final List<org.careroadmap.roadmap.HomePanel> homePanels;

    RoadmapPages(RoadmapService roadmaps, ReferenceData reference, FieldMessages messages,
                 List<org.careroadmap.roadmap.ChartPanel> chartPanels, List<org.careroadmap.roadmap.HomePanel> homePanels) {
        this.chartPanels = chartPanels;
        this.homePanels = homePanels;
        this.roadmaps = roadmaps;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(Model model) {
        Map<String, List<RoadmapSummary>> byMunicipality = roadmaps.list().stream()
                .collect(Collectors.groupingBy(s -> s.municipality().code().value()));
        model.addAttribute("municipalities", reference.municipalities());
        model.addAttribute("roadmapsByMunicipality", byMunicipality);
        model.addAttribute("templates", reference.templates());
        homePanels.forEach(p -> model.addAttribute(p.name(), p.model()));
        return "home";
    }

    @PostMapping("/roadmaps")
    String create(@RequestParam(required = false) String municipalityCode,
                  @RequestParam(required = false) String templateId, RedirectAttributes redirect) {
        try {
            RoadmapDocument created = roadmaps.create(municipalityCode, templateId);
            redirect.addFlashAttribute("saved", "roadmap.created");
            return "redirect:/roadmaps/" + created.roadmap().id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("createErrors", messages.byField(e.problems()));
            redirect.addFlashAttribute("createFor", municipalityCode);
            return "redirect:/#m-" + (municipalityCode == null ? "" : municipalityCode.replaceAll("\\D", ""));
        }
    }

    @GetMapping("/roadmaps/{id}")
    String chart(@PathVariable long id, Model model) {
        RoadmapDocument document = roadmaps.get(id);
        model.addAttribute("doc", document);
        model.addAttribute("chart", ChartView.of(document));
        model.addAttribute("mayEdit", roadmaps.mayEdit(document));
        model.addAttribute("steps", roadmaps.nextSteps(document));
        model.addAttribute("templates", reference.templates());
        chartPanels.forEach(p -> model.addAttribute(p.name(), p.model(document)));
        return "roadmap/chart";
    }
}
