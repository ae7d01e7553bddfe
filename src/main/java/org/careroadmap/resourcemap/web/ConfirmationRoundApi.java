package org.careroadmap.resourcemap.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careroadmap.platform.VersionRequiredException;
import org.careroadmap.resourcemap.ConfirmationRound;
import org.careroadmap.resourcemap.ConfirmationRounds;
import org.careroadmap.resourcemap.ProviderLinks;
import org.careroadmap.resourcemap.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

/**
 * The yearly 確認依頼 round as JSON: the editor opens it (one per fiscal year: a second is a 409) and reads who
 * answered; a provider lists its own resources with their open requests and confirms one as it stands (a stale
 * version is a 409).
 */
@RestController
@Tag(name = "Resource map: keeping it true")
class ConfirmationRoundApi {

    private final ConfirmationRounds rounds;
    private final ProviderLinks links;

    ConfirmationRoundApi(ConfirmationRounds rounds, ProviderLinks links) {
        this.rounds = rounds;
        this.links = links;
    }

    /** fiscalYear: 2026 (empty: this fiscal year); deadline: 2026-12-25, not in the past. */
    record RoundRequest(@Nullable String fiscalYear, @Nullable String deadline) {
    }

    record RoundJson(long id, String municipalityCode, int fiscalYear, String fiscalYearLabel, LocalDate deadline,
                     String startedBy, Instant startedAt, @Nullable Instant remindedAt, int reminders, long answered, long open,
                     List<ConfirmationRound.Request> requests) {

        static RoundJson of(ConfirmationRound r) {
            return new RoundJson(r.id(), r.municipalityCode(), r.fiscalYear().value(), r.fiscalYear().label(), r.deadline(),
                    r.startedBy(), r.startedAt(), r.remindedAt(), r.reminders(), r.answered(), r.open(), r.requests());
        }
    }

    /** One of the provider's resources, its version (to confirm with) and its open request, if any. */
    record OwnResource(long id, String name, long version, @Nullable LocalDate confirmedOn, @Nullable Long openRoundId,
                       @Nullable LocalDate deadline) {
    }

    record Confirmation(Long version) {
    }

    @PostMapping("/api/municipalities/{code}/confirmation-rounds")
    @Operation(summary = "Open this year's 確認依頼 round (the municipality's editor)",
            description = "201 with Location; 400 for a missing or past deadline; 409 when the year's round exists")
    ResponseEntity<RoundJson> open(@PathVariable String code, @RequestBody(required = false) RoundRequest body) {
        long id = rounds.start(code, body == null ? null : body.fiscalYear(), body == null ? null : body.deadline());
        return ResponseEntity.created(URI.create("/api/confirmation-rounds/" + id)).body(RoundJson.of(rounds.find(id)));
    }

    @GetMapping("/api/municipalities/{code}/confirmation-rounds")
    @Operation(summary = "The municipality's latest round with every request (empty list: none yet)")
    List<RoundJson> latest(@PathVariable String code) {
        return rounds.latest(code).map(RoundJson::of).stream().toList();
    }

    @GetMapping("/api/confirmation-rounds/{id}")
    @Operation(summary = "One round with every request (the municipality's editor)")
    RoundJson round(@PathVariable long id) {
        return RoundJson.of(rounds.find(id));
    }

    @GetMapping("/api/provider/resources")
    @Operation(summary = "The signed-in provider's resources with their open 確認依頼 (provider)")
    List<OwnResource> own() {
        links.requireProviderRole();
        List<Resource> own = links.ownResources();
        var open = rounds.openForProvider(own);
        return own.stream().map(r -> {
            ConfirmationRound round = open.get(r.id());
            return new OwnResource(r.id(), r.content().name(), r.version(), r.confirmedOn(),
                    round == null ? null : round.id(), round == null ? null : round.deadline());
        }).toList();
    }

    @PostMapping("/api/provider/resources/{id}/confirmation")
    @Operation(summary = "Confirm one's own resource as it stands (provider)",
            description = "body {\"version\": n}; 428 without it; 409 when the resource changed since that version")
    ResponseEntity<Void> confirm(@PathVariable long id, @RequestBody(required = false) Confirmation body) {
        links.requireProviderRole();
        if (body == null || body.version() == null) {
            throw new VersionRequiredException();
        }
        rounds.confirmAsIs(id, body.version());
        return ResponseEntity.noContent().build();
    }
}
