package org.careroadmap.roadmap.web;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.BasedOnVersion;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.roadmap.Arrow;
import org.careroadmap.roadmap.ConcurrentEditException;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapPartNotFoundException;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapReads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The arrow editor for one item's 工程. */
@Controller
@RequestMapping("/roadmaps/{id}/items/{itemId}/arrows")
record ArrowPages(RoadmapReads roadmaps, RoadmapEditing editing, FieldMessages messages) {

    @GetMapping("/new")
    String newArrow(@PathVariable long id, @PathVariable String itemId, Model model) {
        RoadmapDocument doc = editable(roadmaps.get(id));
        RoadmapItem item = ItemPages.item(doc, itemId);
        String first = Integer.toString(doc.template().firstShownYear().value());
        String last = item.achievementYear().filter(doc.template()::shows)
                .map(y -> Integer.toString(y.value()))
                .orElse(Integer.toString(doc.template().lastShownYear().value()));
        return form(model, doc, item, null, ArrowForm.blank(first, last, doc.roadmap().version()));
    }

    /** A reload of a refused form's address lands on the item instead of an error. */
    @GetMapping
    String reloadAfterPost(@PathVariable long id, @PathVariable String itemId) {
        return "redirect:/roadmaps/" + id + "/items/" + itemId;
    }

    @PostMapping
    String add(@PathVariable long id, @PathVariable String itemId, @ModelAttribute ArrowForm form, Model model,
               RedirectAttributes redirect) {
        try {
            editing.addArrow(id, BasedOnVersion.fromForm(form.version()), itemId, form.input());
            redirect.addFlashAttribute("saved", "arrow.saved");
            redirect.addFlashAttribute("focus", "item-" + itemId);
            return "redirect:/roadmaps/" + id + "#item-" + itemId;
        } catch (InvalidInputException e) {
            RoadmapDocument doc = editable(roadmaps.get(id));
            model.addAttribute("errors", messages.byField(e.problems()));
            return form(model, doc, ItemPages.item(doc, itemId), null, form);
        } catch (ConcurrentEditException e) {
            RoadmapDocument doc = editable(roadmaps.get(id));
            model.addAttribute("conflict", true);
            return form(model, doc, ItemPages.item(doc, itemId), null, form.withVersion(doc.roadmap().version()));
        }
    }

    @GetMapping("/{arrowId}")
    String edit(@PathVariable long id, @PathVariable String itemId, @PathVariable String arrowId, Model model) {
        RoadmapDocument doc = editable(roadmaps.get(id));
        RoadmapItem item = ItemPages.item(doc, itemId);
        Arrow arrow = arrow(item, arrowId);
        return form(model, doc, item, arrow, ArrowForm.of(arrow, doc.roadmap().version()));
    }

    @PostMapping("/{arrowId}")
    String change(@PathVariable long id, @PathVariable String itemId, @PathVariable String arrowId,
                  @ModelAttribute ArrowForm form, Model model, RedirectAttributes redirect) {
        try {
            editing.changeArrow(id, BasedOnVersion.fromForm(form.version()), itemId, arrowId, form.input());
            redirect.addFlashAttribute("saved", "arrow.saved");
            redirect.addFlashAttribute("focus", "item-" + itemId);
            return "redirect:/roadmaps/" + id + "#item-" + itemId;
        } catch (InvalidInputException e) {
            RoadmapDocument doc = editable(roadmaps.get(id));
            RoadmapItem item = ItemPages.item(doc, itemId);
            model.addAttribute("errors", messages.byField(e.problems()));
            return form(model, doc, item, arrow(item, arrowId), form);
        } catch (ConcurrentEditException e) {
            RoadmapDocument doc = editable(roadmaps.get(id));
            RoadmapItem item = ItemPages.item(doc, itemId);
            model.addAttribute("conflict", true);
            return form(model, doc, item, arrow(item, arrowId), form.withVersion(doc.roadmap().version()));
        }
    }

    @PostMapping("/{arrowId}/delete")
    String delete(@PathVariable long id, @PathVariable String itemId, @PathVariable String arrowId,
                  @RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
        try {
            editing.removeArrow(id, BasedOnVersion.fromForm(version), itemId, arrowId);
            redirect.addFlashAttribute("saved", "arrow.deleted");
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("conflict", true);
        }
        redirect.addFlashAttribute("focus", "item-" + itemId);
        return "redirect:/roadmaps/" + id + "#item-" + itemId;
    }

    private String form(Model model, RoadmapDocument doc, RoadmapItem item, @Nullable Arrow arrow, ArrowForm form) {
        model.addAttribute("doc", doc);
        model.addAttribute("item", item);
        model.addAttribute("arrow", arrow);
        model.addAttribute("form", form);
        return "roadmap/arrow-form";
    }

    private static Arrow arrow(RoadmapItem item, String arrowId) {
        return item.arrow(arrowId).orElseThrow(() -> new RoadmapPartNotFoundException("arrow", arrowId));
    }

    private RoadmapDocument editable(RoadmapDocument doc) {
        roadmaps.requireEditable(doc);
        return doc;
    }
}
