package org.careroadmap.publication.web;

import java.nio.charset.StandardCharsets;

import org.careroadmap.publication.OpenData;
import org.careroadmap.publication.PublicNotFoundException;
import org.careroadmap.publication.PublicationSettings;
import org.careroadmap.publication.PublishedPdfs;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * Open-data downloads without an account — CSV, JSON and Excel per municipality or prefecture —
 * and the PDFs (a chart, a prefecture's booklet). Every file names its
 * license in a {@code Link: <…>; rel="license"} header and carries an ETag of the published
 * versions it holds; an unknown code or a roadmap never published answers 404.
 */
@Controller
class OpenDataDownloads {

    private final OpenData openData;
    private final PublishedPdfs pdfs;
    private final PublicationSettings settings;

    OpenDataDownloads(OpenData openData, PublishedPdfs pdfs, PublicationSettings settings) {
        this.openData = openData;
        this.pdfs = pdfs;
        this.settings = settings;
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
        if (!code.matches("\\d{2}")) {
            throw new PublicNotFoundException(code);
        }
        return file(openData.prefectureXlsx(code), request);
    }

    @GetMapping("/opendata/roadmaps/{id}/roadmap.xlsx")
    ResponseEntity<byte[]> roadmapXlsx(@PathVariable long id, WebRequest request) {
        return file(openData.roadmapXlsx(id), request);
    }

    @GetMapping("/public/roadmaps/{id}/chart.pdf")
    ResponseEntity<byte[]> chartPdf(@PathVariable long id, WebRequest request) {
        PublishedPdfs.Pdf pdf = pdfs.chart(id);
        return file(new OpenData.File(pdf.filename(), MediaType.APPLICATION_PDF_VALUE, pdf.bytes(), pdf.tag()), request);
    }

    @GetMapping("/public/{code}/booklet.pdf")
    ResponseEntity<byte[]> booklet(@PathVariable String code, WebRequest request) {
        if (!code.matches("\\d{2}")) {
            throw new PublicNotFoundException(code);
        }
        PublishedPdfs.Pdf pdf = pdfs.booklet(code);
        return file(new OpenData.File(pdf.filename(), MediaType.APPLICATION_PDF_VALUE, pdf.bytes(), pdf.tag()), request);
    }

    private static String checked(String code) {
        if (!code.matches("\\d{2}|\\d{6}")) {
            throw new PublicNotFoundException(code);
        }
        return code;
    }

    private ResponseEntity<byte[]> file(OpenData.File file, WebRequest request) {
        String etag = "\"" + file.tag() + "\"";
        if (request.checkNotModified(etag)) {
            return licensed(ResponseEntity.status(304)).eTag(etag).build();
        }
        return licensed(ResponseEntity.ok()).eTag(etag)
                .header(HttpHeaders.CACHE_CONTROL, "public, no-cache")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.bytes());
    }

    private <B extends ResponseEntity.HeadersBuilder<B>> B licensed(B builder) {
        return builder.header(HttpHeaders.LINK, "<" + settings.licenseUrl() + ">; rel=\"license\"");
    }
}
