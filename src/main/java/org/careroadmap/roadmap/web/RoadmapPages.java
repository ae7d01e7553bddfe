package org.careroadmap.roadmap.web;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.reference.Prefecture;
import org.careroadmap.reference.ReferenceData;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.PrefectureChoice;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapLifecycle;
import org.careroadmap.roadmap.RoadmapReads;
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

    private final RoadmapReads roadmaps;
    private final RoadmapEditing editing;
    private final RoadmapLifecycle lifecycle;
    private final ReferenceData reference;
    private final FieldMessages messages;
    private final PrefectureChoice prefectures;
    private final List<org.careroadmap.roadmap.ChartPanel> chartPanels;
    private final List<org.careroadmap.roadmap.HomePanel> homePanels;
    private final org.careroadmap.platform.CurrentActor currentActor;
    private final org.careroadmap.roadmap.RoadmapVersions versions;

    RoadmapPages(RoadmapReads roadmaps, RoadmapEditing editing, RoadmapLifecycle lifecycle, ReferenceData reference,
                 FieldMessages messages,
                 List<org.careroadmap.roadmap.ChartPanel> chartPanels, List<org.careroadmap.roadmap.HomePanel> homePanels,
                 PrefectureChoice prefectures, org.careroadmap.platform.CurrentActor currentActor,
                 org.careroadmap.roadmap.RoadmapVersions versions) {
        this.versions = versions;
        this.currentActor = currentActor;
        this.prefectures = prefectures;
        this.chartPanels = chartPanels;
        this.homePanels = homePanels;
        this.roadmaps = roadmaps;
        this.editing = editing;
        this.lifecycle = lifecycle;
        this.reference = reference;
        this.messages = messages;
    }

    /**
     * One prefecture's municipalities with their roadmaps: the one asked for, else the signed-in
     * person's, else the only one with municipalities; with several and none chosen, the public
     * first picks a prefecture (an installation may hold the whole country).
     */
    @GetMapping("/")
    String home(@RequestParam(required = false) @Nullable String prefecture, @RequestParam(required = false) @Nullable String all,
                Model model) {
        org.careroadmap.platform.Actor actor = currentActor.get();
        if (actor.municipalityCode() != null && prefecture == null && all == null) {
            return municipalityHome(actor.municipalityCode(), model);
        }
        List<Prefecture> withMunicipalities = prefectures.available();
        Optional<Prefecture> chosen = prefectures.choose(prefecture, withMunicipalities);
        homePanels.forEach(p -> model.addAttribute(p.name(), p.model()));
        model.addAttribute("prefectures", withMunicipalities);
        if (prefecture != null && !prefecture.isBlank() && chosen.isEmpty()) {
            model.addAttribute("unknownPrefecture", true);
        }
        if (chosen.isEmpty()) {
            return "home-prefectures";
        }
        String code = chosen.get().code();
        Map<String, List<RoadmapSummary>> byMunicipality = roadmaps.list(ListScope.prefecture(code)).stream()
                .collect(Collectors.groupingBy(s -> s.municipality().code().value()));
        model.addAttribute("prefecture", chosen.get());
        model.addAttribute("municipalities", reference.municipalitiesOf(code));
        model.addAttribute("roadmapsByMunicipality", byMunicipality);
        model.addAttribute("templates", reference.templates());
        // 作成 offers only the editions a municipality does not hold yet (one roadmap per edition).
        Map<String, List<org.careroadmap.reference.RoadmapTemplate>> startable = new java.util.HashMap<>();
        for (var m : reference.municipalitiesOf(code)) {
            List<RoadmapSummary> held = byMunicipality.getOrDefault(m.code().value(), List.of());
            startable.put(m.code().value(), reference.templates().stream()
                    .filter(t -> held.stream().noneMatch(s -> s.template().id().equals(t.id()))).toList());
        }
        model.addAttribute("startable", startable);
        return "home";
    }

    /**
     * A municipality's own home: its roadmaps by edition with state, findings and unresolved comments, what was
     * returned and why, the open round, and what to do next. The list of every 市町 is one link away.
     */
    private String municipalityHome(String code, Model model) {
        org.careroadmap.reference.Municipality municipality = reference.municipality(
                org.careroadmap.reference.MunicipalityCode.parse(code)).orElseThrow();
        homePanels.forEach(p -> model.addAttribute(p.name(), p.model()));
        List<RoadmapSummary> held = roadmaps.list(ListScope.municipality(municipality.code())).stream()
                .sorted(java.util.Comparator.comparing((RoadmapSummary s) -> s.template().firstPeriod())).toList();
        List<MunicipalityHomeRow> rows = new java.util.ArrayList<>();
        for (RoadmapSummary s : held) {
            RoadmapDocument doc = roadmaps.get(s.id());
            Map<String, Object> panels = new java.util.HashMap<>();
            chartPanels.forEach(p -> panels.put(p.name(), p.model(doc)));
            rows.add(new MunicipalityHomeRow(s, panels, MunicipalityHomeRow.nextStep(s, lifecycle.nextSteps(doc))));
        }
        model.addAttribute("municipality", municipality);
        model.addAttribute("rows", rows);
        model.addAttribute("startable", reference.templates().stream()
                .filter(t -> held.stream().noneMatch(s -> s.template().id().equals(t.id()))).toList());
        return "home-municipality";
    }

    @PostMapping("/roadmaps")
    String create(@RequestParam(required = false) @Nullable String municipalityCode,
                  @RequestParam(required = false) @Nullable String templateId, RedirectAttributes redirect) {
        try {
            RoadmapDocument created = editing.create(municipalityCode, templateId);
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
        // Staff see the live roadmap and its rule check; everyone else the published version, named 第N版.
        boolean staff = currentActor.get().belongsTo(document.roadmap().municipalityCode().value());
        model.addAttribute("staff", staff);
        if (!staff) {
            versions.lastPublication(id).ifPresent(p -> model.addAttribute("publication", p));
        }
        model.addAttribute("steps", lifecycle.nextSteps(document));
        model.addAttribute("templates", reference.templates());
        chartPanels.forEach(p -> model.addAttribute(p.name(), p.model(document)));
        return "roadmap/chart";
    }
}
