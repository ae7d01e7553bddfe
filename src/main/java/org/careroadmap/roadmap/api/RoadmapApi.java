package org.careroadmap.roadmap.api;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careroadmap.platform.BasedOnVersion;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.roadmap.ArrowInput;
import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapLifecycle;
import org.careroadmap.roadmap.RoadmapPartNotFoundException;
import org.careroadmap.roadmap.RoadmapReads;
import org.careroadmap.roadmap.RoadmapVersions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The roadmap JSON API. Every change carries the {@code version} the client last read; a change
 * based on an older version answers 409 and changes nothing. Responses carry the whole roadmap
 * with its findings, and its version as ETag.
 */
@RestController
@RequestMapping("/api/roadmaps")
@Tag(name = "Roadmaps", description = "地域包括ケアシステム推進ロードマップ")
record RoadmapApi(RoadmapReads roadmaps, RoadmapEditing editing, RoadmapLifecycle lifecycle,
                  RoadmapVersions versions, FieldMessages messages) {

    @GetMapping
    @Operation(summary = "List roadmaps", description = """
            The roadmaps the caller may read (the public: published ones), with municipality, plan periods, \
            status and item counts, ordered by municipality code. Optional filters: `prefecture` (two digits, \
            e.g. 42) or `municipality` (全国地方公共団体コード). Paged: `page` from 0, `size` 1–1000 (default 100); \
            the total is in `X-Total-Count` and the next page in a `Link` header (rel="next").""")
    ResponseEntity<List<RoadmapJson.Summary>> list(@RequestParam(required = false) @Nullable String prefecture,
                                                   @RequestParam(required = false) @Nullable String municipality,
                                                   @RequestParam(required = false) @Nullable String page,
                                                   @RequestParam(required = false) @Nullable String size) {
        ListRequest request = ListRequest.parse(prefecture, municipality, page, size);
        org.careroadmap.roadmap.RoadmapPage found = roadmaps.page(request.scope(), request.offset(), request.size());
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", Integer.toString(found.total()));
        if (request.hasNext(found.total())) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("page", request.page() + 1).replaceQueryParam("size", request.size())
                    .build().toUriString();
            answer.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return answer.body(found.summaries().stream().map(RoadmapJson.Summary::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One whole roadmap", description = "Items, arrows and the template-rule findings (①–⑤).")
    ResponseEntity<RoadmapJson.Roadmap> get(@PathVariable long id) {
        return ok(roadmaps.get(id));
    }

    @PostMapping
    @Operation(summary = "Start a roadmap", description = "For a municipality (全国地方公共団体コード) and a template edition.")
    ResponseEntity<RoadmapJson.Roadmap> create(@RequestBody RoadmapJson.NewRoadmap body) {
        RoadmapDocument doc = editing.create(body.municipalityCode(), body.templateId());
        return ResponseEntity.created(URI.create("/api/roadmaps/" + doc.roadmap().id()))
                .eTag(etag(doc)).body(json(doc));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a roadmap")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) @Nullable Long version) {
        editing.delete(id, BasedOnVersion.required(version));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/items")
    @Operation(summary = "Add an item", description = "達成年度 accepts 2026, 2026年度, 令和8年度, R8 or 2026年度(令和8年度).")
    ResponseEntity<RoadmapJson.Roadmap> addItem(@PathVariable long id, @RequestBody RoadmapJson.ItemIn body,
                                                @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        RoadmapDocument doc = editing.addItem(id, BasedOnVersion.fromApi(body.version(), ifMatch), item(body));
        // A new item goes last in its category: in the saved document, that is the one just added.
        RoadmapItem added = doc.roadmap().itemsIn(CategoryCode.parse(body.category())).stream()
                .reduce((a, b) -> b).orElseThrow();
        return ResponseEntity.created(URI.create("/api/roadmaps/" + id + "/items/" + added.id()))
                .header("X-Created-Id", added.id()).eTag(etag(doc)).body(json(doc));
    }

    @GetMapping("/{id}/items/{itemId}")
    @Operation(summary = "One item, in the version of the roadmap the caller may read")
    ResponseEntity<RoadmapJson.ItemOut> item(@PathVariable long id, @PathVariable String itemId) {
        RoadmapDocument doc = roadmaps.get(id);
        RoadmapItem item = doc.roadmap().item(itemId).orElseThrow(() -> new RoadmapPartNotFoundException("item", itemId));
        return ResponseEntity.ok().eTag(etag(doc)).body(RoadmapJson.ItemOut.of(item));
    }

    @GetMapping("/{id}/items/{itemId}/arrows/{arrowId}")
    @Operation(summary = "One arrow of an item")
    ResponseEntity<RoadmapJson.ArrowOut> arrow(@PathVariable long id, @PathVariable String itemId,
                                               @PathVariable String arrowId) {
        RoadmapDocument doc = roadmaps.get(id);
        RoadmapItem item = doc.roadmap().item(itemId).orElseThrow(() -> new RoadmapPartNotFoundException("item", itemId));
        return ResponseEntity.ok().eTag(etag(doc)).body(RoadmapJson.ArrowOut.of(item.arrow(arrowId)
                .orElseThrow(() -> new RoadmapPartNotFoundException("arrow", arrowId))));
    }

    @PutMapping("/{id}/items/{itemId}")
    @Operation(summary = "Change an item")
    ResponseEntity<RoadmapJson.Roadmap> changeItem(@PathVariable long id, @PathVariable String itemId,
                                                   @RequestBody RoadmapJson.ItemIn body,
                                                   @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        return ok(editing.changeItem(id, BasedOnVersion.fromApi(body.version(), ifMatch), itemId, item(body)));
    }

    @DeleteMapping("/{id}/items/{itemId}")
    @Operation(summary = "Delete an item and its arrows")
    ResponseEntity<RoadmapJson.Roadmap> removeItem(@PathVariable long id, @PathVariable String itemId,
                                                   @RequestParam(required = false) @Nullable Long version,
                                                   @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        return ok(editing.removeItem(id, BasedOnVersion.fromApi(version, ifMatch), itemId));
    }

    @PostMapping("/{id}/items/{itemId}/move")
    @Operation(summary = "Move an item up or down within its category")
    ResponseEntity<RoadmapJson.Roadmap> move(@PathVariable long id, @PathVariable String itemId,
                                             @RequestBody RoadmapJson.Move body) {
        String direction = body.direction();
        int step = "up".equals(direction) ? -1 : "down".equals(direction) ? 1 : 0;
        return ok(editing.moveItem(id, BasedOnVersion.required(body.version()), itemId, step));
    }

    @PostMapping("/{id}/items/{itemId}/arrows")
    @Operation(summary = "Add an arrow (工程) to an item")
    ResponseEntity<RoadmapJson.Roadmap> addArrow(@PathVariable long id, @PathVariable String itemId,
                                                 @RequestBody RoadmapJson.ArrowIn body,
                                                 @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        RoadmapDocument doc = editing.addArrow(id, BasedOnVersion.fromApi(body.version(), ifMatch), itemId, arrow(body));
        // A new arrow goes last in its item.
        List<org.careroadmap.roadmap.Arrow> arrows = doc.roadmap().item(itemId).orElseThrow().arrows();
        String added = arrows.get(arrows.size() - 1).id();
        return ResponseEntity.created(URI.create("/api/roadmaps/" + id + "/items/" + itemId + "/arrows/" + added))
                .header("X-Created-Id", added).eTag(etag(doc)).body(json(doc));
    }

    @PutMapping("/{id}/items/{itemId}/arrows/{arrowId}")
    @Operation(summary = "Change an arrow")
    ResponseEntity<RoadmapJson.Roadmap> changeArrow(@PathVariable long id, @PathVariable String itemId,
                                                    @PathVariable String arrowId, @RequestBody RoadmapJson.ArrowIn body,
                                                    @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        return ok(editing.changeArrow(id, BasedOnVersion.fromApi(body.version(), ifMatch), itemId, arrowId, arrow(body)));
    }

    @DeleteMapping("/{id}/items/{itemId}/arrows/{arrowId}")
    @Operation(summary = "Delete an arrow")
    ResponseEntity<RoadmapJson.Roadmap> removeArrow(@PathVariable long id, @PathVariable String itemId,
                                                    @PathVariable String arrowId,
                                                    @RequestParam(required = false) @Nullable Long version,
                                                    @RequestHeader(value = "If-Match", required = false) @Nullable String ifMatch) {
        return ok(editing.removeArrow(id, BasedOnVersion.fromApi(version, ifMatch), itemId, arrowId));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "提出: submit to the prefecture", description = "Refused with 422 and the list of rule errors while any remain.")
    ResponseEntity<RoadmapJson.Roadmap> submit(@PathVariable long id, @RequestBody RoadmapJson.Step body) {
        return ok(lifecycle.submit(id, BasedOnVersion.required(body.version())));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "取り下げ: take a submission back before the prefecture returns or accepts it (municipality editor)")
    ResponseEntity<RoadmapJson.Roadmap> withdraw(@PathVariable long id, @RequestBody RoadmapJson.Step body) {
        return ok(lifecycle.withdraw(id, BasedOnVersion.required(body.version())));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "差戻し: return to the municipality with a comment (prefecture staff)")
    ResponseEntity<RoadmapJson.Roadmap> returnForChanges(@PathVariable long id, @RequestBody RoadmapJson.Step body) {
        return ok(lifecycle.returnForChanges(id, BasedOnVersion.required(body.version()), body.comment()));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "受理: accept a submitted roadmap (prefecture staff)")
    ResponseEntity<RoadmapJson.Roadmap> accept(@PathVariable long id, @RequestBody RoadmapJson.Step body) {
        return ok(lifecycle.accept(id, BasedOnVersion.required(body.version())));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "公開: publish an accepted roadmap (as the prefecture's publication rule says)")
    ResponseEntity<RoadmapJson.Roadmap> publish(@PathVariable long id, @RequestBody RoadmapJson.Step body) {
        return ok(lifecycle.publish(id, BasedOnVersion.required(body.version())));
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "改訂: make an accepted or published roadmap a draft again")
    ResponseEntity<RoadmapJson.Roadmap> reopen(@PathVariable long id, @RequestBody RoadmapJson.Step body) {
        return ok(lifecycle.reopen(id, BasedOnVersion.required(body.version())));
    }

    @PostMapping("/{id}/carry-forward")
    @Operation(summary = "次期計画へ引継ぎ: start a draft on another template edition from this roadmap")
    ResponseEntity<RoadmapJson.Roadmap> carryForward(@PathVariable long id, @RequestBody RoadmapJson.NewRoadmap body) {
        RoadmapDocument doc = lifecycle.carryForward(id, body.templateId());
        return ResponseEntity.created(URI.create("/api/roadmaps/" + doc.roadmap().id())).eTag(etag(doc)).body(json(doc));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Frozen versions kept at each submission and publication")
    List<RoadmapJson.Version> versions(@PathVariable long id) {
        return versions.versions(id).stream().map(v -> new RoadmapJson.Version(v.number(), v.kind().name(),
                v.templateId(), v.createdAt(), v.createdBy())).toList();
    }

    @GetMapping("/{id}/versions/compare")
    @Operation(summary = "What changed between two versions (0 = the current roadmap)")
    org.careroadmap.roadmap.RoadmapDiff compare(@PathVariable long id,
                                               @RequestParam(defaultValue = "0") int from,
                                               @RequestParam(defaultValue = "0") int to) {
        return versions.compare(id, from, to);
    }

    /** 422 with every rule error still standing in the way of a submission. */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.careroadmap.roadmap.SubmissionRefusedException.class)
    ResponseEntity<org.springframework.http.ProblemDetail> submissionRefused(org.careroadmap.roadmap.SubmissionRefusedException e) {
        org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
                org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, messages.message("lifecycle.submitRefused.detail"));
        problem.setTitle(messages.message("lifecycle.submitRefused.title"));
        problem.setProperty("errors", e.errors().stream().map(f -> java.util.Map.of(
                "rule", f.rule().mark(), "itemId", String.valueOf(f.target().itemId()), "code", f.messageKey(),
                "message", messages.message(f.messageKey(), f.arguments().toArray()))).toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    private static ItemInput item(RoadmapJson.ItemIn body) {
        return new ItemInput(body.category(), body.title(), body.targetVision(), body.achievementYear(),
                body.measures());
    }

    private static ArrowInput arrow(RoadmapJson.ArrowIn body) {
        return new ArrowInput(body.label(), body.startYear(), body.endYear(), Boolean.TRUE.equals(body.continues()));
    }

    private ResponseEntity<RoadmapJson.Roadmap> ok(RoadmapDocument doc) {
        return ResponseEntity.ok().eTag(etag(doc)).body(json(doc));
    }

    private RoadmapJson.Roadmap json(RoadmapDocument doc) {
        return RoadmapJson.of(doc, f -> messages.message(f.messageKey(), f.arguments().toArray()));
    }

    private static String etag(RoadmapDocument doc) {
        return "\"" + doc.roadmap().version() + "\"";
    }
}
