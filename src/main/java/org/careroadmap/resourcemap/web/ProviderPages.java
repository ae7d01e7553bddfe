package org.careroadmap.resourcemap.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.careroadmap.platform.FieldMessages;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.platform.InvalidValueException;
import org.careroadmap.resourcemap.ConfirmationRounds;
import org.careroadmap.resourcemap.ContentFields;
import org.careroadmap.resourcemap.ProposalPendingException;
import org.careroadmap.resourcemap.ProviderLinks;
import org.careroadmap.resourcemap.Resource;
import org.careroadmap.resourcemap.ResourceChangedException;
import org.careroadmap.resourcemap.ResourceProposals;
import org.careroadmap.resourcemap.ResourceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The provider's (事業所) pages: its own resources with any open 確認依頼, confirming an entry as it stands,
 * and proposing a change in the resource form (nothing changes before the municipality's editor decides).
 */
@Controller
record ProviderPages(ProviderLinks links, ResourceProposals proposals, ConfirmationRounds rounds, ResourceService resources,
                    ResourceForm form, FieldMessages messages) {

    @GetMapping("/map/provider")
    String home(Model model) {
        links.requireProviderRole();
        List<Resource> own = links.ownResources();
        model.addAttribute("own", own);
        model.addAttribute("openRounds", rounds.openForProvider(own));
        model.addAttribute("proposals", proposals.ownLatest());
        model.addAttribute("today", resources.today());
        return "resourcemap/provider";
    }

    @PostMapping("/map/provider/resources/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(required = false) String version) {
        links.requireProviderRole();
        rounds.confirmAsIs(id, ResourceEditPages.parseVersion(version));
        return "redirect:/map/provider?confirmed";
    }

    @GetMapping("/map/resources/{id}/propose")
    String proposeForm(@PathVariable long id, Model model) {
        Resource r = links.requireOwn(id);
        return show(r, ContentFields.of(r.content()), Map.of(), model);
    }

    @PostMapping("/map/resources/{id}/proposals")
    String propose(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
                   HttpServletResponse response) {
        links.requireProviderRole();
        try {
            proposals.propose(id, ResourceForm.fields(params), params.get("note"));
            return "redirect:/map/provider?proposed";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(links.requireOwn(id), params, messages.byField(e.problems()), model);
        } catch (InvalidValueException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(links.requireOwn(id), params, Map.of("", messages.message(FieldProblem.of("", e))), model);
        } catch (ProposalPendingException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(links.requireOwn(id), params, Map.of("", messages.message(e.detailKey())), model);
        } catch (ResourceChangedException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(links.requireOwn(id), params, Map.of("", messages.message("resourcemap.conflict.detail")), model);
        }
    }

    /** The form for a proposal of the provider's own resource (checked by {@link ProviderLinks#requireOwn}). */
    private String show(Resource r, Map<String, String> fields, Map<String, String> errors, Model model) {
        model.addAttribute("note", fields.get("note"));
        return form.show(new ResourceForm.State(form.municipality(r.municipalityCode()), r, fields, errors, false, true),
                model);
    }
}
