package org.careroadmap.publication.web;

import org.careroadmap.platform.PrefectureCode;
import org.careroadmap.publication.OpenData;
import org.careroadmap.publication.OpenDataWorkbooks;
import org.careroadmap.publication.PublicNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * Open-data downloads without an account — CSV, JSON and Excel per municipality or prefecture —
 * answered by {@link LicensedFiles} (license header, ETag); an unknown code or a roadmap never
 * published answers 404.
 */
@Controller
class OpenDataDownloads {

    private final OpenData openData;
    private final OpenDataWorkbooks workbooks;
    private final LicensedFiles files;

    OpenDataDownloads(OpenData openData, OpenDataWorkbooks workbooks, LicensedFiles files) {
        this.openData = openData;
        this.workbooks = workbooks;
        this.files = files;
    }

    @GetMapping("/opendata/{code}/roadmap_items.csv")
    ResponseEntity<byte[]> items(@PathVariable String code, WebRequest request) {
        return file(openData.itemsCsv(checked(code)), request);
    }

    @GetMapping("/opendata/{code}/roadmap_arrows.csv")
    ResponseEntity<byte[]> arrows(@PathVariable String code, WebRequest request) {
        return file(openData.arrowsCsv(checked(code)), request);
    }

    @GetMapping("/opendata/{code}/roadmaps.json")
    ResponseEntity<byte[]> roadmapsJson(@PathVariable String code, WebRequest request) {
        return file(openData.json(checked(code)), request);
    }

    @GetMapping("/opendata/{code}/roadmaps.xlsx")
    ResponseEntity<byte[]> prefectureXlsx(@PathVariable String code, WebRequest request) {
        if (!PrefectureCode.isValid(code)) {
            throw new PublicNotFoundException(code);
        }
        return file(workbooks.prefectureXlsx(code), request);
    }

    @GetMapping("/opendata/roadmaps/{id}/roadmap.xlsx")
    ResponseEntity<byte[]> roadmapXlsx(@PathVariable long id, WebRequest request) {
        return file(workbooks.roadmapXlsx(id), request);
    }

    private static String checked(String code) {
        if (!code.matches("\\d{2}|\\d{6}")) {
            throw new PublicNotFoundException(code);
        }
        return code;
    }

    private ResponseEntity<byte[]> file(OpenData.File file, WebRequest request) {
        return files.send(file, request);
    }
}
