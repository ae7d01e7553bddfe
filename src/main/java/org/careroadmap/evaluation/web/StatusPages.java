package org.careroadmap.evaluation.web;

import java.nio.charset.StandardCharsets;

import org.careroadmap.evaluation.EvaluationNotFoundException;
import org.careroadmap.evaluation.EvaluationView;
import org.careroadmap.evaluation.EvaluationViews;
import org.careroadmap.evaluation.StatusCsv;
import org.careroadmap.platform.FieldMessages;
import org.careroadmap.progress.PublishedProgressReports;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.FiscalYear;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public 構築状況 page of a municipality and year, once the prefecture has published it; its CSV and radar. */
@Controller
class StatusPages {

    private final EvaluationViews evaluations;
    private final PublishedProgressReports progressReports;
    private final FieldMessages messages;

    StatusPages(EvaluationViews evaluations, PublishedProgressReports progressReports, FieldMessages messages) {
        this.evaluations = evaluations;
        this.progressReports = progressReports;
        this.messages = messages;
    }

    @GetMapping("/status/{code}")
    String latest(@PathVariable String code) {
        var years = evaluations.publishedYears(code);
        if (years.isEmpty()) {
            throw new EvaluationNotFoundException("published evaluation");
        }
        return "redirect:/status/" + code + "/" + years.get(0).value();
    }

    @GetMapping("/status/{code}/{year}")
    String page(@PathVariable String code, @PathVariable String year, Model model) {
        EvaluationView view = evaluations.published(code, Web.year(year));
        model.addAttribute("view", view);
        model.addAttribute("categories", CategoryCode.values());
        model.addAttribute("radar", Radar.svg(view, messages));
        model.addAttribute("publishedYears", evaluations.publishedYears(code));
        model.addAttribute("progressLink", progressReports.link(code, view.fiscalYear()).orElse(null));
        return "evaluation/status";
    }

    @GetMapping("/status/{code}/{year}/data.csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable String year) {
        FiscalYear fy = Web.year(year);
        EvaluationView view = evaluations.published(code, fy);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(code + "_kouchiku_" + fy.value() + ".csv").build().toString())
                .body(StatusCsv.write(view));
    }

    @GetMapping("/status/{code}/{year}/radar.svg")
    ResponseEntity<String> radar(@PathVariable String code, @PathVariable String year) {
        EvaluationView view = evaluations.published(code, Web.year(year));
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(Radar.svg(view, messages));
    }
}
