package org.careroadmap.publication.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.careroadmap.publication.Catalogue;
import org.careroadmap.publication.OpenData;
import org.careroadmap.publication.PublicNotFoundException;
import org.careroadmap.publication.PublicationSettings;
import org.careroadmap.publication.PublishedPdfs;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * Open-data downloads without an account — CSV, JSON and Excel per municipality or prefecture,
 * the data catalogue (page and DCAT JSON-LD), the Atom feed — and the PDFs. Every file names its
 * license in a {@code Link: <…>; rel="license"} header and carries an ETag of the published
 * versions it holds; an unknown code or a roadmap never published answers 404.
 */
@Controller
class OpenDataDownloads {

    private final OpenData openData;
    private final Catalogue catalogue;
    private final PublishedPdfs pdfs;
    private final PublicationSettings settings;
    private final ObjectMapper json;
    private final org.springframework.context.MessageSource messages;

    OpenDataDownloads(OpenData openData, Catalogue catalogue, PublishedPdfs pdfs, PublicationSettings settings,
                      ObjectMapper json, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.openData = openData;
        this.catalogue = catalogue;
        this.pdfs = pdfs;
        this.settings = settings;
        this.json = json;
    }

    @GetMapping("/opendata")
    String catalogue(Model model) {
        model.addAttribute("datasets", catalogue.datasets());
        model.addAttribute("license", settings);
        model.addAttribute("pageDescription", messages.getMessage("publication.meta.catalogue", null,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "publication/catalogue";
    }

    @GetMapping("/opendata/catalog.jsonld")
    ResponseEntity<byte[]> dcat() {
        Map<String, Object> body = catalogue.dcat(base());
        return licensed(ResponseEntity.ok()).contentType(MediaType.parseMediaType("application/ld+json"))
                .body(json.writeValueAsBytes(body));
    }

    @GetMapping("/opendata/feed.atom")
    ResponseEntity<byte[]> feed() {
        return licensed(ResponseEntity.ok()).contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(catalogue.atom(base()).getBytes(StandardCharsets.UTF_8));
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

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
