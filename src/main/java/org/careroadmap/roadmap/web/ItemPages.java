package org.careroadmap.roadmap.web;

import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.BasedOnVersion;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.InvalidInputException;
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

/** The item editor: add, change, move and delete items. Plain forms; every refusal keeps what was typed. */
@Controller
@RequestMapping("/roadmaps/{id}/items")
record ItemPages(RoadmapReads roadmaps, RoadmapEditing editing, FieldMessages messages) {

    @GetMapping("/new")
    String newItem(@PathVariable long id, @RequestParam(defaultValue = "A") String category, Model model) {
        RoadmapDocument doc = editable(roadmaps.get(id));
        return form(model, doc, null, ItemForm.blank(category, doc.roadmap().version()));
    }

    /** A reload of a refused form's address lands on the chart instead of an error. */
    @GetMapping
    String reloadAfterPost(@PathVariable long id) {
        return "redirect:/roadmaps/" + id;
    }

    @PostMapping
    String add(@PathVariable long id, @ModelAttribute ItemForm form, Model model, RedirectAttributes redirect) {
        try {
            RoadmapDocument saved = editing.addItem(id, BasedOnVersion.fromForm(form.version()), form.input());
            RoadmapItem added = saved.roadmap().itemsIn(org.careroadmap.reference.CategoryCode.parse(form.category())).stream()
                    .reduce((a, b) -> b).orElseThrow();
            redirect.addFlashAttribute("saved", "item.saved");
            redirect.addFlashAttribute("focus", "item-" + added.id());
            return "redirect:/roadmaps/" + id + "#item-" + added.id();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", messages.byField(e.problems()));
            return form(model, roadmaps.get(id), null, form);
        } catch (ConcurrentEditException e) {
            RoadmapDocument current = roadmaps.get(id);
            model.addAttribute("conflict", true);
            return form(model, current, null, form.withVersion(current.roadmap().version()));
        }
    }

    @GetMapping("/{itemId}")
    String edit(@PathVariable long id, @PathVariable String itemId, Model model) {
        RoadmapDocument doc = editable(roadmaps.get(id));
        RoadmapItem item = item(doc, itemId);
        return form(model, doc, item, ItemForm.of(item, doc.roadmap().version()));
    }

    @PostMapping("/{itemId}")
    String change(@PathVariable long id, @PathVariable String itemId, @ModelAttribute ItemForm form, Model model,
                  RedirectAttributes redirect) {
        try {
            editing.changeItem(id, BasedOnVersion.fromForm(form.version()), itemId, form.input());
            redirect.addFlashAttribute("saved", "item.saved");
            redirect.addFlashAttribute("focus", "item-" + itemId);
            return "redirect:/roadmaps/" + id + "#item-" + itemId;
        } catch (InvalidInputException e) {
            RoadmapDocument doc = editable(roadmaps.get(id));
            model.addAttribute("errors", messages.byField(e.problems()));
            return form(model, doc, item(doc, itemId), form);
        } catch (ConcurrentEditException e) {
            RoadmapDocument current = roadmaps.get(id);
            model.addAttribute("conflict", true);
            return form(model, current, item(current, itemId), form.withVersion(current.roadmap().version()));
        }
    }

    @PostMapping("/{itemId}/delete")
    String delete(@PathVariable long id, @PathVariable String itemId, @RequestParam(required = false) @Nullable String version,
                  RedirectAttributes redirect) {
        try {
            editing.removeItem(id, BasedOnVersion.fromForm(version), itemId);
            redirect.addFlashAttribute("saved", "item.deleted");
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("conflict", true);
        }
        return "redirect:/roadmaps/" + id;
    }

    @PostMapping("/{itemId}/move")
    String move(@PathVariable long id, @PathVariable String itemId, @RequestParam(required = false) @Nullable String direction,
                @RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
        try {
            editing.moveItem(id, BasedOnVersion.fromForm(version), itemId, "up".equals(direction) ? -1 : 1);
            redirect.addFlashAttribute("saved", "item.moved");
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("conflict", true);
        }
        redirect.addFlashAttribute("focus", "item-" + itemId);
        return "redirect:/roadmaps/" + id + "#item-" + itemId;
    }

    private String form(Model model, RoadmapDocument doc, @Nullable RoadmapItem item, ItemForm form) {
        model.addAttribute("doc", doc);
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        if (item != null) {
            model.addAttribute("itemFindings", doc.findingsFor(item.id()));
        }
        return "roadmap/item-form";
    }

    static RoadmapItem item(RoadmapDocument doc, String itemId) {
        return doc.roadmap().item(itemId).orElseThrow(() -> new RoadmapPartNotFoundException("item", itemId));
    }

    private RoadmapDocument editable(RoadmapDocument doc) {
        roadmaps.requireEditable(doc);
        return doc;
    }
}
