package org.careroadmap.resourcemap.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.reference.Municipality;
import org.careroadmap.resourcemap.ProviderLinks;
import org.careroadmap.resourcemap.ResourceProposals;
import org.careroadmap.resourcemap.ResourceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.jspecify.annotations.Nullable;

/**
 * The municipality editor's side of the providers' work: the waiting proposals, one proposal's difference
 * field by field with a choice per field, and which provider accounts speak for a resource.
 */
@Controller
record ProposalReviewPages(ResourceProposals proposals, ProviderLinks links, ResourceService resources, ResourceForm form,
                          FieldMessages messages) {

    @GetMapping("/map/{code}/proposals")
    String pending(@PathVariable String code, Model model) {
        resources.requireEditorRole();
        Municipality m = form.municipality(code);
        model.addAttribute("municipality", m);
        model.addAttribute("proposals", proposals.pending(m.code().value()));
        return "resourcemap/proposals";
    }

    @GetMapping("/map/proposals/{id}")
    String review(@PathVariable long id, Model model) {
        return show(id, null, model);
    }

    @PostMapping("/map/proposals/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(name = "accept", required = false) List<String> accept,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String action,
                  Model model, HttpServletResponse response) {
        ResourceProposals.Review review = proposals.review(id);
        Set<String> accepted = "reject".equals(action) || accept == null ? Set.of() : Set.copyOf(accept);
        try {
            proposals.decide(id, accepted, reason);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(id, String.join(" ", messages.byField(e.problems()).values()), model);
        } catch (InvalidValueException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(id, messages.message(org.careroadmap.platform.FieldProblem.of("", e)), model);
        }
        return "redirect:/map/" + review.proposal().municipalityCode() + "/proposals?decided";
    }

    private String show(long id, @Nullable String error, Model model) {
        ResourceProposals.Review review = proposals.review(id);
        model.addAttribute("review", review);
        model.addAttribute("municipality", form.municipality(review.proposal().municipalityCode()));
        model.addAttribute("error", error);
        return "resourcemap/proposal";
    }

    @GetMapping("/map/resources/{id}/providers")
    String providers(@PathVariable long id, Model model) {
        resources.requireEditorRole();
        return showProviders(id, null, model);
    }

    @PostMapping("/map/resources/{id}/providers")
    String link(@PathVariable long id, @RequestParam(required = false) String username, Model model,
                HttpServletResponse response) {
        resources.requireEditorRole();
        try {
            links.link(id, username);
        } catch (InvalidValueException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showProviders(id, messages.message(org.careroadmap.platform.FieldProblem.of("username", e)), model);
        }
        return "redirect:/map/resources/" + id + "/providers?linked";
    }

    @PostMapping("/map/resources/{id}/providers/remove")
    String unlink(@PathVariable long id, @RequestParam(required = false) String username) {
        resources.requireEditorRole();
        links.unlink(id, username == null ? "" : username);
        return "redirect:/map/resources/" + id + "/providers?unlinked";
    }

    private String showProviders(long id, @Nullable String error, Model model) {
        List<String> linked = links.of(id);
        model.addAttribute("resource", resources.get(id));
        model.addAttribute("linked", linked);
        model.addAttribute("error", error);
        return "resourcemap/providers";
    }
}
