package org.careroadmap.progress.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.PrefectureCode;
import org.careroadmap.progress.ProgressNotFoundException;
import org.careroadmap.progress.ProgressReports;
import org.careroadmap.progress.ProgressRollUps;
import org.careroadmap.progress.ProgressSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The progress module's JSON API of a prefecture: its roll-up (its staff), its rating scale and lists, and its
 * progress rounds (its administrator). Another prefecture's code is "not found" to them.
 */
@RestController
@Tag(name = "Progress", description = "活動記録・評価指標・自己評価・進捗報告")
record PrefectureProgressApi(ProgressRollUps rollUps, ProgressSettings settings, ProgressReports reports, CurrentActor currentActor) {

    @GetMapping("/api/prefectures/{code}/progress")
    @Operation(summary = "The prefecture's roll-up of a fiscal year", description = "Per municipality and category the count of "
            + "each rating, the share rated as achieved and indicators on target; totals and other years' totals. "
            + "`sort` code, status, overdue, achieved, unrated or onTarget; `dir` asc or desc.")
    ProgressJson.PrefectureRollUpJson rollUp(@PathVariable String code, @RequestParam(required = false) @Nullable String year,
                                             @RequestParam(required = false) @Nullable String sort,
                                             @RequestParam(required = false) @Nullable String dir) {
        requireOwnPrefecture(code);
        return ProgressJson.PrefectureRollUpJson.of(rollUps.prefecture(code, year, sort, "desc".equals(dir)));
    }

    @GetMapping("/api/prefectures/{code}/progress/settings")
    @Operation(summary = "The prefecture's rating scale, kinds of activity and professions")
    ProgressJson.SettingsJson settings(@PathVariable String code) {
        if (!PrefectureCode.isValid(code)) {
            throw new ProgressNotFoundException("prefecture " + code);
        }
        return new ProgressJson.SettingsJson(settings.scale(code).ratings(), settings.kinds(code), settings.professions(code));
    }

    record SettingsBody(String scale, String kinds, String professions) {
    }

    @PutMapping("/api/prefectures/{code}/progress/settings")
    @Operation(summary = "Replace the prefecture's scale, kinds or professions (県管理者)",
            description = "Each one per line; a scale line is `symbol label [達成|不十分]`. Fields left out stay as they are.")
    ProgressJson.SettingsJson changeSettings(@PathVariable String code, @RequestBody SettingsBody body) {
        requireAdministrator(code);
        if (body.scale() != null) {
            settings.replaceScale(code, body.scale());
        }
        if (body.kinds() != null) {
            settings.replaceKinds(code, body.kinds());
        }
        if (body.professions() != null) {
            settings.replaceProfessions(code, body.professions());
        }
        return settings(code);
    }

    @GetMapping("/api/prefectures/{code}/progress/rounds")
    @Operation(summary = "The prefecture's progress rounds, newest first")
    List<ProgressJson.RoundJson> rounds(@PathVariable String code) {
        return reports.rounds(code).stream().map(ProgressJson.RoundJson::of).toList();
    }

    record RoundBody(String fiscalYear, String deadline) {
    }

    @PostMapping("/api/prefectures/{code}/progress/rounds")
    @Operation(summary = "Open a progress round for a fiscal year (県管理者)", description = "`{\"fiscalYear\":\"2025\",\"deadline\":\"2026-05-31\"}`; a second round of the same year answers 409.")
    ResponseEntity<ProgressJson.RoundJson> openRound(@PathVariable String code, @RequestBody RoundBody body) {
        requireAdministrator(code);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ProgressJson.RoundJson.of(reports.openRound(body.fiscalYear(), body.deadline())));
    }

    /** Prefecture staff only (403 otherwise); another prefecture's code is "not found" to them. */
    private void requireOwnPrefecture(String code) {
        var actor = currentActor.get();
        if (actor.role() == null || !actor.role().isPrefectureRole()) {
            throw new AccessDeniedException("prefecture staff only");
        }
        if (!code.equals(actor.prefectureCode())) {
            throw new ProgressNotFoundException("prefecture " + code);
        }
    }

    private void requireAdministrator(String code) {
        var actor = currentActor.get();
        if (actor.role() != org.careroadmap.platform.Role.PREFECTURE_ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        if (!code.equals(actor.prefectureCode())) {
            throw new ProgressNotFoundException("prefecture " + code);
        }
    }
}
