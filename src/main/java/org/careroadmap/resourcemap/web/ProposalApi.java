package org.careroadmap.resourcemap.web;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.platform.InvalidInputException;
import org.careroadmap.resourcemap.ContentFields;
import org.careroadmap.resourcemap.Proposal;
import org.careroadmap.resourcemap.ProviderLinks;
import org.careroadmap.resourcemap.ResourceProposals;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

/**
 * Providers' proposals as JSON: a provider (事業所) proposes changes to its own resource; the municipality's
 * editor lists the waiting ones, reads one with its field-by-field difference, and approves (all or some fields)
 * or rejects it. A second proposal while one waits, or a decision on one decided meanwhile, is a 409.
 */
@RestController
@Tag(name = "Resource map: keeping it true", description = "事業所からの変更提案・確認依頼・種別")
class ProposalApi {

    private final ResourceProposals proposals;
    private final ProviderLinks links;

    ProposalApi(ResourceProposals proposals, ProviderLinks links) {
        this.proposals = proposals;
        this.links = links;
    }

    /** The proposed values by field name ({@link ContentFields} names); fields left out keep their current value. */
    record ProposalRequest(Map<String, String> fields, @Nullable String note) {
    }

    /** The fields to take (none given: every changed field) and the reason told to the provider. */
    record DecisionRequest(List<String> fields, @Nullable String reason) {
    }

    record ProposalJson(long id, long resourceId, String resourceName, String municipalityCode, String status,
                        @Nullable String note, String proposedBy, Instant proposedAt, @Nullable String decidedBy,
                        @Nullable Instant decidedAt,
                        List<ContentFields.Change> changes) {

        static ProposalJson of(ResourceProposals.Review review) {
            Proposal p = review.proposal();
            return new ProposalJson(p.id(), p.resourceId(), review.resource().content().name(), p.municipalityCode(),
                    p.status(), p.note(), p.proposedBy(), p.proposedAt(), p.decidedBy(), p.decidedAt(), review.changes());
        }
    }

    @PostMapping("/api/provider/resources/{id}/proposals")
    @Operation(summary = "Propose changes to one's own resource (provider)", description = "201 with Location; "
            + "400 problem details naming each field; 409 when a proposal for the resource is already waiting")
    ResponseEntity<ProposalJson> propose(@PathVariable long id, @RequestBody(required = false) ProposalRequest body) {
        links.requireProviderRole();
        Map<String, String> fields = new LinkedHashMap<>(ContentFields.of(links.requireOwn(id).content()));
        Map<String, String> proposed = body == null || body.fields() == null ? Map.of() : body.fields();
        List<FieldProblem> unknown = proposed.keySet().stream().filter(f -> !fields.containsKey(f))
                .map(f -> new FieldProblem(f, "resourcemap.api.unknownField", List.of(f))).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        fields.putAll(proposed);
        long proposalId = proposals.propose(id, fields, body == null ? null : body.note());
        return ResponseEntity.created(URI.create("/api/resource-proposals/" + proposalId))
                .body(ProposalJson.of(proposals.reviewOwn(proposalId)));
    }

    @GetMapping("/api/municipalities/{code}/resource-proposals")
    @Operation(summary = "The proposals waiting in a municipality, oldest first (its editor)")
    List<ProposalJson> pending(@PathVariable String code) {
        return proposals.pending(code).stream().map(p -> ProposalJson.of(proposals.review(p.id()))).toList();
    }

    @GetMapping("/api/resource-proposals/{id}")
    @Operation(summary = "One proposal with its field-by-field difference (the municipality's editor)")
    ProposalJson proposal(@PathVariable long id) {
        return ProposalJson.of(proposals.review(id));
    }

    @PostMapping("/api/resource-proposals/{id}/approve")
    @Operation(summary = "Take the proposal's fields into the resource (all, or those named)",
            description = "409 when the proposal was decided or the resource changed meanwhile")
    ProposalJson approve(@PathVariable long id, @RequestBody(required = false) DecisionRequest body) {
        ResourceProposals.Review review = proposals.review(id);
        Set<String> changed = new LinkedHashSet<>();
        review.changes().forEach(c -> changed.add(c.field()));
        Set<String> taken = body == null || body.fields() == null || body.fields().isEmpty() ? changed
                : new LinkedHashSet<>(body.fields());
        List<FieldProblem> notProposed = taken.stream().filter(f -> !changed.contains(f))
                .map(f -> new FieldProblem(f, "resourcemap.api.notProposed", List.of(f))).toList();
        if (!notProposed.isEmpty()) {
            throw new InvalidInputException(notProposed);
        }
        proposals.decide(id, taken, body == null ? null : body.reason());
        return ProposalJson.of(proposals.review(id));
    }

    @PostMapping("/api/resource-proposals/{id}/reject")
    @Operation(summary = "Leave the resource as it is; the reason is kept for the provider",
            description = "409 when the proposal was decided meanwhile")
    ProposalJson reject(@PathVariable long id, @RequestBody(required = false) DecisionRequest body) {
        proposals.decide(id, Set.of(), body == null ? null : body.reason());
        return ProposalJson.of(proposals.review(id));
    }
}
